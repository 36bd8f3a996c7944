/**
 * `npm run bench`: how fast blankett 9480 orders go through `POST /orders` until their BA task
 * is visible in `GET /tasks` (rate, and p50/p99 of each order's submit → task visible), against
 * two floors on the same Temporal dev server in the same run:
 * - bare `client.workflow.start` of an empty workflow (what starting costs);
 * - a workflow that runs one activity writing one row, started and awaited (what the cheapest
 *   workflow-backed submission costs).
 * Prints the rates, the latencies and both ratios.
 *
 * Everything runs on this machine (scripts/bench/environment.ts, database `behorighet_bench`),
 * with one worker and the API on a real port.  BENCH_ORDERS (default 200) and BENCH_CONCURRENCY (default 10).
 */
import { randomUUID } from 'node:crypto';
import { FORBUND, ORG, PERSON } from '../../prisma/seed-data';
import { uniquePersonnummer } from '../../test/support/personnummer';
import { startBenchEnvironment } from './environment';
import { runFloorWorkflow, startBenchApi, startInProcessWorkers } from './stack';
import { p50p99, timed } from './timed';

// Latencies are measured with Date.now() on both ends (the audit event's time is a JS Date too).
const ORDERS = Number(process.env.BENCH_ORDERS ?? 200);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 10);

async function main(): Promise<void> {
  const bench = await startBenchEnvironment('behorighet_bench');
  try {
    const { db } = bench;
    await startInProcessWorkers(bench);
    const { client, api, login } = await startBenchApi(bench);
    const bestallare = await login(PERSON.bestallareKarin);
    const ba = await login(PERSON.baBritt);

    // Warm up the paths once (connections, JIT, workflow caches) before measuring.
    await client.workflow.start('benchEmptyWorkflow', { taskQueue: 'bench-empty', workflowId: `warmup-${randomUUID()}` });
    await runFloorWorkflow(client);

    // Each order's submit time; its task's opening time comes from the TASK_OPENED audit event,
    // written in the same transaction as the task row (so no polling perturbs the measurement).
    const submittedAt = new Map<string, number>();
    const started = Date.now();
    const ordersSeconds = await timed(ORDERS, CONCURRENCY, async () => {
      const personnummer = uniquePersonnummer();
      const at = Date.now();
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
      submittedAt.set(((await res.json()) as { id: string }).id, at);
    });
    const ids = [...submittedAt.keys()];
    const opened = () => db.auditEvent.findMany({ where: { event: 'TASK_OPENED', orderId: { in: ids } }, select: { orderId: true, at: true } });
    let events = await opened();
    while (events.length < ORDERS) {
      await new Promise((r) => setTimeout(r, 50));
      events = await opened();
    }
    const untilVisibleSeconds = (Math.max(...events.map((e) => e.at.getTime())) - started) / 1000;
    const orderLatencies = events.map((e) => e.at.getTime() - submittedAt.get(e.orderId!)!);
    // And BA really sees them all through the API.
    const visible = new Set<string>();
    let cursor: string | null = null;
    do {
      const res = await fetch(`${api}/tasks?limit=100${cursor ? `&cursor=${cursor}` : ''}`, { headers: { authorization: ba } });
      const page = (await res.json()) as { items: { orderId: string }[]; nextCursor: string | null };
      for (const t of page.items) visible.add(t.orderId);
      cursor = page.nextCursor;
    } while (cursor);
    if (ids.some((id) => !visible.has(id))) throw new Error('an order\'s task is missing from GET /tasks');

    const floorLatencies: number[] = [];
    const floorSeconds = await timed(ORDERS, CONCURRENCY, async () => {
      const started = performance.now();
      await runFloorWorkflow(client);
      floorLatencies.push(performance.now() - started);
    });

    const bareSeconds = await timed(ORDERS, CONCURRENCY, async () => {
      await client.workflow.start('benchEmptyWorkflow', { taskQueue: 'bench-empty', workflowId: `bench-${randomUUID()}` });
    });

    const ordersRate = ORDERS / untilVisibleSeconds;
    const bareRate = ORDERS / bareSeconds;
    const floorRate = ORDERS / floorSeconds;
    console.log(`orders: ${ORDERS}, concurrency: ${CONCURRENCY}`);
    console.log(`POST /orders until the BA task is visible: ${ordersRate.toFixed(1)} orders/s (${untilVisibleSeconds.toFixed(2)} s; all POSTs answered after ${ordersSeconds.toFixed(2)} s); submit → task visible ${p50p99(orderLatencies)}`);
    console.log(`floor, a workflow running one activity that writes one row: ${floorRate.toFixed(1)} workflows/s (${floorSeconds.toFixed(2)} s); start → completed ${p50p99(floorLatencies)}`);
    console.log(`bare client.workflow.start (empty workflow): ${bareRate.toFixed(1)} starts/s (${bareSeconds.toFixed(2)} s)`);
    console.log(`ratio (orders / one-activity floor): ${(ordersRate / floorRate).toFixed(3)}`);
    console.log(`ratio (orders / bare starts): ${(ordersRate / bareRate).toFixed(3)}`);
  } finally {
    await bench.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
