/**
 * A förbundsadministratör's request to link a deltagaransvarig to an insats: who, either by
 * personnummer or by the register's id of a person on the förbund's list of users (what the web
 * UI offers). Who that is comes from the person register, never from the form.
 */
import { z } from 'zod';
import { personnummerField } from './blankett-9480';
import { strictObjectError } from './zod-errors';

export const ZLinkRequest = z
  .strictObject(
    {
      personnummer: personnummerField.optional(),
      personId: z.string({ error: 'personId ska vara text.' }).min(1, 'Välj en deltagaransvarig.').max(200, 'Okänd person.').optional(),
    },
    { error: strictObjectError('kopplingen', 'Skicka kopplingen som ett JSON-objekt.', 'Kopplingen ska vara ett JSON-objekt.', 'kopplingen') },
  )
  .superRefine((v, ctx) => {
    if ((v.personnummer === undefined) === (v.personId === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['personId'], message: 'Välj en deltagaransvarig (eller ange ett personnummer, inte båda).' });
    }
  });
export type TLinkRequest = z.infer<typeof ZLinkRequest>;
