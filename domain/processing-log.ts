/**
 * The personal-data processing log: what was done with a deltagaransvarig's personal data
 * on Försäkringskassan's behalf. One definition of the actions.
 */
export const PROCESSING_ACTIONS = ['LINK', 'UNLINK', 'READ_LINKS'] as const;
export type ProcessingAction = (typeof PROCESSING_ACTIONS)[number];

export const PROCESSING_ACTION_LABELS: Readonly<Record<ProcessingAction, string>> = {
  LINK: 'Kopplad till insats',
  UNLINK: 'Koppling till insats borttagen',
  READ_LINKS: 'Uppgift om koppling läst',
};
