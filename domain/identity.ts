import type { RuleViolation } from './rule-violation';

/**
 * Who a person is comes from the person register (keyed by personnummer), never from a form.
 * A form that names a registered person must carry their registered names; the refusal says
 * nothing of what is registered.
 */
export interface PersonNames {
  givenName: string;
  familyName: string;
}

/** How a person is named to people: given name(s), then family name. */
export const displayName = (p: PersonNames): string => `${p.givenName} ${p.familyName}`;

const words = (name: string) => name.normalize('NFC').trim().toLocaleLowerCase('sv').split(/[\s]+/).filter(Boolean);

/**
 * The family name must match the register's, and every given name on the form must be one of
 * the registered given names (people often use one of several: "Anna" for "Anna Maria").
 * Case, accents' composition and spacing do not matter.
 */
export function namesMatchRegister(registered: PersonNames, ordered: PersonNames): boolean {
  const family = words(registered.familyName).join(' ') === words(ordered.familyName).join(' ');
  const registeredGiven = new Set(words(registered.givenName));
  const orderedGiven = words(ordered.givenName);
  return family && orderedGiven.length > 0 && orderedGiven.every((n) => registeredGiven.has(n));
}

export const IDENTITY_MISMATCH: RuleViolation = {
  rule: 'IDENTITY',
  code: 'IDENTITY_MISMATCH',
  message:
    'Namnet stämmer inte med personregistrets uppgifter för personnumret. Kontrollera att ' +
    'personnummer, förnamn och efternamn är rätt skrivna.',
};
