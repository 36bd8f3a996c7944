import { spawn } from 'node:child_process';
import { Connection } from '@temporalio/client';
import { temporalCliPath } from '../temporal-binaries';

export interface DevServer {
  address: string;
  uiUrl?: string;
  stop(): Promise<void>;
}

/**
 * Starts `temporal server start-dev` as a child process and waits until it answers.
 * `dbFile` persists history across restarts; without it the server keeps everything in memory.
 */
export async function startTemporalDevServer(opts: { port: number; uiPort?: number; dbFile?: string; quiet?: boolean }): Promise<DevServer> {
  const cli = await temporalCliPath({ quiet: opts.quiet });
  const args = ['server', 'start-dev', '--ip', '127.0.0.1', '--port', String(opts.port), '--log-level', 'warn'];
  if (opts.uiPort) args.push('--ui-port', String(opts.uiPort));
  else args.push('--headless');
  if (opts.dbFile) args.push('--db-filename', opts.dbFile);
  const child = spawn(cli, args, { stdio: ['ignore', 'ignore', opts.quiet ? 'ignore' : 'inherit'] });
  let exited = false;
  child.once('exit', () => (exited = true));
  // If our process ends without stop() (a crash, another library's exit hook), take it along.
  process.once('exit', () => exited || child.kill('SIGTERM'));

  const address = `127.0.0.1:${opts.port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) throw new Error(`temporal server start-dev exited early (is port ${opts.port} in use?)`);
    try {
      const connection = await Connection.connect({ address, connectTimeout: 1000 });
      await connection.workflowService.getSystemInfo({});
      await connection.close();
      break;
    } catch (err) {
      if (Date.now() > deadline) {
        child.kill('SIGKILL');
        throw new Error(`Temporal dev server did not answer on ${address} within 60 s: ${(err as Error).message}`);
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  }

  return {
    address,
    uiUrl: opts.uiPort ? `http://127.0.0.1:${opts.uiPort}` : undefined,
    stop: () =>
      new Promise<void>((resolve) => {
        if (exited) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
      }),
  };
}
