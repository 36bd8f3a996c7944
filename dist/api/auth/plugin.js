"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.authPlugin = void 0;
exports.callerOf = callerOf;
const fastify_plugin_1 = __importDefault(require("fastify-plugin"));
const errors_1 = require("../errors");
const callers_1 = require("./callers");
const identify_1 = require("./identify");
const route_docs_1 = require("./route-docs");
const sessions_1 = require("./sessions");
/** The caller, for handlers of routes that are not public. */
function callerOf(request) {
    if (!request.caller)
        throw (0, errors_1.unauthorized)();
    return request.caller;
}
/** a beställare whose mandate expired or was revoked is told why, not just that they may not. */
function missingRole(caller, access) {
    if (access.includes('BESTALLARE') && caller.mandateLapsed) {
        return new errors_1.AppError('BESTALLARE_MANDATE_LAPSED', 'Ditt uppdrag som beställare gäller inte längre. En beställares behörighet gäller högst två år i taget och måste ' +
            'sedan förnyas. Be din organisation att anmäla dig som beställare på nytt till Försäkringskassan.');
    }
    return new errors_1.AppError('FORBIDDEN_ROLE', 'Du har inte behörighet att göra detta.');
}
/**
 * Authentication and the per-route role check. A token or session only says who the caller is
 * (and how they logged in); what they may do is read from the database for every request, so a
 * revoked or expired right bites at once.
 */
exports.authPlugin = (0, fastify_plugin_1.default)(async (app, { keys, db, config, oidc, sessions }) => {
    app.decorateRequest('caller', null);
    app.decorate('routeTable', []);
    await (0, sessions_1.registerSessions)(app, sessions, db, keys);
    const identify = (0, identify_1.createIdentify)({ app, db, keys, devLogin: config.DEV_LOGIN, oidc, sessions });
    app.addHook('onRoute', (route) => {
        if (route.url.startsWith('/docs'))
            return; // the OpenAPI document and its UI
        const access = route.config?.access;
        if (!access)
            throw new Error(`Route ${route.method} ${route.url} declares no access (config.access)`);
        (0, route_docs_1.documentAccess)(route, access);
        for (const method of [route.method].flat())
            app.routeTable.push({ method, url: route.url, access });
    });
    app.addHook('onRequest', async (request) => {
        const access = request.routeOptions.config?.access;
        if (!access || access === 'public')
            return;
        const { personId, authMethod } = await identify(request);
        request.caller = await (0, callers_1.loadCaller)(db, { personId }, authMethod, new Date());
        if (!request.caller)
            throw (0, errors_1.unauthorized)();
        if (access === 'authenticated')
            return;
        if (!access.some((role) => request.caller.roles.includes(role)))
            throw missingRole(request.caller, access);
    });
});
//# sourceMappingURL=plugin.js.map