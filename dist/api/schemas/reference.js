"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ZRequestKindInfo = exports.ZReady = exports.ZHealth = exports.ZToken = exports.ZPersona = exports.ZMe = exports.ZRoleInfo = exports.ZForbundUser = exports.ZForbund = exports.ZOrganisation = void 0;
const zod_1 = require("zod");
const kind_1 = require("../../domain/request-kinds/kind");
const stage_1 = require("../../domain/request-kinds/stage");
const roles_1 = require("../../domain/roles");
const roles_2 = require("../auth/roles");
exports.ZOrganisation = zod_1.z.object({
    id: zod_1.z.string(),
    name: zod_1.z.string(),
    type: zod_1.z.enum(['FORSAKRINGSKASSAN', 'ARBETSFORMEDLINGEN', 'KOMMUN', 'REGION', 'SAMORDNINGSFORBUND']),
    organisationNumber: zod_1.z.string(),
});
exports.ZForbund = zod_1.z.object({ id: zod_1.z.string(), name: zod_1.z.string(), organisationId: zod_1.z.string(), memberOrganisationIds: zod_1.z.array(zod_1.z.string()) });
/** R-54 "Visa användare": who holds which role in a förbund. */
exports.ZForbundUser = zod_1.z.object({ personId: zod_1.z.string(), name: zod_1.z.string(), role: zod_1.z.enum(roles_1.ROLES), since: zod_1.z.string() });
exports.ZRoleInfo = zod_1.z.object({
    id: zod_1.z.enum(roles_1.ROLES),
    catalog: zod_1.z.enum(['FINSAM', 'SUS']),
    label: zod_1.z.string(),
    scope: zod_1.z.enum(['FORBUND', 'SYSTEM']),
    description: zod_1.z.string(),
});
/** The caller as the web UI needs them: who they are and what they may do today. */
exports.ZMe = zod_1.z.object({
    personId: zod_1.z.string(),
    name: zod_1.z.string(),
    roles: zod_1.z.array(zod_1.z.enum(roles_2.CALLER_ROLES)),
    organisationId: zod_1.z.string(),
    /** Organisations the caller is beställare for today. */
    bestallareFor: zod_1.z.array(zod_1.z.string()),
    mandateLapsed: zod_1.z.boolean(),
    /** Organisations the caller signs for as authorised representative: whose beställare they register. */
    representativeFor: zod_1.z.array(zod_1.z.string()),
    /** A chef's direct reports in the register: whom they order for. */
    reports: zod_1.z.array(zod_1.z.object({ personId: zod_1.z.string(), name: zod_1.z.string(), personnummer: zod_1.z.string(), organisationId: zod_1.z.string() })),
    /** The caller's roles per samordningsförbund (förbundsadministratör, deltagaransvarig, SUS roles). */
    forbundRoles: zod_1.z.array(zod_1.z.object({ forbundId: zod_1.z.string(), role: zod_1.z.enum(roles_1.ROLES) })),
});
exports.ZPersona = zod_1.z.object({ id: zod_1.z.string(), name: zod_1.z.string(), roles: zod_1.z.array(zod_1.z.enum(roles_2.CALLER_ROLES)), organisationId: zod_1.z.string() });
exports.ZToken = zod_1.z.object({ token: zod_1.z.string() });
exports.ZHealth = zod_1.z.object({ status: zod_1.z.literal('ok') });
exports.ZReady = zod_1.z.object({ status: zod_1.z.literal('ready'), database: zod_1.z.literal('ok'), temporal: zod_1.z.literal('ok') });
/** A kind of request in the catalog, as clients show it (labels are Swedish). */
exports.ZRequestKindInfo = zod_1.z.object({
    id: zod_1.z.string(),
    label: zod_1.z.string(),
    orderedBy: zod_1.z.array(zod_1.z.enum(kind_1.ORDERERS)),
    effect: zod_1.z.enum(stage_1.REQUEST_EFFECTS),
    ruleIds: zod_1.z.array(zod_1.z.string()),
    stages: zod_1.z.array(zod_1.z.object({ id: zod_1.z.string(), label: zod_1.z.string(), actorRole: zod_1.z.enum(roles_1.STAFF_ROLES), decisions: zod_1.z.array(zod_1.z.enum(stage_1.STAGE_DECISIONS)) })),
});
//# sourceMappingURL=reference.js.map