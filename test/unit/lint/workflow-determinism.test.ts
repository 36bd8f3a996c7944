/**
 * Workflow code is replayed from history, so it must stay deterministic: ESLint (eslint.config.mjs)
 * forbids Node built-ins and I/O modules in workflows/, activities other than as types, and
 * floating promises. ESLint runs as its own process (it loads its config as ESM, which jest's
 * module system cannot).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..', '..');
const ESLINT = path.join(ROOT, 'node_modules', 'eslint', 'bin', 'eslint.js');

function eslint(args: string[], stdin?: string): { ruleId: string | null; message: string; filePath: string }[] {
  const run = spawnSync(process.execPath, [ESLINT, '--format', 'json', ...args], { cwd: ROOT, input: stdin, encoding: 'utf8' });
  if (!run.stdout) throw new Error(`eslint produced no report: ${run.stderr}`);
  const report = JSON.parse(run.stdout) as { filePath: string; messages: { ruleId: string | null; message: string }[] }[];
  return report.flatMap((r) => r.messages.map((m) => ({ ...m, filePath: path.relative(ROOT, r.filePath) })));
}
const probe = (code: string) => eslint(['--stdin', '--stdin-filename', 'workflows/lint-probe.ts'], code).map((m) => m.ruleId);

test('the workflow code passes the determinism rules', () => {
  expect(eslint(['workflows'])).toEqual([]);
});

test('the rules catch a Node built-in, an I/O module, an activity imported as a value and a floating promise', () => {
  expect(probe("import fs from 'node:fs';\nexport const x = fs;\n")).toEqual(['no-restricted-imports']);
  expect(probe("import { createDb } from '../data/prisma';\nexport const x = createDb;\n")).toEqual(['no-restricted-imports']);
  expect(probe("import { createActivities } from '../activities';\nexport const x = createActivities;\n")).toEqual(['no-restricted-imports']);
  expect(probe("import type { OrderActivities } from '../activities';\nexport type X = OrderActivities;\n")).toEqual([]);
  expect(probe('export async function f(): Promise<void> {\n  Promise.resolve(1);\n}\n')).toEqual(['@typescript-eslint/no-floating-promises']);
});
