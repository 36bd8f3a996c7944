/**
 * Chaos in the suite (issue 18, scaled down): 30 orders through two APIs and two workers of the
 * production build (`npm run build`'s output, built here so it is never stale), round-robin over
 * the APIs, while a worker is SIGKILLed every 3–6 s, one API is SIGKILLed once, Temporal is
 * restarted and SMTP is down for 8 s. Every order must end final, no role granted twice, no
 * e-mail lost or sent twice under two Message-IDs, never a 500; the metrics of both kinds of
 * process are read. `npm run chaos` is the full-size run (150 orders).
 */
import { buildProduction } from '../../scripts/build';
import { sumOf } from '../../scripts/chaos/metrics';
import { brokenPromises, printChaosReport } from '../../scripts/chaos/report';
import { runChaos, type ChaosReport } from '../../scripts/chaos/run';

let report: ChaosReport;

beforeAll(async () => {
  await buildProduction({ quiet: true });
  report = await runChaos({
    requests: 30,
    apis: 2,
    workers: 2,
    killEveryMs: [3000, 6000],
    smtpDownMs: 8000,
    minFaultMs: 30_000,
    settleTimeoutMs: 120_000,
    databaseUrl: process.env.DATABASE_URL!,
    compiled: true,
    log: () => undefined,
  });
  // The run's figures belong in the output whether it passes or not (the recovery time above all).
  const lines: string[] = [];
  printChaosReport(report, (line) => lines.push(line));
  process.stderr.write(`\n${lines.join('\n')}\n`);
}, 300_000);

test('every order is final, no role granted twice, no e-mail lost or duplicated, never a 500', () => {
  expect(brokenPromises(report)).toEqual([]);
  expect(report.requests).toBe(30);
  expect(report.completed + report.rejected).toBe(30);
  expect(report.recoverySeconds).not.toBeNull();
});

test('the faults happened: workers and an API killed, Temporal restarted', () => {
  expect(report.workerKills).toBeGreaterThanOrEqual(5);
  expect(report.apiKills).toBe(1);
  expect(report.temporalRestarts).toBe(1);
});

test('the API and the workers export their metrics for Prometheus', () => {
  // The API: request latencies per route and status, and the open tasks per stage.
  expect(sumOf(report.metrics.api, 'http_request_duration_seconds_count')).toBeGreaterThan(0);
  expect(report.metrics.api.some((s) => s.name === 'behorighet_open_tasks')).toBe(true);
  expect(report.metrics.api.some((s) => s.name === 'nodejs_eventloop_lag_seconds')).toBe(true);
  // The workers: Temporal's own runtime metrics (each from its current process's life).
  expect(report.metrics.worker.some((s) => s.name.startsWith('temporal_'))).toBe(true);
});
