"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.processingLogEntryView = processingLogEntryView;
exports.listProcessingLog = listProcessingLog;
const identity_1 = require("../../domain/identity");
const cursor_1 = require("./cursor");
const include = { person: true, actor: true, onBehalfOf: true, insats: true };
const nameOrNull = (p) => (p ? (0, identity_1.displayName)(p) : null);
function processingLogEntryView(e) {
    return {
        id: e.id,
        at: e.at.toISOString(),
        action: e.action,
        person: { id: e.personId, name: (0, identity_1.displayName)(e.person) },
        actor: nameOrNull(e.actor),
        authMethod: e.authMethod,
        onBehalfOf: nameOrNull(e.onBehalfOf),
        forbundId: e.forbundId,
        insatsId: e.insatsId,
        insatsName: e.insats.name,
        linkId: e.linkId,
        pubAvtalId: e.pubAvtalId,
    };
}
async function listProcessingLog(db, f) {
    const after = f.cursor ? (0, cursor_1.decodeTimeCursor)(f.cursor) : null;
    const rows = await db.processingLogEntry.findMany({
        where: {
            AND: [
                f.personId ? { personId: f.personId } : {},
                f.forbundId ? { forbundId: f.forbundId } : {},
                after ? { OR: [{ at: { lt: after.at } }, { at: after.at, id: { lt: after.id } }] } : {},
            ],
        },
        include,
        orderBy: [{ at: 'desc' }, { id: 'desc' }],
        take: f.limit + 1,
    });
    const page = (0, cursor_1.pageOf)(rows, f.limit, (e) => e.at);
    return { items: page.items.map(processingLogEntryView), nextCursor: page.nextCursor };
}
//# sourceMappingURL=processing-log.js.map