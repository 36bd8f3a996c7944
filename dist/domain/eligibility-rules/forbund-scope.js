"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.forbundOpenTo = forbundOpenTo;
exports.checkForbundScope = checkForbundScope;
/**
 * a samordningsförbund's staff are ordered by the förbund's own beställare, and only for
 * that förbund (R-01 already requires the beställare to represent the employer). Staff of a
 * kommun or region can only get access to a förbund their employer is a member of — someone
 * who works for a förbund but is employed by a kommun is ordered by the kommun.
 * FK and AF staff never reach this rule.
 *
 * `forbundOpenTo` is the predicate itself, also used by the web UI to list only the förbund a
 * person of that employer can be ordered for.
 */
function forbundOpenTo(forbund, employer) {
    if (employer.type === 'SAMORDNINGSFORBUND')
        return forbund.organisationId === employer.id;
    if (employer.type === 'KOMMUN' || employer.type === 'REGION')
        return forbund.memberOrganisationIds.includes(employer.id);
    return true;
}
function checkForbundScope(ctx) {
    const { employer } = ctx.user;
    const { forbund } = ctx;
    if (!forbund)
        return []; // a role held for the whole system
    if (forbundOpenTo(forbund, employer))
        return [];
    if (employer.type === 'SAMORDNINGSFORBUND') {
        return [
            {
                rule: 'R-02',
                code: 'FORBUND_BESTALLARE_SCOPE',
                message: `Användaren är anställd av ${employer.name}, och en beställare hos ett ` +
                    'samordningsförbund kan bara beställa behörighet till det egna förbundet – inte till ' +
                    `${forbund.name}. Välj ${employer.name} som förbund i beställningen.`,
            },
        ];
    }
    if (employer.type === 'KOMMUN' || employer.type === 'REGION') {
        return [
            {
                rule: 'R-02',
                code: 'EMPLOYER_NOT_MEMBER',
                message: `${employer.name} är inte medlem i ${forbund.name}. Anställda hos ${employer.name} kan ` +
                    'bara få behörighet till samordningsförbund där arbetsgivaren är medlem. Kontrollera ' +
                    'att du har valt rätt förbund och att användarens arbetsgivare stämmer.',
            },
        ];
    }
    return [];
}
//# sourceMappingURL=forbund-scope.js.map