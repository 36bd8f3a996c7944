/** One definition of each error code: domain/error-codes.ts, and docs/api.md documents exactly those. */
import fs from 'node:fs';
import path from 'node:path';
import { ERROR_STATUS, RULE_CODES, statusOf } from '../../../domain/error-codes';
import { DECISION_REFUSALS } from '../../../workflows/order-9480.definitions';

const doc = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'docs', 'api.md'), 'utf8');
const table = doc.slice(doc.indexOf('## Error codes'));

test('docs/api.md lists every code with its status, and no code that does not exist', () => {
  for (const [code, status] of Object.entries(ERROR_STATUS)) {
    expect(table).toMatch(new RegExp(`^\\| ${status} \\|[^\\n]*\`${code}\``, 'm'));
  }
  for (const code of RULE_CODES) expect(table).toMatch(new RegExp(`^\\| 422 \\|[^\\n]*\`${code}\``, 'm'));
  const documented = [...table.matchAll(/`([A-Z][A-Z_]{3,})`/g)].map((m) => m[1]);
  const known = new Set<string>([...Object.keys(ERROR_STATUS), ...RULE_CODES]);
  expect(documented.filter((c) => !known.has(c))).toEqual([]);
});

test('a rule code is always 422; the workflow\'s refusals are API codes', () => {
  for (const code of RULE_CODES) expect(statusOf(code)).toBe(422);
  for (const code of Object.values(DECISION_REFUSALS)) expect(Object.keys(ERROR_STATUS)).toContain(code);
});
