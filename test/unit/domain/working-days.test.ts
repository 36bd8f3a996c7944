import Holidays from 'date-holidays';
import { addWorkingDays, isWorkingDay, workingDaysBetween } from '../../../domain/working-days';

// No rule in docs/rules.md defines working days; these tests pin the Swedish calendar the deadlines
// in the workflow rely on. Dates are written with their Stockholm offset (+01:00 winter,
// +02:00 summer) so each expectation reads as Swedish wall-clock time.

const stockholmHourMinute = (d: Date) =>
  new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Stockholm',
    hour: '2-digit',
    minute: '2-digit',
  }).format(d);

describe('what date-holidays returns for Sweden (the basis of the non-working days)', () => {
  const se = new Holidays('SE');

  it('types julafton, midsommarafton and nyårsafton as bank, not public, and nothing else as bank', () => {
    for (const year of [2025, 2026, 2027, 2030]) {
      const bank = se
        .getHolidays(year)
        .filter((h) => h.type === 'bank')
        .map((h) => h.name)
        .sort();
      expect(bank).toEqual(['julafton', 'midsommarafton', 'nyårsafton']);
    }
  });

  it('types annandag pingst as observance (not a helgdag since 2005)', () => {
    const annandagPingst = se.getHolidays(2026).find((h) => h.name === 'annandag pingst');
    expect(annandagPingst?.type).toBe('observance');
  });
});

describe('isWorkingDay', () => {
  it.each([
    ['skärtorsdagen', '2026-04-02T10:00:00+02:00', true],
    ['långfredagen', '2026-04-03T10:00:00+02:00', false],
    ['påskafton (Saturday)', '2026-04-04T10:00:00+02:00', false],
    ['annandag påsk', '2026-04-06T10:00:00+02:00', false],
    ['Tuesday after Easter', '2026-04-07T10:00:00+02:00', true],
    ['valborgsmässoafton (half day, still a working day)', '2026-04-30T10:00:00+02:00', true],
    ['första maj', '2026-05-01T10:00:00+02:00', false],
    ['Kristi himmelsfärdsdag', '2026-05-14T10:00:00+02:00', false],
    ['klämdag after Kristi himmelsfärd', '2026-05-15T10:00:00+02:00', true],
    ['annandag pingst (working day since 2005)', '2026-05-25T10:00:00+02:00', true],
    ['nationaldagen on a Friday', '2025-06-06T10:00:00+02:00', false],
    ['day before midsommarafton', '2026-06-18T10:00:00+02:00', true],
    ['midsommarafton', '2026-06-19T10:00:00+02:00', false],
    ['lillejulafton', '2026-12-23T10:00:00+01:00', true],
    ['julafton', '2026-12-24T10:00:00+01:00', false],
    ['juldagen', '2026-12-25T10:00:00+01:00', false],
    ['Monday after Christmas', '2026-12-28T10:00:00+01:00', true],
    ['nyårsafton', '2026-12-31T10:00:00+01:00', false],
    ['nyårsdagen', '2027-01-01T10:00:00+01:00', false],
    ['trettondedag jul', '2027-01-06T10:00:00+01:00', false],
    ['an ordinary Wednesday', '2026-03-11T10:00:00+01:00', true],
    ['an ordinary Saturday', '2026-03-14T10:00:00+01:00', false],
    ['an ordinary Sunday', '2026-03-15T10:00:00+01:00', false],
  ])('%s (%s) → %p', (_name, iso, expected) => {
    expect(isWorkingDay(new Date(iso))).toBe(expected);
  });

  it('judges by the Stockholm date, not the UTC date', () => {
    // Thursday 22:30 UTC is already långfredagen 00:30 in Stockholm.
    expect(isWorkingDay(new Date('2026-04-02T22:30:00Z'))).toBe(false);
    // Annandag påsk 22:30 UTC is already Tuesday 00:30 in Stockholm.
    expect(isWorkingDay(new Date('2026-04-06T22:30:00Z'))).toBe(true);
  });

  it('throws on an invalid date', () => {
    expect(() => isWorkingDay(new Date(NaN))).toThrow(RangeError);
  });
});

