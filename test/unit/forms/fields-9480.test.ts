import { z } from 'zod';
import { FORM_9480_FIELDS, ZOrder9480 } from '../../../forms';

/** Every leaf field path of a (nested) zod object schema, with whether it is optional. */
function leafPaths(schema: z.ZodObject, prefix = ''): { path: string; optional: boolean }[] {
  return Object.entries(schema.shape).flatMap(([key, field]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    if (field instanceof z.ZodObject) return leafPaths(field, path);
    return [{ path, optional: (field as z.ZodType).safeParse(undefined).success }];
  });
}

describe('FORM_9480_FIELDS', () => {
  it('blankett 9480: describes exactly the fields of the schema, in a stable order', () => {
    expect(FORM_9480_FIELDS.map((f) => f.path).sort()).toEqual(
      leafPaths(ZOrder9480).map((f) => f.path).sort(),
    );
    expect(new Set(FORM_9480_FIELDS.map((f) => f.path)).size).toBe(FORM_9480_FIELDS.length);
  });

  it('blankett 9480: marks as required exactly the fields the schema requires', () => {
    const optional = Object.fromEntries(leafPaths(ZOrder9480).map((f) => [f.path, f.optional]));
    for (const field of FORM_9480_FIELDS) {
      expect({ path: field.path, required: field.required }).toEqual({
        path: field.path,
        required: !optional[field.path],
      });
    }
    expect(FORM_9480_FIELDS.find((f) => f.path === 'user.phone')?.required).toBe(false);
  });

  it('blankett 9480: gives every field a Swedish label and a help text that ends with a full stop', () => {
    for (const field of FORM_9480_FIELDS) {
      expect(field.label).toMatch(/^[A-ZÅÄÖ]/);
      expect(field.help).toMatch(/^[A-ZÅÄÖ].*\.$/);
    }
  });

  it('R-05, R-07, R-08: the help texts explain the rules the user meets on the form', () => {
    const help = (path: string) => FORM_9480_FIELDS.find((f) => f.path === path)?.help ?? '';
    expect(help('forbundId')).toContain('en beställning per förbund');
    expect(help('role')).toContain('kan inte kombineras');
    expect(help('role')).toContain('samordningsförbund');
    expect(help('protectedIdentity')).toContain('skyddad identitet');
  });
});
