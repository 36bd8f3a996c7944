/**
 * Blankett 9480 from submission to completion (docs/architecture.md, "An order, end to end"):
 * eligibility → BA task → decision (Update) → grant role → e-mails → completed.
 * Deterministic: every side effect is an activity.
 */
import { ApplicationFailure, condition, setHandler } from '@temporalio/workflow';
import { activities, answerActivities } from './activity-options';
import {
  DECISION_REFUSALS,
  decideUpdate,
  orderStateQuery,
  type DecisionInput,
  type Order9480Input,
  type Order9480State,
} from './order-9480.definitions';


export async function order9480Workflow(input: Order9480Input): Promise<Order9480State> {
  const state: Order9480State = { status: 'SUBMITTED', remindersSent: 0 };
  let decision: DecisionInput | undefined;
  let decisionRecorded = false;
  let eligible = false; // the rules passed; the task exists or is being opened
  let taskOpened = false; // openBaTask returned: the state holds what the task tells

  setHandler(orderStateQuery, () => state);
  setHandler(
    decideUpdate,
    async (d) => {
      decision = d; // set before the first await, so a concurrent second decision is refused
      // A decision may arrive while the task is being opened (BA sees the row before the
      // activity has returned, or its worker died): wait for what the task tells the workflow,
      // then judge what depends on it.
      await condition(() => taskOpened);
      try {
        validateAgainstTask(d, state);
      } catch (err) {
        decision = undefined;
        throw err;
      }
      try {
        state.status = await answerActivities.recordDecision({
          orderId: input.orderId,
          decision: d.decision,
          reason: d.reason,
          confirmEmploymentChange: d.confirmEmploymentChange === true,
          decidedById: d.decidedBy.personId,
          decidedByAuthMethod: d.decidedBy.authMethod,
          decidedAt: new Date().toISOString(),
        });
      } catch (err) {
        decision = undefined; // nothing was recorded: the order stays decidable
        throw ApplicationFailure.create({ type: DECISION_REFUSALS.DECISION_NOT_RECORDED, message: 'The decision could not be recorded', nonRetryable: true, cause: err as Error });
      }
      decisionRecorded = true;
      return { status: state.status };
    },
    { validator: (d) => validateDecision(d, input, state, decision, eligible) },
  );

  // again: the world may have changed since the API checked.
  const violations = await activities.checkEligibility(input.orderId);
  if (violations.length > 0) {
    state.status = await activities.rejectIneligible({ orderId: input.orderId, violations });
    await sendAll(await activities.queueOrderEmails({ orderId: input.orderId, outcome: 'INELIGIBLE' }));
    return state;
  }

  eligible = true; // from here on the task exists or is being opened: a decision is accepted
  const task = await activities.openBaTask({ orderId: input.orderId, openedAt: new Date().toISOString() });
  Object.assign(state, {
    status: 'IN_REVIEW',
    taskId: task.taskId,
    dueAt: task.dueAt,
    subjectPersonId: task.subjectPersonId,
    employmentChange: task.employmentChange,
    reviewFindings: task.reviewFindings,
  });
  taskOpened = true;

  // Wait for BA; once the task is overdue, remind on a working-day rhythm until decided.
  let remindAt = Date.parse(task.dueAt);
  while (!(await condition(() => decisionRecorded, Math.max(remindAt - Date.now(), 1)))) {
    const reminder = await activities.sendOverdueReminder({
      orderId: input.orderId,
      occurrence: state.remindersSent + 1,
      now: new Date().toISOString(),
    });
    state.remindersSent += 1;
    remindAt = Date.parse(reminder.nextReminderAt);
  }

  if (decision?.decision === 'APPROVE') {
    await activities.grantRole(input.orderId);
    await sendAll(await activities.queueOrderEmails({ orderId: input.orderId, outcome: 'APPROVED' }));
  } else {
    await sendAll(await activities.queueOrderEmails({ orderId: input.orderId, outcome: 'REJECTED' }));
  }
  state.status = await activities.completeOrder(input.orderId);
  return state;
}

async function sendAll(outboxIds: string[]): Promise<void> {
  for (const id of outboxIds) await activities.sendEmail(id);
}

const refuse = (type: string, message: string) => {
  throw ApplicationFailure.create({ type, message, nonRetryable: true });
};

/** The Update's validator: what can be judged as soon as a decision arrives. */
function validateDecision(d: DecisionInput, input: Order9480Input, state: Order9480State, earlier: DecisionInput | undefined, eligible: boolean): void {
  if (!d.decidedBy.roles.includes('BA')) refuse(DECISION_REFUSALS.NOT_BA, 'Only behörighetsadministration (BA) may decide');
  // Four-eyes, from what the workflow holds: neither the submitter nor the person the order is for.
  if (d.decidedBy.personId === input.submittedById) refuse(DECISION_REFUSALS.FOUR_EYES, 'The submitter may not decide their own order');
  if (input.subjectPersonnummer !== undefined && d.decidedBy.personnummer === input.subjectPersonnummer) {
    refuse(DECISION_REFUSALS.FOUR_EYES, 'Nobody may decide an order for themselves');
  }
  if (earlier) refuse(DECISION_REFUSALS.ALREADY_DECIDED, 'The order is already decided');
  const awaiting = state.status === 'IN_REVIEW' || (state.status === 'SUBMITTED' && eligible);
  if (!awaiting) refuse(DECISION_REFUSALS.NOT_AWAITING_DECISION, `The order is ${state.status}, not awaiting a decision`);
  if (d.decision === 'REJECT' && !d.reason?.trim()) refuse(DECISION_REFUSALS.REASON_REQUIRED, 'A rejection needs a reason');
  validateAgainstTask(d, state);
}

/**
 * What depends on the opened task (the registered person, an employment change, review
 * findings): checked by the validator when already known, and again by the handler once known.
 */
function validateAgainstTask(d: DecisionInput, state: Order9480State): void {
  if (Boolean(state.subjectPersonId) && d.decidedBy.personId === state.subjectPersonId) refuse(DECISION_REFUSALS.FOUR_EYES, 'Nobody may decide an order for themselves');
  if (d.decision === 'APPROVE' && state.reviewFindings) refuse(DECISION_REFUSALS.REVIEW_FINDINGS, 'Rule findings stand against this order; it can only be rejected');
  if (d.decision === 'APPROVE' && state.employmentChange && d.confirmEmploymentChange !== true) {
    refuse(DECISION_REFUSALS.EMPLOYMENT_CHANGE_UNCONFIRMED, 'The person changes employer; approving needs confirmEmploymentChange');
  }
}
