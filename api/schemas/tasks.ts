import { z } from 'zod';

export const ZDecision = z
  .strictObject({
    decision: z.enum(['APPROVE', 'REJECT'], { error: 'Beslut ska vara APPROVE eller REJECT.' }),
    reason: z.string({ error: 'Skälet ska vara text.' }).trim().max(2000, 'Skälet får vara högst 2000 tecken.').optional(),
    // An employment change is approved only with this explicit confirmation (never merged silently).
    confirmEmploymentChange: z.boolean({ error: 'confirmEmploymentChange ska vara true eller false.' }).optional(),
  })
  .refine((d) => d.decision === 'APPROVE' || Boolean(d.reason), { path: ['reason'], message: 'Ange ett skäl när beställningen avslås.' });
export type TDecision = z.infer<typeof ZDecision>;
