"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.checkBestallareMandate = checkBestallareMandate;
const stockholm_time_1 = require("../stockholm-time");
const mandate_1 = require("../mandate");
/**
 * only a registered beställare of the user's employer, with a mandate valid now, may
 * order. R-21: a mandate lasts at most two years, so an expired one gets its own message that
 * tells the beställare to have it renewed rather than a generic refusal.
 *
 * When the beställare has both an expired mandate and one that starts later (a renewal that is
 * already registered), the not-yet-valid message wins: telling them to renew would be wrong.
 */
function checkBestallareMandate(ctx) {
    const { employer } = ctx.user;
    const forEmployer = ctx.bestallare.mandates.filter((m) => m.organisationId === employer.id);
    const withStatus = forEmployer.map((m) => ({ ...m, status: (0, mandate_1.mandateStatus)(m, ctx.now) }));
    if (withStatus.some((m) => m.status === 'VALID'))
        return [];
    const upcoming = withStatus
        .filter((m) => m.status === 'NOT_YET_VALID')
        .sort((a, b) => a.validFrom.getTime() - b.validFrom.getTime())[0];
    if (upcoming) {
        const starts = (0, stockholm_time_1.formatStockholmDate)(upcoming.validFrom);
        return [
            {
                rule: 'R-01',
                code: 'BESTALLARE_MANDATE_NOT_YET_VALID',
                message: `Ditt uppdrag som beställare för ${employer.name} börjar gälla ${starts}. ` +
                    `Du kan beställa behörighet för anställda hos ${employer.name} från och med det datumet.`,
            },
        ];
    }
    const lastExpired = withStatus
        .filter((m) => m.status === 'EXPIRED')
        .sort((a, b) => b.validTo.getTime() - a.validTo.getTime())[0];
    if (lastExpired) {
        const ended = (0, stockholm_time_1.formatStockholmDate)(lastExpired.validTo);
        return [
            {
                rule: 'R-21',
                code: 'BESTALLARE_MANDATE_EXPIRED',
                message: `Ditt uppdrag som beställare för ${employer.name} upphörde att gälla ${ended}. ` +
                    'En beställares behörighet gäller högst två år i taget och måste sedan förnyas. ' +
                    `Be ${employer.name} att anmäla dig som beställare på nytt till Försäkringskassan ` +
                    '(högst två år i taget).',
            },
        ];
    }
    return [
        {
            rule: 'R-01',
            code: 'NOT_BESTALLARE_FOR_EMPLOYER',
            message: `Du är inte beställare för ${employer.name}, där användaren är anställd. Bara en ` +
                'registrerad beställare hos användarens arbetsgivare kan beställa behörighet. Be en ' +
                `beställare hos ${employer.name} att göra beställningen, eller be ${employer.name} att ` +
                'anmäla dig som beställare till Försäkringskassan.',
        },
    ];
}
//# sourceMappingURL=bestallare-mandate.js.map