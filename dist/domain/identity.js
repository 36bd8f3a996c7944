"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.IDENTITY_MISMATCH = exports.displayName = void 0;
exports.namesMatchRegister = namesMatchRegister;
/** How a person is named to people: given name(s), then family name. */
const displayName = (p) => `${p.givenName} ${p.familyName}`;
exports.displayName = displayName;
const words = (name) => name.normalize('NFC').trim().toLocaleLowerCase('sv').split(/[\s]+/).filter(Boolean);
/**
 * The family name must match the register's, and every given name on the form must be one of
 * the registered given names (people often use one of several: "Anna" for "Anna Maria").
 * Case, accents' composition and spacing do not matter.
 */
function namesMatchRegister(registered, ordered) {
    const family = words(registered.familyName).join(' ') === words(ordered.familyName).join(' ');
    const registeredGiven = new Set(words(registered.givenName));
    const orderedGiven = words(ordered.givenName);
    return family && orderedGiven.length > 0 && orderedGiven.every((n) => registeredGiven.has(n));
}
exports.IDENTITY_MISMATCH = {
    rule: 'IDENTITY',
    code: 'IDENTITY_MISMATCH',
    message: 'Namnet stämmer inte med personregistrets uppgifter för personnumret. Kontrollera att ' +
        'personnummer, förnamn och efternamn är rätt skrivna.',
};
//# sourceMappingURL=identity.js.map