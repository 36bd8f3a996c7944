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
import { proxyActivities } from '@temporalio/workflow';
import type { OrderActivities } from '../activities';

export const activities = proxyActivities<OrderActivities>({
  heartbeatTimeout: '5 seconds',
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '10 seconds' },
});

/** How many tries an answer someone waits for gets (a crashed worker's try counts as one). */
export const ANSWER_ATTEMPTS = 5;

// Someone waits for the answer (a decision, a resubmission, a cancellation): one transaction,
// retried quickly — also after a worker crash — at most 5 times within 20 s; then it is refused
// and nothing has changed, instead of a request that hangs while the database is away. The API
// waits 8 s and then says the change is not confirmed yet (DECISION_PENDING): it may still land.
export const answerActivities = proxyActivities<OrderActivities>({
  heartbeatTimeout: '5 seconds',
  startToCloseTimeout: '10 seconds',
  scheduleToCloseTimeout: '20 seconds',
  retry: { initialInterval: '500 milliseconds', backoffCoefficient: 2, maximumInterval: '2 seconds', maximumAttempts: ANSWER_ATTEMPTS },
});
