/**
 * Starting the workflows of a link request and of a PUB-avtal. Client code (workflows/ may
 * not import the client): for the API, and for the adoption of avtal registered before them.
 */
import { WorkflowExecutionAlreadyStartedError, WorkflowIdReusePolicy, type Client } from '@temporalio/client';
import { WORKFLOW_START_OPTIONS } from '../config/temporal';
import type { Db } from '../data/prisma';
import type { AuthMethod } from '../domain/login';
import { linkWorkflow } from '../workflows/insats-link';
import { linkFirstOutcomeUpdate, linkWorkflowId, pubAvtalWorkflowId, type LinkAttempt } from '../workflows/insats-link.definitions';
import { pubAvtalWorkflow } from '../workflows/pub-avtal';

async function startOnce(start: () => Promise<unknown>): Promise<void> {
  try {
    await start();
  } catch (err) {
    if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
  }
}

/** Starts the link request's workflow (once), records its id, and answers with its first attempt. */
export async function startLinkWorkflow(db: Db, client: Client, taskQueue: string, link: { id: string; waitUntil: Date }, requesterAuthMethod: AuthMethod | null): Promise<LinkAttempt> {
  const workflowId = linkWorkflowId(link.id);
  await startOnce(() => client.workflow.start(linkWorkflow, { ...WORKFLOW_START_OPTIONS, workflowId, taskQueue, args: [{ linkId: link.id, waitUntil: link.waitUntil.toISOString(), requesterAuthMethod }], workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE }));
  await db.insatsLink.update({ where: { id: link.id }, data: { workflowId } });
  return client.workflow.getHandle(workflowId).executeUpdate(linkFirstOutcomeUpdate);
}

/** The avtal's workflow, started if it is not yet (a termination of an avtal from before it), and its id recorded. */
export async function ensurePubAvtalWorkflow(db: Db, client: Client, taskQueue: string, pubAvtalId: string): Promise<string> {
  const a = await db.pubAvtal.findUniqueOrThrow({ where: { id: pubAvtalId } });
  const workflowId = pubAvtalWorkflowId(a.id);
  await startOnce(() => client.workflow.start(pubAvtalWorkflow, { ...WORKFLOW_START_OPTIONS, workflowId, taskQueue, args: [{ pubAvtalId: a.id, forbundId: a.forbundId }], workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE }));
  if (a.workflowId !== workflowId) await db.pubAvtal.update({ where: { id: a.id }, data: { workflowId } });
  return workflowId;
}
