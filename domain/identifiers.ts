import Personnummer from 'personnummer';
import Organisationsnummer from 'organisationsnummer';

/**
 * Validates a Swedish personnummer or samordningsnummer and returns it in the canonical
 * 12-digit form `YYYYMMDD-XXXX`, or null when it is not valid.
 *
 * Accepts 10 or 12 digits with `-`, `+` or no separator (surrounding whitespace is ignored).
 * Samordningsnummer (day + 60) are accepted because people without a personnummer can still be
 * employed by a Part. Interim numbers (a letter in the serial) are refused: they are not
 * identities Försäkringskassan's BA can register.
 *
 * Note: for the 10-digit form the library infers the century from the current year (`-` means
 * under 100 years old, `+` means 100 or older), so that one case reads the system clock inside
 * the library. Callers that need full determinism should pass the 12-digit form.
 */
export function normalizePersonnummer(input: string): string | null {
  const candidate = input.trim();
  // The library throws on anything it cannot parse; valid() wraps that in a boolean.
  if (!Personnummer.valid(candidate, { allowCoordinationNumber: true, allowInterimNumber: false })) {
    return null;
  }
  const digits = Personnummer.parse(candidate, {
    allowCoordinationNumber: true,
    allowInterimNumber: false,
  }).format(true); // YYYYMMDDXXXX
  return `${digits.slice(0, 8)}-${digits.slice(8)}`;
}

/**
 * Parses an organisationsnummer of a legal person (juridisk person).
 *
 * The library also accepts a personnummer as the "organisationsnummer" of a sole trader
 * (enskild firma). Every Part in Finsam (FK, AF, kommun, region, samordningsförbund) is a legal
 * person, so a personnummer here is a mistake and is refused.
 */
function parseOrganisationsnummer(input: string): Organisationsnummer | null {
  const candidate = input.trim();
  if (!Organisationsnummer.valid(candidate)) return null;
  const parsed = Organisationsnummer.parse(candidate);
  return parsed.isPersonnummer() ? null : parsed;
}

/** True for a valid organisationsnummer (NNNNNN-NNNN, NNNNNNNNNN or with the 16 prefix). */
export function isValidOrganisationsnummer(input: string): boolean {
  return parseOrganisationsnummer(input) !== null;
}

/** The canonical form `NNNNNN-NNNN`, or null when the input is not a valid organisationsnummer. */
export function normalizeOrganisationsnummer(input: string): string | null {
  return parseOrganisationsnummer(input)?.format(true) ?? null;
}
