"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.auditAuth = auditAuth;
const node_crypto_1 = require("node:crypto");
const audit_1 = require("../../data/audit");
/**
 * Records a login, a logout or a refusal: who (when known), how, from where, and in
 * English what happened. `reason` is a stable code (a login refusal's, or what was wrong with
 * the token, cookie or CSRF token).
 */
async function auditAuth(db, request, e) {
    await (0, audit_1.audit)(db, {
        key: `${e.event.toLowerCase()}:${(0, node_crypto_1.randomUUID)()}`,
        event: e.event,
        actorId: e.personId ?? null,
        authMethod: e.authMethod ?? null,
        data: {
            ...(e.reason ? { reason: e.reason } : {}),
            ...(e.detail ? { detail: e.detail.slice(0, 500) } : {}),
            ip: request.ip,
            route: `${request.method} ${request.routeOptions.url ?? request.url.split('?')[0]}`,
        },
    });
}
//# sourceMappingURL=auth-audit.js.map