import { z } from 'zod';
import { LINK_END_REASON_CODES, LINK_STATUSES } from '../../domain/insats-link';
import { PROCESSING_ACTIONS } from '../../domain/processing-log';

/** A deltagaransvarig's link to an insats, or a request for one that waits for a PUB-avtal. */
export const ZLinkView = z.object({
  id: z.string(),
  insatsId: z.string(),
  insatsName: z.string(),
  forbundId: z.string(),
  status: z.enum(LINK_STATUSES),
  person: z.object({ id: z.string(), name: z.string(), email: z.string() }),
  requestedAt: z.string(),
  requestedBy: z.string(),
  /** While it waits: the request lapses then unless a PUB-avtal is in force. */
  waitUntil: z.string(),
  linkedAt: z.string().nullable(),
  /** The PUB-avtal it is made under. */
  pubAvtalId: z.string().nullable(),
  endedAt: z.string().nullable(),
  endReason: z.enum(LINK_END_REASON_CODES).nullable(),
  /** Why a request came to nothing: R-31 (no PUB-avtal within the wait) or R-32 (the role is gone). */
  refusedBy: z.object({ rule: z.string(), code: z.string(), message: z.string() }).nullable(),
});

export const ZLinkParams = z.object({ id: z.string(), linkId: z.string() });

export const ZLinkListQuery = z.object({
  /** Also the ended links and the lapsed requests (the insats's history); default: open ones only. */
  history: z.enum(['true', 'false'], { error: 'history ska vara true eller false.' }).optional(),
});

/** One row of the personal-data processing log. */
export const ZProcessingLogEntry = z.object({
  id: z.string(),
  at: z.string(),
  action: z.enum(PROCESSING_ACTIONS),
  person: z.object({ id: z.string(), name: z.string() }),
  /** Null: the system, on behalf of `onBehalfOf`. */
  actor: z.string().nullable(),
  authMethod: z.string().nullable(),
  onBehalfOf: z.string().nullable(),
  forbundId: z.string(),
  insatsId: z.string(),
  insatsName: z.string(),
  linkId: z.string().nullable(),
  /** The avtal the processing fell under; null only for a read while none was in force. */
  pubAvtalId: z.string().nullable(),
});

export const ZProcessingLogQuery = z.object({
  personId: z.string().optional(),
  forbundId: z.string().optional(),
  cursor: z.string().optional(),
  limit: z.coerce.number({ error: 'limit ska vara ett heltal 1–200.' }).int().min(1, 'limit ska vara minst 1.').max(200, 'limit får vara högst 200.').default(100),
});

/** Who a deltagaransvarig turns to: their förbund's förbundsadministratörer (seed 000). */
export const ZForbundContact = z.object({ personId: z.string(), name: z.string(), email: z.string(), phone: z.string().nullable() });