describe('addWorkingDays', () => {
  const add = (iso: string, days: number) => addWorkingDays(new Date(iso), days);

  it('returns the same instant for 0 days on a working day', () => {
    const start = new Date('2026-03-11T10:15:30.123+01:00');
    expect(addWorkingDays(start, 0)).toEqual(start);
  });

  it('skips weekends: Friday + 1 is Monday', () => {
    expect(add('2026-03-13T09:00:00+01:00', 1)).toEqual(new Date('2026-03-16T09:00:00+01:00'));
  });

  it('skips Easter: skärtorsdagen + 1 is the Tuesday after annandag påsk', () => {
    expect(add('2026-04-02T10:00:00+02:00', 1)).toEqual(new Date('2026-04-07T10:00:00+02:00'));
  });

  it('skips Kristi himmelsfärdsdag: Wednesday + 1 is Friday', () => {
    expect(add('2026-05-13T15:00:00+02:00', 1)).toEqual(new Date('2026-05-15T15:00:00+02:00'));
  });

  it('skips midsommarafton: Thursday + 1 is Monday', () => {
    expect(add('2026-06-18T10:00:00+02:00', 1)).toEqual(new Date('2026-06-22T10:00:00+02:00'));
  });

  it('skips the 2026-12-24..26 span: lillejulafton + 1 is Monday 28 December', () => {
    expect(add('2026-12-23T09:00:00+01:00', 1)).toEqual(new Date('2026-12-28T09:00:00+01:00'));
  });

  it('counts from the next working day when starting on julafton', () => {
    expect(add('2026-12-24T14:00:00+01:00', 0)).toEqual(new Date('2026-12-28T14:00:00+01:00'));
    expect(add('2026-12-24T14:00:00+01:00', 1)).toEqual(new Date('2026-12-29T14:00:00+01:00'));
  });

  it('skips Christmas week, New Year and trettondedag jul: 23 December + 6 is 7 January', () => {
    // 28, 29, 30 Dec (1–3); 31 Dec and 1 Jan off; 2–3 Jan weekend; 4, 5 Jan (4–5); 6 Jan off.
    expect(add('2026-12-23T09:00:00+01:00', 5)).toEqual(new Date('2027-01-05T09:00:00+01:00'));
    expect(add('2026-12-23T09:00:00+01:00', 6)).toEqual(new Date('2027-01-07T09:00:00+01:00'));
  });

  it('counts from Monday when starting on a Saturday: Saturday + 0 is Monday, + 1 is Tuesday', () => {
    expect(add('2026-03-14T12:00:00+01:00', 0)).toEqual(new Date('2026-03-16T12:00:00+01:00'));
    expect(add('2026-03-14T12:00:00+01:00', 1)).toEqual(new Date('2026-03-17T12:00:00+01:00'));
  });

  it('keeps the wall-clock time across the spring DST weekend (2026-03-29)', () => {
    const result = add('2026-03-27T09:00:00+01:00', 1);
    expect(result).toEqual(new Date('2026-03-30T09:00:00+02:00'));
    expect(result.toISOString()).toBe('2026-03-30T07:00:00.000Z'); // not 08:00Z, an hour late
  });

  it('keeps the wall-clock time across the autumn DST weekend (2026-10-25)', () => {
    const result = add('2026-10-23T09:00:00+02:00', 1);
    expect(result).toEqual(new Date('2026-10-26T09:00:00+01:00'));
    expect(result.toISOString()).toBe('2026-10-26T08:00:00.000Z');
  });

  it('keeps a start late in the Stockholm evening on the Stockholm date', () => {
    // 23:30 Thursday in Stockholm is 21:30 UTC; the result is 23:30 on the Tuesday after Easter.
    expect(add('2026-04-02T23:30:00+02:00', 1)).toEqual(new Date('2026-04-07T23:30:00+02:00'));
  });

  it('keeps the same Stockholm time for every start in 2026 and always lands on a working day', () => {
    for (let day = 0; day < 365; day++) {
      const start = new Date(Date.UTC(2026, 0, 1 + day, 6, 45)); // 07:45 or 08:45 in Stockholm
      for (const n of [0, 1, 3, 10]) {
        const result = addWorkingDays(start, n);
        expect(isWorkingDay(result)).toBe(true);
        expect(stockholmHourMinute(result)).toBe(stockholmHourMinute(start));
        expect(result.getTime()).toBeGreaterThanOrEqual(start.getTime());
      }
    }
  });

  it.each([-1, 1.5, NaN, Infinity])('refuses %p days', (days) => {
    expect(() => addWorkingDays(new Date('2026-03-11T10:00:00+01:00'), days)).toThrow(RangeError);
  });

  it('refuses an invalid start date', () => {
    expect(() => addWorkingDays(new Date(NaN), 1)).toThrow(RangeError);
  });
});

