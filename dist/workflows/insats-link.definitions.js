"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.linkStateQuery = exports.linkFirstOutcomeUpdate = exports.pubAvtalChangedSignal = exports.linkRecheckSignal = exports.pubAvtalWorkflowId = exports.linkWorkflowId = void 0;
/**
 * The messages of a link request's workflow (workflows/insats-link.ts) and of a PUB-avtal's
 * (workflows/pub-avtal.ts), shared by the workflows, the activities and the API. Type-only imports
 * from domain/.
 */
const workflow_1 = require("@temporalio/workflow");
/** One workflow per link request: its id follows from the link's. */
const linkWorkflowId = (linkId) => `link:${linkId}`;
exports.linkWorkflowId = linkWorkflowId;
/** One workflow per PUB-avtal, for the avtal's life. */
const pubAvtalWorkflowId = (pubAvtalId) => `pub-avtal:${pubAvtalId}`;
exports.pubAvtalWorkflowId = pubAvtalWorkflowId;
/** Something changed that may let a waiting link be made (an avtal registered) or end it (withdrawn). */
exports.linkRecheckSignal = (0, workflow_1.defineSignal)('linkRecheck');
/** The avtal was terminated: plan its end again. */
exports.pubAvtalChangedSignal = (0, workflow_1.defineSignal)('pubAvtalChanged');
/** Answers once the first attempt is made: linked at once, or waiting for an avtal. */
exports.linkFirstOutcomeUpdate = (0, workflow_1.defineUpdate)('linkFirstOutcome');
exports.linkStateQuery = (0, workflow_1.defineQuery)('linkState');
//# sourceMappingURL=insats-link.definitions.js.map