"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.requestWorkflow = requestWorkflow;
/**
 * The request engine (docs/architecture.md, "The engine"): one workflow for every kind in the
 * catalog. It checks the kind's rules, walks the kind's stages — a task per stage, decided by
 * the stage's role through the `decideStage` Update, reminded and escalated when overdue — and
 * carries out the kind's effect. A returned request goes back to its orderer, who resubmits it
 * (a new round from the first stage) or cancels it. Deterministic: every side effect is an
 * activity; the stages come in the input, so a running request keeps the plan it started with.
 */
const workflow_1 = require("@temporalio/workflow");
const activity_options_1 = require("./activity-options");
const order_status_1 = require("../domain/order-status");
const request_definitions_1 = require("./request.definitions");
async function requestWorkflow(input) {
    const state = { status: 'SUBMITTED', round: 1, stageIndex: -1, remindersSent: 0, escalated: false };
    let subject = input.subject;
    let accepted; // taken by the Update handler, being recorded
    let decided; // recorded: the stage is over
    let cancelled;
    let resubmitted = false;
    let busy = false; // a resubmission or cancellation is being recorded
    const stage = () => input.stages[state.stageIndex];
    const isLastStage = () => state.stageIndex === input.stages.length - 1;
    (0, workflow_1.setHandler)(request_definitions_1.requestStateQuery, () => state);
    (0, workflow_1.setHandler)(request_definitions_1.decideStageUpdate, async (d) => {
        accepted = d; // before the first await: a concurrent second decision is refused
        try {
            state.status = await activity_options_1.answerActivities.recordStageDecision({
                requestId: input.requestId,
                taskId: d.taskId,
                stage: stage().id,
                round: state.round,
                decision: d.decision,
                final: isLastStage() || d.decision === 'REJECT' || d.decision === 'RETURN',
                reason: d.reason,
                confirmEmploymentChange: d.confirmEmploymentChange === true,
                decidedById: d.decidedBy.personId,
                decidedByAuthMethod: d.decidedBy.authMethod,
                decidedAt: new Date().toISOString(),
            });
        }
        catch (err) {
            accepted = undefined; // nothing was recorded: the stage stays decidable
            throw workflow_1.ApplicationFailure.create({ type: request_definitions_1.REQUEST_REFUSALS.DECISION_NOT_RECORDED, message: 'The decision could not be recorded', nonRetryable: true, cause: err });
        }
        decided = d;
        // A returned request may be cancelled by its orderer while it waits for them.
        if (d.decision === 'RETURN')
            accepted = undefined;
        return { status: state.status };
    }, { validator: (d) => validateDecision(d) });
    (0, workflow_1.setHandler)(request_definitions_1.resubmitUpdate, async (r) => {
        busy = true;
        try {
            const round = await activity_options_1.answerActivities.applyResubmission({ requestId: input.requestId, round: state.round + 1, changes: r.changes, byId: r.by.personId, byAuthMethod: r.by.authMethod });
            subject = r.subject;
            Object.assign(state, { status: 'SUBMITTED', round });
            resubmitted = true;
            return { status: state.status, round };
        }
        finally {
            busy = false;
        }
    }, { validator: (r) => {
            assertOrderer(r.by);
            if (state.status !== 'RETURNED' || resubmitted || cancelled || busy)
                refuse('NOT_RETURNED', `The request is ${state.status}, not returned`);
        } });
    (0, workflow_1.setHandler)(request_definitions_1.cancelUpdate, async (c) => {
        cancelled = c; // the main loop closes the request
        await (0, workflow_1.condition)(() => state.status === 'CANCELLED');
        return { status: state.status };
    }, { validator: (c) => {
            assertOrderer(c.by);
            if (!(0, order_status_1.isUndecided)(state.status) || accepted || cancelled || busy)
                refuse('NOT_CANCELLABLE', `The request is ${state.status} and can no longer be cancelled`);
        } });
    function assertOrderer(by) {
        if (by.personId !== input.submittedById)
            refuse('NOT_ORDERER', 'Only the orderer may resubmit or cancel the request');
    }
    /** The Update's validator: the acting stage, four-eyes and what the stage allows, from the workflow's own state. */
    function validateDecision(d) {
        if (cancelled || state.status !== 'IN_REVIEW' || d.taskId !== state.taskId)
            refuse('NOT_AWAITING_DECISION', 'The task is not the one awaiting a decision');
        if (accepted)
            refuse('ALREADY_DECIDED', 'The task is already decided');
        const current = stage();
        if (!d.decidedBy.roles.includes(current.actorRole))
            refuse('NOT_STAGE_ACTOR', `Stage ${current.id} is decided by ${current.actorRole}`);
        if (current.scope === 'SUBJECT_EMPLOYER' && d.decidedBy.organisationId !== subject.employerId)
            refuse('NOT_STAGE_ACTOR', `Stage ${current.id} is decided at the person's employer`);
        if (d.decidedBy.personId === input.submittedById)
            refuse('FOUR_EYES', 'The orderer may not decide their own request');
        if (d.decidedBy.personnummer === subject.personnummer || (state.subjectPersonId ?? subject.personId) === d.decidedBy.personId) {
            refuse('FOUR_EYES', 'Nobody may decide a request for themselves');
        }
        if (!current.decisions.includes(d.decision))
            refuse('DECISION_NOT_ALLOWED', `Stage ${current.id} allows ${current.decisions.join(', ')}`);
        if ((d.decision === 'REJECT' || d.decision === 'RETURN') && !d.reason?.trim())
            refuse('REASON_REQUIRED', 'A rejection or return needs a reason');
        if (d.decision === 'APPROVE' && isLastStage() && input.effect === 'GRANT') {
            if (state.reviewFindings)
                refuse('REVIEW_FINDINGS', 'Rule findings stand against this request; it can only be rejected');
            if (state.employmentChange && d.confirmEmploymentChange !== true)
                refuse('EMPLOYMENT_CHANGE_UNCONFIRMED', 'The person changes employer; approving needs confirmEmploymentChange');
        }
    }
    for (;;) {
        // The kind's rules again at the start of every round: the world may have changed.
        const check = await activity_options_1.activities.checkRequestRules({ requestId: input.requestId });
        if (check.refusals.length > 0 && !cancelled) {
            state.status = await activity_options_1.activities.rejectIneligible({ orderId: input.requestId, violations: check.refusals });
            await sendAll(await activity_options_1.activities.queueRequestEmails({ requestId: input.requestId, outcome: 'INELIGIBLE' }));
            return state;
        }
        Object.assign(state, { subjectPersonId: check.subjectPersonId, employmentChange: check.employmentChange, reviewFindings: check.reviewFindings });
        const outcome = await walkStages();
        if (outcome === 'RETURNED') {
            state.status = 'RETURNED';
            await sendAll(await activity_options_1.activities.queueRequestEmails({ requestId: input.requestId, outcome: 'RETURNED' }));
            await (0, workflow_1.condition)(() => resubmitted || cancelled !== undefined);
            if (resubmitted) {
                resubmitted = false;
                continue; // a new round, from the first stage
            }
        }
        if (outcome === 'CANCELLED' || cancelled) {
            state.status = await activity_options_1.activities.cancelRequest({ requestId: input.requestId, byId: cancelled.by.personId, byAuthMethod: cancelled.by.authMethod, reason: cancelled.reason });
            return state;
        }
        if (outcome === 'APPROVED') {
            await activity_options_1.activities.applyEffect({ requestId: input.requestId, effect: input.effect });
            await sendAll(await activity_options_1.activities.queueRequestEmails({ requestId: input.requestId, outcome: 'APPROVED' }));
        }
        else {
            await sendAll(await activity_options_1.activities.queueRequestEmails({ requestId: input.requestId, outcome: 'REJECTED' }));
        }
        state.status = await activity_options_1.activities.completeOrder(input.requestId);
        return state;
    }
    /** One round: each stage's task in turn, until one ends the round. */
    async function walkStages() {
        for (let i = 0; i < input.stages.length; i++) {
            if (cancelled)
                return 'CANCELLED';
            accepted = decided = undefined;
            // The task's id is known before its row is written: a decision for it is accepted from
            // the moment anyone can see the task.
            Object.assign(state, { status: 'IN_REVIEW', stageIndex: i, stage: input.stages[i].id, taskId: (0, workflow_1.uuid4)(), dueAt: undefined, remindersSent: 0, escalated: false });
            const opened = await activity_options_1.activities.openStageTask({ requestId: input.requestId, taskId: state.taskId, round: state.round, stage: input.stages[i], openedAt: new Date().toISOString() });
            state.dueAt = opened.dueAt;
            // Wait for the stage's decision; once overdue, remind (and escalate) on a working-day rhythm.
            let remindAt = Date.parse(opened.dueAt);
            while (!(await (0, workflow_1.condition)(() => decided !== undefined || (cancelled !== undefined && !accepted), Math.max(remindAt - Date.now(), 1)))) {
                const reminder = await activity_options_1.activities.remindStage({ taskId: state.taskId, occurrence: state.remindersSent + 1, now: new Date().toISOString(), remindEveryWorkingDays: input.stages[i].remindEveryWorkingDays });
                state.remindersSent += 1;
                state.escalated = reminder.escalated;
                remindAt = Date.parse(reminder.nextReminderAt);
            }
            const decision = decided?.decision; // set by the Update handler
            if (!decision)
                return 'CANCELLED';
            if (decision === 'REJECT')
                return 'REJECTED';
            if (decision === 'RETURN')
                return 'RETURNED';
            // APPROVE or FORWARD: on to the next stage, or done.
        }
        return 'APPROVED';
    }
}
async function sendAll(outboxIds) {
    for (const id of outboxIds)
        await activity_options_1.activities.sendEmail(id);
}
function refuse(type, message) {
    throw workflow_1.ApplicationFailure.create({ type, message, nonRetryable: true });
}
//# sourceMappingURL=request.js.map