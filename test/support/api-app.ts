import { randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, type Worker } from '@temporalio/worker';
import { buildApp } from '../../api/app';
import type { LoginMethod } from '../../domain/login';
import { createDb, type Db } from '../../data/prisma';
import { startDevIdp } from '../../scripts/lib/dev-idp';
import { createWorker } from '../../worker';
import { injectRp, logInThroughIdp } from './oidc-login';
import { freePort } from './ports';
import { testConfig, workflowBundle } from './config';
import { startSmtpSink } from './smtp-sink';

/**
 * The real app (app.inject) on the real database and the shared Temporal dev server, with an
 * in-process worker on a task queue of its own, an in-process SMTP server, and the development
 * identity provider as its own process (OIDC logins, `PUBLIC_URL` is the address it sends browsers back to).
 */
export const HARNESS_PUBLIC_URL = 'http://127.0.0.1:3999';

export async function startApiHarness(overrides: Record<string, string> = {}) {
  const smtp = await startSmtpSink();
  const idp = await startDevIdp({ port: await freePort(), rpUrls: [HARNESS_PUBLIC_URL], quiet: true });
  const config = testConfig({ TEMPORAL_TASK_QUEUE: `api-${randomUUID()}`, SMTP_URL: smtp.url, PUBLIC_URL: HARNESS_PUBLIC_URL, ...idp.env, ...overrides });
  const db: Db = createDb(config.DATABASE_URL);
  const connection = await Connection.connect({ address: config.TEMPORAL_ADDRESS });
  const temporal = new Client({ connection, namespace: config.TEMPORAL_NAMESPACE });
  const nativeConnection = await NativeConnection.connect({ address: config.TEMPORAL_ADDRESS });
  const worker: Worker = await createWorker({ config, db, connection: nativeConnection, workflowBundle: workflowBundle() });
  const running = worker.run();
  const app = await buildApp({ config, db, temporal });

  async function login(personaId: string) {
    const res = await app.inject({ method: 'POST', url: '/auth/dev/login', payload: { personaId } });
    const token = res.json().token as string;
    const headers = { authorization: `Bearer ${token}` };
    return {
      get: (url: string) => app.inject({ method: 'GET', url, headers }),
      post: (url: string, payload: unknown = {}, extra: Record<string, string> = {}) => app.inject({ method: 'POST', url, headers: { ...headers, ...extra }, payload: payload as object }),
      delete: (url: string) => app.inject({ method: 'DELETE', url, headers }),
    };
  }

  /** A browser session through the identity provider: cookie and CSRF headers for app.inject. */
  async function sessionHeaders(personnummer: string, method: LoginMethod = 'BANKID') {
    return (await logInThroughIdp(injectRp(app), personnummer, method)).headers;
  }

  return {
    app,
    db,
    temporal,
    smtp,
    idp,
    config,
    login,
    sessionHeaders,
    async stop() {
      await app.close();
      worker.shutdown();
      await running;
      await nativeConnection.close();
      await connection.close();
      await smtp.close();
      await idp.stop();
      await db.$disconnect();
    },
  };
}
