/** Roles a caller can hold (docs/api.md). */
import type { AuthMethod } from '../../domain/login';
import { ROLES, STAFF_ROLES, type Role } from '../../domain/roles';

/**
 * BESTALLARE (a valid mandate), CHEF (has direct reports in the register), REPRESENTATIVE (signs
 * for a Part, R-20), the staff roles that act at stages, and the user roles granted in Finsam and
 * SUS.
 */
export const CALLER_ROLES = ['BESTALLARE', 'CHEF', 'REPRESENTATIVE', ...STAFF_ROLES, ...ROLES] as const;
export type CallerRole = (typeof CALLER_ROLES)[number];

/**
 * Who is calling, read from the database on every request (never from the token or a form).
 * `roles` are the rights that hold right now: BESTALLARE only with a mandate valid today.
 */
export interface Caller {
  personId: string;
  personnummer: string;
  name: string;
  roles: CallerRole[];
  /** The caller's employer in the person register. */
  organisationId: string;
  /** organisations the caller is beställare for today. */
  bestallareFor: string[];
  /** The caller has no valid beställare mandate, and at least one that has expired or was revoked. */
  mandateLapsed: boolean;
  /** organisations the caller signs for as authorised representative. */
  representativeFor: string[];
  /** The user roles the caller holds in each förbund (R-30–R-32: who edits insatser, who is linked). */
  forbundRoles: { forbundId: string; role: Role }[];
  /** How the caller logged in, written to every audit event they cause. */
  authMethod: AuthMethod;
}

/** The caller as a workflow's Update sees them (workflows/request.definitions.ts `Actor`). */
export const actorOf = (caller: Caller) => ({
  personId: caller.personId,
  personnummer: caller.personnummer,
  roles: caller.roles,
  organisationId: caller.organisationId,
  authMethod: caller.authMethod,
  representativeFor: caller.representativeFor,
});

/** What a route declares: 'public', or the roles of which the caller needs at least one. */
export type RouteAccess = 'public' | 'authenticated' | readonly CallerRole[];

/** Whether the caller holds `role` in the förbund (a role held for the whole system never counts). */
export const holdsIn = (caller: Caller, forbundId: string, ...roles: Role[]) => caller.forbundRoles.some((r) => r.forbundId === forbundId && roles.includes(r.role));
