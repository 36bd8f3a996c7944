"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.pubAvtalWorkflow = pubAvtalWorkflow;
/**
 * One PUB-avtal, for its life. When registered it wakes the förbund's link requests that
 * wait for an avtal. It sleeps until the avtal's end (the day after its last, or its termination;
 * forever while it holds until further notice) and then ends the links made under it, unless
 * another avtal in force takes them over; the förbundsadministratörer are told. A termination
 * wakes it to plan the end again.
 */
const workflow_1 = require("@temporalio/workflow");
const activity_options_1 = require("./activity-options");
const insats_link_definitions_1 = require("./insats-link.definitions");
async function pubAvtalWorkflow(input) {
    let changed = false;
    (0, workflow_1.setHandler)(insats_link_definitions_1.pubAvtalChangedSignal, () => void (changed = true));
    await activity_options_1.activities.wakeWaitingLinks({ forbundId: input.forbundId });
    for (;;) {
        changed = false;
        const { endsAt } = await activity_options_1.activities.planPubAvtalEnd({ pubAvtalId: input.pubAvtalId });
        const woken = endsAt === null ? await (0, workflow_1.condition)(() => changed).then(() => true) : await (0, workflow_1.condition)(() => changed, Math.max(Date.parse(endsAt) - Date.now(), 1));
        if (woken)
            continue;
        return activity_options_1.activities.endPubAvtalLinks({ pubAvtalId: input.pubAvtalId, at: new Date().toISOString() });
    }
}
//# sourceMappingURL=pub-avtal.js.map