/**
 * A chaos run (`npm run chaos`, and scaled down in `npm test`): 9480 orders through separate API
 * and worker processes of the production build, on a Temporal dev server that keeps its state
 * on disk, while BA decides each order as its task appears and faults are injected:
 * - a worker is SIGKILLed every few seconds (round robin over the workers) and started again;
 * - with more than one API, one API is SIGKILLed once (and started again); the clients go to
 *   the next API, as behind a load balancer;
 * - Temporal is restarted once;
 * - the SMTP server refuses connections for a while.
 * Then, faults over, it waits until every order is final and checks what the issue promises:
 * every order final, no role granted twice, no e-mail lost, no e-mail sent twice under two
 * Message-IDs (a resend under the same Message-ID is counted apart: receivers see it as one).
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDb, type Db } from '../../data/prisma';
import { FORBUND, ORG, PERSON } from '../../prisma/seed-data';
import { freePort } from '../../test/support/ports';
import { uniquePersonnummer } from '../../test/support/personnummer';
import { startProcess, type RunningProcess } from '../../test/support/processes';
import { startSmtpSink } from '../../test/support/smtp-sink';
import { startTemporalDevServer, type DevServer } from '../lib/temporal-dev-server';
import { REPO_ROOT } from '../lib/paths';
import { timed } from '../bench/timed';
import { ChaosClient } from './client';
import { scrapeMetrics, type MetricSample } from './metrics';

export interface ChaosOptions {
  requests: number;
  apis: number;
  workers: number;
  /** A worker is killed every [min, max] ms while the faults last. */
  killEveryMs: [number, number];
  smtpDownMs: number;
  /** The faults last at least this long, and until every order has been decided. */
  minFaultMs: number;
  /** How long to wait for everything to be final once the faults are over. */
  settleTimeoutMs: number;
  databaseUrl: string;
  /** dist/ (the production build) or the TypeScript sources under tsx. */
  compiled: boolean;
  log: (line: string) => void;
}

export interface ChaosReport {
  requests: number;
  completed: number;
  rejected: number;
  notFinal: number;
  approvals: number;
  rolesGranted: number;
  doubleGrants: number;
  mailsExpected: number;
  mailsLost: number;
  distinctDuplicateMails: number;
  resentSameMessageId: number;
  workerKills: number;
  apiKills: number;
  temporalRestarts: number;
  /** From the last fault (kill, restart, SMTP back) until every order was final. */
  recoverySeconds: number | null;
  elapsedSeconds: number;
  /** How the API answered BA's decisions and the submissions: status or code → count. */
  answers: Record<string, number>;
  metrics: { api: MetricSample[]; worker: MetricSample[] };
}

