/**
 * Shared real parts for the integration and end-to-end tests, provisioned once per run:
 * - PostgreSQL: the server DATABASE_URL names (CI: 127.0.0.1:5432), else the embedded one;
 *   either way a fresh database `behorighet_test`, migrated and seeded.
 * - A Temporal dev server (in memory) on a free port.
 * - The workflow bundle, built once and shared by every test worker.
 * Everything is passed to the test processes through environment variables.
 */
import fs from 'node:fs';
import path from 'node:path';
import { bundleWorkflowCode } from '@temporalio/worker';
import { migrateAndSeed } from '../../scripts/lib/database';
import { DATA_DIR } from '../../scripts/lib/paths';
import { startTemporalDevServer } from '../../scripts/lib/temporal-dev-server';
import { temporalTestServerPath } from '../../scripts/temporal-binaries';
import { freePort } from './ports';
import { recreateDatabase } from './test-database';

type Stop = () => Promise<void>;
const g = globalThis as typeof globalThis & { __behorighetTestStops?: Stop[] };

export default async function globalSetup(): Promise<void> {
  const stops: Stop[] = (g.__behorighetTestStops = []);
  const started = Date.now();

  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    // Loaded only when needed: CI points DATABASE_URL at its own server.
    const { startEmbeddedPostgres } = await import('../../scripts/embedded-db');
    const embedded = await startEmbeddedPostgres({ name: 'test', port: await freePort(), quiet: true });
    stops.push(() => embedded.stop());
    serverUrl = embedded.url;
  }
  const testUrl = await recreateDatabase(serverUrl, 'behorighet_test');
  await migrateAndSeed(testUrl, { quiet: true });
  process.env.DATABASE_URL = testUrl;

  const temporal = await startTemporalDevServer({ port: await freePort(), quiet: true });
  stops.push(() => temporal.stop());
  process.env.TEMPORAL_ADDRESS = temporal.address;
  process.env.TEMPORAL_TEST_SERVER_PATH = await temporalTestServerPath({ quiet: true });

  const { code } = await bundleWorkflowCode({ workflowsPath: require.resolve('../../workflows'), logger: silentLogger });
  const bundlePath = path.join(DATA_DIR, 'test', 'workflow-bundle.js');
  fs.mkdirSync(path.dirname(bundlePath), { recursive: true });
  fs.writeFileSync(bundlePath, code);
  process.env.TEST_WORKFLOW_BUNDLE = bundlePath;

  process.stderr.write(`\n[global-setup] database, Temporal dev server and workflow bundle ready in ${Date.now() - started} ms\n`);
}

const noop = () => undefined;
const silentLogger = { trace: noop, debug: noop, info: noop, warn: noop, error: noop, log: noop };
