import { z } from 'zod';
import { MANDATE_STATES } from '../../domain/mandate';
import { ZBestallareRegistration, ZBestallareRenewal } from '../../forms/request-forms';

/** A beställare mandate, as the organisation's representatives and BA see it. */
export const ZMandate = z.object({
  id: z.string(),
  person: z.object({ id: z.string(), name: z.string(), email: z.string() }),
  organisation: z.object({ id: z.string(), name: z.string() }),
  status: z.enum(MANDATE_STATES),
  validFrom: z.string(),
  /** The first instant the mandate no longer holds (half-open period). */
  validTo: z.string(),
  /** The last day it holds, `YYYY-MM-DD` (Stockholm): "giltigt t.o.m.". */
  lastDay: z.string(),
  /** Whole days until it ends (negative once ended). */
  daysLeft: z.number().int(),
  renewals: z.number().int(),
  revokedAt: z.string().nullable(),
  /** The latest `validUntil` a renewal may ask for today, null when it cannot be renewed. */
  maxRenewalLastDay: z.string().nullable(),
});

export const ZMandateEvent = z.object({
  at: z.string(),
  event: z.string(),
  /** Swedish, for the history list. */
  label: z.string(),
  actor: z.string().nullable(),
  data: z.record(z.string(), z.unknown()).nullable(),
});

/** A mandate with its history and the requests that registered or renewed it. */
export const ZMandateDetail = ZMandate.extend({
  history: z.array(ZMandateEvent),
  requests: z.array(z.object({ id: z.string(), kind: z.string(), status: z.string(), submittedAt: z.string(), validUntil: z.string().nullable() })),
});

export const ZMandateListQuery = z.object({
  organisationId: z.string().optional(),
  expiringWithinDays: z.coerce
    .number({ error: 'expiringWithinDays ska vara ett heltal 0–730.' })
    .int('expiringWithinDays ska vara ett heltal 0–730.')
    .min(0, 'expiringWithinDays ska vara minst 0.')
    .max(730, 'expiringWithinDays får vara högst 730.')
    .optional(),
  status: z.enum(MANDATE_STATES, { error: `status ska vara en av ${MANDATE_STATES.join(', ')}.` }).optional(),
  cursor: z.string().optional(),
  limit: z.coerce.number({ error: 'limit ska vara ett heltal 1–200.' }).int().min(1, 'limit ska vara minst 1.').max(200, 'limit får vara högst 200.').default(100),
});

/** POST /bestallare: the registration request's form. */
export const ZRegisterBody = ZBestallareRegistration;
/** POST /bestallare/:id/renew: the new last day; the person is the mandate's. */
export const ZRenewBody = ZBestallareRenewal.pick({ validUntil: true });
/** POST /bestallare/:id/revoke: an optional reason, as when a request is withdrawn. */
export { ZCancelBody as ZRevokeBody } from './requests';
