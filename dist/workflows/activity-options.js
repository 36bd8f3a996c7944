"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.answerActivities = exports.activities = void 0;
/**
 * How the workflows call their activities (all proxy the same set, activities/index.ts).
 * Workflow code: options only, no I/O. Timeouts and retries are free to change under running
 * workflows (they are not part of what replay compares).
 *
 * How fast a crash is recovered is decided here:
 * - heartbeatTimeout 5 s, for every activity: the worker heartbeats every second while any
 *   activity runs (worker/heartbeat.ts), so the task of a worker that died (SIGKILL, OOM, a lost
 *   node) is retried on another within 5 s, whatever the activity is doing;
 * - startToCloseTimeout, the bound on one attempt of a process that is alive but stuck: the
 *   longest an activity's work can take. Most activities are a few statements in one transaction
 *   (milliseconds); those that may send e-mail hold one SMTP exchange per message (10 s to
 *   connect, 10 s greeting, 30 s socket: mail/transport.ts), so one minute covers both;
 * - retries back off from 1 s to at most 10 s: after an outage (the database, SMTP) the
 *   requests go on within seconds of its end. Every activity is safe to retry.
 */
const workflow_1 = require("@temporalio/workflow");
exports.activities = (0, workflow_1.proxyActivities)({
    heartbeatTimeout: '5 seconds',
    startToCloseTimeout: '1 minute',
    retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '10 seconds' },
});
// Someone waits for the answer (a decision, a resubmission, a cancellation): one transaction,
// retried quickly — also after a worker crash — for at most 20 s; then it is refused and nothing
// has changed, instead of a request that hangs while the database is away. The API waits 8 s
// and then says the change is not confirmed yet (DECISION_PENDING): it may still be recorded.
exports.answerActivities = (0, workflow_1.proxyActivities)({
    heartbeatTimeout: '5 seconds',
    startToCloseTimeout: '10 seconds',
    scheduleToCloseTimeout: '20 seconds',
    retry: { initialInterval: '500 milliseconds', backoffCoefficient: 2, maximumInterval: '2 seconds' },
});
//# sourceMappingURL=activity-options.js.map