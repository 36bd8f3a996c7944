import {
  assertValidDate,
  daysInMonth,
  fromStockholmWallClock,
  toStockholmWallClock,
} from './stockholm-time';

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

export type MandateStatus = 'NOT_YET_VALID' | 'VALID' | 'EXPIRED';

export interface MandatePeriod {
  validFrom: Date;
  validTo: Date;
}

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
  if (now.getTime() < mandate.validFrom.getTime()) return 'NOT_YET_VALID';
  if (now.getTime() >= mandate.validTo.getTime()) return 'EXPIRED';
  return 'VALID';
}
