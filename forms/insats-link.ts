/**
 * A förbundsadministratör's request to link a deltagaransvarig to an insats: who, by
 * personnummer. Who that is comes from the person register, never from the form.
 */
import { z } from 'zod';
import { personnummerField } from './blankett-9480';
import { strictObjectError } from './zod-errors';

export const ZLinkRequest = z.strictObject(
  { personnummer: personnummerField },
  { error: strictObjectError('kopplingen', 'Skicka kopplingen som ett JSON-objekt.', 'Kopplingen ska vara ett JSON-objekt.', 'kopplingen') },
);
export type TLinkRequest = z.infer<typeof ZLinkRequest>;
