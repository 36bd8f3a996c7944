/**
 * `npm run bench:links`: what linking deltagaransvariga and the processing log cost (issue 10),
 * against floors measured in the same run on the same Temporal dev server and database:
 * - `POST /insatser/:id/deltagaransvariga` with a PUB-avtal in force (a workflow started, its
 *   first attempt answered through an Update) against the one-activity floor workflow, started
 *   and awaited (scripts/bench/floor-workflow.ts);
 * - `GET /insatser/:id/deltagaransvariga` with BENCH_LINKS people linked (each read writes one
 *   processing-log row per person, R-31) against `GET /insatser/:id` (the same access check, no log).
 * Prints p50/p99 of each and the ratios. BENCH_LINKS (default 100), BENCH_READS (default 200),
 * BENCH_CONCURRENCY (default 5).
 */
import { ORG } from '../../prisma/seed-data';
import { insertPubAvtal, registerForbund } from '../../test/support/forbund';
import { registerPerson } from '../../test/support/people';
import { formatStockholmDate } from '../../domain/stockholm-time';
import { startBenchEnvironment } from './environment';
import { runFloorWorkflow, startBenchApi, startInProcessWorkers } from './stack';
import { p50p99, quantile, timed } from './timed';

const LINKS = Number(process.env.BENCH_LINKS ?? 100);
const READS = Number(process.env.BENCH_READS ?? 200);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 5);

async function main(): Promise<void> {
  const bench = await startBenchEnvironment('behorighet_bench_links');
  try {
    const { db } = bench;
    await startInProcessWorkers(bench);
    const { client, api, login } = await startBenchApi(bench);

    const f = await registerForbund(db, ORG.norrvikKommun);
    const today = formatStockholmDate(new Date());
    await insertPubAvtal(db, f.forbund.id, f.admin.id, { validFrom: today });
    const people: { id: string }[] = [];
    for (let i = 0; i < LINKS; i++) people.push(await registerPerson(db, ORG.norrvikKommun, { role: { forbundId: f.forbund.id, role: 'DELTAGARANSVARIG' } }));
    const authorization = await login(f.admin.id);
    const call = async (method: string, url: string, body?: unknown, expected = 200) => {
      const started = performance.now();
      const res = await fetch(`${api}${url}`, { method, headers: { authorization, ...(body ? { 'content-type': 'application/json' } : {}) }, body: body ? JSON.stringify(body) : undefined });
      await res.arrayBuffer();
      if (res.status !== expected) throw new Error(`${method} ${url}: ${res.status}`);
      return performance.now() - started;
    };

    // Warm up both paths (connections, the workflow bundle's first tasks).
    await call('GET', `/insatser/${f.insats.id}`);
    await runFloorWorkflow(client);

    const linkLatencies: number[] = [];
    const linkSeconds = await timed(LINKS, CONCURRENCY, async (i) => {
      linkLatencies.push(await call('POST', `/insatser/${f.insats.id}/deltagaransvariga`, { personId: people[i]!.id }, 201));
    });
    const floorLatencies: number[] = [];
    const floorSeconds = await timed(LINKS, CONCURRENCY, async () => {
      const started = performance.now();
      await runFloorWorkflow(client);
      floorLatencies.push(performance.now() - started);
    });

    const logBefore = await db.processingLogEntry.count();
    const readLatencies: number[] = [];
    const readSeconds = await timed(READS, CONCURRENCY, async () => void readLatencies.push(await call('GET', `/insatser/${f.insats.id}/deltagaransvariga`)));
    const logRows = (await db.processingLogEntry.count()) - logBefore;
    const plainLatencies: number[] = [];
    const plainSeconds = await timed(READS, CONCURRENCY, async () => void plainLatencies.push(await call('GET', `/insatser/${f.insats.id}`)));

    console.log(`links: ${LINKS}, reads: ${READS}, concurrency: ${CONCURRENCY}`);
    console.log(`POST link (PUB-avtal in force, 201): ${(LINKS / linkSeconds).toFixed(1)}/s, ${p50p99(linkLatencies, 1)}`);
    console.log(`floor, one-activity workflow started and awaited: ${(LINKS / floorSeconds).toFixed(1)}/s, ${p50p99(floorLatencies, 1)}`);
    console.log(`ratio (link p50 / floor p50): ${(quantile(linkLatencies, 0.5) / quantile(floorLatencies, 0.5)).toFixed(2)}`);
    console.log(`GET who is linked (${LINKS} people, logged): ${(READS / readSeconds).toFixed(1)}/s, ${p50p99(readLatencies, 1)}; ${logRows} processing-log rows written`);
    console.log(`GET the insats (same access check, no log): ${(READS / plainSeconds).toFixed(1)}/s, ${p50p99(plainLatencies, 1)}`);
    console.log(`ratio (logged read p50 / plain read p50): ${(quantile(readLatencies, 0.5) / quantile(plainLatencies, 0.5)).toFixed(2)}`);
  } finally {
    await bench.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
