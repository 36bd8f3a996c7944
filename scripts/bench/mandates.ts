/**
 * `npm run bench:mandates`: what many long-running workflows cost (issue 9's measure). Runs
 * BENCH_MANDATES (default 10,000) beställare mandate workflows, each asleep until its first
 * reminder, and BENCH_REQUESTS (default 10,000) open requests, each waiting at BA, filed through
 * `POST /orders`; renews BENCH_RENEWED (default 100) mandates three times each (every renewal
 * continues as new). Then reports:
 * - the product worker's resident memory (RSS) idle, at its peak and once settled;
 * - the same for a floor: a worker of the same SDK defaults running as many workflows that only
 *   sleep, started in the same run, with the ratio of the two;
 * - the largest history, in events and bytes, of a running mandate, a running request and a floor
 *   workflow.
 * Both workers are processes of their own (`node --import tsx`), so RSS is theirs alone.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import type { Client, WorkflowExecutionInfo } from '@temporalio/client';
import { startMandateWorkflow } from '../../activities/start-mandate-workflow';
import { FORBUND, ORG, PERSON } from '../../prisma/seed-data';
import { startProcess, type RunningProcess } from '../../test/support/processes';
import { makePersonnummer } from '../../test/unit/domain/support/personnummer';
import { mandateWorkflowId, renewMandateUpdate } from '../../workflows/mandate.definitions';
import { startBenchEnvironment } from './environment';
import { startBenchApi } from './stack';
import { FLOOR_TASK_QUEUE } from './floor-worker';
import { timed } from './timed';

const MANDATES = Number(process.env.BENCH_MANDATES ?? 10_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 10_000);
const RENEWED = Math.min(MANDATES, Number(process.env.BENCH_RENEWED ?? 100));
const RENEWALS_EACH = 3;
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 20);
const DAY = 86_400_000;

/** Distinct, valid personnummer: `base` picks a birth year range, `i` the day and serial. */
function personnummer(base: number, i: number): string {
  const birth = new Date(Date.UTC(base, 0, 1) + Math.floor(i / 999) * DAY).toISOString().slice(0, 10).replaceAll('-', '');
  return makePersonnummer(birth, String((i % 999) + 1).padStart(3, '0'));
}

/** Resident memory of a process in MiB, from the kernel (Linux). */
function rssMiB(pid: number): number {
  const line = fs.readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'))!;
  return Number(line.replace(/\D+/g, '')) / 1024;
}

/** Samples a process's RSS every half second, keeping the peak. */
function watchRss(proc: RunningProcess) {
  const pid = proc.child.pid!;
  const idle = rssMiB(pid);
  let peak = idle;
  const timer = setInterval(() => (peak = Math.max(peak, rssMiB(pid))), 500);
  return { idle, peak: () => peak, now: () => rssMiB(pid), stop: () => clearInterval(timer) };
}

/**
 * Every running workflow by type: how many, and the largest history in events and bytes (from
 * describe: the dev server's list does not fill in a running workflow's history length).
 */
async function histories(client: Client) {
  const running: WorkflowExecutionInfo[] = [];
  for await (const w of client.workflow.list({ query: 'ExecutionStatus="Running"' })) running.push(w);
  const byType = new Map<string, { running: number; events: number; bytes: number }>();
  await timed(running.length, 50, async (i) => {
    const w = running[i]!;
    const d = await client.workflow.getHandle(w.workflowId, w.runId).describe();
    const t = byType.get(w.type) ?? { running: 0, events: 0, bytes: 0 };
    byType.set(w.type, { running: t.running + 1, events: Math.max(t.events, d.historyLength), bytes: Math.max(t.bytes, d.historySize ?? 0) });
  });
  return byType;
}

/** Waits until the workflows have done their work: the histories stop growing between two looks. */
async function settle(client: Client): Promise<Map<string, { running: number; events: number; bytes: number }>> {
  let last = '';
  for (;;) {
    const now = await histories(client);
    const key = JSON.stringify([...now]);
    if (key === last) return now;
    last = key;
    await new Promise((r) => setTimeout(r, 5_000));
  }
}

