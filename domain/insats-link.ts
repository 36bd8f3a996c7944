/**
 * Links between deltagaransvariga and insatser: a förbundsadministratör asks for a
 * link; it is made at once under a PUB-avtal in force, or waits up to LINK_WAIT_DAYS for
 * one and lapses. One definition of the statuses and of why a link ended.
 */
/** how long a link request waits for a PUB-avtal before it lapses. */
export const LINK_WAIT_DAYS = 30;

/** The database's enum LinkStatus holds the same values. */
export const LINK_STATUSES = ['WAITING_FOR_PUB_AVTAL', 'LINKED', 'UNLINKED', 'LAPSED', 'REFUSED'] as const;
export type LinkStatus = (typeof LINK_STATUSES)[number];

export const LINK_STATUS_LABELS: Readonly<Record<LinkStatus, string>> = {
  WAITING_FOR_PUB_AVTAL: 'Väntar på PUB-avtal',
  LINKED: 'Kopplad',
  UNLINKED: 'Kopplingen borttagen',
  LAPSED: 'Förföll utan PUB-avtal',
  REFUSED: 'Avslogs',
};

/** Waiting or linked: at most one such link per insats and person. */
export const OPEN_LINK_STATUSES = ['WAITING_FOR_PUB_AVTAL', 'LINKED'] as const satisfies readonly LinkStatus[];

/** Why a link (or a waiting request) ended. */
export const LINK_END_REASONS = {
  /** The förbundsadministratör removed it, or withdrew the request. */
  UNLINKED: 'Borttagen av förbundsadministratör',
  /** The PUB-avtal it was made under ended, with none to take over. */
  PUB_AVTAL_ENDED: 'PUB-avtalet upphörde',
  /** The person's deltagaransvarig role was removed. */
  ROLE_REMOVED: 'Rollen som deltagaransvarig togs bort',
  /** No PUB-avtal came within the wait. */
  NO_PUB_AVTAL: `Inget PUB-avtal inom ${LINK_WAIT_DAYS} dagar`,
} as const;
export type LinkEndReason = keyof typeof LINK_END_REASONS;
export const LINK_END_REASON_CODES = Object.keys(LINK_END_REASONS) as [LinkEndReason, ...LinkEndReason[]];
