"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ZPubAvtalTermination = exports.ZPubAvtal = void 0;
/**
 * A PUB-avtal as BA registers it, and its termination. Days are `YYYY-MM-DD`, inclusive.
 */
const zod_1 = require("zod");
const zod_errors_1 = require("./zod-errors");
exports.ZPubAvtal = zod_1.z
    .strictObject({
    signedOn: (0, zod_errors_1.civilDayField)('dagen avtalet undertecknades'),
    validFrom: (0, zod_errors_1.civilDayField)('första dagen avtalet gäller'),
    /** Omitted: until further notice. */
    validTo: (0, zod_errors_1.civilDayField)('sista dagen avtalet gäller').optional(),
}, { error: (0, zod_errors_1.strictObjectError)('PUB-avtalet', 'Skicka PUB-avtalet som ett JSON-objekt.', 'PUB-avtalet ska vara ett JSON-objekt.', 'registreringen') })
    .superRefine((v, ctx) => {
    if (v.validTo !== undefined && v.validTo < v.validFrom)
        ctx.addIssue({ code: 'custom', path: ['validTo'], message: 'Sista dagen kan inte vara före första dagen.' });
});
exports.ZPubAvtalTermination = zod_1.z.strictObject({
    /** The first day the avtal no longer holds; omitted: today. */
    terminatedOn: (0, zod_errors_1.civilDayField)('dagen uppsägningen gäller från').optional(),
    reason: zod_1.z.string({ error: 'Skälet ska vara text.' }).trim().max(2000, 'Skälet får vara högst 2000 tecken.').regex(zod_errors_1.NO_CONTROL_CHARACTERS, 'Skälet får inte innehålla kontrolltecken.').optional(),
}, { error: (0, zod_errors_1.strictObjectError)('uppsägningen', 'Skicka uppsägningen som ett JSON-objekt.', 'Uppsägningen ska vara ett JSON-objekt.', 'uppsägningen') });
//# sourceMappingURL=pub-avtal.js.map