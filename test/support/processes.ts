import { spawn, type ChildProcess } from 'node:child_process';
import { REPO_ROOT } from '../../scripts/lib/paths';
import type { TestLog } from './quiet-environment';

export interface RunningProcess {
  child: ChildProcess;
  output: () => string;
  /** Resolves once the process has exited. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/**
 * Runs one of the project's entry points as a real separate process and waits until its output
 * contains `readyText`: TypeScript with `node --import tsx` (one process: the tsx CLI would fork
 * a child, and a SIGKILL to the parent would leave that child running), or compiled JavaScript
 * (`dist/…/*.js`, the production build) with plain node.
 */
export async function startProcess(script: string, args: string[], env: NodeJS.ProcessEnv, readyText: string, timeoutMs = 90_000): Promise<RunningProcess> {
  const loader = script.endsWith('.ts') ? ['--import', 'tsx'] : [];
  const child = spawn(process.execPath, [...loader, script, ...args], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  // A failing test prints the last lines of every process it started (quiet-environment.ts).
  (globalThis as typeof globalThis & { __testLog?: TestLog }).__testLog?.processes.set(`${script} (pid ${child.pid})`, () => output);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${script} not ready within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(readyText)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${script} exited with ${code} before it was ready:\n${output}`));
    });
  });
  return {
    child,
    output: () => output,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}
