// Europe/Stockholm calendar helpers. Rules about dates (working days, mandate periods, dates in
// messages) follow the Swedish calendar, not UTC: 00:30 on a Monday in Stockholm is a Monday
// even though it is still Sunday in UTC. Uses the built-in Intl time-zone data, no I/O.

export const STOCKHOLM_TIME_ZONE = 'Europe/Stockholm';

/** A calendar date; month is 1–12. */
export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

/** A Stockholm wall-clock reading. */
export interface WallClock extends CivilDate {
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

// Creating Intl formatters is slow; one shared instance is enough. hourCycle 'h23' avoids the
// "24:00" that hour12:false produces for midnight on some ICU versions.
const formatter = new Intl.DateTimeFormat('en-US', {
  timeZone: STOCKHOLM_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

export function assertValidDate(date: Date, name = 'date'): void {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
    throw new RangeError(`${name} must be a valid Date`);
  }
}

export function toStockholmWallClock(date: Date): WallClock {
  assertValidDate(date);
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(date)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
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

export function toStockholmCivilDate(date: Date): CivilDate {
  const { year, month, day } = toStockholmWallClock(date);
  return { year, month, day };
}

function wallClockAsUtcMillis(w: WallClock): number {
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.millisecond);
}

/** Milliseconds Stockholm is ahead of UTC at the given instant (3 600 000 or 7 200 000). */
function stockholmOffsetMillis(instantMillis: number): number {
  return wallClockAsUtcMillis(toStockholmWallClock(new Date(instantMillis))) - instantMillis;
}

/**
 * The instant at which Stockholm clocks show the given wall-clock time. Two passes find the
 * offset that applies at the result, which matters on DST change days. A time that does not
 * exist (the hour skipped in spring) comes out one hour later; an ambiguous time (the hour
 * repeated in autumn) resolves to the later, winter-time instant. Both only happen on Sundays.
 */
export function fromStockholmWallClock(w: WallClock): Date {
  const naive = wallClockAsUtcMillis(w);
  const firstGuess = naive - stockholmOffsetMillis(naive);
  return new Date(naive - stockholmOffsetMillis(firstGuess));
}

/** `YYYY-MM-DD` on the Stockholm calendar: the date format used in Swedish messages. */
export function formatStockholmDate(date: Date): string {
  return civilDateKey(toStockholmCivilDate(date));
}

export function civilDateKey(c: CivilDate): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(c.year, 4)}-${pad(c.month, 2)}-${pad(c.day, 2)}`;
}

/** Calendar arithmetic without time zones: UTC has no DST, so days are always 24 h here. */
export function addCivilDays(c: CivilDate, days: number): CivilDate {
  const d = new Date(Date.UTC(c.year, c.month - 1, c.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday, like Date#getDay. */
export function civilWeekday(c: CivilDate): number {
  return new Date(Date.UTC(c.year, c.month - 1, c.day)).getUTCDay();
}

export function compareCivilDates(a: CivilDate, b: CivilDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `YYYY-MM-DD` as a calendar date, or null when it is not one (2027-02-30 is not). */
export function parseCivilDate(text: string): CivilDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const c = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  if (c.month < 1 || c.month > 12 || c.day < 1 || c.day > daysInMonth(c.year, c.month)) return null;
  return c;
}

/** The instant a civil day (`YYYY-MM-DD`) begins in Stockholm. */
export function startOfStockholmDay(day: string): Date {
  const c = parseCivilDate(day);
  if (!c) throw new Error(`Not a civil day: ${day}`);
  return fromStockholmWallClock({ ...c, hour: 0, minute: 0, second: 0, millisecond: 0 });
}
