/**
 * The integration tests' environment: quiet while tests pass, everything when one fails.
 * Temporal's runtime logs (worker state changes, core warnings) of the in-process workers
 * (test/support/quiet-temporal.ts) and the output of the processes a test starts
 * (test/support/processes.ts) are kept, and printed only for a failing test or hook: the log
 * lines since that test started, and the last lines of each process's output.
 */
import type { Circus } from '@jest/types';
import { TestEnvironment } from 'jest-environment-node';

export interface TestLog {
  /** Temporal runtime log lines of this test file, in order. */
  lines: string[];
  /** Output of the processes started by this test file, by name. */
  processes: Map<string, () => string>;
}

const PROCESS_TAIL_LINES = 60;

export default class QuietEnvironment extends TestEnvironment {
  private readonly log: TestLog = { lines: [], processes: new Map() };
  private testStartedAt = 0;

  constructor(...args: ConstructorParameters<typeof TestEnvironment>) {
    super(...args);
    (this.global as unknown as { __testLog: TestLog }).__testLog = this.log;
  }

  handleTestEvent(event: Circus.Event): void {
    if (event.name === 'test_start') this.testStartedAt = this.log.lines.length;
    if (event.name === 'test_fn_failure' || event.name === 'hook_failure') this.flush(event.name === 'hook_failure' ? 0 : this.testStartedAt);
  }

  private flush(from: number): void {
    const out: string[] = [];
    const lines = this.log.lines.slice(from);
    if (lines.length) out.push('── Temporal runtime log of the failing test ──', ...lines);
    for (const [name, output] of this.log.processes) {
      out.push(`── last lines of ${name} ──`, ...output().trimEnd().split('\n').slice(-PROCESS_TAIL_LINES));
    }
    if (out.length) process.stderr.write(`\n${out.join('\n')}\n\n`);
  }
}
