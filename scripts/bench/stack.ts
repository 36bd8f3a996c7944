/**
 * What the benchmarks run on top of their environment (scripts/bench/environment.ts), each part
 * stopped with it: the product's API on a real port with a Temporal client of its own, and, for
 * the benchmarks that keep workers in this process, the product's worker beside the
 * one-activity floor worker (task queue `bench-floor`, scripts/bench/floor-workflow.ts).
 */
import { randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';
import { buildApp } from '../../api/app';
import { freePort } from '../../test/support/ports';
import { createWorker } from '../../worker';
import type { BenchEnvironment } from './environment';
import { floorActivities } from './floor-activities';
import { FLOOR_TASK_QUEUE } from './floor-worker';

export async function startBenchApi(bench: BenchEnvironment) {
  const { config, db } = bench;
  const connection = await Connection.connect({ address: config.TEMPORAL_ADDRESS });
  bench.onStop(() => connection.close());
  const client = new Client({ connection, namespace: config.TEMPORAL_NAMESPACE });
  const app = await buildApp({ config, db, temporal: client });
  const port = await freePort();
  await app.listen({ host: '127.0.0.1', port });
  bench.onStop(() => app.close());
  const api = `http://127.0.0.1:${port}`;
  /** A bearer `authorization` header for the persona (the development login). */
  const login = async (personaId: string): Promise<string> => {
    const res = await fetch(`${api}/auth/dev/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ personaId }) });
    return `Bearer ${((await res.json()) as { token: string }).token}`;
  };
  return { client, api, login };
}

export async function startInProcessWorkers(bench: BenchEnvironment): Promise<void> {
  const { config, db } = bench;
  const nativeConnection = await NativeConnection.connect({ address: config.TEMPORAL_ADDRESS });
  const worker = await createWorker({ config, db, connection: nativeConnection });
  const floorWorker = await Worker.create({ connection: nativeConnection, taskQueue: FLOOR_TASK_QUEUE, workflowsPath: require.resolve('./floor-workflow'), activities: floorActivities(db) });
  const runs = [worker.run(), floorWorker.run()];
  bench.onStop(async () => {
    worker.shutdown();
    floorWorker.shutdown();
    await Promise.all(runs);
    await nativeConnection.close();
  });
}

/** One floor workflow (one activity writing one row), started and awaited. */
export async function runFloorWorkflow(client: Client): Promise<void> {
  await client.workflow.execute('benchFloorWorkflow', { taskQueue: FLOOR_TASK_QUEUE, workflowId: `floor-${randomUUID()}`, args: [randomUUID()] });
}
