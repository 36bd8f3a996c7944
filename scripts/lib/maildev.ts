/**
 * MailDev (npm `maildev`) as a child process: the SMTP server that catches every e-mail in
 * `npm run dev` and the end-to-end tests, with its web page and REST API (`/api/email`).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { REPO_ROOT } from './paths';

export interface Maildev {
  smtpPort: number;
  webPort: number;
  process: ChildProcess;
  stop(): Promise<void>;
}

const MAILDEV_BIN = path.join(REPO_ROOT, 'node_modules', '.bin', 'maildev');

/** Fails clearly when a port is taken (say, by a MailDev an earlier run left behind). */
function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (err: NodeJS.ErrnoException) =>
      reject(err.code === 'EADDRINUSE' ? new Error(`port ${port} is in use: stop whatever listens there (an earlier MailDev?) and try again`) : err));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}

export async function startMaildev(opts: { smtpPort: number; webPort: number; mailDirectory?: string; quiet?: boolean }): Promise<Maildev> {
  // Otherwise another process answering on the web port would pass for this one being ready.
  await assertPortFree(opts.smtpPort);
  await assertPortFree(opts.webPort);
  const args = ['--smtp', String(opts.smtpPort), '--web', String(opts.webPort), '--ip', '127.0.0.1', '--web-ip', '127.0.0.1'];
  if (opts.mailDirectory) args.push('--mail-directory', opts.mailDirectory);
  const child = spawn(MAILDEV_BIN, args, { cwd: REPO_ROOT, stdio: ['ignore', opts.quiet ? 'ignore' : 'inherit', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`maildev exited with ${child.exitCode} before it was ready`);
    try {
      if ((await fetch(`http://127.0.0.1:${opts.webPort}/api/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`maildev did not answer on port ${opts.webPort} within 30 s`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { smtpPort: opts.smtpPort, webPort: opts.webPort, process: child, stop };
}
