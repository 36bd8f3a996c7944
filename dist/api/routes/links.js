"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.linkRoutes = void 0;
const zod_1 = require("zod");
const insats_link_1 = require("../../forms/insats-link");
const plugin_1 = require("../auth/plugin");
const common_1 = require("../schemas/common");
const links_1 = require("../schemas/links");
const cursor_1 = require("../services/cursor");
const links_2 = require("../services/links");
const processing_log_1 = require("../services/processing-log");
/**
 * Deltagaransvariga linked to insatser, and the personal-data processing log:
 * every link, unlink and read of who is linked is logged.
 */
const linkRoutes = async (app, deps) => {
    const { db } = deps;
    app.get('/insatser/:id/deltagaransvariga', {
        config: { access: 'authenticated' },
        schema: {
            tags: ['insatser'],
            summary: 'Who is linked to the insats, and who waits to be (BA, and everyone with a role in its förbund); each read is logged as processing of personal data (R-31)',
            params: common_1.ZIdParams,
            querystring: links_1.ZLinkListQuery,
            response: { 200: zod_1.z.array(links_1.ZLinkView), ...(0, common_1.errorResponses)(404) },
        },
    }, async (request) => (0, links_2.listLinks)(db, (0, plugin_1.callerOf)(request), request.params.id, request.query.history === 'true'));
    app.post('/insatser/:id/deltagaransvariga', {
        config: { access: ['FORBUNDSADMINISTRATOR'] },
        schema: {
            tags: ['insatser'],
            summary: 'Link a deltagaransvarig of the förbund to the insats (a förbundsadministratör of its förbund): 201 linked, or 202 waiting for a PUB-avtal (R-31, up to 30 days; the förbundsadministratör is told by e-mail)',
            description: 'Refused with 422 NOT_DELTAGARANSVARIG_IN_FORBUND (R-32) when the person does not hold the role in the förbund (the same answer for a personnummer the register does not hold); 409 LINK_EXISTS when the person is linked or waits to be.',
            params: common_1.ZIdParams,
            body: insats_link_1.ZLinkRequest,
            response: { 201: links_1.ZLinkView, 202: links_1.ZLinkView, ...(0, common_1.errorResponses)(403, 404, 409, 422, 503) },
        },
    }, async (request, reply) => {
        const link = await (0, links_2.requestLink)(deps, (0, plugin_1.callerOf)(request), request.params.id, request.body);
        return reply.status(link.status === 'LINKED' ? 201 : 202).send(link);
    });
    app.delete('/insatser/:id/deltagaransvariga/:linkId', {
        config: { access: ['FORBUNDSADMINISTRATOR'] },
        schema: {
            tags: ['insatser'],
            summary: 'Remove the link at once, or withdraw the request that waits (a förbundsadministratör of its förbund, R-30)',
            params: links_1.ZLinkParams,
            response: { 200: links_1.ZLinkView, ...(0, common_1.errorResponses)(403, 404, 409) },
        },
    }, async (request) => (0, links_2.unlink)(deps, (0, plugin_1.callerOf)(request), request.params.id, request.params.linkId));
    app.get('/me/insatser', {
        config: { access: 'authenticated' },
        schema: { tags: ['insatser'], summary: "The insatser the caller is linked to as deltagaransvarig", response: { 200: zod_1.z.array(links_1.ZLinkView) } },
    }, async (request) => (0, links_2.myLinks)(db, (0, plugin_1.callerOf)(request)));
    app.get('/forbund/:id/forbundsadministratorer', {
        config: { access: 'authenticated' },
        schema: {
            tags: ['insatser'],
            summary: "The förbund's förbundsadministratörer, whom its deltagaransvariga turn to (everyone with a role in the förbund, and BA)",
            params: common_1.ZIdParams,
            response: { 200: zod_1.z.array(links_1.ZForbundContact), ...(0, common_1.errorResponses)(403, 404) },
        },
    }, async (request) => (0, links_2.forbundAdministrators)(db, (0, plugin_1.callerOf)(request), request.params.id));
    app.get('/processing-log', {
        config: { access: ['BA'] },
        schema: {
            tags: ['processing-log'],
            summary: 'The personal-data processing log (R-31): every link, unlink and read of who is linked, newest first (BA); append-only',
            description: `Pages with cursors: when more entries follow, the response has the header \`${cursor_1.NEXT_CURSOR_HEADER}\`; pass its value as \`cursor\` for the next page.`,
            querystring: links_1.ZProcessingLogQuery,
            response: { 200: zod_1.z.array(links_1.ZProcessingLogEntry), ...(0, common_1.errorResponses)(403) },
        },
    }, async (request, reply) => {
        const page = await (0, processing_log_1.listProcessingLog)(db, request.query);
        if (page.nextCursor)
            reply.header(cursor_1.NEXT_CURSOR_HEADER, page.nextCursor);
        return page.items;
    });
};
exports.linkRoutes = linkRoutes;
//# sourceMappingURL=links.js.map