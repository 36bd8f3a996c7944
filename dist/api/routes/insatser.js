"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.insatsRoutes = void 0;
const zod_1 = require("zod");
const insats_1 = require("../../forms/insats");
const plugin_1 = require("../auth/plugin");
const common_1 = require("../schemas/common");
const insatser_1 = require("../schemas/insatser");
const insatser_2 = require("../services/insatser");
const ZIfMatchHeaders = zod_1.z.object({ 'if-match': zod_1.z.string().max(100).optional() });
/** The insats's version as its ETag, for an edit's If-Match. */
function withVersion(reply, insats) {
    reply.header('etag', (0, insatser_2.insatsVersion)(insats));
    return insats;
}
/** Insatser (DOMAIN.md "Follow-up data"): read by everyone with a role in the förbund, kept by its förbundsadministratörer. */
const insatsRoutes = async (app, { db }) => {
    app.get('/forbund/:id/insatser', {
        config: { access: 'authenticated' },
        schema: {
            tags: ['insatser'],
            summary: "The förbund's insatser, by name (BA, and everyone with a role in the förbund)",
            params: common_1.ZIdParams,
            response: { 200: zod_1.z.array(insatser_1.ZInsatsView), ...(0, common_1.errorResponses)(403, 404) },
        },
    }, async (request) => (0, insatser_2.listInsatser)(db, (0, plugin_1.callerOf)(request), request.params.id));
    app.post('/forbund/:id/insatser', {
        config: { access: ['FORBUNDSADMINISTRATOR'] },
        schema: {
            tags: ['insatser'],
            summary: 'Register an insats (a förbundsadministratör of the förbund)',
            description: '400 per field: a negative budget or count, a period that ends before it starts, "ingen specifik målgrupp" with another målgrupp, participants for a year outside the period or a year given twice.',
            params: common_1.ZIdParams,
            body: insats_1.ZInsats,
            response: { 201: insatser_1.ZInsatsView, ...(0, common_1.errorResponses)(403, 404) },
        },
    }, async (request, reply) => reply.status(201).send(withVersion(reply, await (0, insatser_2.createInsats)(db, (0, plugin_1.callerOf)(request), request.params.id, request.body))));
    app.patch('/forbund/:id/insatser/:insatsId', {
        config: { access: ['FORBUNDSADMINISTRATOR'] },
        schema: {
            tags: ['insatser'],
            summary: 'Change an insats (a förbundsadministratör of the förbund): the fields sent; the insats they make is checked as a whole',
            description: 'Send `If-Match` with the `ETag` of the insats as you read it (its `updatedAt` in quotes): if someone changed it since, the answer is 412 `EDIT_CONFLICT` and nothing changes. Without it, the last edit wins.',
            headers: ZIfMatchHeaders,
            params: insatser_1.ZInsatsParams,
            body: insats_1.ZInsatsPatch,
            response: { 200: insatser_1.ZInsatsView, ...(0, common_1.errorResponses)(403, 404, 412) },
        },
    }, async (request, reply) => withVersion(reply, await (0, insatser_2.updateInsats)(db, (0, plugin_1.callerOf)(request), request.params.id, request.params.insatsId, request.body, request.headers['if-match'])));
    app.get('/insatser/:id', {
        config: { access: 'authenticated' },
        schema: { tags: ['insatser'], summary: 'One insats (BA, and everyone with a role in its förbund)', params: common_1.ZIdParams, response: { 200: insatser_1.ZInsatsView, ...(0, common_1.errorResponses)(404) } },
    }, async (request, reply) => withVersion(reply, (0, insatser_2.insatsView)(await (0, insatser_2.findInsats)(db, (0, plugin_1.callerOf)(request), request.params.id))));
};
exports.insatsRoutes = insatsRoutes;
//# sourceMappingURL=insatser.js.map