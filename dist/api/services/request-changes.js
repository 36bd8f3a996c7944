"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.resubmitRequest = resubmitRequest;
exports.cancelRequest = cancelRequest;
const order_status_1 = require("../../domain/order-status");
const request_definitions_1 = require("../../workflows/request.definitions");
const roles_1 = require("../auth/roles");
const scope_1 = require("../auth/scope");
const errors_1 = require("../errors");
const orders_1 = require("./orders");
const order_view_1 = require("./order-view");
const tasks_1 = require("./tasks");
/** The request, if the caller may see it (404 otherwise) and is its orderer (403 otherwise). */
async function findOwnRequest(deps, caller, id) {
    const order = await deps.db.order.findFirst({ where: { id, ...(0, scope_1.orderScope)(caller) } });
    if (!order)
        throw (0, errors_1.notFound)('Beställningen finns inte.');
    if (order.submittedById !== caller.personId)
        throw (0, tasks_1.refusal)('NOT_ORDERER');
    return order;
}
/**
 * The orderer corrects a returned request and sends it in again: checked like a new request of
 * its kind, then handed to the workflow, which starts a new round from the first stage.
 * Requests on order9480Workflow (before the engine) are never returned.
 */
async function resubmitRequest(deps, caller, id, body) {
    const order = await findOwnRequest(deps, caller, id);
    if (order.status !== 'RETURNED' || order.workflowType !== 'requestWorkflow')
        throw (0, tasks_1.refusal)('NOT_RETURNED');
    const { subject, changes } = await (0, orders_1.checkResubmission)(deps.db, caller, order, body);
    try {
        await (0, tasks_1.withinDecisionWait)(deps.temporal, () => deps.temporal.workflow.getHandle(id).executeUpdate(request_definitions_1.resubmitUpdate, { args: [{ by: (0, roles_1.actorOf)(caller), subject, changes }] }));
    }
    catch (err) {
        (0, tasks_1.refusalOfUpdate)(err);
    }
    return (await (0, order_view_1.findOrderView)(deps.db, id));
}
/**
 * The orderer withdraws a request that is not yet decided (or waits for them after a return).
 * Requests on order9480Workflow cannot be withdrawn here: that workflow has no cancellation.
 */
async function cancelRequest(deps, caller, id, reason) {
    const order = await findOwnRequest(deps, caller, id);
    if (!(0, order_status_1.isUndecided)(order.status) || order.workflowType !== 'requestWorkflow')
        throw (0, tasks_1.refusal)('NOT_CANCELLABLE');
    try {
        await (0, tasks_1.withinDecisionWait)(deps.temporal, () => deps.temporal.workflow.getHandle(id).executeUpdate(request_definitions_1.cancelUpdate, { args: [{ by: (0, roles_1.actorOf)(caller), reason }] }));
    }
    catch (err) {
        (0, tasks_1.refusalOfUpdate)(err);
    }
    return (await (0, order_view_1.findOrderView)(deps.db, id));
}
//# sourceMappingURL=request-changes.js.map