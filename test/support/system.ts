import { randomUUID } from 'node:crypto';
import { startDevIdp, type DevIdp } from '../../scripts/lib/dev-idp';
import { startMaildev, type Maildev } from '../../scripts/lib/maildev';
import { maildevMailTo, type CapturedMail } from './mail';
import { freePort } from './ports';
import { startProcess, type RunningProcess } from './processes';

/**
 * The whole system as separate real processes against the shared dev server and database:
 * MailDev (SMTP), the development identity provider, a worker and the API on a real port (with
 * both the development login and OIDC logins). Each suite gets its own task queue, so
 * suites do not steal each other's work. A suite that must make the mail server refuse passes
 * its own `smtpUrl` (test/support/smtp-sink.ts) and reads the mail there; one that must see only
 * its own orders passes a `databaseUrl` of its own.
 */
export interface RunningSystem {
  api: string;
  env: NodeJS.ProcessEnv;
  idp: DevIdp;
  worker: RunningProcess;
  apiProcess: RunningProcess;
  /** The mail MailDev caught for one recipient (when no smtpUrl was given). */
  mailTo(address: string): Promise<CapturedMail[]>;
  startWorker(): Promise<RunningProcess>;
  stop(): Promise<void>;
}

export async function startSystem(options: { smtpUrl?: string; databaseUrl?: string } = {}): Promise<RunningSystem> {
  let maildev: Maildev | undefined;
  if (!options.smtpUrl) maildev = await startMaildev({ smtpPort: await freePort(), webPort: await freePort(), quiet: true });
  const port = await freePort();
  const api = `http://127.0.0.1:${port}`;
  const idp = await startDevIdp({ port: await freePort(), rpUrls: [api], quiet: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...idp.env,
    PUBLIC_URL: api,
    NODE_ENV: 'test',
    DEV_LOGIN: 'true',
    LOG_LEVEL: 'info',
    PORT: String(port),
    SMTP_URL: options.smtpUrl ?? `smtp://127.0.0.1:${maildev!.smtpPort}`,
    TEMPORAL_TASK_QUEUE: `e2e-${randomUUID()}`,
    ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
  };
  const startWorker = () => startProcess('worker/index.ts', [], env, 'worker: polling');
  const [worker, apiProcess] = await Promise.all([startWorker(), startProcess('api/server.ts', [], env, 'Server listening')]);
  const system: RunningSystem = {
    api,
    env,
    idp,
    worker,
    apiProcess,
    mailTo: async (address) => {
      if (!maildev) throw new Error('this system sends its mail to the smtpUrl it was given');
      return maildevMailTo(maildev.webPort, address);
    },
    startWorker,
    stop: async () => {
      await Promise.all([system.worker.stop(), apiProcess.stop(), maildev?.stop(), idp.stop()]);
    },
  };
  return system;
}
/** A small JSON client for the API, logged in as a seeded persona. */
export async function loginAs(api: string, personaId: string) {
  const res = await fetch(`${api}/auth/dev/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ personaId }) });
  if (!res.ok) throw new Error(`login as ${personaId}: ${res.status} ${await res.text()}`);
  const { token } = (await res.json()) as { token: string };
  const call = async (method: string, url: string, body?: unknown) => {
    const r = await fetch(`${api}${url}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: r.status, body: (await r.json()) as any };
  };
  return { get: (url: string) => call('GET', url), post: (url: string, body?: unknown) => call('POST', url, body ?? {}) };
}
