import { z } from 'zod';
import { INSATS_KINDS, MALGRUPPER } from '../../domain/insats';

/** An insats as everyone with a role in its förbund reads it (domain/insats.ts). */
export const ZInsatsView = z.object({
  id: z.string(),
  forbundId: z.string(),
  name: z.string(),
  kind: z.enum(INSATS_KINDS),
  /** `YYYY-MM-DD`, inclusive. */
  periodFrom: z.string(),
  periodTo: z.string(),
  malgrupper: z.array(z.enum(MALGRUPPER)),
  esfCofunded: z.boolean(),
  budgetSek: z.number().int(),
  budgetedParticipants: z.number().int(),
  participantsPerYear: z.array(z.object({ year: z.number().int(), participants: z.number().int() })),
  createdAt: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});

export const ZInsatsParams = z.object({ id: z.string(), insatsId: z.string() });
