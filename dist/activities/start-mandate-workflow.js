"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.startMandateWorkflow = startMandateWorkflow;
exports.ensureMandateWorkflow = ensureMandateWorkflow;
/**
 * Starting a mandate's workflow. Client code (workflows/ may not import the client).
 */
const client_1 = require("@temporalio/client");
const temporal_1 = require("../config/temporal");
const mandate_1 = require("../workflows/mandate");
const mandate_definitions_1 = require("../workflows/mandate.definitions");
/**
 * Starts the workflow unless it runs (or ran: a revoked mandate's workflow is never started
 * again). Returns its id.
 */
async function startMandateWorkflow(client, taskQueue, m) {
    const workflowId = (0, mandate_definitions_1.mandateWorkflowId)(m.id);
    const input = {
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
        await client.workflow.start(mandate_1.mandateWorkflow, { ...temporal_1.WORKFLOW_START_OPTIONS, workflowId, taskQueue, args: [input], workflowIdReusePolicy: client_1.WorkflowIdReusePolicy.REJECT_DUPLICATE });
    }
    catch (err) {
        if (!(err instanceof client_1.WorkflowExecutionAlreadyStartedError))
            throw err;
    }
    return workflowId;
}
/**
 * The mandate's workflow, started if it is not yet, and its id recorded on the mandate: for the
 * activity that registers a mandate, the API (a mandate that predates registration, the first time
 * it is renewed or revoked) and `npm run mandates:adopt`.
 */
async function ensureMandateWorkflow(db, client, taskQueue, mandateId) {
    const m = await db.bestallareMandate.findUniqueOrThrow({ where: { id: mandateId } });
    const workflowId = await startMandateWorkflow(client, taskQueue, m);
    if (m.workflowId !== workflowId)
        await db.bestallareMandate.update({ where: { id: mandateId }, data: { workflowId } });
    return workflowId;
}
//# sourceMappingURL=start-mandate-workflow.js.map