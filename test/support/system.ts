import { randomUUID } from 'node:crypto';
import { freePort } from './ports';
import { startProcess, type RunningProcess } from './processes';

/**
 * The whole system as separate real processes against the shared dev server and database:
 * a mail catcher (SMTP), a worker and the API on a real port. Each suite gets its own task
 * queue, so suites do not steal each other's work.
 */
export interface RunningSystem {
  api: string;
  mailHttpPort: number;
  env: NodeJS.ProcessEnv;
  mailCatcher: RunningProcess;
  worker: RunningProcess;
  apiProcess: RunningProcess;
  startWorker(): Promise<RunningProcess>;
  stop(): Promise<void>;
}

export async function startSystem(): Promise<RunningSystem> {
  const mailCatcher = await startProcess('scripts/mail-catcher.ts', ['--smtp-port', '0', '--http-port', '0'], process.env, 'MAILCATCHER_READY');
  const ready = JSON.parse(/MAILCATCHER_READY (\{.*\})/.exec(mailCatcher.output())![1]) as { smtpPort: number; httpPort: number };
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'test',
    DEV_LOGIN: 'true',
    LOG_LEVEL: 'info',
    PORT: String(port),
    SMTP_URL: `smtp://127.0.0.1:${ready.smtpPort}`,
    TEMPORAL_TASK_QUEUE: `e2e-${randomUUID()}`,
  };
  const startWorker = () => startProcess('workflows/worker.ts', [], env, 'worker: polling');
  const [worker, apiProcess] = await Promise.all([startWorker(), startProcess('api/server.ts', [], env, 'Server listening')]);
  const system: RunningSystem = {
    api: `http://127.0.0.1:${port}`,
    mailHttpPort: ready.httpPort,
    env,
    mailCatcher,
    worker,
    apiProcess,
    startWorker,
    stop: async () => {
      await Promise.all([system.worker.stop(), apiProcess.stop(), mailCatcher.stop()]);
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
