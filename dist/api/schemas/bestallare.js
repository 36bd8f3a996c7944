"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ZRevokeBody = exports.ZRenewBody = exports.ZRegisterBody = exports.ZMandateListQuery = exports.ZMandateDetail = exports.ZMandateEvent = exports.ZMandate = void 0;
const zod_1 = require("zod");
const mandate_1 = require("../../domain/mandate");
const request_forms_1 = require("../../forms/request-forms");
/** A beställare mandate, as the organisation's representatives and BA see it. */
exports.ZMandate = zod_1.z.object({
    id: zod_1.z.string(),
    person: zod_1.z.object({ id: zod_1.z.string(), name: zod_1.z.string(), email: zod_1.z.string() }),
    organisation: zod_1.z.object({ id: zod_1.z.string(), name: zod_1.z.string() }),
    status: zod_1.z.enum(mandate_1.MANDATE_STATES),
    validFrom: zod_1.z.string(),
    /** The first instant the mandate no longer holds (half-open period). */
    validTo: zod_1.z.string(),
    /** The last day it holds, `YYYY-MM-DD` (Stockholm): "giltigt t.o.m.". */
    lastDay: zod_1.z.string(),
    /** Whole days until it ends (negative once ended). */
    daysLeft: zod_1.z.number().int(),
    renewals: zod_1.z.number().int(),
    revokedAt: zod_1.z.string().nullable(),
    /** The latest `validUntil` a renewal may ask for today, null when it cannot be renewed. */
    maxRenewalLastDay: zod_1.z.string().nullable(),
});
exports.ZMandateEvent = zod_1.z.object({
    at: zod_1.z.string(),
    event: zod_1.z.string(),
    /** Swedish, for the history list. */
    label: zod_1.z.string(),
    actor: zod_1.z.string().nullable(),
    data: zod_1.z.record(zod_1.z.string(), zod_1.z.unknown()).nullable(),
});
/** A mandate with its history and the requests that registered or renewed it. */
exports.ZMandateDetail = exports.ZMandate.extend({
    history: zod_1.z.array(exports.ZMandateEvent),
    requests: zod_1.z.array(zod_1.z.object({ id: zod_1.z.string(), kind: zod_1.z.string(), status: zod_1.z.string(), submittedAt: zod_1.z.string(), validUntil: zod_1.z.string().nullable() })),
});
exports.ZMandateListQuery = zod_1.z.object({
    organisationId: zod_1.z.string().optional(),
    expiringWithinDays: zod_1.z.coerce
        .number({ error: 'expiringWithinDays ska vara ett heltal 0–730.' })
        .int('expiringWithinDays ska vara ett heltal 0–730.')
        .min(0, 'expiringWithinDays ska vara minst 0.')
        .max(730, 'expiringWithinDays får vara högst 730.')
        .optional(),
    status: zod_1.z.enum(mandate_1.MANDATE_STATES, { error: `status ska vara en av ${mandate_1.MANDATE_STATES.join(', ')}.` }).optional(),
    cursor: zod_1.z.string().optional(),
    limit: zod_1.z.coerce.number({ error: 'limit ska vara ett heltal 1–200.' }).int().min(1, 'limit ska vara minst 1.').max(200, 'limit får vara högst 200.').default(100),
});
/** POST /bestallare: the registration request's form. */
exports.ZRegisterBody = request_forms_1.ZBestallareRegistration;
/** POST /bestallare/:id/renew: the new last day; the person is the mandate's. */
exports.ZRenewBody = request_forms_1.ZBestallareRenewal.pick({ validUntil: true });
/** POST /bestallare/:id/revoke: an optional reason, as when a request is withdrawn. */
var requests_1 = require("./requests");
Object.defineProperty(exports, "ZRevokeBody", { enumerable: true, get: function () { return requests_1.ZCancelBody; } });
//# sourceMappingURL=bestallare.js.map