"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.answerActivities = exports.activities = void 0;
/**
 * How the workflows call their activities (both proxy the same set, activities/index.ts).
 * Workflow code: options only, no I/O.
 */
const workflow_1 = require("@temporalio/workflow");
// Every activity is a few database statements or one SMTP exchange (10 s connect timeout).
// The timeout is also how long a task held by a crashed worker waits before it is retried.
exports.activities = (0, workflow_1.proxyActivities)({
    startToCloseTimeout: '30 seconds',
    retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});
// Someone waits for the answer (a decision, a resubmission, a cancellation): a few quick tries,
// then it is refused and nothing has changed, instead of a request that hangs while the
// database is away.
exports.answerActivities = (0, workflow_1.proxyActivities)({
    startToCloseTimeout: '10 seconds',
    retry: { initialInterval: '500 milliseconds', backoffCoefficient: 2, maximumAttempts: 3 },
});
//# sourceMappingURL=activity-options.js.map