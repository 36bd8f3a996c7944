/**
 * Insatser: what a samordningsförbund finances and follows up in Uppföljning Finsam (DOMAIN.md,
 * "Follow-up data", seed 002). One definition of their kinds and målgrupper: the database stores
 * these ids as text, and the API schemas, the forms and the UI read them from here.
 */

export const INSATS_KINDS = ['INDIVIDINRIKTAD', 'STRUKTUROVERGRIPANDE'] as const;
export type InsatsKind = (typeof INSATS_KINDS)[number];

export const INSATS_KIND_LABELS: Readonly<Record<InsatsKind, string>> = {
  INDIVIDINRIKTAD: 'Individinriktad',
  STRUKTUROVERGRIPANDE: 'Strukturövergripande',
};

/** The seven målgrupper; an insats has one or more. */
export const MALGRUPPER = [
  'UNGA_16_29',
  'ENBART_KVINNOR',
  'ENBART_MAN',
  'UNGA_MED_FUNKTIONSNEDSATTNING',
  'UNGA_MED_AKTIVITETSERSATTNING',
  'LANGTIDSSJUKSKRIVNA',
  'INGEN_SPECIFIK_MALGRUPP',
] as const;
export type Malgrupp = (typeof MALGRUPPER)[number];

export const MALGRUPP_LABELS: Readonly<Record<Malgrupp, string>> = {
  UNGA_16_29: 'Unga (16–29 år)',
  ENBART_KVINNOR: 'Enbart kvinnor',
  ENBART_MAN: 'Enbart män',
  UNGA_MED_FUNKTIONSNEDSATTNING: 'Unga med funktionsnedsättning',
  UNGA_MED_AKTIVITETSERSATTNING: 'Unga med aktivitetsersättning',
  LANGTIDSSJUKSKRIVNA: 'Långtidssjukskrivna',
  INGEN_SPECIFIK_MALGRUPP: 'Ingen specifik målgrupp',
};

/** "Ingen specifik målgrupp" is never combined with another målgrupp (seed 002). */
export const NO_SPECIFIC_MALGRUPP: Malgrupp = 'INGEN_SPECIFIK_MALGRUPP';

export function malgrupperCombine(malgrupper: readonly Malgrupp[]): boolean {
  return !(malgrupper.includes(NO_SPECIFIC_MALGRUPP) && malgrupper.length > 1);
}
