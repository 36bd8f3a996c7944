// The mail catcher as end-to-end tests and `npm run dev` use it: a separate process started
// with `npx tsx scripts/mail-catcher.ts`, talked to over SMTP and HTTP only.

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { renderMail } from '../../../mail/templates';
import { createMailTransport, MailRecipientRejectedError, sendRenderedMail } from '../../../mail/transport';
import type { CapturedMail } from '../../../mail/catcher/store';

const ROOT = path.resolve(__dirname, '../../..');
const READY = /^MAILCATCHER_READY (\{.*\})$/;

interface RunningCatcher {
  child: ChildProcess;
  smtpPort: number;
  httpPort: number;
  stderr: () => string;
}

function startCatcher(args: string[]): Promise<RunningCatcher> {
  // detached: the child leads its own process group, so stopping it also stops the tsx and
  // node processes npx starts underneath it.
  const child = spawn('npx', ['tsx', 'scripts/mail-catcher.ts', '--smtp-port', '0', '--http-port', '0', ...args], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stopCatcher(child).catch(() => undefined);
      reject(new Error(`mail catcher not ready within 30 s; stderr:\n${stderr}`));
    }, 30_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`mail catcher exited with ${code} before it was ready; stderr:\n${stderr}`));
    });
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = READY.exec(line);
      if (!match) return;
      clearTimeout(timer);
      const ports = JSON.parse(match[1]) as { smtpPort: number; httpPort: number };
      resolve({ child, ...ports, stderr: () => stderr });
    });
  });
}

async function stopCatcher(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  process.kill(-child.pid!, 'SIGTERM');
  await exited;
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function waitUntilClosed(port: number, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (await canConnect(port)) {
    if (Date.now() > deadline) throw new Error(`port ${port} still open ${timeoutMs} ms after SIGTERM`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const MAIL = renderMail({
  template: 'BA_TASK_OVERDUE',
  taskId: 'T-17',
  orderId: 'B-2026-0099',
  subject: 'Ny användare: Åsa Ärlig, Samordningsförbundet Göteborg',
  submittedAt: '2026-11-16T08:00:00Z',
  dueAt: '2026-11-20T15:00:00Z',
  workingDaysOverdue: 2,
});

describe('mail catcher as a separate process', () => {
  let dir: string;
  let catcher: RunningCatcher;
  let base: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'mail-catcher-'));
    catcher = await startCatcher(['--dir', dir]);
    base = `http://127.0.0.1:${catcher.httpPort}`;
  }, 60_000);

  afterAll(async () => {
    if (catcher) await stopCatcher(catcher.child);
    await rm(dir, { recursive: true, force: true });
  });

  async function messages(to?: string): Promise<CapturedMail[]> {
    const res = await fetch(`${base}/messages${to ? `?to=${encodeURIComponent(to)}` : ''}`);
    expect(res.status).toBe(200);
    return (await res.json()) as CapturedMail[];
  }

  function send(to: string, messageId: string) {
    const transport = createMailTransport(`smtp://127.0.0.1:${catcher.smtpPort}`);
    return sendRenderedMail(transport, {
      from: { name: 'Beställningstjänsten', address: 'noreply@behorighet.test' },
      to,
      mail: MAIL,
      messageId,
      headers: { 'X-Behorighet-Task-Id': 'T-17' },
    }).finally(() => transport.close());
  }

  it('printed real ports', () => {
    expect(catcher.smtpPort).toBeGreaterThan(0);
    expect(catcher.httpPort).toBeGreaterThan(0);
  });

  it('captures a rendered mail with å, ä and ö intact and serves it over HTTP', async () => {
    expect(MAIL.subject).toMatch(/å.*ä.*ö|å.*ö.*ä/i);
    const id = await send('ba@forsakringskassan.se', 'task-T-17.overdue-1@behorighet.test');
    expect(id).toBe('<task-T-17.overdue-1@behorighet.test>');

    const [mail, ...rest] = await messages('ba@forsakringskassan.se');
    expect(rest).toEqual([]);
    expect(mail).toMatchObject({
      messageId: '<task-T-17.overdue-1@behorighet.test>',
      from: 'noreply@behorighet.test',
      to: ['ba@forsakringskassan.se'],
      subject: 'Påminnelse: försenad uppgift – Ny användare: Åsa Ärlig, Samordningsförbundet Göteborg',
      html: MAIL.html,
    });
    // SMTP carries CRLF line ends; mailparser hands the text part back with LF, as rendered.
    expect(mail.text).toBe(MAIL.text);
    expect(Date.now() - Date.parse(mail.receivedAt)).toBeLessThan(60_000);

    const html = await fetch(`${base}/messages/${mail.id}.html`);
    expect(await html.text()).toBe(MAIL.html);

    const page = await (await fetch(`${base}/`)).text();
    expect(page).toContain(`<a href="/messages/${mail.id}.html">${MAIL.subject}</a>`);
  });

  it('answers 451 for a held-back recipient until the control is cleared', async () => {
    const held = 'held.back@kommun.se';
    const hold = await fetch(`${base}/control/reject-recipient`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ address: held }),
    });
    expect(hold.status).toBe(204);

    const error = await send(held, 'order-1.approved-user@behorighet.test').catch((err: unknown) => err);
    expect(error).toBeInstanceOf(MailRecipientRejectedError);
    const rejected = error as MailRecipientRejectedError;
    expect(rejected.responseCode).toBeGreaterThanOrEqual(400);
    expect(rejected.responseCode).toBeLessThan(500);
    expect(rejected.temporary).toBe(true);
    expect(await messages(held)).toEqual([]);

    const release = await fetch(`${base}/control/reject-recipient`, { method: 'DELETE' });
    expect(release.status).toBe(204);

    // The retry carries the same Message-ID, so it is recognisably the same e-mail.
    await send(held, 'order-1.approved-user@behorighet.test');
    const delivered = await messages(held);
    expect(delivered.map((m) => m.messageId)).toEqual(['<order-1.approved-user@behorighet.test>']);
  });

  it('keeps the mail across a restart with the same --dir, and DELETE /messages clears it', async () => {
    await send('kept@kommun.se', 'kept-1@behorighet.test');
    const before = await messages();
    expect(before.length).toBeGreaterThanOrEqual(1);

    // SIGTERM closes both servers and ends the process.
    const { smtpPort, httpPort } = catcher;
    await stopCatcher(catcher.child);
    await waitUntilClosed(smtpPort);
    await waitUntilClosed(httpPort);
    expect(catcher.stderr()).toContain('SIGTERM, closing');

    catcher = await startCatcher(['--dir', dir]);
    base = `http://127.0.0.1:${catcher.httpPort}`;
    expect(await messages()).toEqual(before);

    const clear = await fetch(`${base}/messages`, { method: 'DELETE' });
    expect(clear.status).toBe(204);
    expect(await messages()).toEqual([]);
  }, 60_000);
});
