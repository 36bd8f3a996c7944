/**
 * `npm run chaos`: the crash-recovery run of issue 18 on the production build — by default 150
 * orders, one API and one worker, the worker SIGKILLed every 3–6 s, Temporal restarted once, SMTP
 * down for 20 s — on a fresh database (on DATABASE_URL's server, else the embedded PostgreSQL).
 * Builds first (`npm run build`'s compile and bundle). Prints the report; exits 1 when a promise
 * is broken. CHAOS_REQUESTS, CHAOS_APIS, CHAOS_WORKERS, CHAOS_KILL_MIN_MS, CHAOS_KILL_MAX_MS,
 * CHAOS_SMTP_DOWN_MS, CHAOS_MIN_FAULT_MS change it.
 */
import { recreateDatabase } from '../../test/support/test-database';
import { freePort } from '../../test/support/ports';
import { buildProduction } from '../build';
import { startEmbeddedPostgres } from '../embedded-db';
import { migrateAndSeed } from '../lib/database';
import { printChaosReport, brokenPromises } from './report';
import { runChaos } from './run';

const num = (name: string, fallback: number) => (process.env[name] ? Number(process.env[name]) : fallback);

async function main() {
  let serverUrl = process.env.DATABASE_URL;
  let stopPg: (() => Promise<void>) | undefined;
  if (!serverUrl) {
    const pg = await startEmbeddedPostgres({ name: 'chaos', port: await freePort(), quiet: true });
    stopPg = () => pg.stop();
    serverUrl = pg.url;
  }
  try {
    await buildProduction();
    const databaseUrl = await recreateDatabase(serverUrl, 'behorighet_chaos');
    await migrateAndSeed(databaseUrl, { quiet: true });
    const report = await runChaos({
      requests: num('CHAOS_REQUESTS', 150),
      apis: num('CHAOS_APIS', 1),
      workers: num('CHAOS_WORKERS', 1),
      killEveryMs: [num('CHAOS_KILL_MIN_MS', 3000), num('CHAOS_KILL_MAX_MS', 6000)],
      smtpDownMs: num('CHAOS_SMTP_DOWN_MS', 20_000),
      minFaultMs: num('CHAOS_MIN_FAULT_MS', 60_000),
      settleTimeoutMs: 10 * 60_000,
      databaseUrl,
      compiled: true,
      log: (line) => console.log(line),
    });
    printChaosReport(report, (line) => console.log(line));
    process.exitCode = brokenPromises(report).length > 0 ? 1 : 0;
  } finally {
    await stopPg?.();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
