import { z } from 'zod';
import { PUB_AVTAL_STATES } from '../../domain/pub-avtal';

/** A PUB-avtal as BA and the förbund's people read it; days are `YYYY-MM-DD`, inclusive. */
export const ZPubAvtalView = z.object({
  id: z.string(),
  forbundId: z.string(),
  signedOn: z.string(),
  validFrom: z.string(),
  /** Null: until further notice. */
  validTo: z.string().nullable(),
  /** The first day it no longer holds after a termination. */
  terminatedOn: z.string().nullable(),
  terminationReason: z.string().nullable(),
  /** As of today (Stockholm): only VALID allows linking deltagaransvariga. */
  state: z.enum(PUB_AVTAL_STATES),
  registeredAt: z.string(),
  registeredBy: z.string(),
});

export const ZPubAvtalParams = z.object({ id: z.string(), avtalId: z.string() });
