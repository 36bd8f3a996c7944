import { z } from 'zod';
import { ORDER_STATUSES } from '../../domain/order-status';
import { REQUESTED_ROLES } from '../../domain/roles';
import { ZRuleFinding } from './tasks';

/** An order as docs/api.md shows it. `review` is present for BA only. */
export const ZOrderView = z.object({
  id: z.string(),
  kind: z.string(),
  status: z.enum(ORDER_STATUSES),
  /** BESTALLARE for a mandate registration or renewal. */
  role: z.enum(REQUESTED_ROLES),
  /** Null for a role held for the whole system (superadministratör). */
  forbundId: z.string().nullable(),
  protectedIdentity: z.boolean(),
  user: z.object({
    personnummer: z.string(),
    givenName: z.string(),
    familyName: z.string(),
    email: z.string(),
    phone: z.string().nullable(),
    employerId: z.string(),
  }),
  submittedBy: z.object({ personId: z.string(), name: z.string() }),
  submittedAt: z.string(),
  /** The open task, or the last one. */
  taskId: z.string().nullable(),
  /** The stage the request waits at, while it waits at one. */
  stage: z.object({ id: z.string(), label: z.string() }).nullable(),
  round: z.number().int(),
  /** Why the request was returned to the orderer, while it is RETURNED. */
  returnReason: z.string().nullable(),
  decision: z.enum(['APPROVE', 'REJECT']).nullable(),
  decisionReason: z.string().nullable(),
  decidedAt: z.string().nullable(),
  rejectionReasons: z.array(ZRuleFinding),
  completedAt: z.string().nullable(),
  /** The audit trail of the request: `event` is the code, `label` says it in Swedish. */
  timeline: z.array(z.object({ at: z.string(), event: z.string(), label: z.string(), by: z.string().optional() })),
  review: z
    .object({
      subjectPersonId: z.string().nullable(),
      employmentChange: z.object({ fromOrganisationId: z.string(), toOrganisationId: z.string(), confirmed: z.boolean() }).nullable(),
      findings: z.array(ZRuleFinding),
    })
    .optional(),
});

/** An e-mail the request caused, as BA sees it on the request page (the outbox row). */
export const ZOrderEmail = z.object({
  id: z.string(),
  template: z.string(),
  recipient: z.string(),
  subject: z.string(),
  status: z.enum(['PENDING', 'SENT', 'FAILED']),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});
