"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.pubAvtalView = pubAvtalView;
exports.listPubAvtal = listPubAvtal;
exports.registerPubAvtal = registerPubAvtal;
exports.terminatePubAvtal = terminatePubAvtal;
/**
 * The PUB-avtal register: BA registers and terminates (FK is the controller); BA and
 * everyone with a role in the förbund read it. A termination is recorded, never a deletion.
 */
const node_crypto_1 = require("node:crypto");
const start_link_workflows_1 = require("../../activities/start-link-workflows");
const insats_link_definitions_1 = require("../../workflows/insats-link.definitions");
const audit_1 = require("../../data/audit");
const civil_day_1 = require("../../data/civil-day");
const pub_avtal_1 = require("../../data/pub-avtal");
const subject_1 = require("../../data/subject");
const pub_avtal_2 = require("../../domain/pub-avtal");
const stockholm_time_1 = require("../../domain/stockholm-time");
const errors_1 = require("../errors");
const forbund_access_1 = require("./forbund-access");
const identity_1 = require("../../domain/identity");
const include = { registeredBy: true };
function pubAvtalView(a, today) {
    const period = (0, pub_avtal_1.pubAvtalPeriodOf)(a);
    return {
        id: a.id,
        forbundId: a.forbundId,
        signedOn: (0, civil_day_1.dayOfDateColumn)(a.signedOn),
        ...period,
        terminationReason: a.terminationReason,
        state: (0, pub_avtal_2.pubAvtalState)(period, today),
        registeredAt: a.registeredAt.toISOString(),
        registeredBy: (0, identity_1.displayName)(a.registeredBy),
    };
}
async function listPubAvtal(db, caller, forbundId) {
    await (0, forbund_access_1.forbundOrNotFound)(db, forbundId);
    (0, forbund_access_1.assertReadsForbund)(caller, forbundId, 'PUB-avtal');
    const rows = await db.pubAvtal.findMany({ where: { forbundId }, include, orderBy: [{ validFrom: 'desc' }, { id: 'asc' }] });
    const today = (0, stockholm_time_1.formatStockholmDate)(new Date());
    return rows.map((a) => pubAvtalView(a, today));
}
/**
 * The avtal's workflow (workflows/pub-avtal.ts): started at registration (it wakes the förbund's
 * waiting link requests), told of a termination. The register is the record: when Temporal cannot
 * be reached the avtal stands, and its workflow starts at the next termination or adoption.
 */
async function tellAvtalWorkflow(deps, id, changed) {
    try {
        await (0, start_link_workflows_1.ensurePubAvtalWorkflow)(deps.db, deps.temporal, deps.config.TEMPORAL_TASK_QUEUE, id);
        if (changed)
            await deps.temporal.workflow.getHandle((0, insats_link_definitions_1.pubAvtalWorkflowId)(id)).signal(insats_link_definitions_1.pubAvtalChangedSignal);
    }
    catch (err) {
        deps.log.warn({ err, pubAvtalId: id }, 'PUB-avtal workflow not reached; npm run mandates:adopt starts it');
    }
}
async function registerPubAvtal(deps, caller, forbundId, body) {
    const { db } = deps;
    await (0, forbund_access_1.forbundOrNotFound)(db, forbundId);
    const today = (0, stockholm_time_1.formatStockholmDate)(new Date());
    if (body.signedOn > today) {
        throw new errors_1.AppError('VALIDATION_ERROR', 'Ett avtal kan inte vara undertecknat i framtiden.', [{ path: 'signedOn', message: `Dagen avtalet undertecknades kan vara senast i dag (${today}).` }]);
    }
    const id = (0, node_crypto_1.randomUUID)();
    const row = await db.$transaction(async (tx) => {
        const created = await tx.pubAvtal.create({
            data: { id, forbundId, signedOn: (0, civil_day_1.dateColumnOf)(body.signedOn), validFrom: (0, civil_day_1.dateColumnOf)(body.validFrom), validTo: body.validTo ? (0, civil_day_1.dateColumnOf)(body.validTo) : null, registeredById: caller.personId },
            include,
        });
        await (0, audit_1.audit)(tx, { key: `pub-avtal:${id}:registered`, event: 'PUB_AVTAL_REGISTERED', subject: (0, subject_1.pubAvtalSubject)(id), actorId: caller.personId, authMethod: caller.authMethod, data: { forbundId, ...body } });
        return created;
    });
    await tellAvtalWorkflow(deps, id, false);
    return pubAvtalView(row, today);
}
/** Terminated from `terminatedOn` (default today): it no longer holds from that day. */
async function terminatePubAvtal(deps, caller, forbundId, id, body) {
    const { db } = deps;
    const today = (0, stockholm_time_1.formatStockholmDate)(new Date());
    const terminatedOn = body.terminatedOn ?? today;
    const row = await db.$transaction(async (tx) => {
        const current = await tx.pubAvtal.findFirst({ where: { id, forbundId } });
        if (!current)
            throw (0, errors_1.notFound)('PUB-avtalet finns inte för förbundet.');
        if (current.terminatedOn)
            throw new errors_1.AppError('PUB_AVTAL_TERMINATED', `PUB-avtalet är redan uppsagt från ${(0, civil_day_1.dayOfDateColumn)(current.terminatedOn)}.`);
        if (terminatedOn < today) {
            throw new errors_1.AppError('VALIDATION_ERROR', 'En uppsägning kan inte gälla från en dag som har varit.', [{ path: 'terminatedOn', message: `Ange i dag (${today}) eller en senare dag.` }]);
        }
        const updated = await tx.pubAvtal.update({ where: { id }, data: { terminatedOn: (0, civil_day_1.dateColumnOf)(terminatedOn), terminationReason: body.reason?.trim() || null, terminatedById: caller.personId }, include });
        await (0, audit_1.audit)(tx, { key: `pub-avtal:${id}:terminated`, event: 'PUB_AVTAL_TERMINATED', subject: (0, subject_1.pubAvtalSubject)(id), actorId: caller.personId, authMethod: caller.authMethod, data: { forbundId, terminatedOn, reason: body.reason?.trim() || null } });
        return updated;
    });
    await tellAvtalWorkflow(deps, id, true);
    return pubAvtalView(row, today);
}
//# sourceMappingURL=pub-avtal.js.map