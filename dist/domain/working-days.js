"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.workingDayOnOrAfter = workingDayOnOrAfter;
exports.isWorkingDay = isWorkingDay;
exports.addWorkingDays = addWorkingDays;
exports.workingDaysBetween = workingDaysBetween;
const swedish_holidays_1 = require("./swedish-holidays");
const stockholm_time_1 = require("./stockholm-time");
/*
 * Swedish working days (arbetsdagar): Monday–Friday on the Europe/Stockholm calendar that are
 * not helgdagar and not julafton, midsommarafton or nyårsafton (see swedish-holidays.ts for how
 * date-holidays types those). Used for deadlines such as "BA handles an order within N days".
 */
function isWorkingCivilDate(date) {
    const weekday = (0, stockholm_time_1.civilWeekday)(date);
    if (weekday === 0 || weekday === 6)
        return false;
    return !(0, swedish_holidays_1.isNonWorkingHoliday)(date);
}
/** The date itself when it is a working day, otherwise the next working day. */
function workingDayOnOrAfter(date) {
    let current = date;
    while (!isWorkingCivilDate(current))
        current = (0, stockholm_time_1.addCivilDays)(current, 1);
    return current;
}
/** Whether the instant falls on a working day, judged by the Stockholm calendar date. */
function isWorkingDay(date) {
    (0, stockholm_time_1.assertValidDate)(date);
    return isWorkingCivilDate((0, stockholm_time_1.toStockholmCivilDate)(date));
}
/**
 * The instant `days` working days after `start`, at the same Stockholm wall-clock time.
 *
 * Something that arrives on a weekend or holiday is handled as if it arrived on the next
 * working day, so counting starts there: Saturday + 0 is Monday, Saturday + 1 is Tuesday, while
 * Friday + 1 is Monday. Working days are never DST change days in Sweden (those are Sundays),
 * so the wall-clock time always exists on the result date; the arithmetic is done on calendar
 * dates, never by adding 24-hour blocks, so a DST change in between does not shift the hour.
 */
function addWorkingDays(start, days) {
    (0, stockholm_time_1.assertValidDate)(start, 'start');
    if (!Number.isInteger(days) || days < 0) {
        throw new RangeError(`days must be a non-negative integer, got ${days}`);
    }
    const wallClock = (0, stockholm_time_1.toStockholmWallClock)(start);
    let date = workingDayOnOrAfter(wallClock);
    for (let i = 0; i < days; i++)
        date = workingDayOnOrAfter((0, stockholm_time_1.addCivilDays)(date, 1));
    if ((0, stockholm_time_1.compareCivilDates)(date, wallClock) === 0)
        return new Date(start.getTime());
    return (0, stockholm_time_1.fromStockholmWallClock)({ ...wallClock, ...date });
}
/**
 * The number of working days from `from` to `to`: working days after from's date up to and
 * including to's date, with the same weekend/holiday convention as addWorkingDays, so that
 * `workingDaysBetween(s, addWorkingDays(s, n)) === n`. Times of day are ignored. Negative when
 * `to` is on an earlier date than `from` (workingDaysBetween(a, b) === -workingDaysBetween(b, a)).
 */
function workingDaysBetween(from, to) {
    (0, stockholm_time_1.assertValidDate)(from, 'from');
    (0, stockholm_time_1.assertValidDate)(to, 'to');
    const fromDate = (0, stockholm_time_1.toStockholmCivilDate)(from);
    const toDate = (0, stockholm_time_1.toStockholmCivilDate)(to);
    if ((0, stockholm_time_1.compareCivilDates)(toDate, fromDate) < 0) {
        const reversed = workingDaysBetween(to, from);
        return reversed === 0 ? 0 : -reversed; // never -0, which strict equality checks trip on
    }
    let count = 0;
    let current = workingDayOnOrAfter(fromDate);
    for (;;) {
        current = workingDayOnOrAfter((0, stockholm_time_1.addCivilDays)(current, 1));
        if ((0, stockholm_time_1.compareCivilDates)(current, toDate) > 0)
            return count;
        count++;
    }
}
//# sourceMappingURL=working-days.js.map