import {
  addCivilDays,
  assertValidDate,
  civilDateKey,
  daysInMonth,
  fromStockholmWallClock,
  toStockholmCivilDate,
  toStockholmWallClock,
  type CivilDate,
} from './stockholm-time';
import { workingDayOnOrAfter } from './working-days';

/*
 * A beställare's mandate (uppdrag som beställare). R-20: a Part registers its beställare.
 * the authority lasts at most two years at a time; renewal is a new registration for at
 * most two more years.
 *
 * A mandate is valid on the half-open interval [validFrom, validTo): validTo is the first
 * instant it no longer applies. That makes "exactly two years" a period whose validTo equals
 * maxMandateEnd(validFrom), with no off-by-one-day question.
 */

export const MAX_MANDATE_YEARS = 2;

/**
 * A mandate's recorded state (the database's MandateStatus): ACTIVE until its workflow expires it
 * (EXPIRED, still renewable, R-21) or it is revoked (REVOKED, final).
 */
export const MANDATE_STATES = ['ACTIVE', 'EXPIRED', 'REVOKED'] as const;
export type MandateState = (typeof MANDATE_STATES)[number];
/** How a mandate's state reads in lists (Swedish; "uppdraget" is the noun it agrees with). */
export const MANDATE_STATE_LABELS: Readonly<Record<MandateState, string>> = { ACTIVE: 'Giltigt', EXPIRED: 'Har upphört', REVOKED: 'Återkallat' };

/** Whether a mandate holds at an instant: its period, and its recorded state. */
export type MandateStatus = 'NOT_YET_VALID' | 'VALID' | 'EXPIRED' | 'REVOKED';

export interface MandatePeriod {
  validFrom: Date;
  validTo: Date;
  /** The recorded state; a revoked or expired mandate never holds, whatever its dates say. */
  status?: MandateState;
}

/** reminders go out this many calendar days before a mandate ends. */
export const MANDATE_REMINDER_DAYS_BEFORE = [60, 14] as const;
export type MandateReminder = (typeof MANDATE_REMINDER_DAYS_BEFORE)[number];
/** Reminders go out at this Stockholm hour, in office hours. */
const REMINDER_HOUR = 8;

/**
 * the latest allowed validTo for a mandate starting at validFrom — the same Stockholm
 * wall-clock time two calendar years later. A mandate from 29 February ends on 28 February,
 * because rolling over to 1 March would make it longer than two years.
 */
export function maxMandateEnd(validFrom: Date): Date {
  const start = toStockholmWallClock(validFrom);
  const year = start.year + MAX_MANDATE_YEARS;
  const day = Math.min(start.day, daysInMonth(year, start.month));
  return fromStockholmWallClock({ ...start, year, day });
}

/** the period is non-empty and no longer than two years. */
export function isMandatePeriodAllowed(validFrom: Date, validTo: Date): boolean {
  if (Number.isNaN(validFrom.getTime()) || Number.isNaN(validTo.getTime())) return false;
  return (
    validFrom.getTime() < validTo.getTime() &&
    validTo.getTime() <= maxMandateEnd(validFrom).getTime()
  );
}

/**
 * whether the mandate applies at `now`. Throws on invalid dates: a corrupt mandate
 * must not silently count as valid (NaN comparisons are all false).
 */
export function mandateStatus(mandate: MandatePeriod, now: Date): MandateStatus {
  assertValidDate(mandate.validFrom, 'validFrom');
  assertValidDate(mandate.validTo, 'validTo');
  assertValidDate(now, 'now');
  if (mandate.status === 'REVOKED') return 'REVOKED';
  if (mandate.status === 'EXPIRED') return 'EXPIRED';
  if (now.getTime() < mandate.validFrom.getTime()) return 'NOT_YET_VALID';
  if (now.getTime() >= mandate.validTo.getTime()) return 'EXPIRED';
  return 'VALID';
}

/**
 * A mandate valid through `lastDay` (inclusive, as people say "t.o.m.") ends at the Stockholm
 * midnight that follows it: the half-open validTo.
 */
export function mandateEndAfter(lastDay: CivilDate): Date {
  return fromStockholmWallClock({ ...addCivilDays(lastDay, 1), hour: 0, minute: 0, second: 0, millisecond: 0 });
}

/** The last day a mandate holds (Stockholm calendar), for people: "giltigt t.o.m." */
export function lastDayOfMandate(validTo: Date): string {
  return civilDateKey(toStockholmCivilDate(new Date(validTo.getTime() - 1)));
}

/**
 * the latest `validUntil` a request may ask for when the mandate may end no later than
 * `latestEnd`. A mandate ends at a midnight (mandateEndAfter), so the answer is the day before the
 * last midnight at or before `latestEnd`: asking for it is always allowed, asking a day later never.
 */
export function latestLastDay(latestEnd: Date): string {
  const midnight = fromStockholmWallClock({ ...toStockholmCivilDate(latestEnd), hour: 0, minute: 0, second: 0, millisecond: 0 });
  return lastDayOfMandate(midnight);
}

/**
 * when to remind of a mandate that ends at `validTo` — 60 and 14 calendar days before the
 * day it ends, at 08:00 Stockholm; a reminder that falls on a weekend or a Swedish public holiday
 * goes out on the next working day.
 */
export function mandateReminderTimes(validTo: Date): { daysBefore: MandateReminder; at: Date }[] {
  assertValidDate(validTo, 'validTo');
  const endDay = toStockholmCivilDate(validTo);
  return MANDATE_REMINDER_DAYS_BEFORE.map((daysBefore) => {
    const day = workingDayOnOrAfter(addCivilDays(endDay, -daysBefore));
    return { daysBefore, at: fromStockholmWallClock({ ...day, hour: REMINDER_HOUR, minute: 0, second: 0, millisecond: 0 }) };
  });
}

/**
 * the latest a renewal may extend to — two years from the current end, or from `now` when
 * the mandate has already ended.
 */
export function maxRenewalEnd(currentValidTo: Date, now: Date): Date {
  return maxMandateEnd(currentValidTo.getTime() > now.getTime() ? currentValidTo : now);
}
