/**
 * The floor a workflow-backed submission cannot beat (scripts/bench): a workflow that runs one
 * activity writing one row. Bundled by the bench's own worker; never part of the product.
 */
import { proxyActivities, sleep } from '@temporalio/workflow';
import type { FloorActivities } from './floor-activities';

const { writeOneRow } = proxyActivities<FloorActivities>({ startToCloseTimeout: '30 seconds' });

export async function benchFloorWorkflow(key: string): Promise<void> {
  await writeOneRow(key);
}

/**
 * The memory floor of a long-running workflow: it only sleeps (scripts/bench/mandates.ts runs as
 * many of these as it runs mandates and requests, on a worker of their own).
 */
export async function benchSleepingWorkflow(): Promise<void> {
  await sleep('730 days');
}
