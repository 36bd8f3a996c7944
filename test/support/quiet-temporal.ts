/**
 * Every integration test file's Temporal runtime logs into the test's log (quiet-environment.ts)
 * instead of the console: worker state changes and the core's warnings are shown only when a
 * test fails. Runs before the test file (jest `setupFilesAfterEnv`), so before any worker is
 * created. The runtime shuts itself down when its last worker closes; one that no worker used
 * is shut down after the file, or it would keep the test process alive.
 */
import { DefaultLogger, makeTelemetryFilterString, Runtime } from '@temporalio/worker';
import type { TestLog } from './quiet-environment';

const log = (globalThis as typeof globalThis & { __testLog?: TestLog }).__testLog;
if (log) {
  const runtime = Runtime.install({
    logger: new DefaultLogger('INFO', (entry) => {
      const at = new Date(Number(entry.timestampNanos / 1_000_000n)).toISOString();
      log.lines.push(`${at} [${entry.level}] ${entry.message}${entry.meta ? ` ${JSON.stringify(entry.meta)}` : ''}`);
    }),
    telemetryOptions: { logging: { filter: makeTelemetryFilterString({ core: 'WARN', other: 'ERROR' }), forward: {} } },
  });
  // Protected in the SDK's types; it is what the SDK itself calls when a worker closes.
  afterAll(() => (runtime as unknown as { shutdownIfIdle(): Promise<void> }).shutdownIfIdle());
}
