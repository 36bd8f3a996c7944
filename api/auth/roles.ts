/** Roles a caller can hold (API.md, "Development login"). */
export const CALLER_ROLES = ['BESTALLARE', 'BA', 'FORBUNDSADMINISTRATOR', 'DELTAGARANSVARIG', 'CHEF'] as const;
export type CallerRole = (typeof CALLER_ROLES)[number];

export interface Caller {
  personId: string;
  name: string;
  roles: CallerRole[];
  organisationId: string;
}

/** What a route declares: 'public', or the roles of which the caller needs at least one. */
export type RouteAccess = 'public' | 'authenticated' | readonly CallerRole[];
