/**
 * The floor a workflow-backed submission cannot beat (scripts/bench): a workflow that runs one
 * activity writing one row. Bundled by the bench's own worker; never part of the product.
 */
import { proxyActivities } from '@temporalio/workflow';
import type { FloorActivities } from './floor-activities';

const { writeOneRow } = proxyActivities<FloorActivities>({ startToCloseTimeout: '30 seconds' });

export async function benchFloorWorkflow(key: string): Promise<void> {
  await writeOneRow(key);
}
