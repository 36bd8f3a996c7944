/**
 * `npm run bench`: how fast blankett 9480 orders go through `POST /orders` until their BA task
 * is visible in `GET /tasks`, against bare `client.workflow.start` of an empty workflow on the
 * same Temporal dev server in the same run. Prints both rates and the ratio.
 *
 * Everything runs on this machine: a fresh database `behorighet_bench` (on DATABASE_URL's server,
 * else the embedded PostgreSQL), an in-memory Temporal dev server, MailDev, one worker
 * and the API on a real port.  BENCH_ORDERS (default 200) and BENCH_CONCURRENCY (default 10).
 */
import { randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection } from '@temporalio/worker';
import { buildApp } from '../api/app';
import { loadConfig } from '../config';
import { createDb } from '../data/prisma';
import { FORBUND, ORG, PERSON } from '../prisma/seed-data';
import { freePort } from '../test/support/ports';
import { uniquePersonnummer } from '../test/support/personnummer';
import { recreateDatabase } from '../test/support/test-database';
import { createWorker } from '../workflows/worker';
import { startEmbeddedPostgres } from './embedded-db';
import { migrateAndSeed } from './lib/database';
import { startTemporalDevServer } from './lib/temporal-dev-server';
import { startMaildev } from './lib/maildev';

const ORDERS = Number(process.env.BENCH_ORDERS ?? 200);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 10);

/** Runs `count` jobs with at most `concurrency` at a time; returns the elapsed seconds. */
async function timed(count: number, concurrency: number, job: (i: number) => Promise<void>): Promise<number> {
  const started = performance.now();
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < count) await job(next++);
  }));
  return (performance.now() - started) / 1000;
}

async function main(): Promise<void> {
  const stops: Array<() => Promise<void>> = [];
  try {
    let serverUrl = process.env.DATABASE_URL;
    if (!serverUrl) {
      const pg = await startEmbeddedPostgres({ name: 'bench', port: await freePort(), quiet: true });
      stops.push(() => pg.stop());
      serverUrl = pg.url;
    }
    const databaseUrl = await recreateDatabase(serverUrl, 'behorighet_bench');
    await migrateAndSeed(databaseUrl, { quiet: true });
    const temporalServer = await startTemporalDevServer({ port: await freePort(), quiet: true });
    stops.push(() => temporalServer.stop());
    const maildev = await startMaildev({ smtpPort: await freePort(), webPort: await freePort(), quiet: true });
    stops.push(() => maildev.stop());

    const config = loadConfig({
      ...process.env,
      NODE_ENV: 'test',
      DEV_LOGIN: 'true',
      LOG_LEVEL: 'warn',
      DATABASE_URL: databaseUrl,
      TEMPORAL_ADDRESS: temporalServer.address,
      SMTP_URL: `smtp://127.0.0.1:${maildev.smtpPort}`,
    });
    const db = createDb(databaseUrl);
    stops.push(() => db.$disconnect());
    const nativeConnection = await NativeConnection.connect({ address: config.TEMPORAL_ADDRESS });
    const worker = await createWorker({ config, db, connection: nativeConnection });
    const workerRun = worker.run();
    stops.push(async () => {
      worker.shutdown();
      await workerRun;
      await nativeConnection.close();
    });
    const connection = await Connection.connect({ address: config.TEMPORAL_ADDRESS });
    const client = new Client({ connection });
    stops.push(() => connection.close());
    const app = await buildApp({ config, db, temporal: client });
    const port = await freePort();
    await app.listen({ host: '127.0.0.1', port });
    stops.push(() => app.close());
    const api = `http://127.0.0.1:${port}`;

    const login = async (personaId: string) => {
      const res = await fetch(`${api}/auth/dev/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ personaId }) });
      return `Bearer ${((await res.json()) as { token: string }).token}`;
    };
    const bestallare = await login(PERSON.bestallareKarin);
    const ba = await login(PERSON.baBritt);

    // Warm up both paths once (connections, JIT) before measuring.
    await client.workflow.start('benchEmptyWorkflow', { taskQueue: 'bench-empty', workflowId: `warmup-${randomUUID()}` });

    const openTasks = async () => {
      let count = 0;
      let cursor: string | null = null;
      do {
        const res = await fetch(`${api}/tasks?limit=100${cursor ? `&cursor=${cursor}` : ''}`, { headers: { authorization: ba } });
        const page = (await res.json()) as { items: unknown[]; nextCursor: string | null };
        count += page.items.length;
        cursor = page.nextCursor;
      } while (cursor);
      return count;
    };
    const tasksBefore = await openTasks();

    const ordersSeconds = await timed(ORDERS, CONCURRENCY, async () => {
      const personnummer = uniquePersonnummer();
      const res = await fetch(`${api}/orders`, {
        method: 'POST',
        headers: { authorization: bestallare, 'content-type': 'application/json' },
        body: JSON.stringify({
          forbundId: FORBUND.norrvik,
          role: 'FORBUNDSADMINISTRATOR',
          protectedIdentity: false,
          user: { personnummer, givenName: 'Bänk', familyName: 'Testsson', email: `bench.${randomUUID()}@norrvik.example`, employerId: ORG.norrvikKommun },
        }),
      });
      if (res.status !== 201) throw new Error(`POST /orders answered ${res.status}: ${await res.text()}`);
    });
    const submitted = performance.now();
    while ((await openTasks()) < tasksBefore + ORDERS) await new Promise((r) => setTimeout(r, 20));
    const untilVisibleSeconds = ordersSeconds + (performance.now() - submitted) / 1000;

    const bareSeconds = await timed(ORDERS, CONCURRENCY, async () => {
      await client.workflow.start('benchEmptyWorkflow', { taskQueue: 'bench-empty', workflowId: `bench-${randomUUID()}` });
    });

    const ordersRate = ORDERS / untilVisibleSeconds;
    const bareRate = ORDERS / bareSeconds;
    console.log(`orders: ${ORDERS}, concurrency: ${CONCURRENCY}`);
    console.log(`POST /orders until the BA task is visible: ${ordersRate.toFixed(1)} orders/s (${untilVisibleSeconds.toFixed(2)} s; all POSTs answered after ${ordersSeconds.toFixed(2)} s)`);
    console.log(`bare client.workflow.start (empty workflow): ${bareRate.toFixed(1)} starts/s (${bareSeconds.toFixed(2)} s)`);
    console.log(`ratio (orders / bare starts): ${(ordersRate / bareRate).toFixed(3)}`);
  } finally {
    for (const stop of stops.reverse()) await stop().catch((err) => console.error(err));
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
