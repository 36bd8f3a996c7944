/**
 * Running orders outlive code: every recorded history (test/fixtures/workflow-histories) must
 * replay against today's workflow code without a nondeterminism error. A change to a workflow's
 * steps that breaks this goes behind `patched()` (README, "Changing a workflow").
 */
import { Worker } from '@temporalio/worker';
import { temporal } from '@temporalio/proto';
import { workflowBundle } from '../../support/config';
import { recordedHistories } from '../../support/histories';

const EventType = temporal.api.enums.v1.EventType;
const histories = recordedHistories();

test('the fixtures cover approve, reject, rules, reminder and a worker crash', () => {
  const names = histories.map((h) => h.workflowId);
  for (const scenario of ['approve', 'reject', 'ineligible', 'reminder', 'crash-resume']) {
    expect(names.some((n) => n.endsWith(`-${scenario}`))).toBe(true);
  }
  // The crash fixture really holds a crash: a workflow or activity task that timed out on the dead worker.
  const crash = histories.find((h) => h.workflowId.endsWith('-crash-resume'))!;
  const types = crash.history.events!.map((e) => e.eventType);
  expect(types.some((t) => t === EventType.EVENT_TYPE_WORKFLOW_TASK_TIMED_OUT || t === EventType.EVENT_TYPE_ACTIVITY_TASK_TIMED_OUT)
    || crash.history.events!.some((e) => (e.activityTaskStartedEventAttributes?.attempt ?? 1) > 1)).toBe(true);
});

test('the request engine has fixtures too: a forward through two stages, and a return and resubmit', () => {
  const names = histories.map((h) => h.workflowId);
  for (const scenario of ['request-v1-af-forward-approve', 'request-v1-return-resubmit']) {
    expect(names.some((n) => n.startsWith(scenario))).toBe(true);
  }
});

test('mandates have fixtures: revoked, and renewed (continued as new) then revoked', () => {
  const names = histories.map((h) => h.workflowId);
  expect(names).toEqual(expect.arrayContaining(['mandate-v1-revoked', 'mandate-v1-renewed-then-revoked']));
});

test('linking and PUB-avtal have fixtures: at once, after a wait, lapsed; an avtal terminated, and one followed by a successor', () => {
  const names = histories.map((h) => h.workflowId);
  for (const scenario of ['link-v1-immediate', 'link-v1-wait-then-link', 'link-v1-lapsed', 'pub-avtal-v1-terminated', 'pub-avtal-v1-successor']) {
    expect(names).toContain(scenario);
  }
});

test.each(histories.map((h) => [h.workflowId, h] as const))('%s replays on the current workflow code', async (_name, history) => {
  const results = Worker.runReplayHistories({ workflowBundle: workflowBundle() }, [history]);
  for await (const result of results) expect(result.error).toBeUndefined();
});
