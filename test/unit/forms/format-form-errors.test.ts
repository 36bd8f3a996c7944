import { z } from 'zod';
import { formatFormErrors } from '../../../forms';

describe('formatFormErrors', () => {
  it('blankett 9480: joins nested paths with dots and keeps the messages', () => {
    const schema = z.object({
      user: z.object({ personnummer: z.string({ error: 'Ange personnummer.' }) }),
      list: z.array(z.string({ error: 'Ska vara text.' })),
    });
    const result = schema.safeParse({ user: {}, list: ['a', 1] });
    expect(result.success).toBe(false);
    expect(formatFormErrors(result.error!)).toEqual([
      { path: 'user.personnummer', message: 'Ange personnummer.' },
      { path: 'list.1', message: 'Ska vara text.' },
    ]);
  });

  it('blankett 9480: uses the empty path for problems with the whole form', () => {
    const result = z.object({}, { error: 'Skicka ett objekt.' }).safeParse(null);
    expect(formatFormErrors(result.error!)).toEqual([{ path: '', message: 'Skicka ett objekt.' }]);
  });
});
