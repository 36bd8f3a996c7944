"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MANDATE_REMINDER_DAYS_BEFORE = exports.MANDATE_STATE_LABELS = exports.MANDATE_STATES = exports.MAX_MANDATE_YEARS = void 0;
exports.maxMandateEnd = maxMandateEnd;
exports.isMandatePeriodAllowed = isMandatePeriodAllowed;
exports.mandateStatus = mandateStatus;
exports.mandateEndAfter = mandateEndAfter;
exports.lastDayOfMandate = lastDayOfMandate;
exports.latestLastDay = latestLastDay;
exports.mandateReminderTimes = mandateReminderTimes;
exports.maxRenewalEnd = maxRenewalEnd;
const stockholm_time_1 = require("./stockholm-time");
const working_days_1 = require("./working-days");
/*
 * A beställare's mandate (uppdrag som beställare). R-20: a Part registers its beställare.
 * the authority lasts at most two years at a time; renewal is a new registration for at
 * most two more years.
 *
 * A mandate is valid on the half-open interval [validFrom, validTo): validTo is the first
 * instant it no longer applies. That makes "exactly two years" a period whose validTo equals
 * maxMandateEnd(validFrom), with no off-by-one-day question.
 */
exports.MAX_MANDATE_YEARS = 2;
/**
 * A mandate's recorded state (the database's MandateStatus): ACTIVE until its workflow expires it
 * (EXPIRED, still renewable, R-21) or it is revoked (REVOKED, final).
 */
exports.MANDATE_STATES = ['ACTIVE', 'EXPIRED', 'REVOKED'];
/** How a mandate's state reads in lists (Swedish; "uppdraget" is the noun it agrees with). */
exports.MANDATE_STATE_LABELS = { ACTIVE: 'Giltigt', EXPIRED: 'Har upphört', REVOKED: 'Återkallat' };
/** reminders go out this many calendar days before a mandate ends. */
exports.MANDATE_REMINDER_DAYS_BEFORE = [60, 14];
/** Reminders go out at this Stockholm hour, in office hours. */
const REMINDER_HOUR = 8;
/**
 * the latest allowed validTo for a mandate starting at validFrom — the same Stockholm
 * wall-clock time two calendar years later. A mandate from 29 February ends on 28 February,
 * because rolling over to 1 March would make it longer than two years.
 */
function maxMandateEnd(validFrom) {
    const start = (0, stockholm_time_1.toStockholmWallClock)(validFrom);
    const year = start.year + exports.MAX_MANDATE_YEARS;
    const day = Math.min(start.day, (0, stockholm_time_1.daysInMonth)(year, start.month));
    return (0, stockholm_time_1.fromStockholmWallClock)({ ...start, year, day });
}
/** the period is non-empty and no longer than two years. */
function isMandatePeriodAllowed(validFrom, validTo) {
    if (Number.isNaN(validFrom.getTime()) || Number.isNaN(validTo.getTime()))
        return false;
    return (validFrom.getTime() < validTo.getTime() &&
        validTo.getTime() <= maxMandateEnd(validFrom).getTime());
}
/**
 * whether the mandate applies at `now`. Throws on invalid dates: a corrupt mandate
 * must not silently count as valid (NaN comparisons are all false).
 */
function mandateStatus(mandate, now) {
    (0, stockholm_time_1.assertValidDate)(mandate.validFrom, 'validFrom');
    (0, stockholm_time_1.assertValidDate)(mandate.validTo, 'validTo');
    (0, stockholm_time_1.assertValidDate)(now, 'now');
    if (mandate.status === 'REVOKED')
        return 'REVOKED';
    if (mandate.status === 'EXPIRED')
        return 'EXPIRED';
    if (now.getTime() < mandate.validFrom.getTime())
        return 'NOT_YET_VALID';
    if (now.getTime() >= mandate.validTo.getTime())
        return 'EXPIRED';
    return 'VALID';
}
/**
 * A mandate valid through `lastDay` (inclusive, as people say "t.o.m.") ends at the Stockholm
 * midnight that follows it: the half-open validTo.
 */
function mandateEndAfter(lastDay) {
    return (0, stockholm_time_1.fromStockholmWallClock)({ ...(0, stockholm_time_1.addCivilDays)(lastDay, 1), hour: 0, minute: 0, second: 0, millisecond: 0 });
}
/** The last day a mandate holds (Stockholm calendar), for people: "giltigt t.o.m." */
function lastDayOfMandate(validTo) {
    return (0, stockholm_time_1.civilDateKey)((0, stockholm_time_1.toStockholmCivilDate)(new Date(validTo.getTime() - 1)));
}
/**
 * the latest `validUntil` a request may ask for when the mandate may end no later than
 * `latestEnd`. A mandate ends at a midnight (mandateEndAfter), so the answer is the day before the
 * last midnight at or before `latestEnd`: asking for it is always allowed, asking a day later never.
 */
function latestLastDay(latestEnd) {
    const midnight = (0, stockholm_time_1.fromStockholmWallClock)({ ...(0, stockholm_time_1.toStockholmCivilDate)(latestEnd), hour: 0, minute: 0, second: 0, millisecond: 0 });
    return lastDayOfMandate(midnight);
}
/**
 * when to remind of a mandate that ends at `validTo` — 60 and 14 calendar days before the
 * day it ends, at 08:00 Stockholm; a reminder that falls on a weekend or a Swedish public holiday
 * goes out on the next working day.
 */
function mandateReminderTimes(validTo) {
    (0, stockholm_time_1.assertValidDate)(validTo, 'validTo');
    const endDay = (0, stockholm_time_1.toStockholmCivilDate)(validTo);
    return exports.MANDATE_REMINDER_DAYS_BEFORE.map((daysBefore) => {
        const day = (0, working_days_1.workingDayOnOrAfter)((0, stockholm_time_1.addCivilDays)(endDay, -daysBefore));
        return { daysBefore, at: (0, stockholm_time_1.fromStockholmWallClock)({ ...day, hour: REMINDER_HOUR, minute: 0, second: 0, millisecond: 0 }) };
    });
}
/**
 * the latest a renewal may extend to — two years from the current end, or from `now` when
 * the mandate has already ended.
 */
function maxRenewalEnd(currentValidTo, now) {
    return maxMandateEnd(currentValidTo.getTime() > now.getTime() ? currentValidTo : now);
}
//# sourceMappingURL=mandate.js.map