import type { OrganisationType } from '../organisation';
import type { FinsamRole } from '../roles';

/** Everything the eligibility rules need to judge one blankett 9480 order. */
export interface EligibilityContext {
  now: Date;
  bestallare: {
    personId: string;
    mandates: { organisationId: string; validFrom: Date; validTo: Date }[];
  };
  user: {
    personnummer: string;
    protectedIdentity: boolean;
    employer: { id: string; name: string; type: OrganisationType };
  };
  forbund: { id: string; name: string; organisationId: string; memberOrganisationIds: string[] };
  role: FinsamRole;
  /** Roles the user holds today, in any förbund. */
  heldRoles: { forbundId: string; forbundName: string; role: FinsamRole }[];
  /** Roles in the user's other orders that are still open (not yet granted or refused). */
  pendingRoles: { forbundId: string; forbundName: string; role: FinsamRole }[];
}
