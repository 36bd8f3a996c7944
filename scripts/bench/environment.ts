/**
 * What every benchmark runs against, all on this machine: a fresh database (on DATABASE_URL's
 * server, else the embedded PostgreSQL), migrated and seeded; an in-memory Temporal dev server;
 * MailDev. `stop()` takes it all down again, newest first.
 */
import { loadConfig, type AppConfig } from '../../config';
import { createDb, type Db } from '../../data/prisma';
import { freePort } from '../../test/support/ports';
import { recreateDatabase } from '../../test/support/test-database';
import { startEmbeddedPostgres } from '../embedded-db';
import { migrateAndSeed } from '../lib/database';
import { startMaildev } from '../lib/maildev';
import { startTemporalDevServer } from '../lib/temporal-dev-server';

export interface BenchEnvironment {
  config: AppConfig;
  /** The environment for a child process (the worker) that is to use the same parts. */
  env: NodeJS.ProcessEnv;
  db: Db;
  /** Runs `stop` when the environment stops (before what was started earlier). */
  onStop(stop: () => Promise<void>): void;
  stop(): Promise<void>;
}

export async function startBenchEnvironment(databaseName: string): Promise<BenchEnvironment> {
  const stops: Array<() => Promise<void>> = [];
  const stop = async () => {
    for (const s of stops.reverse()) await s().catch((err) => console.error(err));
  };
  try {
    let serverUrl = process.env.DATABASE_URL;
    if (!serverUrl) {
      const pg = await startEmbeddedPostgres({ name: 'bench', port: await freePort(), quiet: true });
      stops.push(() => pg.stop());
      serverUrl = pg.url;
    }
    const databaseUrl = await recreateDatabase(serverUrl, databaseName);
    await migrateAndSeed(databaseUrl, { quiet: true });
    const temporalServer = await startTemporalDevServer({ port: await freePort(), quiet: true });
    stops.push(() => temporalServer.stop());
    const maildev = await startMaildev({ smtpPort: await freePort(), webPort: await freePort(), quiet: true });
    stops.push(() => maildev.stop());

    const env = {
      ...process.env,
      NODE_ENV: 'test',
      DEV_LOGIN: 'true',
      LOG_LEVEL: 'warn',
      DATABASE_URL: databaseUrl,
      TEMPORAL_ADDRESS: temporalServer.address,
      SMTP_URL: `smtp://127.0.0.1:${maildev.smtpPort}`,
    };
    const config = loadConfig(env);
    const db = createDb(databaseUrl);
    stops.push(() => db.$disconnect());
    return { config, env, db, onStop: (s) => void stops.push(s), stop };
  } catch (err) {
    await stop();
    throw err;
  }
}
