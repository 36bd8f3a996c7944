import { z } from 'zod';
import { ORDER_STATUSES } from '../../domain/order-status';

export const ZDecision = z
  .strictObject({
    decision: z.enum(['APPROVE', 'REJECT'], { error: 'Beslut ska vara APPROVE eller REJECT.' }),
    reason: z.string({ error: 'Skälet ska vara text.' }).trim().max(2000, 'Skälet får vara högst 2000 tecken.').optional(),
    // An employment change is approved only with this explicit confirmation (never merged silently).
    confirmEmploymentChange: z.boolean({ error: 'confirmEmploymentChange ska vara true eller false.' }).optional(),
  })
  .refine((d) => d.decision === 'APPROVE' || Boolean(d.reason), { path: ['reason'], message: 'Ange ett skäl när beställningen avslås.' });
export type TDecision = z.infer<typeof ZDecision>;

const ZRuleFinding = z.object({ rule: z.string(), code: z.string(), message: z.string() });

export const ZTaskView = z.object({
  id: z.string(),
  kind: z.string(),
  status: z.enum(['OPEN', 'CLOSED']),
  orderId: z.string(),
  forbundId: z.string(),
  subject: z.string(),
  submittedAt: z.string(),
  dueAt: z.string(),
  claimedBy: z.string().nullable(),
  claimedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  remindersSent: z.number().int(),
  /** The register has the person with another employer: BA must confirm the change to approve. */
  employmentChange: z.object({ fromOrganisationId: z.string(), toOrganisationId: z.string() }).nullable(),
  /** Rule findings only BA sees (from outside the beställare's organisation); any blocks approval. */
  reviewFindings: z.array(ZRuleFinding),
});

export const ZTaskPage = z.object({ items: z.array(ZTaskView), nextCursor: z.string().nullable() });

export const ZDecisionResult = z.object({ status: z.enum(ORDER_STATUSES) });

export { ZRuleFinding };
