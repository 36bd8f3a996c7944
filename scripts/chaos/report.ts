import type { ChaosReport } from './run';
import { sumOf } from './metrics';

/** The promises a chaos run checks; each broken one as a sentence. */
export function brokenPromises(r: ChaosReport): string[] {
  return [
    r.notFinal > 0 && `${r.notFinal} of ${r.requests} orders are not final`,
    r.doubleGrants > 0 && `${r.doubleGrants} orders granted their role more than once`,
    r.rolesGranted !== r.approvals && `${r.rolesGranted} roles granted for ${r.approvals} approvals`,
    r.mailsLost > 0 && `${r.mailsLost} of ${r.mailsExpected} e-mails never arrived`,
    r.distinctDuplicateMails > 0 && `${r.distinctDuplicateMails} e-mails arrived twice under different Message-IDs`,
    (r.answers['500'] ?? 0) + (r.answers['500 INTERNAL_ERROR'] ?? 0) > 0 && `the API answered 500 ${(r.answers['500'] ?? 0) + (r.answers['500 INTERNAL_ERROR'] ?? 0)} times`,
  ].filter((x): x is string => typeof x === 'string');
}

export function printChaosReport(r: ChaosReport, print: (line: string) => void): void {
  print(`chaos: ${r.requests} orders: ${r.completed} completed, ${r.rejected} rejected, ${r.notFinal} not final`);
  print(`chaos: faults: ${r.workerKills} worker SIGKILLs, ${r.apiKills} API SIGKILLs, ${r.temporalRestarts} Temporal restart(s), SMTP outage`);
  print(`chaos: roles granted ${r.rolesGranted} for ${r.approvals} approvals (${r.doubleGrants} orders granted twice)`);
  print(`chaos: e-mails ${r.mailsExpected} expected, ${r.mailsLost} lost, ${r.distinctDuplicateMails} distinct duplicates, ${r.resentSameMessageId} resent under the same Message-ID`);
  print(`chaos: API answers ${Object.entries(r.answers).sort().map(([k, v]) => `${k}: ${v}`).join(', ')}`);
  const worker = r.metrics.worker;
  print(
    `chaos: worker metrics (the workers running at the end, since their start): ${sumOf(worker, 'temporal_request')} requests to Temporal, ` +
      `${sumOf(worker, 'temporal_request_failure') + sumOf(worker, 'temporal_long_request_failure')} failed, ` +
      `${sumOf(worker, 'temporal_workflow_task_replay_latency_count')} workflow replays, ${sumOf(worker, 'temporal_sticky_cache_miss')} sticky-cache misses`,
  );
  print(`chaos: API metrics: ${sumOf(r.metrics.api, 'http_request_duration_seconds_count')} requests timed, ${sumOf(r.metrics.api, 'http_request_duration_seconds_count', { status_code: '503' })} answered 503; open tasks now ${sumOf(r.metrics.api, 'behorighet_open_tasks')}`);
  print(`chaos: every order final ${r.recoverySeconds === null ? 'NEVER' : `${r.recoverySeconds.toFixed(1)} s after the last fault`}; whole run ${r.elapsedSeconds.toFixed(0)} s`);
  const broken = brokenPromises(r);
  print(broken.length === 0 ? 'chaos: all promises kept' : `chaos: BROKEN: ${broken.join('; ')}`);
}
