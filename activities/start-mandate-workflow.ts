/**
 * Starting a mandate's workflow. Client code (workflows/ may not import the client).
 */
import { WorkflowExecutionAlreadyStartedError, WorkflowIdReusePolicy, type Client } from '@temporalio/client';
import { WORKFLOW_START_OPTIONS } from '../config/temporal';
import type { Db } from '../data/prisma';
import { mandateWorkflow } from '../workflows/mandate';
import { mandateWorkflowId, type MandateInput } from '../workflows/mandate.definitions';

interface MandateRow {
  id: string;
  organisationId: string;
  status: 'ACTIVE' | 'EXPIRED' | 'REVOKED';
  validFrom: Date;
  validTo: Date;
  renewals: number;
}

/**
 * Starts the workflow unless it runs (or ran: a revoked mandate's workflow is never started
 * again). Returns its id.
 */
export async function startMandateWorkflow(client: Client, taskQueue: string, m: MandateRow): Promise<string> {
  const workflowId = mandateWorkflowId(m.id);
  const input: MandateInput = {
    mandateId: m.id,
    organisationId: m.organisationId,
    status: m.status === 'ACTIVE' && m.validTo.getTime() > Date.now() ? 'ACTIVE' : 'EXPIRED',
    validTo: m.validTo.toISOString(),
    generation: m.renewals,
    periodStartedAt: new Date().toISOString(),
    remindersSent: [],
    renewedBy: [],
  };
  try {
    await client.workflow.start(mandateWorkflow, { ...WORKFLOW_START_OPTIONS, workflowId, taskQueue, args: [input], workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE });
  } catch (err) {
    if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
  }
  return workflowId;
}

/**
 * The mandate's workflow, started if it is not yet, and its id recorded on the mandate: for the
 * activity that registers a mandate, the API (a mandate that predates registration, the first time
 * it is renewed or revoked) and `npm run mandates:adopt`.
 */
export async function ensureMandateWorkflow(db: Db, client: Client, taskQueue: string, mandateId: string): Promise<string> {
  const m = await db.bestallareMandate.findUniqueOrThrow({ where: { id: mandateId } });
  const workflowId = await startMandateWorkflow(client, taskQueue, m);
  if (m.workflowId !== workflowId) await db.bestallareMandate.update({ where: { id: mandateId }, data: { workflowId } });
  return workflowId;
}
