"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.audit = audit;
const node_crypto_1 = require("node:crypto");
const subject_1 = require("./subject");
/** Records an audit event (also the source of an order's timeline and a mandate's history), idempotently. */
async function audit(tx, e) {
    const subject = e.subject ?? (e.orderId ? (0, subject_1.orderSubject)(e.orderId) : undefined);
    await tx.auditEvent.upsert({
        where: { key: e.key },
        create: {
            id: (0, node_crypto_1.randomUUID)(),
            key: e.key,
            event: e.event,
            ...(subject ? (0, subject_1.subjectColumns)(subject) : {}),
            actorId: e.actorId ?? null,
            authMethod: e.authMethod ?? null,
            at: e.at ?? new Date(),
            data: e.data,
        },
        update: {},
    });
}
//# sourceMappingURL=audit.js.map