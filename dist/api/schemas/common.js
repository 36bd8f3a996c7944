"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ZIdempotencyHeaders = exports.ZIdParams = exports.ZError = void 0;
exports.errorResponses = errorResponses;
const zod_1 = require("zod");
/** Every 4xx/5xx body (docs/api.md, "Conventions"). */
exports.ZError = zod_1.z.object({
    code: zod_1.z.string(),
    message: zod_1.z.string(),
    details: zod_1.z.array(zod_1.z.record(zod_1.z.string(), zod_1.z.unknown())).optional(),
});
exports.ZIdParams = zod_1.z.object({ id: zod_1.z.string() });
/** A retried POST with the same key returns what the first one made (docs/api.md). */
exports.ZIdempotencyHeaders = zod_1.z.object({ 'idempotency-key': zod_1.z.string().min(1).max(200).optional() });
/** Response entries for the error statuses a route answers besides the generic ones. */
function errorResponses(...statuses) {
    return Object.fromEntries(statuses.map((s) => [s, exports.ZError]));
}
//# sourceMappingURL=common.js.map