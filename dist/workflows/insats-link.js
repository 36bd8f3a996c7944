"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.linkWorkflow = linkWorkflow;
/**
 * One request to link a deltagaransvarig to an insats. The first attempt links at
 * once when a PUB-avtal is in force and the person holds the role. Otherwise the
 * request waits up to 30 days: the förbundsadministratör is told what is missing, and it tries
 * again when an avtal is registered (a signal from the avtal's workflow) or begins (a timer), and
 * lapses with a notice at the end of the wait. A withdrawal or a removed role ends it in the
 * database; the next attempt sees that. Dates are worked out by activities from the workflow's clock.
 */
const workflow_1 = require("@temporalio/workflow");
const activity_options_1 = require("./activity-options");
const insats_link_definitions_1 = require("./insats-link.definitions");
async function linkWorkflow(input) {
    let attempt;
    let recheck = false;
    (0, workflow_1.setHandler)(insats_link_definitions_1.linkStateQuery, () => attempt);
    (0, workflow_1.setHandler)(insats_link_definitions_1.linkRecheckSignal, () => void (recheck = true));
    (0, workflow_1.setHandler)(insats_link_definitions_1.linkFirstOutcomeUpdate, async () => {
        await (0, workflow_1.condition)(() => attempt !== undefined);
        return attempt;
    });
    const now = () => new Date().toISOString();
    attempt = await activity_options_1.activities.tryLink({ linkId: input.linkId, at: now(), byRequester: true, requesterAuthMethod: input.requesterAuthMethod });
    if (attempt.status === 'WAITING_FOR_PUB_AVTAL') {
        await activity_options_1.activities.tellLinkWaiting({ linkId: input.linkId });
        const deadline = Date.parse(input.waitUntil);
        while (attempt.status === 'WAITING_FOR_PUB_AVTAL') {
            const wakeAt = Math.min(deadline, attempt.nextCheckAt ? Date.parse(attempt.nextCheckAt) : deadline);
            // A signal that came while the last attempt ran is not lost: it wakes this wait at once.
            await (0, workflow_1.condition)(() => recheck, Math.max(wakeAt - Date.now(), 1));
            recheck = false;
            attempt = await activity_options_1.activities.tryLink({ linkId: input.linkId, at: now(), byRequester: false, requesterAuthMethod: null });
            if (attempt.status === 'WAITING_FOR_PUB_AVTAL' && Date.now() >= deadline)
                attempt = await activity_options_1.activities.lapseLink({ linkId: input.linkId, at: now() });
        }
    }
    await (0, workflow_1.condition)(workflow_1.allHandlersFinished);
    return attempt;
}
//# sourceMappingURL=insats-link.js.map