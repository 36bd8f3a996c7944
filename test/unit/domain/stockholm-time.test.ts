import {
  addCivilDays,
  civilWeekday,
  formatStockholmDate,
  fromStockholmWallClock,
  toStockholmWallClock,
} from '../../../domain/stockholm-time';

// Calendar helpers behind R-21 dates in messages and the working-day arithmetic.
describe('Stockholm calendar helpers', () => {
  it('R-21: formats dates for messages as YYYY-MM-DD on the Stockholm calendar', () => {
    expect(formatStockholmDate(new Date('2026-03-31T22:00:00Z'))).toBe('2026-04-01');
    expect(formatStockholmDate(new Date('2026-12-31T22:59:59Z'))).toBe('2026-12-31');
    expect(formatStockholmDate(new Date('2026-12-31T23:00:00Z'))).toBe('2027-01-01');
  });

  it('reads Stockholm wall-clock time including milliseconds, midnight as hour 0', () => {
    expect(toStockholmWallClock(new Date('2026-06-30T22:00:00.250Z'))).toEqual({
      year: 2026,
      month: 7,
      day: 1,
      hour: 0,
      minute: 0,
      second: 0,
      millisecond: 250,
    });
  });

  it('converts wall-clock time to the right instant in winter and summer', () => {
    const base = { minute: 0, second: 0, millisecond: 0 };
    expect(fromStockholmWallClock({ year: 2026, month: 1, day: 15, hour: 9, ...base })).toEqual(
      new Date('2026-01-15T08:00:00Z'),
    );
    expect(fromStockholmWallClock({ year: 2026, month: 7, day: 15, hour: 9, ...base })).toEqual(
      new Date('2026-07-15T07:00:00Z'),
    );
  });

  it('moves a time in the skipped spring hour forward and resolves the repeated autumn hour to winter time', () => {
    const base = { minute: 30, second: 0, millisecond: 0 };
    // 2026-03-29 02:30 does not exist; clocks go from 02:00 to 03:00.
    expect(fromStockholmWallClock({ year: 2026, month: 3, day: 29, hour: 2, ...base })).toEqual(
      new Date('2026-03-29T03:30:00+02:00'),
    );
    // 2026-10-25 02:30 happens twice; the later one (+01:00) is chosen.
    expect(fromStockholmWallClock({ year: 2026, month: 10, day: 25, hour: 2, ...base })).toEqual(
      new Date('2026-10-25T02:30:00+01:00'),
    );
  });

  it('does plain calendar arithmetic across month and year ends', () => {
    expect(addCivilDays({ year: 2026, month: 12, day: 31 }, 1)).toEqual({ year: 2027, month: 1, day: 1 });
    expect(addCivilDays({ year: 2028, month: 2, day: 28 }, 1)).toEqual({ year: 2028, month: 2, day: 29 });
    expect(civilWeekday({ year: 2026, month: 12, day: 24 })).toBe(4); // Thursday
  });

  it('throws on an invalid date', () => {
    expect(() => toStockholmWallClock(new Date(NaN))).toThrow(RangeError);
  });
});
