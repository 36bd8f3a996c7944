/**
 * The floor's worker as a process of its own (scripts/bench/mandates.ts measures its memory next
 * to the product's worker): the bench's floor workflows, with the SDK's default worker options,
 * as worker/index.ts uses them.
 */
import { NativeConnection, Worker } from '@temporalio/worker';
import { loadConfig } from '../../config';
import { createDb } from '../../data/prisma';
import { floorActivities } from './floor-activities';

export const FLOOR_TASK_QUEUE = 'bench-floor';

async function main(): Promise<void> {
  const config = loadConfig();
  const db = createDb(config.DATABASE_URL);
  const connection = await NativeConnection.connect({ address: config.TEMPORAL_ADDRESS });
  const worker = await Worker.create({ connection, namespace: config.TEMPORAL_NAMESPACE, taskQueue: FLOOR_TASK_QUEUE, workflowsPath: require.resolve('./floor-workflow'), activities: floorActivities(db) });
  console.log(`floor worker: polling task queue "${FLOOR_TASK_QUEUE}"`);
  try {
    await worker.run();
  } finally {
    await connection.close();
    await db.$disconnect();
  }
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
