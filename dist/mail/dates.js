"use strict";
// Dates in e-mails are read by people in Sweden, so they are shown in Swedish and in Swedish
// time regardless of the server's time zone (a decision at 00:30 Swedish time is still that day).
Object.defineProperty(exports, "__esModule", { value: true });
exports.formatSwedishDate = formatSwedishDate;
const SWEDISH_DATE = new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Stockholm',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
});
/** Formats an ISO 8601 timestamp as e.g. "22 november 2026" (Europe/Stockholm). */
function formatSwedishDate(iso) {
    const date = new Date(iso);
    // Fail loudly: an e-mail saying "Invalid Date" is worse than a failed (and retried) render.
    if (Number.isNaN(date.getTime())) {
        throw new RangeError(`Not a valid ISO date: ${JSON.stringify(iso)}`);
    }
    return SWEDISH_DATE.format(date);
}
//# sourceMappingURL=dates.js.map