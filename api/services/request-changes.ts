import { isUndecided } from '../../domain/order-status';
import { cancelUpdate, resubmitUpdate } from '../../workflows/request.definitions';
import { actorOf, type Caller } from '../auth/roles';
import { orderScope } from '../auth/scope';
import { notFound } from '../errors';
import type { TRequestBody } from '../schemas/requests';
import { checkResubmission, type OrdersDeps } from './orders';
import { findOrderView } from './order-view';
import { refusal, refusalOfUpdate, withinDecisionWait } from './tasks';

/** The request, if the caller may see it (404 otherwise) and is its orderer (403 otherwise). */
async function findOwnRequest(deps: OrdersDeps, caller: Caller, id: string) {
  const order = await deps.db.order.findFirst({ where: { id, ...orderScope(caller) } });
  if (!order) throw notFound('Beställningen finns inte.');
  if (order.submittedById !== caller.personId) throw refusal('NOT_ORDERER');
  return order;
}

/**
 * The orderer corrects a returned request and sends it in again: checked like a new request of
 * its kind, then handed to the workflow, which starts a new round from the first stage.
 * Requests on order9480Workflow (before the engine) are never returned.
 */
export async function resubmitRequest(deps: OrdersDeps, caller: Caller, id: string, body: TRequestBody) {
  const order = await findOwnRequest(deps, caller, id);
  if (order.status !== 'RETURNED' || order.workflowType !== 'requestWorkflow') throw refusal('NOT_RETURNED');
  const { subject, changes } = await checkResubmission(deps.db, caller, order, body);
  try {
    await withinDecisionWait(deps.temporal, () => deps.temporal.workflow.getHandle(id).executeUpdate(resubmitUpdate, { args: [{ by: actorOf(caller), subject, changes }] }));
  } catch (err) {
    refusalOfUpdate(err);
  }
  return (await findOrderView(deps.db, id))!;
}

/**
 * The orderer withdraws a request that is not yet decided (or waits for them after a return).
 * Requests on order9480Workflow cannot be withdrawn here: that workflow has no cancellation.
 */
export async function cancelRequest(deps: OrdersDeps, caller: Caller, id: string, reason?: string) {
  const order = await findOwnRequest(deps, caller, id);
  if (!isUndecided(order.status) || order.workflowType !== 'requestWorkflow') throw refusal('NOT_CANCELLABLE');
  try {
    await withinDecisionWait(deps.temporal, () => deps.temporal.workflow.getHandle(id).executeUpdate(cancelUpdate, { args: [{ by: actorOf(caller), reason }] }));
  } catch (err) {
    refusalOfUpdate(err);
  }
  return (await findOrderView(deps.db, id))!;
}
