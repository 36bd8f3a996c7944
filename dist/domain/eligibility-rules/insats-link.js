"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.NO_PUB_AVTAL = exports.NOT_DELTAGARANSVARIG_IN_FORBUND = void 0;
const insats_link_1 = require("../insats-link");
/*
 * The rules of linking a deltagaransvarig to an insats, as the API and the link's
 * workflow name them.
 */
/**
 * only a deltagaransvarig of the insats's förbund is linked. The same refusal for a person
 * the register does not hold: it tells nothing about people outside the förbund.
 */
exports.NOT_DELTAGARANSVARIG_IN_FORBUND = {
    rule: 'R-32',
    code: 'NOT_DELTAGARANSVARIG_IN_FORBUND',
    message: 'Personen har inte rollen deltagaransvarig i förbundet. Bara förbundets deltagaransvariga kan kopplas till dess insatser; ' +
        'beställ rollen först, eller kontrollera personnumret.',
};
/** no PUB-avtal came within the wait, so nothing was linked. */
exports.NO_PUB_AVTAL = {
    rule: 'R-31',
    code: 'NO_PUB_AVTAL',
    message: `Förbundet har inget PUB-avtal med Försäkringskassan som gäller, och inget kom inom ${insats_link_1.LINK_WAIT_DAYS} dagar. ` +
        'En koppling är behandling av personuppgifter för Försäkringskassans räkning och kräver ett PUB-avtal. Begär kopplingen igen när avtalet finns.',
};
//# sourceMappingURL=insats-link.js.map