import { z } from 'zod';

/** Every 4xx/5xx body (docs/api.md, "Conventions"). */
export const ZError = z.object({
  code: z.string(),
  message: z.string(),
  details: z.array(z.record(z.string(), z.unknown())).optional(),
});

export const ZIdParams = z.object({ id: z.string() });

/** A retried POST with the same key returns what the first one made (docs/api.md). */
export const ZIdempotencyHeaders = z.object({ 'idempotency-key': z.string().min(1).max(200).optional() });

/** Response entries for the error statuses a route answers besides the generic ones. */
export function errorResponses<S extends number>(...statuses: S[]): Record<S, typeof ZError> {
  return Object.fromEntries(statuses.map((s) => [s, ZError])) as Record<S, typeof ZError>;
}
