"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.checkDeltagaransvarigEmployer = checkDeltagaransvarigEmployer;
/**
 * deltagaransvarig may only be held by employees of Försäkringskassan,
 * Arbetsförmedlingen, a region or a kommun — never by a samordningsförbund's own staff.
 */
function checkDeltagaransvarigEmployer(ctx) {
    const { employer } = ctx.user;
    if (ctx.role !== 'DELTAGARANSVARIG' || employer.type !== 'SAMORDNINGSFORBUND')
        return [];
    return [
        {
            rule: 'R-07',
            code: 'DELTAGARANSVARIG_NOT_ALLOWED',
            message: 'Rollen deltagaransvarig kan bara innehas av anställda hos Försäkringskassan, ' +
                `Arbetsförmedlingen, en region eller en kommun. Användaren är anställd av ${employer.name}, ` +
                'som är ett samordningsförbund, och kan därför inte bli deltagaransvarig. Beställ rollen ' +
                'förbundsadministratör i stället bara om användarens arbetsuppgifter kräver den.',
        },
    ];
}
//# sourceMappingURL=deltagaransvarig-employer.js.map