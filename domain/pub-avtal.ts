/**
 * PUB-avtal: the data processing agreement between Försäkringskassan (controller) and a
 * samordningsförbund (processor). Linking deltagaransvariga to insatser is processing on FK's
 * behalf and needs one in force. Days are civil dates (`YYYY-MM-DD`, Stockholm), inclusive.
 */
import { addCivilDays, civilDateKey, parseCivilDate } from './stockholm-time';

export const PUB_AVTAL_STATES = ['NOT_YET_VALID', 'VALID', 'ENDED', 'TERMINATED'] as const;
export type PubAvtalState = (typeof PUB_AVTAL_STATES)[number];

export const PUB_AVTAL_STATE_LABELS: Readonly<Record<PubAvtalState, string>> = {
  NOT_YET_VALID: 'Gäller ännu inte',
  VALID: 'Gäller',
  ENDED: 'Har upphört',
  TERMINATED: 'Uppsagt',
};

export interface PubAvtalPeriod {
  validFrom: string;
  /** The last day it holds; null: until further notice. */
  validTo: string | null;
  /** The day a termination took effect (it no longer holds from that day); null: not terminated. */
  terminatedOn: string | null;
}

/** The avtal's state on `day`: only VALID allows linking. */
export function pubAvtalState(a: PubAvtalPeriod, day: string): PubAvtalState {
  if (a.terminatedOn !== null && day >= a.terminatedOn) return 'TERMINATED';
  if (day < a.validFrom) return 'NOT_YET_VALID';
  if (a.validTo !== null && day > a.validTo) return 'ENDED';
  return 'VALID';
}

/** The first day the avtal no longer holds (its termination, or the day after its last), or null: until further notice. */
export function pubAvtalEndDay(a: PubAvtalPeriod): string | null {
  const afterLast = a.validTo === null ? null : civilDateKey(addCivilDays(parseCivilDate(a.validTo)!, 1));
  if (a.terminatedOn === null) return afterLast;
  return afterLast === null || a.terminatedOn < afterLast ? a.terminatedOn : afterLast;
}
