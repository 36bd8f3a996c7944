/**
 * `npm run bench:cold-start`: how long a process takes from spawn until it serves, the median of
 * BENCH_RUNS (5) starts each, against floors measured in the same run:
 * - worker, spawn → "worker: polling": the production build (`node dist/worker/index.js` with the
 *   prebuilt bundle), the development path (tsx, webpack at start), and the floor: a bare
 *   Temporal worker (the same SDK, one-activity workflow, prebuilt bundle, no product code);
 * - API, spawn → GET /ready answers 200: the production build, tsx, and the floor: Fastify with
 *   the same Temporal and Prisma clients answering /ready with the same two checks.
 * Builds first (`npm run build`'s compile and bundle).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bundleWorkflowCode } from '@temporalio/worker';
import { freePort } from '../../test/support/ports';
import { buildProduction } from '../build';
import { REPO_ROOT } from '../lib/paths';
import { startBenchEnvironment } from './environment';
import { quantile } from './timed';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const silent = { trace() {}, debug() {}, info() {}, warn() {}, error() {}, log() {} };

/** Milliseconds from spawn until `ready()` resolves true (polled) or the output contains `text`. */
async function timeStart(args: string[], env: NodeJS.ProcessEnv, until: { text: string } | { url: string }): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, args, { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    return await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${args.join(' ')} not ready in 60 s:\n${output}`)), 60_000);
      const done = () => {
        clearTimeout(timer);
        resolve(performance.now() - started);
      };
      child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code}:\n${output}`)));
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        if ('text' in until && output.includes(until.text)) done();
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', onData);
      if ('url' in until) {
        const poll = () =>
          fetch(until.url).then((r) => (r.ok ? done() : setTimeout(poll, 10)), () => setTimeout(poll, 10));
        poll();
      }
    });
  } finally {
    child.kill('SIGKILL');
    await exited;
  }
}

async function median(label: string, start: () => Promise<number>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push(await start());
  const m = quantile(times, 0.5);
  console.log(`${label.padEnd(44)} median ${m.toFixed(0).padStart(5)} ms  (${times.map((t) => t.toFixed(0)).join(', ')})`);
  return m;
}

async function main() {
  await buildProduction();
  const environment = await startBenchEnvironment('behorighet_bench_cold');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cold-start-'));
  try {
    const floorBundle = path.join(dir, 'floor-bundle.js');
    const { code } = await bundleWorkflowCode({ workflowsPath: require.resolve('./floor-workflow'), logger: silent });
    fs.writeFileSync(floorBundle, code);
    const env = { ...environment.env, TEMPORAL_TASK_QUEUE: 'cold-start' };

    console.log(`cold start, ${RUNS} starts each (spawn → serving)`);
    const worker = await median('worker, production build', () => timeStart(['dist/worker/index.js'], env, { text: 'worker: polling' }));
    const workerDev = await median('worker, development (tsx, webpack at start)', () => timeStart(['--import', 'tsx', 'worker/index.ts'], env, { text: 'worker: polling' }));
    const floorWorkerJs = `
      const { NativeConnection, Worker } = require('@temporalio/worker');
      (async () => {
        const connection = await NativeConnection.connect({ address: process.env.TEMPORAL_ADDRESS });
        const worker = await Worker.create({ connection, taskQueue: 'cold-start-floor', workflowBundle: { code: require('fs').readFileSync(${JSON.stringify(floorBundle)}, 'utf8') }, activities: { writeOneRow: async () => {} } });
        console.log('worker: polling');
        await worker.run();
      })();`;
    const floorWorker = await median('worker floor (bare SDK, prebuilt bundle)', () => timeStart(['-e', floorWorkerJs], env, { text: 'worker: polling' }));

    const apiStart = async (args: string[]) => {
      const port = await freePort();
      return timeStart(args, { ...env, PORT: String(port), LOG_LEVEL: 'warn' }, { url: `http://127.0.0.1:${port}/ready` });
    };
    const api = await median('API, production build (→ /ready)', () => apiStart(['dist/api/server.js']));
    const apiDev = await median('API, development (tsx)', () => apiStart(['--import', 'tsx', 'api/server.ts']));
    // The API's floor: Fastify with the same Temporal client and Prisma client (the production
    // build's), answering /ready with the same two checks — everything but the product's routes.
    const floorApiJs = `
      const { Client, Connection } = require('@temporalio/client');
      const { createDb } = require('./dist/data/prisma');
      const app = require('fastify')();
      const db = createDb(process.env.DATABASE_URL);
      (async () => {
        const temporal = new Client({ connection: await Connection.connect({ address: process.env.TEMPORAL_ADDRESS }) });
        app.get('/ready', async () => { await db.$queryRaw\`SELECT 1\`; await temporal.workflowService.getSystemInfo({}); return { status: 'ready' }; });
        await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT) });
      })();`;
    const floorApi = await median('API floor (Fastify + Temporal + Prisma)', () => apiStart(['-e', floorApiJs]));

    console.log(`\nworker: production ${(worker / 1000).toFixed(2)} s = ${(worker / floorWorker).toFixed(2)} × the bare-SDK floor; development ${(workerDev / 1000).toFixed(2)} s (${(workerDev / worker).toFixed(1)} × production)`);
    console.log(`API:    production ${(api / 1000).toFixed(2)} s = ${(api / floorApi).toFixed(2)} × the floor; development ${(apiDev / 1000).toFixed(2)} s (${(apiDev / api).toFixed(1)} × production)`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    await environment.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
