"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ZForbundContact = exports.ZProcessingLogQuery = exports.ZProcessingLogEntry = exports.ZLinkListQuery = exports.ZLinkParams = exports.ZLinkView = void 0;
const zod_1 = require("zod");
const insats_link_1 = require("../../domain/insats-link");
const processing_log_1 = require("../../domain/processing-log");
/** A deltagaransvarig's link to an insats, or a request for one that waits for a PUB-avtal. */
exports.ZLinkView = zod_1.z.object({
    id: zod_1.z.string(),
    insatsId: zod_1.z.string(),
    insatsName: zod_1.z.string(),
    forbundId: zod_1.z.string(),
    status: zod_1.z.enum(insats_link_1.LINK_STATUSES),
    person: zod_1.z.object({ id: zod_1.z.string(), name: zod_1.z.string(), email: zod_1.z.string() }),
    requestedAt: zod_1.z.string(),
    requestedBy: zod_1.z.string(),
    /** While it waits: the request lapses then unless a PUB-avtal is in force. */
    waitUntil: zod_1.z.string(),
    linkedAt: zod_1.z.string().nullable(),
    /** The PUB-avtal it is made under. */
    pubAvtalId: zod_1.z.string().nullable(),
    endedAt: zod_1.z.string().nullable(),
    endReason: zod_1.z.enum(insats_link_1.LINK_END_REASON_CODES).nullable(),
    /** Why a request came to nothing: R-31 (no PUB-avtal within the wait) or R-32 (the role is gone). */
    refusedBy: zod_1.z.object({ rule: zod_1.z.string(), code: zod_1.z.string(), message: zod_1.z.string() }).nullable(),
});
exports.ZLinkParams = zod_1.z.object({ id: zod_1.z.string(), linkId: zod_1.z.string() });
exports.ZLinkListQuery = zod_1.z.object({
    /** Also the ended links and the lapsed requests (the insats's history); default: open ones only. */
    history: zod_1.z.enum(['true', 'false'], { error: 'history ska vara true eller false.' }).optional(),
});
/** One row of the personal-data processing log. */
exports.ZProcessingLogEntry = zod_1.z.object({
    id: zod_1.z.string(),
    at: zod_1.z.string(),
    action: zod_1.z.enum(processing_log_1.PROCESSING_ACTIONS),
    person: zod_1.z.object({ id: zod_1.z.string(), name: zod_1.z.string() }),
    /** Null: the system, on behalf of `onBehalfOf`. */
    actor: zod_1.z.string().nullable(),
    authMethod: zod_1.z.string().nullable(),
    onBehalfOf: zod_1.z.string().nullable(),
    forbundId: zod_1.z.string(),
    insatsId: zod_1.z.string(),
    insatsName: zod_1.z.string(),
    linkId: zod_1.z.string().nullable(),
    /** The avtal the processing fell under; null only for a read while none was in force. */
    pubAvtalId: zod_1.z.string().nullable(),
});
exports.ZProcessingLogQuery = zod_1.z.object({
    personId: zod_1.z.string().optional(),
    forbundId: zod_1.z.string().optional(),
    cursor: zod_1.z.string().optional(),
    limit: zod_1.z.coerce.number({ error: 'limit ska vara ett heltal 1–200.' }).int().min(1, 'limit ska vara minst 1.').max(200, 'limit får vara högst 200.').default(100),
});
/** Who a deltagaransvarig turns to: their förbund's förbundsadministratörer (seed 000). */
exports.ZForbundContact = zod_1.z.object({ personId: zod_1.z.string(), name: zod_1.z.string(), email: zod_1.z.string(), phone: zod_1.z.string().nullable() });
//# sourceMappingURL=links.js.map