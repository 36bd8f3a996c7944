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

function eslint(args: string[], stdin?: string): { ruleId: string | null; line: number; filePath: string }[] {
  const run = spawnSync(process.execPath, [ESLINT, '--format', 'json', ...args], { cwd: ROOT, input: stdin, encoding: 'utf8' });
  if (!run.stdout) throw new Error(`eslint produced no report: ${run.stderr}`);
  const report = JSON.parse(run.stdout) as { filePath: string; messages: { ruleId: string | null; line: number }[] }[];
  return report.flatMap((r) => r.messages.map((m) => ({ ruleId: m.ruleId, line: m.line, filePath: path.relative(ROOT, r.filePath) })));
}

test('the workflow code passes the determinism rules', () => {
  expect(eslint(['workflows'])).toEqual([]);
});

test('the rules catch a Node built-in, an I/O module, an activity imported as a value and a floating promise', () => {
  // One probe (each ESLint run with type information costs seconds); one line per case.
  const probe = [
    "import fs from 'node:fs';",
    "import { createDb } from '../data/prisma';",
    "import { createActivities } from '../activities';",
    "import type { OrderActivities } from '../activities';",
    'export type X = OrderActivities;',
    'export const used = [fs, createDb, createActivities];',
    'export async function f(): Promise<void> {',
    '  Promise.resolve(1);',
    '}',
  ].join('\n');
  const found = eslint(['--stdin', '--stdin-filename', 'workflows/lint-probe.ts'], probe).map((m) => `${m.line} ${m.ruleId}`);
  expect(found.sort()).toEqual(['1 no-restricted-imports', '2 no-restricted-imports', '3 no-restricted-imports', '8 @typescript-eslint/no-floating-promises']);
});
