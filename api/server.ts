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
  const warm = Promise.all([connection.ensureConnected(), db.$queryRaw`SELECT 1`]);
  const app = await buildApp({ config, db, temporal });
  await warm;
  app.addHook('onClose', async () => {
    await connection.close();
    await db.$disconnect();
  });

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      app.log.info(`${signal}: closing`);
      app.close().then(() => process.exit(0), () => process.exit(1));
    });
  }
  await app.listen({ host: config.HOST, port: config.PORT });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
