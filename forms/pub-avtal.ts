/**
 * A PUB-avtal as BA registers it, and its termination. Days are `YYYY-MM-DD`, inclusive.
 */
import { z } from 'zod';
import { civilDayField, NO_CONTROL_CHARACTERS, strictObjectError } from './zod-errors';

export const ZPubAvtal = z
  .strictObject(
    {
      signedOn: civilDayField('dagen avtalet undertecknades'),
      validFrom: civilDayField('första dagen avtalet gäller'),
      /** Omitted: until further notice. */
      validTo: civilDayField('sista dagen avtalet gäller').optional(),
    },
    { error: strictObjectError('PUB-avtalet', 'Skicka PUB-avtalet som ett JSON-objekt.', 'PUB-avtalet ska vara ett JSON-objekt.', 'registreringen') },
  )
  .superRefine((v, ctx) => {
    if (v.validTo !== undefined && v.validTo < v.validFrom) ctx.addIssue({ code: 'custom', path: ['validTo'], message: 'Sista dagen kan inte vara före första dagen.' });
  });
export type TPubAvtal = z.infer<typeof ZPubAvtal>;

export const ZPubAvtalTermination = z.strictObject(
  {
    /** The first day the avtal no longer holds; omitted: today. */
    terminatedOn: civilDayField('dagen uppsägningen gäller från').optional(),
    reason: z.string({ error: 'Skälet ska vara text.' }).trim().max(2000, 'Skälet får vara högst 2000 tecken.').regex(NO_CONTROL_CHARACTERS, 'Skälet får inte innehålla kontrolltecken.').optional(),
  },
  { error: strictObjectError('uppsägningen', 'Skicka uppsägningen som ett JSON-objekt.', 'Uppsägningen ska vara ett JSON-objekt.', 'uppsägningen') },
);
