"use strict";
// Europe/Stockholm calendar helpers. Rules about dates (working days, mandate periods, dates in
// messages) follow the Swedish calendar, not UTC: 00:30 on a Monday in Stockholm is a Monday
// even though it is still Sunday in UTC. Uses the built-in Intl time-zone data, no I/O.
Object.defineProperty(exports, "__esModule", { value: true });
exports.STOCKHOLM_TIME_ZONE = void 0;
exports.assertValidDate = assertValidDate;
exports.toStockholmWallClock = toStockholmWallClock;
exports.toStockholmCivilDate = toStockholmCivilDate;
exports.fromStockholmWallClock = fromStockholmWallClock;
exports.formatStockholmDate = formatStockholmDate;
exports.civilDateKey = civilDateKey;
exports.addCivilDays = addCivilDays;
exports.civilWeekday = civilWeekday;
exports.compareCivilDates = compareCivilDates;
exports.daysInMonth = daysInMonth;
exports.parseCivilDate = parseCivilDate;
exports.startOfStockholmDay = startOfStockholmDay;
exports.STOCKHOLM_TIME_ZONE = 'Europe/Stockholm';
// Creating Intl formatters is slow; one shared instance is enough. hourCycle 'h23' avoids the
// "24:00" that hour12:false produces for midnight on some ICU versions.
const formatter = new Intl.DateTimeFormat('en-US', {
    timeZone: exports.STOCKHOLM_TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
});
function assertValidDate(date, name = 'date') {
    if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
        throw new RangeError(`${name} must be a valid Date`);
    }
}
function toStockholmWallClock(date) {
    assertValidDate(date);
    const parts = {};
    for (const part of formatter.formatToParts(date)) {
        if (part.type !== 'literal')
            parts[part.type] = Number(part.value);
    }
    return {
        year: parts.year,
        month: parts.month,
        day: parts.day,
        hour: parts.hour,
        minute: parts.minute,
        second: parts.second,
        // Stockholm's offset is whole hours, so sub-second precision is the same as in UTC.
        millisecond: date.getUTCMilliseconds(),
    };
}
function toStockholmCivilDate(date) {
    const { year, month, day } = toStockholmWallClock(date);
    return { year, month, day };
}
function wallClockAsUtcMillis(w) {
    return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.millisecond);
}
/** Milliseconds Stockholm is ahead of UTC at the given instant (3 600 000 or 7 200 000). */
function stockholmOffsetMillis(instantMillis) {
    return wallClockAsUtcMillis(toStockholmWallClock(new Date(instantMillis))) - instantMillis;
}
/**
 * The instant at which Stockholm clocks show the given wall-clock time. Two passes find the
 * offset that applies at the result, which matters on DST change days. A time that does not
 * exist (the hour skipped in spring) comes out one hour later; an ambiguous time (the hour
 * repeated in autumn) resolves to the later, winter-time instant. Both only happen on Sundays.
 */
function fromStockholmWallClock(w) {
    const naive = wallClockAsUtcMillis(w);
    const firstGuess = naive - stockholmOffsetMillis(naive);
    return new Date(naive - stockholmOffsetMillis(firstGuess));
}
/** `YYYY-MM-DD` on the Stockholm calendar: the date format used in Swedish messages. */
function formatStockholmDate(date) {
    return civilDateKey(toStockholmCivilDate(date));
}
function civilDateKey(c) {
    const pad = (n, width) => String(n).padStart(width, '0');
    return `${pad(c.year, 4)}-${pad(c.month, 2)}-${pad(c.day, 2)}`;
}
/** Calendar arithmetic without time zones: UTC has no DST, so days are always 24 h here. */
function addCivilDays(c, days) {
    const d = new Date(Date.UTC(c.year, c.month - 1, c.day + days));
    return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}
/** 0 = Sunday … 6 = Saturday, like Date#getDay. */
function civilWeekday(c) {
    return new Date(Date.UTC(c.year, c.month - 1, c.day)).getUTCDay();
}
function compareCivilDates(a, b) {
    return a.year - b.year || a.month - b.month || a.day - b.day;
}
function daysInMonth(year, month) {
    return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
/** `YYYY-MM-DD` as a calendar date, or null when it is not one (2027-02-30 is not). */
function parseCivilDate(text) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (!m)
        return null;
    const c = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
    if (c.month < 1 || c.month > 12 || c.day < 1 || c.day > daysInMonth(c.year, c.month))
        return null;
    return c;
}
/** The instant a civil day (`YYYY-MM-DD`) begins in Stockholm. */
function startOfStockholmDay(day) {
    const c = parseCivilDate(day);
    if (!c)
        throw new Error(`Not a civil day: ${day}`);
    return fromStockholmWallClock({ ...c, hour: 0, minute: 0, second: 0, millisecond: 0 });
}
//# sourceMappingURL=stockholm-time.js.map