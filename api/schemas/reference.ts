import { z } from 'zod';
import { ORDERERS } from '../../domain/request-kinds/kind';
import { REQUEST_EFFECTS, STAGE_DECISIONS } from '../../domain/request-kinds/stage';
import { ROLES, STAFF_ROLES } from '../../domain/roles';
import { CALLER_ROLES } from '../auth/roles';

export const ZOrganisation = z.object({
  id: z.string(),
  name: z.string(),
  type: z.enum(['FORSAKRINGSKASSAN', 'ARBETSFORMEDLINGEN', 'KOMMUN', 'REGION', 'SAMORDNINGSFORBUND']),
  organisationNumber: z.string(),
});

export const ZForbund = z.object({ id: z.string(), name: z.string(), organisationId: z.string(), memberOrganisationIds: z.array(z.string()) });

/** R-54 "Visa användare": who holds which role in a förbund. */
export const ZForbundUser = z.object({ personId: z.string(), name: z.string(), role: z.enum(ROLES), since: z.string() });

export const ZRoleInfo = z.object({
  id: z.enum(ROLES),
  catalog: z.enum(['FINSAM', 'SUS']),
  label: z.string(),
  scope: z.enum(['FORBUND', 'SYSTEM']),
  description: z.string(),
});

/** The caller as the web UI needs them: who they are and what they may do today. */
export const ZMe = z.object({
  personId: z.string(),
  name: z.string(),
  roles: z.array(z.enum(CALLER_ROLES)),
  organisationId: z.string(),
  /** Organisations the caller is beställare for today. */
  bestallareFor: z.array(z.string()),
  mandateLapsed: z.boolean(),
  /** Organisations the caller signs for as authorised representative: whose beställare they register. */
  representativeFor: z.array(z.string()),
  /** A chef's direct reports in the register: whom they order for. */
  reports: z.array(z.object({ personId: z.string(), name: z.string(), personnummer: z.string(), organisationId: z.string() })),
  /** The caller's roles per samordningsförbund (förbundsadministratör, deltagaransvarig, SUS roles). */
  forbundRoles: z.array(z.object({ forbundId: z.string(), role: z.enum(ROLES) })),
});

export const ZPersona = z.object({ id: z.string(), name: z.string(), roles: z.array(z.enum(CALLER_ROLES)), organisationId: z.string() });
export const ZToken = z.object({ token: z.string() });

export const ZHealth = z.object({ status: z.literal('ok') });
export const ZReady = z.object({ status: z.literal('ready'), database: z.literal('ok'), temporal: z.literal('ok') });

/** A kind of request in the catalog, as clients show it (labels are Swedish). */
export const ZRequestKindInfo = z.object({
  id: z.string(),
  label: z.string(),
  orderedBy: z.array(z.enum(ORDERERS)),
  effect: z.enum(REQUEST_EFFECTS),
  ruleIds: z.array(z.string()),
  stages: z.array(z.object({ id: z.string(), label: z.string(), actorRole: z.enum(STAFF_ROLES), decisions: z.array(z.enum(STAGE_DECISIONS)) })),
});
