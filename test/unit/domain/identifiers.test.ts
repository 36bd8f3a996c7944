import Organisationsnummer from 'organisationsnummer';
import {
  isValidOrganisationsnummer,
  normalizeOrganisationsnummer,
  normalizePersonnummer,
} from '../../../domain/identifiers';
import { luhnCheckDigit, makePersonnummer, withWrongCheckDigit } from './support/personnummer';

// Identifiers on blankett 9480 (the user's personnummer) and of the Parter (organisationsnummer).
describe('normalizePersonnummer (blankett 9480)', () => {
  it('accepts the API documentation example 19811218-9876 as it is', () => {
    expect(normalizePersonnummer('19811218-9876')).toBe('19811218-9876');
  });

  it.each([
    ['12 digits without separator', '198112189876'],
    ['10 digits with -', '811218-9876'],
    ['10 digits without separator', '8112189876'],
    ['surrounding whitespace', '  19811218-9876\n'],
  ])('returns the canonical 12-digit form for %s', (_label, input) => {
    expect(normalizePersonnummer(input)).toBe('19811218-9876');
  });

  it('reads a 10-digit number with + as a person aged 100 or more', () => {
    expect(normalizePersonnummer('811218+9876')).toBe('18811218-9876');
  });

  it('accepts generated numbers on other dates, including a leap day', () => {
    const leapDay = makePersonnummer('20000229', '123');
    expect(normalizePersonnummer(leapDay)).toBe(leapDay);
    const young = makePersonnummer('20050615', '042');
    expect(normalizePersonnummer(young.replace('-', ''))).toBe(young);
  });

  it('accepts a samordningsnummer (day of birth + 60)', () => {
    const samordningsnummer = makePersonnummer('19811278', '987');
    expect(normalizePersonnummer(samordningsnummer)).toBe(samordningsnummer);
  });

  it('refuses a wrong check digit', () => {
    expect(normalizePersonnummer(withWrongCheckDigit('19811218-9876'))).toBeNull();
  });

  it('refuses a date that does not exist even when the Luhn check passes', () => {
    expect(normalizePersonnummer(makePersonnummer('19810230', '123'))).toBeNull();
    expect(normalizePersonnummer(makePersonnummer('20010229', '123'))).toBeNull();
  });

  it('refuses an interim number (letter in the serial)', () => {
    // The library computes the check digit with the letter read as 1.
    const check = luhnCheckDigit('811218' + '187');
    expect(normalizePersonnummer(`19811218-T87${check}`)).toBeNull();
  });

  it.each(['', '   ', 'abc', '1981121-9876', '19811218 9876', '19811218--9876', '198112189876123'])(
    'refuses malformed input %p',
    (input) => {
      expect(normalizePersonnummer(input)).toBeNull();
    },
  );
});

describe('organisationsnummer (the Parter)', () => {
  it.each([
    ['Försäkringskassan', '202100-5521'],
    ['Arbetsförmedlingen', '202100-2114'],
    ['Stockholms kommun', '212000-0142'],
    ['Region Stockholm', '232100-0016'],
  ])('accepts %s (%s)', (_name, orgnr) => {
    expect(isValidOrganisationsnummer(orgnr)).toBe(true);
    expect(normalizeOrganisationsnummer(orgnr)).toBe(orgnr);
  });

  it.each([
    ['no separator', '2021005521'],
    ['the 16 prefix', '16202100-5521'],
    ['the 16 prefix without separator', '162021005521'],
    ['surrounding whitespace', ' 202100-5521 '],
  ])('normalises %s to NNNNNN-NNNN', (_label, input) => {
    expect(normalizeOrganisationsnummer(input)).toBe('202100-5521');
  });

  it.each([
    ['a wrong check digit', '202100-5522'],
    ['+ as separator', '202100+5521'],
    ['a century prefix other than 16', '19202100-5521'],
    ['a third digit below 2 (not an organisationsnummer)', '201100-5521'],
    ['the empty string', ''],
    ['letters', 'FK'],
  ])('refuses %s', (_label, input) => {
    expect(isValidOrganisationsnummer(input)).toBe(false);
    expect(normalizeOrganisationsnummer(input)).toBeNull();
  });

  it('refuses a personnummer even though the library accepts it as a sole trader number', () => {
    // Pins the library behaviour the narrowing exists for: every Part is a legal person.
    expect(Organisationsnummer.valid('19811218-9876')).toBe(true);
    expect(isValidOrganisationsnummer('19811218-9876')).toBe(false);
    expect(normalizeOrganisationsnummer('811218-9876')).toBeNull();
  });
});
