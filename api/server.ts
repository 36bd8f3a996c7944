/** The API process (`npm run api`): builds the app, listens, and shuts down gracefully. */
import { Client, Connection } from '@temporalio/client';
import { loadConfig } from '../config';
import { temporalConnectionOptions } from '../config/temporal';
import { createDb } from '../data/prisma';
import { buildApp } from './app';

async function main(): Promise<void> {
  const config = loadConfig();
  const db = createDb(config.DATABASE_URL);
  // A restarted API serves again as soon as it can: Temporal's connection and the database's
  // first connection (and Prisma's query engine) come up while the routes are being built,
  // instead of one after the other or on the first request.
  const connection = Connection.lazy(temporalConnectionOptions(config));
  const temporal = new Client({ connection, namespace: config.TEMPORAL_NAMESPACE });
  // Temporal unreachable stops the start as before; a database that is not there yet does not:
  // /ready answers 503 naming it until it is.
  const temporalUp = connection.ensureConnected();
  temporalUp.catch(() => undefined); // awaited below, after the routes are built
  const databaseDown = db.$queryRaw`SELECT 1`.then(() => null, (err: unknown) => err);
  const app = await buildApp({ config, db, temporal });
  await temporalUp;
  const down = await databaseDown;
  if (down) app.log.warn({ err: down }, 'the database does not answer yet; /ready says so until it does');
  app.addHook('onClose', async () => {
    await connection.close();
    await db.$disconnect();
  });

  // SIGTERM (a rollout, a node drain): take no new requests (Fastify answers 503 on a kept-alive
  // connection), finish the ones in flight, and close each connection after its answer, so that
  // clients' kept-alive connections do not hold the process for Fastify's 72 s keep-alive.
  // Past SHUTDOWN_GRACE_SECONDS it exits anyway.
  let closing = false;
  app.addHook('onSend', async (_request, reply) => {
    if (closing) reply.header('connection', 'close');
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      closing = true;
      app.log.info(`${signal}: closing`);
      setTimeout(() => process.exit(1), config.SHUTDOWN_GRACE_SECONDS * 1000).unref();
      app.close().then(() => process.exit(0), () => process.exit(1));
    });
  }
  await app.listen({ host: config.HOST, port: config.PORT });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
