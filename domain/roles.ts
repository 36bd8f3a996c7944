// The two user roles in Uppföljning Finsam. They cannot be combined and only
// förbundsadministratör is open to a samordningsförbund's own staff.
export const FINSAM_ROLES = ['FORBUNDSADMINISTRATOR', 'DELTAGARANSVARIG'] as const;

export type FinsamRole = (typeof FINSAM_ROLES)[number];

export const FINSAM_ROLE_LABELS: Readonly<Record<FinsamRole, string>> = {
  FORBUNDSADMINISTRATOR: 'Förbundsadministratör',
  DELTAGARANSVARIG: 'Deltagaransvarig',
};

/** The role name as it reads inside a Swedish sentence ("rollen deltagaransvarig"). */
export function roleNameInSentence(role: FinsamRole): string {
  return FINSAM_ROLE_LABELS[role].toLowerCase();
}

/** the role a user would conflict with if they held it. */
export function otherRole(role: FinsamRole): FinsamRole {
  return role === 'FORBUNDSADMINISTRATOR' ? 'DELTAGARANSVARIG' : 'FORBUNDSADMINISTRATOR';
}

export function isFinsamRole(value: unknown): value is FinsamRole {
  return typeof value === 'string' && (FINSAM_ROLES as readonly string[]).includes(value);
}
