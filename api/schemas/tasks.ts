import { z } from 'zod';
import { ORDER_STATUSES } from '../../domain/order-status';
import { STAGE_DECISIONS } from '../../domain/request-kinds/stage';
import { STAFF_ROLES } from '../../domain/roles';

export const ZDecision = z
  .strictObject({
    // What a task allows is in its `decisions`: APPROVE/REJECT at BA, FORWARD/RETURN at AF's service desk.
    decision: z.enum(STAGE_DECISIONS, { error: 'Beslut ska vara APPROVE, REJECT, RETURN eller FORWARD.' }),
    reason: z.string({ error: 'Skälet ska vara text.' }).trim().max(2000, 'Skälet får vara högst 2000 tecken.').optional(),
    // An employment change is approved only with this explicit confirmation (never merged silently).
    confirmEmploymentChange: z.boolean({ error: 'confirmEmploymentChange ska vara true eller false.' }).optional(),
  })
  .refine((d) => (d.decision !== 'REJECT' && d.decision !== 'RETURN') || Boolean(d.reason), { path: ['reason'], message: 'Ange ett skäl när beställningen avslås eller skickas tillbaka.' });
export type TDecision = z.infer<typeof ZDecision>;

const ZRuleFinding = z.object({ rule: z.string(), code: z.string(), message: z.string() });

export const ZTaskView = z.object({
  id: z.string(),
  kind: z.string(),
  status: z.enum(['OPEN', 'CLOSED']),
  orderId: z.string(),
  /** The request's round: 1, and one more each time a returned request is resubmitted. */
  round: z.number().int(),
  stage: z.string(),
  stageLabel: z.string(),
  actorRole: z.enum(STAFF_ROLES),
  /** What may be decided at this stage. */
  decisions: z.array(z.enum(STAGE_DECISIONS)),
  forbundId: z.string().nullable(),
  subject: z.string(),
  submittedAt: z.string(),
  dueAt: z.string(),
  /** Open and past its due date. */
  overdue: z.boolean(),
  /** Overdue and shown to the stage's escalation role too. */
  escalated: z.boolean(),
  claimedBy: z.string().nullable(),
  /** The claimer's name, for the queue ("handläggs av …"). */
  claimedByName: z.string().nullable(),
  claimedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  remindersSent: z.number().int(),
  decision: z.enum(STAGE_DECISIONS).nullable(),
  decisionReason: z.string().nullable(),
  /** The register has the person with another employer: BA must confirm the change to approve. */
  employmentChange: z.object({ fromOrganisationId: z.string(), toOrganisationId: z.string() }).nullable(),
  /** Rule findings only BA sees (from outside the beställare's organisation); any blocks approval. */
  reviewFindings: z.array(ZRuleFinding),
});

export const ZTaskPage = z.object({ items: z.array(ZTaskView), nextCursor: z.string().nullable() });

export const ZDecisionResult = z.object({ status: z.enum(ORDER_STATUSES) });

export { ZRuleFinding };
