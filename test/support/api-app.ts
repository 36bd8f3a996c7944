import { randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, type Worker } from '@temporalio/worker';
import { buildApp } from '../../api/app';
import { createDb, type Db } from '../../data/prisma';
import { createWorker } from '../../worker';
import { testConfig, workflowBundle } from './config';
import { startSmtpSink } from './smtp-sink';

/**
 * The real app (app.inject) on the real database and the shared Temporal dev server, with an
 * in-process worker on a task queue of its own and an in-process SMTP server.
 */
export async function startApiHarness() {
  const smtp = await startSmtpSink();
  const config = testConfig({ TEMPORAL_TASK_QUEUE: `api-${randomUUID()}`, SMTP_URL: smtp.url });
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
    };
  }

  return {
    app,
    db,
    temporal,
    smtp,
    login,
    async stop() {
      await app.close();
      worker.shutdown();
      await running;
      await nativeConnection.close();
      await connection.close();
      await smtp.close();
      await db.$disconnect();
    },
  };
}
