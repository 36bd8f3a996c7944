"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ZLinkRequest = void 0;
/**
 * A förbundsadministratör's request to link a deltagaransvarig to an insats: who, either by
 * personnummer or by the register's id of a person on the förbund's list of users (what the web
 * UI offers). Who that is comes from the person register, never from the form.
 */
const zod_1 = require("zod");
const blankett_9480_1 = require("./blankett-9480");
const zod_errors_1 = require("./zod-errors");
exports.ZLinkRequest = zod_1.z
    .strictObject({
    personnummer: blankett_9480_1.personnummerField.optional(),
    personId: zod_1.z.string({ error: 'personId ska vara text.' }).min(1, 'Välj en deltagaransvarig.').max(200, 'Okänd person.').optional(),
}, { error: (0, zod_errors_1.strictObjectError)('kopplingen', 'Skicka kopplingen som ett JSON-objekt.', 'Kopplingen ska vara ett JSON-objekt.', 'kopplingen') })
    .superRefine((v, ctx) => {
    if ((v.personnummer === undefined) === (v.personId === undefined)) {
        ctx.addIssue({ code: 'custom', path: ['personId'], message: 'Välj en deltagaransvarig (eller ange ett personnummer, inte båda).' });
    }
});
//# sourceMappingURL=insats-link.js.map