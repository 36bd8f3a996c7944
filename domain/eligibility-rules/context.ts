import type { OrganisationType } from '../organisation';
import type { MandateState } from '../mandate';
import type { Representation } from '../representative';
import type { RequestedRole, Role } from '../roles';

/** A role someone holds or has an open request for. `forbundId` is null for system-wide roles. */
export interface RoleInForbund {
  forbundId: string | null;
  forbundName: string | null;
  role: Role;
}

/** Everything the eligibility rules need to judge one request (docs/rules.md). */
export interface EligibilityContext {
  now: Date;
  /** The orderer's beställare mandates; for every kind, whoever submits. */
  bestallare: {
    personId: string;
    mandates: { organisationId: string; validFrom: Date; validTo: Date; status?: MandateState }[];
  };
  /** The register names the orderer as the person's chef. */
  ordererIsChef?: boolean;
  user: {
    personnummer: string;
    protectedIdentity: boolean;
    employer: { id: string; name: string; type: OrganisationType };
  };
  /** Null for a role held for the whole system (superadministratör). */
  forbund: { id: string; name: string; organisationId: string; memberOrganisationIds: string[] } | null;
  role: RequestedRole;
  /** For the beställare mandate kinds; absent for every other kind. */
  mandate?: MandateRequestContext;
  /** Roles the user holds today, in any förbund. */
  heldRoles: RoleInForbund[];
  /** Roles in the user's other requests for a role that are still open. */
  pendingRoles: RoleInForbund[];
}

/** What a registration or renewal of a beställare mandate is judged by. */
export interface MandateRequestContext {
  /** The requested end of the mandate (half-open validTo), from the form's last day. */
  requestedValidTo: Date;
  /** The organisations the orderer signs for, and in which capacity. */
  ordererRepresents: Representation[];
  /** The orderer registers themselves (allowed only for a förbund's board chair, R-20). */
  ordererIsSubject: boolean;
  /** The person's mandate at their employer that is not revoked, if any. */
  current: { id: string; status: MandateState; validFrom: Date; validTo: Date } | null;
  /** The person's latest mandate there was revoked (a renewal cannot bring it back). */
  lastRevoked: boolean;
}