const BESTALLARE = PERSON.bestallareKarin;
const BA = PERSON.baBritt;
const BA_DECIDING_AT_ONCE = 4;
const random = (min: number, max: number) => min + Math.random() * (max - min);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function runChaos(o: ChaosOptions): Promise<ChaosReport> {
  const started = Date.now();
  const stops: Array<() => Promise<unknown>> = [];
  const db: Db = createDb(o.databaseUrl);
  stops.push(() => db.$disconnect());
  try {
    // Temporal with its state on disk, so that a restart keeps every workflow.
    const temporalDir = fs.mkdtempSync(path.join(os.tmpdir(), 'behorighet-chaos-'));
    stops.push(async () => fs.rmSync(temporalDir, { recursive: true, force: true }));
    const temporalPort = await freePort();
    const startTemporal = () => startTemporalDevServer({ port: temporalPort, dbFile: path.join(temporalDir, 'temporal.db'), quiet: true });
    let temporal: DevServer = await startTemporal();
    stops.push(() => temporal.stop());

    const smtp = await startSmtpSink();
    stops.push(() => smtp.close());

    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'test',
      DEV_LOGIN: 'true',
      LOG_LEVEL: 'warn',
      // Every API must accept the others' tokens, as replicas behind one load balancer do.
      AUTH_SECRET: randomUUID() + randomUUID(),
      DATABASE_URL: o.databaseUrl,
      TEMPORAL_ADDRESS: temporal.address,
      TEMPORAL_TASK_QUEUE: `chaos-${randomUUID()}`,
      SMTP_URL: smtp.url,
      SHUTDOWN_GRACE_SECONDS: '2',
    };
    const entry = (name: 'api/server' | 'worker/index') => (o.compiled ? path.join(REPO_ROOT, 'dist', `${name}.js`) : `${name}.ts`);

    const workerPorts = await Promise.all(Array.from({ length: o.workers }, () => freePort()));
    const startWorker = (i: number) => startProcess(entry('worker/index'), [], { ...env, WORKER_METRICS_ADDRESS: `127.0.0.1:${workerPorts[i]}` }, 'worker: polling');
    const workers: RunningProcess[] = await Promise.all(workerPorts.map((_, i) => startWorker(i)));
    stops.push(() => Promise.all(workers.map((w) => w.stop('SIGKILL'))));

    const apiPorts = await Promise.all(Array.from({ length: o.apis }, () => freePort()));
    const apiMetricsPorts = await Promise.all(apiPorts.map(() => freePort()));
    const startApi = (i: number) =>
      startProcess(entry('api/server'), [], { ...env, LOG_LEVEL: 'info', PORT: String(apiPorts[i]), PUBLIC_URL: `http://127.0.0.1:${apiPorts[i]}`, API_METRICS_ADDRESS: `127.0.0.1:${apiMetricsPorts[i]}` }, 'Server listening');
    const apis: RunningProcess[] = await Promise.all(apiPorts.map((_, i) => startApi(i)));
    stops.push(() => Promise.all(apis.map((a) => a.stop('SIGKILL'))));

    const client = new ChaosClient(apiPorts.map((p) => `http://127.0.0.1:${p}`));
    const karin = await client.login(BESTALLARE);
    const britt = await client.login(BA);
    o.log(`chaos: ${o.requests} orders over ${o.apis} API(s) and ${o.workers} worker(s) (${o.compiled ? 'production build' : 'tsx'})`);

    // --- The load: Karin files, Britt decides (every fifth is rejected). ---
    const orderIds: string[] = [];
    const submitting = (async () => {
      for (let i = 0; i < o.requests; i++) {
        const personnummer = uniquePersonnummer();
        const id = await client.submit(karin, `chaos-${randomUUID()}`, {
          forbundId: FORBUND.norrvik,
          role: 'DELTAGARANSVARIG',
          protectedIdentity: false,
          user: { personnummer, givenName: 'Kaos', familyName: `Testsson ${i}`, email: `kaos.${i}.${personnummer.slice(-4)}@norrvik.example`, employerId: ORG.norrvikKommun },
        });
        orderIds.push(id);
      }
    })();
    const reject = (orderId: string) => orderIds.indexOf(orderId) % 5 === 4;
    let submitted = false;
    void submitting.then(() => (submitted = true));
    // Decided once the order carries its decision (a decision answered 503 may still land).
    const undecided = () => db.order.count({ where: { id: { in: orderIds }, decision: null } });
    let loadDone = false;
    const deciding = (async () => {
      while (!submitted || (await undecided()) > 0) {
        const open = await db.task.findMany({ where: { orderId: { in: orderIds }, status: 'OPEN' }, select: { id: true, orderId: true } });
        // BA is a team: four decide at a time.
        await timed(open.length, BA_DECIDING_AT_ONCE, async (i) => {
          const task = open[i];
          const decision = reject(task.orderId) ? { decision: 'REJECT', reason: 'Ingen anställning hos förbundet (kaostest).' } : { decision: 'APPROVE' };
          await client.decide(britt, task.id, decision);
        });
        await sleep(250);
      }
      loadDone = true;
    })();

    // --- The faults, until the load is through and at least minFaultMs have passed. ---
    let workerKills = 0;
    let apiKills = 0;
    let temporalRestarts = 0;
    let lastFaultAt = Date.now();
    const faultsStarted = Date.now();
    const faulting = (async () => {
      let smtpDone = false;
      let temporalDone = false;
      let apiDone = o.apis < 2;
      let nextKillAt = Date.now() + random(...o.killEveryMs);
      while (!(loadDone && Date.now() - faultsStarted >= o.minFaultMs && smtpDone && temporalDone && apiDone)) {
        // Every 3–6 s from one kill to the next, however long the restarts in between took.
        await sleep(Math.max(0, nextKillAt - Date.now()));
        nextKillAt = Date.now() + random(...o.killEveryMs);
        const i = workerKills % o.workers;
        await workers[i].stop('SIGKILL');
        workerKills += 1;
        lastFaultAt = Date.now();
        workers[i] = await startWorker(i);
        const t = Date.now() - faultsStarted;
        if (!smtpDone && t > o.minFaultMs * 0.15) {
          smtpDone = true;
          await smtp.down();
          o.log(`chaos: SMTP down for ${o.smtpDownMs / 1000} s`);
          setTimeout(() => void smtp.up().then(() => (lastFaultAt = Math.max(lastFaultAt, Date.now()))), o.smtpDownMs);
        } else if (!temporalDone && t > o.minFaultMs * 0.4) {
          temporalDone = true;
          o.log('chaos: restarting Temporal');
          await temporal.stop();
          temporal = await startTemporal();
          temporalRestarts += 1;
          lastFaultAt = Date.now();
        } else if (!apiDone && t > o.minFaultMs * 0.6) {
          apiDone = true;
          o.log('chaos: killing API 0');
          await apis[0].stop('SIGKILL');
          apiKills += 1;
          apis[0] = await startApi(0);
          lastFaultAt = Date.now();
        }
      }
    })();
    await faulting;
    await Promise.all([submitting, deciding]);
    o.log(`chaos: faults over after ${((Date.now() - faultsStarted) / 1000).toFixed(0)} s (${workerKills} worker kills); waiting for every order to be final`);

    // --- Recovery: every order final (its workflow's last step recorded completedAt). ---
    const deadline = Date.now() + o.settleTimeoutMs;
    let allFinalAt: number | null = null;
    while (Date.now() < deadline) {
      const open = await db.order.count({ where: { id: { in: orderIds }, completedAt: null } });
      if (open === 0) {
        allFinalAt = Date.now();
        break;
      }
      await sleep(250);
    }

    const metrics = {
      api: (await Promise.all(apiMetricsPorts.map((p) => scrapeMetrics(`http://127.0.0.1:${p}/metrics`)))).flat(),
      worker: (await Promise.all(workerPorts.map((p) => scrapeMetrics(`http://127.0.0.1:${p}/metrics`)))).flat(),
    };
    const report = await check(db, orderIds, smtp.received());
    return {
      ...report,
      requests: orderIds.length,
      workerKills,
      apiKills,
      temporalRestarts,
      recoverySeconds: allFinalAt === null ? null : Math.max(0, (allFinalAt - lastFaultAt) / 1000),
      elapsedSeconds: (Date.now() - started) / 1000,
      answers: client.answers,
      metrics,
    };
  } finally {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
  }
}