describe('workingDaysBetween', () => {
  const between = (a: string, b: string) => workingDaysBetween(new Date(a), new Date(b));

  it('is 0 within the same day and 1 from one working day to the next', () => {
    expect(between('2026-03-11T08:00:00+01:00', '2026-03-11T17:00:00+01:00')).toBe(0);
    expect(between('2026-03-11T17:00:00+01:00', '2026-03-12T08:00:00+01:00')).toBe(1);
  });

  it('counts Friday to Monday as 1 and a weekend alone as 0', () => {
    expect(between('2026-03-13T10:00:00+01:00', '2026-03-16T10:00:00+01:00')).toBe(1);
    expect(between('2026-03-14T10:00:00+01:00', '2026-03-15T10:00:00+01:00')).toBe(0);
  });

  it('counts Saturday to Tuesday as 1, matching addWorkingDays(Saturday, 1)', () => {
    expect(between('2026-03-14T10:00:00+01:00', '2026-03-17T10:00:00+01:00')).toBe(1);
  });

  it('skips Easter: skärtorsdagen to the Tuesday after annandag påsk is 1', () => {
    expect(between('2026-04-02T10:00:00+02:00', '2026-04-07T10:00:00+02:00')).toBe(1);
  });

  it('counts 4 working days from lillejulafton to 4 January 2027', () => {
    // 28, 29, 30 December and 4 January.
    expect(between('2026-12-23T10:00:00+01:00', '2027-01-04T10:00:00+01:00')).toBe(4);
  });

  it('finds 251 working days in 2026 (261 weekdays minus 10 weekday holidays)', () => {
    // Weekday holidays 2026: 1/1, 6/1, 3/4, 6/4, 1/5, 14/5, 19/6, 24/12, 25/12, 31/12.
    expect(between('2025-12-30T12:00:00+01:00', '2026-12-31T12:00:00+01:00')).toBe(251);
  });

  it('is negative when to is before from, and never -0', () => {
    expect(between('2026-04-07T10:00:00+02:00', '2026-04-02T10:00:00+02:00')).toBe(-1);
    expect(Object.is(between('2026-03-16T10:00:00+01:00', '2026-03-15T10:00:00+01:00'), 0)).toBe(true);
  });

  it('inverts addWorkingDays for every start in 2026', () => {
    for (let day = 0; day < 365; day++) {
      const start = new Date(Date.UTC(2026, 0, 1 + day, 11));
      for (const n of [0, 1, 2, 5, 15]) {
        expect(workingDaysBetween(start, addWorkingDays(start, n))).toBe(n);
      }
    }
  });

  it('throws on invalid dates', () => {
    expect(() => workingDaysBetween(new Date(NaN), new Date())).toThrow(RangeError);
    expect(() => workingDaysBetween(new Date(0), new Date(NaN))).toThrow(RangeError);
  });
});
