import { WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';

/** The type of the ApplicationFailure with which a workflow's Update refused; fails if it did not. */
export async function refusalOf(update: Promise<unknown>): Promise<string | undefined> {
  const err = await update.then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(WorkflowUpdateFailedError);
  const cause = (err as WorkflowUpdateFailedError).cause;
  return cause instanceof ApplicationFailure ? cause.type ?? undefined : undefined;
}
