"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ZBestallareRenewal = exports.ZBestallareRegistration = exports.ZSusSuperadmin = exports.ZSus9445 = exports.ZRemovalRequest = exports.ZFkChefRequest = void 0;
/**
 * The forms of the request kinds other than blankett 9480 (forms/blankett-9480.ts), as the body
 * of POST /orders with their `kind`. Strict objects with Swedish messages, like 9480. Forms that
 * name a person already in the register (a chef's direct report, a user whose role is removed)
 * carry only the personnummer: name, e-mail and employer come from the register, never a form.
 */
const zod_1 = require("zod");
const roles_1 = require("../domain/roles");
const blankett_9480_1 = require("./blankett-9480");
const zod_errors_1 = require("./zod-errors");
const formError = (what) => ({ error: (0, zod_errors_1.strictObjectError)(what, `Skicka ${what} som ett JSON-objekt.`, `Uppgifterna i ${what} ska vara ett JSON-objekt.`, 'formuläret') });
/** an FK chef orders a Finsam role for one of their direct reports. */
exports.ZFkChefRequest = zod_1.z.strictObject({
    personnummer: blankett_9480_1.personnummerField,
    forbundId: blankett_9480_1.forbundIdField,
    role: zod_1.z.enum(roles_1.FINSAM_ROLES, { error: 'Välj roll: Förbundsadministratör eller Deltagaransvarig.' }),
    protectedIdentity: blankett_9480_1.protectedIdentityField,
}, formError('chefens beställning'));
/** removal of a role the person holds, ordered by the orderer of their employer. */
exports.ZRemovalRequest = zod_1.z
    .strictObject({
    personnummer: blankett_9480_1.personnummerField,
    role: zod_1.z.enum(roles_1.ROLES, { error: 'Välj vilken roll som ska tas bort.' }),
    // Absent only for a role held for the whole system (superadministratör).
    forbundId: blankett_9480_1.forbundIdField.optional(),
}, formError('borttagningen'));
/** blankett 9445, one SUS role in one förbund for one employee. */
exports.ZSus9445 = zod_1.z.strictObject({
    forbundId: blankett_9480_1.forbundIdField,
    role: zod_1.z.enum(roles_1.SUS_FORBUND_ROLES, {
        error: 'Välj en SUS-roll: samverkansadministratör, insatsansvarig, deltagaransvarig eller SUSrapport. Superadministratör beställs för sig.',
    }),
    protectedIdentity: blankett_9480_1.protectedIdentityField,
    user: blankett_9480_1.ZUser9480,
}, formError('blankett 9445'));
/** superadministratör in SUS, for one of the chef's direct reports at Försäkringskassan. */
exports.ZSusSuperadmin = zod_1.z.strictObject({
    personnummer: blankett_9480_1.personnummerField,
    motivation: zod_1.z
        .string({ error: 'Beskriv varför personen behöver rollen (arbete med systemets drift).' })
        .trim()
        .min(10, 'Beskriv varför personen behöver rollen, minst 10 tecken.')
        .max(1000, 'Motiveringen får vara högst 1000 tecken.')
        // Line breaks are welcome; other control characters are not.
        .regex(/^[^\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f]*$/, 'Motiveringen får inte innehålla kontrolltecken.'),
}, formError('beställningen av superadministratör'));
/** The last day of a mandate, `YYYY-MM-DD` (inclusive: "giltigt t.o.m."). */
const lastDayField = (0, zod_errors_1.civilDayField)('sista giltighetsdag');
/**
 * an authorised representative registers a person employed by their organisation as
 * beställare, valid through `validUntil` (at most two years, R-21). The register supplies who
 * the person is and where they work.
 */
exports.ZBestallareRegistration = zod_1.z.strictObject({ personnummer: blankett_9480_1.personnummerField, validUntil: lastDayField }, formError('anmälan av beställare'));
/** renewal of the person's mandate at the representative's organisation, through `validUntil`. */
exports.ZBestallareRenewal = zod_1.z.strictObject({ personnummer: blankett_9480_1.personnummerField, validUntil: lastDayField }, formError('förnyelsen av beställaruppdraget'));
//# sourceMappingURL=request-forms.js.map