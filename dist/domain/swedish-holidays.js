"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.NON_WORKING_HOLIDAY_TYPES = void 0;
exports.isNonWorkingHoliday = isNonWorkingHoliday;
const date_holidays_1 = __importDefault(require("date-holidays"));
const stockholm_time_1 = require("./stockholm-time");
/*
 * Which days date-holidays marks as non-working in Sweden, and why.
 *
 * date-holidays 3.37 types SE holidays like this (checked for 2000–2040):
 *  - 'public': nyårsdagen, trettondedag jul, långfredagen, påskdagen, annandag påsk, första maj,
 *    Kristi himmelsfärdsdag, pingstdagen, nationaldagen (since 2005), midsommardagen,
 *    alla helgons dag, juldagen, annandag jul — the statutory helgdagar.
 *  - 'bank': julafton, midsommarafton, nyårsafton — not helgdagar by law, but de facto days off
 *    (and Försäkringskassan and the other Parter treat them as such), so we count them as
 *    non-working too. These three are the only 'bank' days date-holidays has for SE.
 *  - 'optional' half days (trettondagsafton, valborgsmässoafton, allhelgonaafton) and
 *    'observance' days (e.g. annandag pingst, no longer a helgdag since 2005) stay working days.
 * A unit test pins this list so a library upgrade that retypes a day cannot slip through.
 */
exports.NON_WORKING_HOLIDAY_TYPES = ['public', 'bank'];
// date-holidays computes a year's holidays on every call; the set per year is cached because
// working-day arithmetic asks about the same few years over and over. The Holidays instance is
// created lazily so importing this module costs nothing.
let holidays;
const nonWorkingDatesByYear = new Map();
function nonWorkingDates(year) {
    let dates = nonWorkingDatesByYear.get(year);
    if (!dates) {
        holidays ??= new date_holidays_1.default('SE', { timezone: 'Europe/Stockholm' });
        dates = new Set(holidays
            .getHolidays(year)
            .filter((h) => exports.NON_WORKING_HOLIDAY_TYPES.includes(h.type))
            // `date` is the local (Stockholm) start, "YYYY-MM-DD hh:mm:ss".
            .map((h) => h.date.slice(0, 10)));
        nonWorkingDatesByYear.set(year, dates);
    }
    return dates;
}
/** True when the Stockholm calendar date is a helgdag or julafton/midsommarafton/nyårsafton. */
function isNonWorkingHoliday(date) {
    return nonWorkingDates(date.year).has((0, stockholm_time_1.civilDateKey)(date));
}
//# sourceMappingURL=swedish-holidays.js.map