import {
  MAX_MANDATE_YEARS,
  isMandatePeriodAllowed,
  latestLastDay,
  mandateEndAfter,
  mandateStatus,
  maxMandateEnd,
} from '../../../domain/mandate';
import { addCivilDays, parseCivilDate } from '../../../domain/stockholm-time';

const MS = 1;

describe('maxMandateEnd', () => {
  it('R-21: a mandate lasts at most two years', () => {
    expect(MAX_MANDATE_YEARS).toBe(2);
    expect(maxMandateEnd(new Date('2026-01-15T09:00:00+01:00'))).toEqual(
      new Date('2028-01-15T09:00:00+01:00'),
    );
  });

  it('R-21: keeps Stockholm midnight when the mandate starts at the start of a day', () => {
    expect(maxMandateEnd(new Date('2026-06-01T00:00:00+02:00'))).toEqual(
      new Date('2028-06-01T00:00:00+02:00'),
    );
  });

  it('R-21: counts in Stockholm wall-clock time when the DST state differs two years later', () => {
    // 2026-03-29 01:30 is still winter time (DST starts 02:00 that day); 2028-03-29 is summer
    // time. Adding two UTC years would give 02:30, an hour too late.
    expect(maxMandateEnd(new Date('2026-03-29T01:30:00+01:00'))).toEqual(
      new Date('2028-03-29T01:30:00+02:00'),
    );
  });

  it('R-21: a mandate from 29 February ends on 28 February, never later than two years', () => {
    expect(maxMandateEnd(new Date('2024-02-29T12:00:00+01:00'))).toEqual(
      new Date('2026-02-28T12:00:00+01:00'),
    );
  });

  it('R-21: clamps 29 February to 28 February at Stockholm midnight too', () => {
    expect(maxMandateEnd(new Date('2028-02-29T00:00:00+01:00')).toISOString()).toBe(
      new Date('2030-02-28T00:00:00+01:00').toISOString(),
    );
  });
});

describe('isMandatePeriodAllowed', () => {
  const from = new Date('2026-04-01T00:00:00+02:00');

  it('R-21: allows exactly two years', () => {
    expect(isMandatePeriodAllowed(from, new Date('2028-04-01T00:00:00+02:00'))).toBe(true);
  });

  it('R-21: allows a shorter period', () => {
    expect(isMandatePeriodAllowed(from, new Date('2026-10-01T00:00:00+02:00'))).toBe(true);
  });

  it('R-21: refuses a period one millisecond longer than two years', () => {
    const tooLate = new Date(new Date('2028-04-01T00:00:00+02:00').getTime() + MS);
    expect(isMandatePeriodAllowed(from, tooLate)).toBe(false);
  });

  it('R-21: refuses an empty or reversed period', () => {
    expect(isMandatePeriodAllowed(from, from)).toBe(false);
    expect(isMandatePeriodAllowed(from, new Date('2026-03-31T00:00:00+02:00'))).toBe(false);
  });

  it('R-21: refuses invalid dates', () => {
    expect(isMandatePeriodAllowed(new Date(NaN), from)).toBe(false);
    expect(isMandatePeriodAllowed(from, new Date(NaN))).toBe(false);
  });
});

describe('mandateStatus', () => {
  const mandate = {
    validFrom: new Date('2026-04-01T00:00:00+02:00'),
    validTo: new Date('2028-04-01T00:00:00+02:00'),
  };

  it('R-01: is not yet valid before validFrom', () => {
    expect(mandateStatus(mandate, new Date(mandate.validFrom.getTime() - MS))).toBe('NOT_YET_VALID');
  });

  it('R-01: is valid from the first instant of validFrom', () => {
    expect(mandateStatus(mandate, mandate.validFrom)).toBe('VALID');
  });

  it('R-01: is valid in the last instant before validTo', () => {
    expect(mandateStatus(mandate, new Date(mandate.validTo.getTime() - MS))).toBe('VALID');
  });

  it('R-21: has expired at validTo (validTo is exclusive)', () => {
    expect(mandateStatus(mandate, mandate.validTo)).toBe('EXPIRED');
    expect(mandateStatus(mandate, new Date('2030-01-01T00:00:00Z'))).toBe('EXPIRED');
  });

  it('R-01: throws rather than call a mandate with an invalid date valid', () => {
    expect(() => mandateStatus({ ...mandate, validTo: new Date(NaN) }, mandate.validFrom)).toThrow(
      RangeError,
    );
    expect(() => mandateStatus(mandate, new Date('not a date'))).toThrow(RangeError);
  });
});

describe('latestLastDay', () => {
  // Instants across a day, a DST change (2026-03-29, 2026-10-25) and an exact midnight.
  const instants = ['2026-11-24T13:07:00Z', '2026-11-23T23:00:00Z', '2026-03-29T00:30:00Z', '2026-10-25T01:30:00Z', '2028-02-29T22:59:59.999Z'].map((t) => new Date(t));

  it.each(instants)('R-21: asking for the latest last day before %s is allowed, a day later is not', (latestEnd) => {
    const day = parseCivilDate(latestLastDay(latestEnd))!;
    expect(mandateEndAfter(day).getTime()).toBeLessThanOrEqual(latestEnd.getTime());
    expect(mandateEndAfter(addCivilDays(day, 1)).getTime()).toBeGreaterThan(latestEnd.getTime());
  });

  it('a mandate that may end at a Stockholm midnight may hold through the day before it', () => {
    expect(latestLastDay(new Date('2026-11-24T23:00:00Z'))).toBe('2026-11-24');
    expect(latestLastDay(new Date('2026-11-24T13:00:00Z'))).toBe('2026-11-23');
  });
});
