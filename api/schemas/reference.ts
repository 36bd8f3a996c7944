import { z } from 'zod';
import { ROLES } from '../../domain/roles';
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

export const ZPersona = z.object({ id: z.string(), name: z.string(), roles: z.array(z.enum(CALLER_ROLES)), organisationId: z.string() });
export const ZToken = z.object({ token: z.string() });

export const ZHealth = z.object({ status: z.literal('ok') });
export const ZReady = z.object({ status: z.literal('ready'), database: z.literal('ok'), temporal: z.literal('ok') });
