"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.pubAvtalPeriodOf = pubAvtalPeriodOf;
exports.pubAvtalOnDay = pubAvtalOnDay;
/**
 * PUB-avtal rows as the domain sees them (domain/pub-avtal.ts), and which one is in force for a
 * förbund on a day.
 */
const pub_avtal_1 = require("../domain/pub-avtal");
const civil_day_1 = require("./civil-day");
function pubAvtalPeriodOf(a) {
    return { validFrom: (0, civil_day_1.dayOfDateColumn)(a.validFrom), validTo: a.validTo && (0, civil_day_1.dayOfDateColumn)(a.validTo), terminatedOn: a.terminatedOn && (0, civil_day_1.dayOfDateColumn)(a.terminatedOn) };
}
/**
 * The förbund's avtal in force on `day`, the one that lasts longest when several are (a
 * link made under it stays longest); `upcoming`: the first day a registered avtal not yet in force
 * begins, if any.
 */
async function pubAvtalOnDay(tx, forbundId, day) {
    const rows = await tx.pubAvtal.findMany({ where: { forbundId }, orderBy: { id: 'asc' } });
    const lasting = (a) => (0, pub_avtal_1.pubAvtalEndDay)(pubAvtalPeriodOf(a)) ?? '9999-12-31';
    const inForce = rows.filter((a) => (0, pub_avtal_1.pubAvtalState)(pubAvtalPeriodOf(a), day) === 'VALID').sort((a, b) => lasting(b).localeCompare(lasting(a)))[0];
    const upcoming = rows.filter((a) => (0, pub_avtal_1.pubAvtalState)(pubAvtalPeriodOf(a), day) === 'NOT_YET_VALID').map((a) => pubAvtalPeriodOf(a).validFrom).sort()[0];
    return { inForce, upcoming };
}
//# sourceMappingURL=pub-avtal.js.map