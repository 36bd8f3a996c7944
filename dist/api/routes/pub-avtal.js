"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.pubAvtalRoutes = void 0;
const zod_1 = require("zod");
const pub_avtal_1 = require("../../forms/pub-avtal");
const plugin_1 = require("../auth/plugin");
const common_1 = require("../schemas/common");
const pub_avtal_2 = require("../schemas/pub-avtal");
const pub_avtal_3 = require("../services/pub-avtal");
/** The PUB-avtal register: kept by BA, read by BA and everyone with a role in the förbund. */
const pubAvtalRoutes = async (app, deps) => {
    const { db } = deps;
    app.get('/forbund/:id/pub-avtal', {
        config: { access: 'authenticated' },
        schema: {
            tags: ['pub-avtal'],
            summary: "The förbund's PUB-avtal, newest first, each with its state today (R-31: only VALID allows linking deltagaransvariga)",
            params: common_1.ZIdParams,
            response: { 200: zod_1.z.array(pub_avtal_2.ZPubAvtalView), ...(0, common_1.errorResponses)(403, 404) },
        },
    }, async (request) => (0, pub_avtal_3.listPubAvtal)(db, (0, plugin_1.callerOf)(request), request.params.id));
    app.post('/forbund/:id/pub-avtal', {
        config: { access: ['BA'] },
        schema: {
            tags: ['pub-avtal'],
            summary: 'Register a PUB-avtal between Försäkringskassan and the förbund (BA): signed on, valid from, valid to (omitted: until further notice)',
            params: common_1.ZIdParams,
            body: pub_avtal_1.ZPubAvtal,
            response: { 201: pub_avtal_2.ZPubAvtalView, ...(0, common_1.errorResponses)(404) },
        },
    }, async (request, reply) => reply.status(201).send(await (0, pub_avtal_3.registerPubAvtal)({ ...deps, log: request.log }, (0, plugin_1.callerOf)(request), request.params.id, request.body)));
    app.post('/forbund/:id/pub-avtal/:avtalId/terminate', {
        config: { access: ['BA'] },
        schema: {
            tags: ['pub-avtal'],
            summary: 'Terminate the PUB-avtal from `terminatedOn` (default today; never a day that has passed): it no longer holds from that day (BA)',
            params: pub_avtal_2.ZPubAvtalParams,
            body: pub_avtal_1.ZPubAvtalTermination,
            response: { 200: pub_avtal_2.ZPubAvtalView, ...(0, common_1.errorResponses)(404, 409) },
        },
    }, async (request) => (0, pub_avtal_3.terminatePubAvtal)({ ...deps, log: request.log }, (0, plugin_1.callerOf)(request), request.params.id, request.params.avtalId, request.body));
};
exports.pubAvtalRoutes = pubAvtalRoutes;
//# sourceMappingURL=pub-avtal.js.map