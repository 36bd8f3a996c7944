import { z } from 'zod';
import { REQUEST_KINDS, REQUEST_KIND_IDS, type RequestKindId } from '../../domain/request-kinds';

export type TRequestBody = z.infer<typeof ZRequestBody>;

const describeKinds = REQUEST_KIND_IDS.join(', ');

/**
 * The body of POST /orders: the form of one request kind, chosen by `kind`. Without `kind` the
 * body is blankett 9480, as before the engine (existing clients keep working).
 */
function variant<K extends RequestKindId>(id: K) {
  const form = REQUEST_KINDS[id].form as unknown as z.ZodObject;
  const kind = z.literal(id);
  return form.extend({ kind: id === 'USER_9480' ? kind.optional() : kind }).meta({ title: id, description: REQUEST_KINDS[id].summary, examples: [{ kind: id, ...REQUEST_KINDS[id].example }] });
}

export const ZRequestBody = z.discriminatedUnion('kind', REQUEST_KIND_IDS.map(variant) as unknown as [ReturnType<typeof variant>, ...ReturnType<typeof variant>[]], {
  error: (issue) => {
    const input = issue.input as unknown;
    if (input === undefined) return 'Beställningen saknas. Skicka blankettens uppgifter som ett JSON-objekt.';
    if (typeof input !== 'object' || input === null || Array.isArray(input)) return 'Beställningen ska vara ett JSON-objekt.';
    return `Okänd ärendetyp (kind). Välj en av ${describeKinds}; utan kind gäller blankett 9480.`;
  },
});

export const ZCancelBody = z
  .strictObject({ reason: z.string({ error: 'Skälet ska vara text.' }).trim().max(2000, 'Skälet får vara högst 2000 tecken.').optional() }, { error: 'Skicka ett JSON-objekt, eventuellt med ett skäl (reason).' })
  .optional();
