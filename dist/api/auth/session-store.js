"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.prismaSessionStore = prismaSessionStore;
const node_crypto_1 = require("node:crypto");
const rowId = (sessionId) => (0, node_crypto_1.createHash)('sha256').update(sessionId).digest('base64url');
/**
 * @fastify/session's store in PostgreSQL: server-side sessions, so logout, expiry and a
 * revoked login bite at once, and any API process can serve any browser. Rows are keyed by a
 * hash of the session id, and an expired row is never returned (and is deleted when met).
 */
function prismaSessionStore(db, idleMs) {
    const done = (work, callback) => {
        work.then((value) => callback(undefined, value), (err) => callback(err));
    };
    return {
        set(sessionId, session, callback) {
            const data = JSON.parse(JSON.stringify(session));
            const expires = session.cookie?.expires ? new Date(session.cookie.expires) : new Date(Date.now() + idleMs);
            const values = { personId: session.personId ?? null, data, expiresAt: expires };
            done(db.session.upsert({ where: { id: rowId(sessionId) }, create: { id: rowId(sessionId), ...values }, update: values }).then(() => undefined), callback);
        },
        get(sessionId, callback) {
            done((async () => {
                const row = await db.session.findUnique({ where: { id: rowId(sessionId) } });
                if (!row)
                    return null;
                if (row.expiresAt <= new Date()) {
                    await db.session.deleteMany({ where: { id: row.id } });
                    return null;
                }
                return row.data;
            })(), callback);
        },
        destroy(sessionId, callback) {
            done(db.session.deleteMany({ where: { id: rowId(sessionId) } }).then(() => undefined), callback);
        },
        async deleteExpired(now = new Date()) {
            return (await db.session.deleteMany({ where: { expiresAt: { lte: now } } })).count;
        },
    };
}
//# sourceMappingURL=session-store.js.map