"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ZPubAvtalParams = exports.ZPubAvtalView = void 0;
const zod_1 = require("zod");
const pub_avtal_1 = require("../../domain/pub-avtal");
/** A PUB-avtal as BA and the förbund's people read it; days are `YYYY-MM-DD`, inclusive. */
exports.ZPubAvtalView = zod_1.z.object({
    id: zod_1.z.string(),
    forbundId: zod_1.z.string(),
    signedOn: zod_1.z.string(),
    validFrom: zod_1.z.string(),
    /** Null: until further notice. */
    validTo: zod_1.z.string().nullable(),
    /** The first day it no longer holds after a termination. */
    terminatedOn: zod_1.z.string().nullable(),
    terminationReason: zod_1.z.string().nullable(),
    /** As of today (Stockholm): only VALID allows linking deltagaransvariga. */
    state: zod_1.z.enum(pub_avtal_1.PUB_AVTAL_STATES),
    registeredAt: zod_1.z.string(),
    registeredBy: zod_1.z.string(),
});
exports.ZPubAvtalParams = zod_1.z.object({ id: zod_1.z.string(), avtalId: zod_1.z.string() });
//# sourceMappingURL=pub-avtal.js.map