async function main(): Promise<void> {
  const bench = await startBenchEnvironment('behorighet_bench_mandates');
  try {
    const { config, env, db } = bench;
    const worker = await startProcess('worker/index.ts', [], env, 'worker: polling');
    bench.onStop(() => worker.stop());
    const floorWorker = await startProcess('scripts/bench/floor-worker.ts', [], env, 'floor worker: polling');
    bench.onStop(() => floorWorker.stop());
    await new Promise((r) => setTimeout(r, 2_000)); // both have loaded their workflow bundles
    const workerRss = watchRss(worker);
    const floorRss = watchRss(floorWorker);
    bench.onStop(async () => {
      workerRss.stop();
      floorRss.stop();
    });

    const { client, api, login } = await startBenchApi(bench);

    // Mandates: people employed by Norrviks kommun, each with a mandate ending 120–720 days from
    // now (no reminder falls due while the bench runs), and each mandate's workflow.
    const now = Date.now();
    const people = Array.from({ length: MANDATES }, (_, i) => ({ id: `bench-person-${i}`, personnummer: personnummer(1940, i), givenName: 'Bänk', familyName: `Beställare${i}`, email: `bestallare.${i}@norrvik.example`, employerId: ORG.norrvikKommun }));
    const mandates = people.map((p, i) => {
      const validFrom = new Date(now - DAY);
      return { id: `bench-mandate-${i}`, personId: p.id, organisationId: ORG.norrvikKommun, status: 'ACTIVE' as const, validFrom, periodStart: validFrom, validTo: new Date(now + (120 + (i % 600)) * DAY), renewals: 0 };
    });
    for (let i = 0; i < MANDATES; i += 1000) {
      await db.person.createMany({ data: people.slice(i, i + 1000) });
      await db.bestallareMandate.createMany({ data: mandates.slice(i, i + 1000) });
    }
    const mandateSeconds = await timed(MANDATES, CONCURRENCY, async (i) => {
      await startMandateWorkflow(client, config.TEMPORAL_TASK_QUEUE, mandates[i]!);
    });

    // Requests: blankett 9480 through the API, each until it waits at BA.
    const authorization = await login(PERSON.bestallareKarin);
    const requestSeconds = await timed(REQUESTS, CONCURRENCY, async (i) => {
      const res = await fetch(`${api}/orders`, {
        method: 'POST',
        headers: { authorization, 'content-type': 'application/json' },
        body: JSON.stringify({
          forbundId: FORBUND.norrvik,
          role: 'FORBUNDSADMINISTRATOR',
          protectedIdentity: false,
          user: { personnummer: personnummer(1970, i), givenName: 'Bänk', familyName: `Användare${i}`, email: `anvandare.${i}@norrvik.example`, employerId: ORG.norrvikKommun },
        }),
      });
      if (res.status !== 201) throw new Error(`POST /orders answered ${res.status}: ${await res.text()}`);
    });

    // Renewals: each moves the end a year and continues as new.
    await timed(RENEWED, Math.min(CONCURRENCY, RENEWED), async (i) => {
      let validTo = mandates[i]!.validTo.getTime();
      for (let k = 0; k < RENEWALS_EACH; k++) {
        validTo += 365 * DAY;
        await client.workflow.getHandle(mandateWorkflowId(mandates[i]!.id)).executeUpdate(renewMandateUpdate, { args: [{ requestId: randomUUID(), validTo: new Date(validTo).toISOString() }] });
      }
    });

    // The floor: as many workflows that only sleep.
    const floorSeconds = await timed(MANDATES + REQUESTS, CONCURRENCY, async () => {
      await client.workflow.start('benchSleepingWorkflow', { taskQueue: FLOOR_TASK_QUEUE, workflowId: `floor-${randomUUID()}` });
    });

    const running = await settle(client);
    const settled = { worker: workerRss.now(), floor: floorRss.now() };
    const mandate = running.get('mandateWorkflow');
    const request = running.get('requestWorkflow');
    const floor = running.get('benchSleepingWorkflow');
    if (mandate?.running !== MANDATES || request?.running !== REQUESTS || floor?.running !== MANDATES + REQUESTS) {
      throw new Error(`expected ${MANDATES} mandates, ${REQUESTS} requests and ${MANDATES + REQUESTS} floor workflows running: ${JSON.stringify([...running])}`);
    }
    const mib = (v: number) => `${v.toFixed(0)} MiB`;
    console.log(`running: ${MANDATES} mandate workflows (started in ${mandateSeconds.toFixed(1)} s), ${REQUESTS} open requests (filed in ${requestSeconds.toFixed(1)} s), ${RENEWED} mandates renewed ${RENEWALS_EACH} times each; floor: ${MANDATES + REQUESTS} sleeping workflows (started in ${floorSeconds.toFixed(1)} s)`);
    console.log(`worker RSS: idle ${mib(workerRss.idle)}, peak ${mib(workerRss.peak())}, settled ${mib(settled.worker)}`);
    console.log(`floor worker RSS: idle ${mib(floorRss.idle)}, peak ${mib(floorRss.peak())}, settled ${mib(settled.floor)}`);
    console.log(`ratio (worker / floor worker), peak: ${(workerRss.peak() / floorRss.peak()).toFixed(2)}, settled: ${(settled.worker / settled.floor).toFixed(2)}`);
    console.log(`largest history: mandate ${mandate.events} events (${(mandate.bytes / 1024).toFixed(1)} KiB), request ${request.events} events (${(request.bytes / 1024).toFixed(1)} KiB), floor ${floor.events} events (${(floor.bytes / 1024).toFixed(1)} KiB)`);
    console.log(`ratio (largest mandate history / floor history), events: ${(mandate.events / floor.events).toFixed(2)}`);
  } finally {
    await bench.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
