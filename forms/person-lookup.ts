/** BA looks a person up by personnummer (in a body: a personnummer never goes in an address). */
import { z } from 'zod';
import { personnummerField } from './blankett-9480';
import { strictObjectError } from './zod-errors';

export const ZPersonLookup = z.strictObject(
  { personnummer: personnummerField },
  { error: strictObjectError('sökningen', 'Skicka sökningen som ett JSON-objekt.', 'Sökningen ska vara ett JSON-objekt.', 'sökningen') },
);
export type TPersonLookup = z.infer<typeof ZPersonLookup>;
