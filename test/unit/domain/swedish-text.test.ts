import { joinSwedish } from '../../../domain/swedish-text';

describe('joinSwedish (used in R-06 messages that list förbund)', () => {
  it('R-06: joins names as Swedish prose', () => {
    expect(joinSwedish([])).toBe('');
    expect(joinSwedish(['A'])).toBe('A');
    expect(joinSwedish(['A', 'B'])).toBe('A och B');
    expect(joinSwedish(['A', 'B', 'C'])).toBe('A, B och C');
  });
});
