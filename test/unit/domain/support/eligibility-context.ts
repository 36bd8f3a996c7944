import type { EligibilityContext } from '../../../../domain/eligibility';
import { makePersonnummer } from './personnummer';

// A context for an order that passes every rule: a kommun's beställare orders
// förbundsadministratör for a kommun employee in a förbund the kommun is a member of.
export const NOW = new Date('2026-06-10T10:00:00+02:00');

export const KOMMUN = { id: 'org-kommun', name: 'Lunds kommun', type: 'KOMMUN' as const };
export const REGION = { id: 'org-region', name: 'Region Skåne', type: 'REGION' as const };
export const FORBUND_ORG = {
  id: 'org-finsam-lund',
  name: 'Samordningsförbundet Lund',
  type: 'SAMORDNINGSFORBUND' as const,
};
export const OTHER_FORBUND_ORG = {
  id: 'org-finsam-malmo',
  name: 'Samordningsförbundet Malmö',
  type: 'SAMORDNINGSFORBUND' as const,
};
export const AF = { id: 'org-af', name: 'Arbetsförmedlingen', type: 'ARBETSFORMEDLINGEN' as const };
export const FK = { id: 'org-fk', name: 'Försäkringskassan', type: 'FORSAKRINGSKASSAN' as const };

export function validMandate(organisationId: string) {
  return {
    organisationId,
    validFrom: new Date('2025-09-01T00:00:00+02:00'),
    validTo: new Date('2027-09-01T00:00:00+02:00'),
  };
}

export function makeContext(overrides: Partial<EligibilityContext> = {}): EligibilityContext {
  return {
    now: NOW,
    bestallare: { personId: 'person-bestallare', mandates: [validMandate(KOMMUN.id)] },
    user: {
      personnummer: makePersonnummer('19811218', '987'),
      protectedIdentity: false,
      employer: KOMMUN,
    },
    forbund: {
      id: 'forbund-lund',
      name: FORBUND_ORG.name,
      organisationId: FORBUND_ORG.id,
      memberOrganisationIds: [KOMMUN.id, REGION.id, AF.id, FK.id],
    },
    role: 'FORBUNDSADMINISTRATOR',
    heldRoles: [],
    pendingRoles: [],
    ...overrides,
  };
}

/** The context with the user employed by `employer` and the beställare holding a mandate there. */
export function employedBy(
  employer: EligibilityContext['user']['employer'],
  overrides: Partial<EligibilityContext> = {},
): EligibilityContext {
  const base = makeContext();
  return makeContext({
    user: { ...base.user, employer },
    bestallare: { ...base.bestallare, mandates: [validMandate(employer.id)] },
    ...overrides,
  });
}
