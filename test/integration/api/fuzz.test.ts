/**
 * schemathesis (PyPI) over the API's own OpenAPI document with `--checks all`, against the API
 * process on a real port, as an anonymous caller, a beställare and BA: no 5xx, no undocumented
 * status, no response that breaks its schema, no route that ignores its declared security, no
 * failure of any kind (test/fuzz/schemathesis.toml says why some refusals are right).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { PERSON } from '../../../prisma/seed-data';
import { schemathesisPath } from '../../../scripts/temporal-binaries';
import { migrateAndSeed } from '../../../scripts/lib/database';
import { DATA_DIR } from '../../../scripts/lib/paths';
import { startSystem, type RunningSystem } from '../../support/system';
import { recreateDatabase } from '../../support/test-database';

let system: RunningSystem;
beforeAll(async () => {
  // A database of its own: the shared one holds other suites' tasks, whose workflows wait on
  // task queues no worker of this system serves.
  const databaseUrl = await recreateDatabase(process.env.DATABASE_URL!, 'behorighet_fuzz');
  await migrateAndSeed(databaseUrl, { quiet: true });
  system = await startSystem({ databaseUrl });
});
afterAll(async () => {
  await system?.stop();
});

const CONFIG = path.join(__dirname, '..', '..', 'fuzz', 'schemathesis.toml');
// Deterministic generation: the same cases every run, so a red build is reproducible.
const EXAMPLES_PER_OPERATION = '30';

function fuzz(executable: string, headers: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(executable, [
      '--config-file', CONFIG,
      'run', `${system.api}/docs/json`,
      '--checks', 'all',
      '--max-examples', EXAMPLES_PER_OPERATION,
      '--generation-deterministic',
      '--no-color',
      ...headers.flatMap((h) => ['-H', h]),
    // Its working files (a cache of crashes) go under .data/, not into the repository.
    ], { cwd: DATA_DIR, env: { ...process.env, SCHEMATHESIS_TELEMETRY: 'false', NO_COLOR: '1' } });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

async function tokenFor(personaId: string): Promise<string> {
  const res = await fetch(`${system.api}/auth/dev/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ personaId }) });
  return ((await res.json()) as { token: string }).token;
}

test.each([
  ['an anonymous caller', null],
  ['a beställare', PERSON.bestallareKarin],
  ['BA', PERSON.baBengt],
])('schemathesis --checks all finds nothing as %s', async (_who, personaId) => {
  const executable = await schemathesisPath({ quiet: true });
  const headers = personaId ? [`Authorization: Bearer ${await tokenFor(personaId)}`] : [];
  const { code, output } = await fuzz(executable, headers);
  const summary = output.split('\n').filter((l) => /❌|passed|failures|generated/.test(l)).join('\n');
  if (code !== 0) throw new Error(`schemathesis exited with ${code}:\n${output.slice(-6000)}`);
  expect(summary).toMatch(/\d+ generated, \d+ passed/);
});
