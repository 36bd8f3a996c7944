"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PUB_AVTAL_STATE_LABELS = exports.PUB_AVTAL_STATES = void 0;
exports.pubAvtalState = pubAvtalState;
exports.pubAvtalEndDay = pubAvtalEndDay;
/**
 * PUB-avtal: the data processing agreement between Försäkringskassan (controller) and a
 * samordningsförbund (processor). Linking deltagaransvariga to insatser is processing on FK's
 * behalf and needs one in force. Days are civil dates (`YYYY-MM-DD`, Stockholm), inclusive.
 */
const stockholm_time_1 = require("./stockholm-time");
exports.PUB_AVTAL_STATES = ['NOT_YET_VALID', 'VALID', 'ENDED', 'TERMINATED'];
exports.PUB_AVTAL_STATE_LABELS = {
    NOT_YET_VALID: 'Gäller ännu inte',
    VALID: 'Gäller',
    ENDED: 'Har upphört',
    TERMINATED: 'Uppsagt',
};
/** The avtal's state on `day`: only VALID allows linking. */
function pubAvtalState(a, day) {
    if (a.terminatedOn !== null && day >= a.terminatedOn)
        return 'TERMINATED';
    if (day < a.validFrom)
        return 'NOT_YET_VALID';
    if (a.validTo !== null && day > a.validTo)
        return 'ENDED';
    return 'VALID';
}
/** The first day the avtal no longer holds (its termination, or the day after its last), or null: until further notice. */
function pubAvtalEndDay(a) {
    const afterLast = a.validTo === null ? null : (0, stockholm_time_1.civilDateKey)((0, stockholm_time_1.addCivilDays)((0, stockholm_time_1.parseCivilDate)(a.validTo), 1));
    if (a.terminatedOn === null)
        return afterLast;
    return afterLast === null || a.terminatedOn < afterLast ? a.terminatedOn : afterLast;
}
//# sourceMappingURL=pub-avtal.js.map