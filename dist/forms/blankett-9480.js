"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.formatFormErrors = exports.FORM_9480_FIELDS = exports.ZOrder9480 = exports.protectedIdentityField = exports.forbundIdField = exports.ZUser9480 = exports.personnummerField = void 0;
const zod_1 = require("zod");
const roles_1 = require("../domain/roles");
const identifiers_1 = require("../domain/identifiers");
const zod_errors_1 = require("./zod-errors");
/*
 * Blankett 9480 "Beställning användare i Uppföljning Finsam" as the body of POST /orders.
 * Objects are strict: an unknown field is more likely a typo (or a second förbund smuggled in)
 * than something safe to ignore. Every message is Swedish and says what to do.
 */
const ID_MAX_LENGTH = 200;
const NAME_MAX_LENGTH = 100;
const EMAIL_MAX_LENGTH = 254; // RFC 5321 limit for a forward path
function idField(missing, wrongType, tooLong) {
    const wrongTypeMessage = typeof wrongType === 'string' ? () => wrongType : wrongType;
    return zod_1.z
        .string({ error: (issue) => (issue.input === undefined ? missing : wrongTypeMessage(issue)) })
        .trim()
        .min(1, { error: missing })
        .max(ID_MAX_LENGTH, { error: tooLong });
}
function nameField(what) {
    const capitalised = what === 'förnamn' ? 'Förnamnet' : 'Efternamnet';
    return zod_1.z
        .string({ error: (0, zod_errors_1.missingOr)(`Ange användarens ${what}.`, `${capitalised} ska vara text.`) })
        .trim()
        .min(1, { error: `Ange användarens ${what}.` })
        .max(NAME_MAX_LENGTH, { error: `${capitalised} får vara högst ${NAME_MAX_LENGTH} tecken.` })
        .regex(zod_errors_1.NO_CONTROL_CHARACTERS, {
        error: `${capitalised} får inte innehålla radbrytningar eller andra kontrolltecken.`,
    });
}
const PERSONNUMMER_INVALID = 'Ange ett giltigt personnummer (ÅÅÅÅMMDD-NNNN).';
exports.personnummerField = zod_1.z
    .string({
    error: (0, zod_errors_1.missingOr)('Ange användarens personnummer (ÅÅÅÅMMDD-NNNN).', 'Personnumret ska vara text i formen ÅÅÅÅMMDD-NNNN.'),
})
    .trim()
    // The shape, so the OpenAPI document says it too; the check digit and the date are checked below.
    .regex(/^\s*(\d{2})?\d{6}[-+]?\d{4}\s*$/, { error: PERSONNUMMER_INVALID })
    .transform((value, ctx) => {
    const canonical = (0, identifiers_1.normalizePersonnummer)(value);
    if (canonical === null) {
        ctx.addIssue({ code: 'custom', message: PERSONNUMMER_INVALID, input: value });
        return zod_1.z.NEVER;
    }
    return canonical;
});
// Trim and lower-case first, then check the format: z.email().trim() would check before
// trimming and refuse " namn@kommun.se".
const emailField = zod_1.z
    .string({ error: (0, zod_errors_1.missingOr)('Ange användarens e-postadress.', 'E-postadressen ska vara text.') })
    .trim()
    .toLowerCase()
    .min(1, { error: 'Ange användarens e-postadress.' })
    .max(EMAIL_MAX_LENGTH, { error: `E-postadressen får vara högst ${EMAIL_MAX_LENGTH} tecken.` })
    .check(zod_1.z.email({ error: 'Ange en giltig e-postadress, till exempel namn@kommun.se.' }));
const phoneField = zod_1.z
    .string({
    error: 'Telefonnumret ska vara text. Utelämna fältet om användaren inte har något telefonnummer.',
})
    .trim()
    .min(6, { error: 'Telefonnumret ska vara 6–20 tecken långt.' })
    .max(20, { error: 'Telefonnumret ska vara 6–20 tecken långt.' })
    .regex(/^\+?[0-9][0-9 -]*$/, {
    error: 'Telefonnumret får bara innehålla siffror, mellanslag, bindestreck och + först.',
})
    .optional();
