"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.createUnmatchedReply = createUnmatchedReply;
const find_my_way_1 = __importDefault(require("find-my-way"));
const errors_1 = require("../errors");
/**
 * Answers a request no route matched: 405 with an Allow header when the address exists under
 * other methods (RFC 9110 §15.5.6), 404 otherwise. The known addresses come from the app's own
 * route table (api/auth/plugin.ts), matched with the same router library Fastify uses.
 */
function createUnmatchedReply(app) {
    let paths;
    const allowedMethods = (url) => {
        if (!paths) {
            paths = (0, find_my_way_1.default)();
            for (const r of app.routeTable)
                paths.on(r.method, r.url, () => undefined);
        }
        const path = url.split('?')[0];
        return [...new Set(app.routeTable.map((r) => r.method))].filter((m) => paths.find(m, path)).sort();
    };
    return (request, reply) => {
        const allowed = allowedMethods(request.url);
        const { status, body } = allowed.length > 0
            ? (0, errors_1.errorReply)('METHOD_NOT_ALLOWED', `Adressen stöder bara ${allowed.join(', ')}.`)
            : (0, errors_1.errorReply)('NOT_FOUND', 'Adressen finns inte.');
        if (allowed.length > 0)
            reply.header('allow', allowed.join(', '));
        return reply.status(status).send(body);
    };
}
//# sourceMappingURL=unmatched.js.map