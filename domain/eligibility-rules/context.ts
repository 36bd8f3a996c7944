import type { OrganisationType } from '../organisation';
import type { Role } from '../roles';

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
    mandates: { organisationId: string; validFrom: Date; validTo: Date }[];
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
  role: Role;
  /** Roles the user holds today, in any förbund. */
  heldRoles: RoleInForbund[];
  /** Roles in the user's other requests for a role that are still open. */
  pendingRoles: RoleInForbund[];
}
