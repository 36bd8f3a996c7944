"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.startLinkWorkflow = startLinkWorkflow;
exports.ensurePubAvtalWorkflow = ensurePubAvtalWorkflow;
/**
 * Starting the workflows of a link request and of a PUB-avtal. Client code (workflows/ may
 * not import the client): for the API, and for the adoption of avtal registered before them.
 */
const client_1 = require("@temporalio/client");
const temporal_1 = require("../config/temporal");
const insats_link_1 = require("../workflows/insats-link");
const insats_link_definitions_1 = require("../workflows/insats-link.definitions");
const pub_avtal_1 = require("../workflows/pub-avtal");
async function startOnce(start) {
    try {
        await start();
    }
    catch (err) {
        if (!(err instanceof client_1.WorkflowExecutionAlreadyStartedError))
            throw err;
    }
}
/** Starts the link request's workflow (once), records its id, and answers with its first attempt. */
async function startLinkWorkflow(db, client, taskQueue, link, requesterAuthMethod) {
    const workflowId = (0, insats_link_definitions_1.linkWorkflowId)(link.id);
    await startOnce(() => client.workflow.start(insats_link_1.linkWorkflow, { ...temporal_1.WORKFLOW_START_OPTIONS, workflowId, taskQueue, args: [{ linkId: link.id, waitUntil: link.waitUntil.toISOString(), requesterAuthMethod }], workflowIdReusePolicy: client_1.WorkflowIdReusePolicy.REJECT_DUPLICATE }));
    await db.insatsLink.update({ where: { id: link.id }, data: { workflowId } });
    return client.workflow.getHandle(workflowId).executeUpdate(insats_link_definitions_1.linkFirstOutcomeUpdate);
}
/** The avtal's workflow, started if it is not yet (a termination of an avtal from before it), and its id recorded. */
async function ensurePubAvtalWorkflow(db, client, taskQueue, pubAvtalId) {
    const a = await db.pubAvtal.findUniqueOrThrow({ where: { id: pubAvtalId } });
    const workflowId = (0, insats_link_definitions_1.pubAvtalWorkflowId)(a.id);
    await startOnce(() => client.workflow.start(pub_avtal_1.pubAvtalWorkflow, { ...temporal_1.WORKFLOW_START_OPTIONS, workflowId, taskQueue, args: [{ pubAvtalId: a.id, forbundId: a.forbundId }], workflowIdReusePolicy: client_1.WorkflowIdReusePolicy.REJECT_DUPLICATE }));
    if (a.workflowId !== workflowId)
        await db.pubAvtal.update({ where: { id: a.id }, data: { workflowId } });
    return workflowId;
}
//# sourceMappingURL=start-link-workflows.js.map