"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.normalizePersonnummer = normalizePersonnummer;
exports.isValidOrganisationsnummer = isValidOrganisationsnummer;
exports.normalizeOrganisationsnummer = normalizeOrganisationsnummer;
const personnummer_1 = __importDefault(require("personnummer"));
const organisationsnummer_1 = __importDefault(require("organisationsnummer"));
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
function normalizePersonnummer(input) {
    const candidate = input.trim();
    // The library throws on anything it cannot parse; valid() wraps that in a boolean.
    if (!personnummer_1.default.valid(candidate, { allowCoordinationNumber: true, allowInterimNumber: false })) {
        return null;
    }
    const digits = personnummer_1.default.parse(candidate, {
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
function parseOrganisationsnummer(input) {
    const candidate = input.trim();
    if (!organisationsnummer_1.default.valid(candidate))
        return null;
    const parsed = organisationsnummer_1.default.parse(candidate);
    return parsed.isPersonnummer() ? null : parsed;
}
/** True for a valid organisationsnummer (NNNNNN-NNNN, NNNNNNNNNN or with the 16 prefix). */
function isValidOrganisationsnummer(input) {
    return parseOrganisationsnummer(input) !== null;
}
/** The canonical form `NNNNNN-NNNN`, or null when the input is not a valid organisationsnummer. */
function normalizeOrganisationsnummer(input) {
    return parseOrganisationsnummer(input)?.format(true) ?? null;
}
//# sourceMappingURL=identifiers.js.map