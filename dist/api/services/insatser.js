"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.insatsVersion = void 0;
exports.insatsView = insatsView;
exports.listInsatser = listInsatser;
exports.findInsats = findInsats;
exports.createInsats = createInsats;
exports.updateInsats = updateInsats;
/**
 * Insatser as the API serves them (DOMAIN.md "Follow-up data", seed 002): everyone with a role in
 * the förbund (and BA) reads them; a förbundsadministratör of that förbund registers and edits
 * them (api/services/forbund-access.ts).
 */
const node_crypto_1 = require("node:crypto");
const audit_1 = require("../../data/audit");
const civil_day_1 = require("../../data/civil-day");
const subject_1 = require("../../data/subject");
const forms_1 = require("../../forms");
const insats_1 = require("../../forms/insats");
const errors_1 = require("../errors");
const forbund_access_1 = require("./forbund-access");
const identity_1 = require("../../domain/identity");
const include = { updatedBy: true };
function insatsView(i) {
    return {
        id: i.id,
        forbundId: i.forbundId,
        name: i.name,
        kind: i.kind,
        periodFrom: (0, civil_day_1.dayOfDateColumn)(i.periodFrom),
        periodTo: (0, civil_day_1.dayOfDateColumn)(i.periodTo),
        malgrupper: i.malgrupper,
        esfCofunded: i.esfCofunded,
        budgetSek: i.budgetSek,
        budgetedParticipants: i.budgetedParticipants,
        participantsPerYear: i.participantsPerYear,
        createdAt: i.createdAt.toISOString(),
        updatedAt: i.updatedAt.toISOString(),
        updatedBy: (0, identity_1.displayName)(i.updatedBy),
    };
}
/** The insats as the form has it (to merge an edit into). */
function formOf(i) {
    const { id: _id, forbundId: _f, createdAt: _c, updatedAt: _u, updatedBy: _b, ...form } = insatsView(i);
    return form;
}
const columns = (v) => ({
    name: v.name,
    kind: v.kind,
    periodFrom: (0, civil_day_1.dateColumnOf)(v.periodFrom),
    periodTo: (0, civil_day_1.dateColumnOf)(v.periodTo),
    malgrupper: v.malgrupper,
    esfCofunded: v.esfCofunded,
    budgetSek: v.budgetSek,
    budgetedParticipants: v.budgetedParticipants,
    participantsPerYear: [...(v.participantsPerYear ?? [])].sort((a, b) => a.year - b.year),
});
async function listInsatser(db, caller, forbundId) {
    await (0, forbund_access_1.forbundOrNotFound)(db, forbundId);
    (0, forbund_access_1.assertReadsForbund)(caller, forbundId, 'insatser');
    const rows = await db.insats.findMany({ where: { forbundId }, include, orderBy: [{ name: 'asc' }, { id: 'asc' }] });
    return rows.map(insatsView);
}
/** One insats, for its förbund's readers; 404 for anyone else (nothing disclosed). */
async function findInsats(db, caller, id) {
    const row = await db.insats.findUnique({ where: { id }, include });
    if (!row || !(0, forbund_access_1.readsForbund)(caller, row.forbundId))
        throw (0, errors_1.notFound)('Insatsen finns inte.');
    return row;
}
async function createInsats(db, caller, forbundId, body) {
    await (0, forbund_access_1.forbundOrNotFound)(db, forbundId);
    (0, forbund_access_1.assertForbundsadministrator)(caller, forbundId, 'registrera och ändra dess insatser');
    const id = (0, node_crypto_1.randomUUID)();
    const row = await db.$transaction(async (tx) => {
        const created = await tx.insats.create({ data: { id, forbundId, ...columns(body), createdById: caller.personId, updatedById: caller.personId }, include });
        await (0, audit_1.audit)(tx, { key: `insats:${id}:created`, event: 'INSATS_CREATED', subject: (0, subject_1.insatsSubject)(id), actorId: caller.personId, authMethod: caller.authMethod, data: { forbundId, name: body.name } });
        return created;
    });
    return insatsView(row);
}
/** The version an edit is made against (`ETag` / `If-Match`): when the insats last changed. */
const insatsVersion = (i) => `"${typeof i.updatedAt === 'string' ? i.updatedAt : i.updatedAt.toISOString()}"`;
exports.insatsVersion = insatsVersion;
const editConflict = () => new errors_1.AppError('EDIT_CONFLICT', 'Insatsen har ändrats av någon annan sedan du öppnade den. Ladda om sidan och gör ändringen igen.');
/**
 * An edit: the fields sent, merged into the insats, checked as the whole insats they make. With
 * `ifMatch` (the version the editor saw), an edit made meanwhile by someone else is never
 * overwritten: 412 EDIT_CONFLICT, and nothing changes.
 */
async function updateInsats(db, caller, forbundId, id, patch, ifMatch) {
    await (0, forbund_access_1.forbundOrNotFound)(db, forbundId);
    (0, forbund_access_1.assertForbundsadministrator)(caller, forbundId, 'registrera och ändra dess insatser');
    const current = await db.insats.findFirst({ where: { id, forbundId }, include });
    if (!current)
        throw (0, errors_1.notFound)('Insatsen finns inte i förbundet.');
    if (ifMatch !== undefined && ifMatch !== (0, exports.insatsVersion)(current))
        throw editConflict();
    const parsed = insats_1.ZInsats.safeParse({ ...formOf(current), ...patch });
    if (!parsed.success)
        throw (0, errors_1.badRequest)('Insatsen kan inte ändras så. Se detaljerna per fält.', (0, forms_1.formatFormErrors)(parsed.error));
    const row = await db.$transaction(async (tx) => {
        // Guarded by the version read above: an edit committed in between makes this one a conflict.
        const { count } = await tx.insats.updateMany({ where: { id, updatedAt: current.updatedAt }, data: { ...columns(parsed.data), updatedById: caller.personId } });
        if (count === 0)
            throw editConflict();
        await (0, audit_1.audit)(tx, { key: `insats:${id}:updated:${(0, node_crypto_1.randomUUID)()}`, event: 'INSATS_UPDATED', subject: (0, subject_1.insatsSubject)(id), actorId: caller.personId, authMethod: caller.authMethod, data: { changed: Object.keys(patch) } });
        return tx.insats.findUniqueOrThrow({ where: { id }, include });
    });
    return insatsView(row);
}
//# sourceMappingURL=insatser.js.map