type Received = ReturnType<Awaited<ReturnType<typeof startSmtpSink>>['received']>;

/** What the run promises, read from the database and the mail the SMTP server accepted. */
async function check(db: Db, orderIds: string[], received: Received) {
  const orders = await db.order.findMany({ where: { id: { in: orderIds } }, select: { id: true, status: true, completedAt: true, decision: true } });
  const grants = await db.userRole.groupBy({ by: ['grantedByOrderId'], where: { grantedByOrderId: { in: orderIds } }, _count: { _all: true } });
  const outbox = await db.emailOutbox.findMany({ where: { orderId: { in: orderIds } }, select: { id: true, status: true } });
  const byMessageId = new Map<string, number>();
  for (const m of received) if (m.messageId) byMessageId.set(m.messageId, (byMessageId.get(m.messageId) ?? 0) + 1);
  // The same e-mail (recipient, subject, text) under more than one Message-ID: sent twice.
  const byContent = new Map<string, Set<string>>();
  for (const m of received) {
    const key = `${m.to.join(',')}\n${m.subject}\n${m.text}`;
    byContent.set(key, (byContent.get(key) ?? new Set()).add(m.messageId ?? randomUUID()));
  }
  return {
    completed: orders.filter((x) => x.completedAt && x.status === 'COMPLETED').length,
    rejected: orders.filter((x) => x.completedAt && x.status === 'REJECTED').length,
    notFinal: orders.filter((x) => !x.completedAt).length,
    approvals: orders.filter((x) => x.decision === 'APPROVE').length,
    rolesGranted: grants.reduce((n, g) => n + g._count._all, 0),
    doubleGrants: grants.filter((g) => g._count._all > 1).length,
    mailsExpected: outbox.length,
    mailsLost: outbox.filter((row) => !byMessageId.has(`<${row.id}@behorighet.local>`)).length,
    distinctDuplicateMails: [...byContent.values()].filter((ids) => ids.size > 1).length,
    resentSameMessageId: [...byMessageId.values()].reduce((n, count) => n + count - 1, 0),
  };
}
