import { luhnCheckDigit, makePersonnummer, withWrongCheckDigit } from './support/personnummer';

// The helper feeds every personnummer test, so it is checked against known numbers first.
describe('test helper: Luhn-valid personnummer', () => {
  it('computes the check digit of the API documentation example 19811218-9876', () => {
    expect(luhnCheckDigit('811218987')).toBe(6);
    expect(makePersonnummer('19811218', '987')).toBe('19811218-9876');
  });

  it('computes a check digit of 0 when the sum is already a multiple of ten', () => {
    expect(luhnCheckDigit('000000000')).toBe(0);
    expect(luhnCheckDigit('811218987')).not.toBe(0);
  });

  it('changes the last digit for a deliberately wrong number', () => {
    expect(withWrongCheckDigit('19811218-9876')).toBe('19811218-9877');
    expect(withWrongCheckDigit('19811218-9879')).toBe('19811218-9870');
  });
});
