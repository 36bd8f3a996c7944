"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.mandateWorkflow = mandateWorkflow;
/**
 * One beställare mandate, for its whole life (R-20, R-21; docs/architecture.md). It sleeps until
 * the next thing due — a reminder 60 and 14 days before the end (on the next working day when the
 * day is not one), then the end itself — and wakes for the Updates that change it: a renewal
 * moves the end and the reminders (never a second workflow for the mandate), a revocation ends
 * it at once. An expired mandate's workflow keeps waiting, since an expired mandate may still be
 * renewed; a revoked one ends. Each renewal continues as new (once the new period is planned), so
 * the history stays a few dozen events however long the mandate lives. Deterministic: dates are worked out by activities.
 */
const workflow_1 = require("@temporalio/workflow");
const activity_options_1 = require("./activity-options");
const mandate_definitions_1 = require("./mandate.definitions");
/** Renewals remembered across continueAsNew, to recognise a retried one. */
const RENEWALS_REMEMBERED = 20;
async function mandateWorkflow(input) {
    const state = { ...input, remindersSent: [...input.remindersSent], renewedBy: [...input.renewedBy] };
    let renewed = false; // a renewal moved the end: plan again, from a fresh history
    let revoking;
    (0, workflow_1.setHandler)(mandate_definitions_1.mandateStateQuery, () => state);
    (0, workflow_1.setHandler)(mandate_definitions_1.renewMandateUpdate, async (r) => {
        if (state.renewedBy.includes(r.requestId))
            return state; // a retry: already applied
        const generation = state.generation + 1;
        const { validTo } = await activity_options_1.activities.recordMandateRenewal({ mandateId: state.mandateId, requestId: r.requestId, validTo: r.validTo, generation });
        if (revoking)
            return state; // revoked while the renewal was recorded: it stays revoked
        Object.assign(state, { status: 'ACTIVE', validTo, generation, periodStartedAt: new Date().toISOString(), remindersSent: [], renewedBy: [...state.renewedBy, r.requestId].slice(-RENEWALS_REMEMBERED) });
        renewed = true;
        return state;
    }, {
        validator: (r) => {
            if (revoking || state.status === 'REVOKED')
                refuse('MANDATE_ALREADY_REVOKED', 'The mandate is revoked and cannot be renewed');
            if (!state.renewedBy.includes(r.requestId) && !(Date.parse(r.validTo) > Date.parse(state.validTo)))
                refuse('MANDATE_END_NOT_LATER', 'A renewal must move the end later');
        },
    });
    (0, workflow_1.setHandler)(mandate_definitions_1.revokeMandateUpdate, async (r) => {
        revoking = r; // before the first await: a second revocation is refused
        await activity_options_1.activities.revokeMandate({ mandateId: state.mandateId, byId: r.by.personId, byAuthMethod: r.by.authMethod, reason: r.reason });
        state.status = 'REVOKED';
        state.next = undefined;
        return state;
    }, {
        validator: (r) => {
            if (revoking || state.status === 'REVOKED')
                refuse('MANDATE_ALREADY_REVOKED', 'The mandate is already revoked');
            const representative = r.by.representativeFor?.includes(state.organisationId) ?? false;
            if (!r.by.roles.includes('BA') && !representative)
                refuse('FORBIDDEN_ROLE', "Only BA or the organisation's representative may revoke the mandate");
        },
    });
    while (!revoking) {
        if (state.status === 'ACTIVE') {
            const next = await nextEvent();
            // A new period (or a long history) starts a fresh run. Done here, in the task after the
            // planning activity, never in the task that answers the renewal Update.
            if ((renewed || (0, workflow_1.workflowInfo)().continueAsNewSuggested) && !revoking) {
                await (0, workflow_1.condition)(workflow_1.allHandlersFinished);
                if (!revoking)
                    await (0, workflow_1.continueAsNew)(inputOf(state));
            }
            state.next = next;
            const woken = await (0, workflow_1.condition)(() => renewed || revoking !== undefined, Math.max(Date.parse(next.at) - Date.now(), 1));
            if (!woken && next.event === 'REMINDER') {
                await activity_options_1.activities.remindMandate({ mandateId: state.mandateId, generation: state.generation, daysBefore: next.daysBefore, dueAt: next.at });
                state.remindersSent.push(next.daysBefore);
            }
            else if (!woken) {
                const { expired } = await activity_options_1.activities.expireMandate({ mandateId: state.mandateId, validTo: state.validTo });
                // Not expired: a renewal was recorded meanwhile (its Update sets the new end).
                if (expired && !renewed && !revoking)
                    state.status = 'EXPIRED';
            }
        }
        else {
            state.next = undefined;
            await (0, workflow_1.condition)(() => renewed || revoking !== undefined); // an expired mandate may be renewed
        }
    }
    await (0, workflow_1.condition)(workflow_1.allHandlersFinished);
    return state;
    /** The earliest reminder of this period not yet sent (and not due before the period began), else the end. */
    async function nextEvent() {
        const { reminders } = await activity_options_1.activities.planMandateReminders({ validTo: state.validTo });
        const due = reminders.find((r) => !state.remindersSent.includes(r.daysBefore) && Date.parse(r.at) >= Date.parse(state.periodStartedAt) && Date.parse(r.at) < Date.parse(state.validTo));
        return due ? { event: 'REMINDER', at: due.at, daysBefore: due.daysBefore } : { event: 'EXPIRY', at: state.validTo };
    }
}
function inputOf(state) {
    const { next: _next, status, ...rest } = state;
    return { ...rest, status: status === 'REVOKED' ? 'EXPIRED' : status };
}
function refuse(type, message) {
    throw workflow_1.ApplicationFailure.create({ type, message, nonRetryable: true });
}
//# sourceMappingURL=mandate.js.map