exports.ZUser9480 = zod_1.z.strictObject({
    personnummer: exports.personnummerField,
    givenName: nameField('förnamn'),
    familyName: nameField('efternamn'),
    email: emailField,
    phone: phoneField,
    employerId: idField('Ange användarens arbetsgivare.', 'Arbetsgivaren ska anges med sitt id (text).', `Arbetsgivarens id får vara högst ${ID_MAX_LENGTH} tecken. Välj arbetsgivaren i listan.`),
}, {
    error: (0, zod_errors_1.strictObjectError)('användaruppgifterna', 'Fyll i uppgifterna om användaren.', 'Uppgifterna om användaren ska vara ett objekt.'),
});
// one form per förbund. forbundId is a single string, so an array of förbund is refused
// with a message that explains to make one order per förbund.
const ONE_FORBUND = 'Ange exakt ett samordningsförbund. En beställning gäller ett förbund – gör en beställning per förbund.';
const forbundIdWrongType = (issue) => Array.isArray(issue.input) ? ONE_FORBUND : 'Förbundet ska anges med sitt id (text).';
/** The förbund a request is for (R-05: exactly one). */
exports.forbundIdField = idField('Välj vilket samordningsförbund beställningen gäller.', forbundIdWrongType, `Förbundets id får vara högst ${ID_MAX_LENGTH} tecken. Välj förbundet i listan.`);
// the form must ask; there is no default, so an order cannot skip the question.
exports.protectedIdentityField = zod_1.z.boolean({
    error: (0, zod_errors_1.missingOr)('Ange om användaren har skyddad identitet (ja eller nej).', 'Svaret om skyddad identitet ska vara ja eller nej (true eller false).'),
});
exports.ZOrder9480 = zod_1.z.strictObject({
    forbundId: exports.forbundIdField,
    role: zod_1.z.enum(roles_1.FINSAM_ROLES, {
        error: 'Välj roll: Förbundsadministratör eller Deltagaransvarig.',
    }),
    protectedIdentity: exports.protectedIdentityField,
    user: exports.ZUser9480,
}, {
    error: (0, zod_errors_1.strictObjectError)('beställningen', 'Beställningen saknas. Skicka blankettens uppgifter som ett JSON-objekt.', 'Beställningen ska vara ett JSON-objekt.'),
});
/** Labels and help texts for every field of blankett 9480, for UIs and API docs. */
exports.FORM_9480_FIELDS = [
    {
        path: 'forbundId',
        label: 'Samordningsförbund',
        help: 'Det samordningsförbund användaren ska arbeta i. En beställning gäller ett förbund; behöver användaren flera förbund gör du en beställning per förbund.',
        required: true,
    },
    {
        path: 'role',
        label: 'Roll',
        help: 'Förbundsadministratör registrerar förbundets ekonomi och insatser. Deltagaransvarig registrerar antal deltagare i sina insatser. Rollerna kan inte kombineras, och deltagaransvarig kan inte innehas av anställda hos ett samordningsförbund.',
        required: true,
    },
    {
        path: 'protectedIdentity',
        label: 'Har användaren skyddad identitet?',
        help: 'Uppföljning Finsam har inget särskilt skydd för personer med skyddad identitet. Personer med skyddad identitet ska därför inte vara användare.',
        required: true,
    },
    {
        path: 'user.personnummer',
        label: 'Personnummer',
        help: 'Användarens personnummer eller samordningsnummer, ÅÅÅÅMMDD-NNNN.',
        required: true,
    },
    {
        path: 'user.givenName',
        label: 'Förnamn',
        help: 'Användarens förnamn, högst 100 tecken.',
        required: true,
    },
    {
        path: 'user.familyName',
        label: 'Efternamn',
        help: 'Användarens efternamn, högst 100 tecken.',
        required: true,
    },
    {
        path: 'user.email',
        label: 'E-postadress',
        help: 'Användarens e-postadress i tjänsten. Hit skickas bekräftelsen när behörigheten är registrerad.',
        required: true,
    },
    {
        path: 'user.phone',
        label: 'Telefonnummer',
        help: 'Frivilligt. Siffror, mellanslag och bindestreck, gärna med riktnummer, 6–20 tecken.',
        required: false,
    },
    {
        path: 'user.employerId',
        label: 'Arbetsgivare',
        help: 'Den organisation som användaren är anställd av: en kommun, en region eller ett samordningsförbund. Du måste vara beställare för den arbetsgivaren.',
        required: true,
    },
];
var format_form_errors_1 = require("./format-form-errors");
Object.defineProperty(exports, "formatFormErrors", { enumerable: true, get: function () { return format_form_errors_1.formatFormErrors; } });
//# sourceMappingURL=blankett-9480.js.map