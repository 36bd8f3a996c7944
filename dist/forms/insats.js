"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ZInsatsPatch = exports.ZInsats = exports.ZInsatsFields = void 0;
/**
 * An insats as a förbundsadministratör registers and edits it (DOMAIN.md "Follow-up data", seed
 * 002). A strict object with Swedish messages, like the request forms. The checks across fields
 * (the period's order, målgrupper that do not combine, participant years inside the period) are
 * in `insatsChecks`, so that an edit is checked as the whole insats it results in.
 */
const zod_1 = require("zod");
const insats_1 = require("../domain/insats");
const zod_errors_1 = require("./zod-errors");
const count = (what, max) => zod_1.z
    .number({ error: `Ange ${what} som ett heltal.` })
    .int(`Ange ${what} som ett heltal.`)
    .min(0, `${what.charAt(0).toUpperCase()}${what.slice(1)} kan inte vara negativ.`)
    .max(max, `${what.charAt(0).toUpperCase()}${what.slice(1)} får vara högst ${max.toLocaleString('sv-SE')}.`);
exports.ZInsatsFields = zod_1.z.strictObject({
    name: zod_1.z.string({ error: 'Ange insatsens namn.' }).trim().min(1, 'Ange insatsens namn.').max(200, 'Namnet får vara högst 200 tecken.').regex(zod_errors_1.NO_CONTROL_CHARACTERS, 'Namnet får inte innehålla kontrolltecken.'),
    kind: zod_1.z.enum(insats_1.INSATS_KINDS, { error: 'Välj typ av insats: individinriktad eller strukturövergripande.' }),
    periodFrom: (0, zod_errors_1.civilDayField)('första dagen'),
    periodTo: (0, zod_errors_1.civilDayField)('sista dagen'),
    malgrupper: zod_1.z
        .array(zod_1.z.enum(insats_1.MALGRUPPER, { error: `Okänd målgrupp. Välj bland ${Object.values(insats_1.MALGRUPP_LABELS).join(', ')}.` }), { error: 'Välj en eller flera målgrupper.' })
        .min(1, 'Välj en eller flera målgrupper.')
        .max(insats_1.MALGRUPPER.length, 'Välj varje målgrupp högst en gång.'),
    esfCofunded: zod_1.z.boolean({ error: 'Svara på om insatsen medfinansieras av ESF+.' }),
    budgetSek: count('budgeten (kronor)', 1_000_000_000),
    budgetedParticipants: count('budgeterat antal deltagare', 1_000_000),
    participantsPerYear: zod_1.z
        .array(zod_1.z.strictObject({ year: zod_1.z.number({ error: 'Ange året som ett heltal.' }).int('Ange året som ett heltal.').min(2000, 'Året ska vara 2000 eller senare.').max(2100, 'Året ska vara 2100 eller tidigare.'), participants: count('antalet deltagare', 1_000_000) }, { error: (0, zod_errors_1.strictObjectError)('ett år', 'Ange år och antal deltagare.', 'Ett år ska vara ett objekt med year och participants.', 'insatsen') }), { error: 'Ange deltagare per år som en lista.' })
        .max(101, 'För många år.')
        .optional(),
}, { error: (0, zod_errors_1.strictObjectError)('insatsen', 'Skicka insatsen som ett JSON-objekt.', 'Insatsen ska vara ett JSON-objekt.', 'insatsen') });
/** The checks across fields, for a whole insats (a new one, or an edited one as it would be). */
function insatsChecks(v, ctx) {
    if (v.periodTo < v.periodFrom)
        ctx.addIssue({ code: 'custom', path: ['periodTo'], message: 'Sista dagen kan inte vara före första dagen.' });
    if (new Set(v.malgrupper).size !== v.malgrupper.length)
        ctx.addIssue({ code: 'custom', path: ['malgrupper'], message: 'Välj varje målgrupp högst en gång.' });
    if (!(0, insats_1.malgrupperCombine)(v.malgrupper)) {
        ctx.addIssue({ code: 'custom', path: ['malgrupper'], message: `${insats_1.MALGRUPP_LABELS[insats_1.NO_SPECIFIC_MALGRUPP]} kan inte kombineras med en annan målgrupp.` });
    }
    const years = (v.participantsPerYear ?? []).map((p) => p.year);
    if (new Set(years).size !== years.length)
        ctx.addIssue({ code: 'custom', path: ['participantsPerYear'], message: 'Ange varje år en gång. Deltagare som fortsätter över ett årsskifte registreras på det nya året.' });
    const first = Number(v.periodFrom.slice(0, 4));
    const last = Number(v.periodTo.slice(0, 4));
    if (years.some((y) => y < first || y > last))
        ctx.addIssue({ code: 'custom', path: ['participantsPerYear'], message: `Deltagare kan bara anges för år inom insatsens period (${first}–${last}).` });
}
/** POST /forbund/:id/insatser: a new insats. */
exports.ZInsats = exports.ZInsatsFields.superRefine(insatsChecks);
/** PATCH: the fields that change; the insats they result in must pass ZInsats. */
exports.ZInsatsPatch = exports.ZInsatsFields.partial().refine((v) => Object.keys(v).length > 0, 'Ange minst ett fält att ändra.');
//# sourceMappingURL=insats.js.map