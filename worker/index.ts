/**
 * The worker process (`npm run worker`): registers every workflow and activity on one task
 * queue. Run N replicas in production.
 */
import { NativeConnection, Worker, type WorkerOptions } from '@temporalio/worker';
import { createActivities } from '../activities';
import { loadConfig, type AppConfig } from '../config';
import { temporalConnectionOptions } from '../config/temporal';
import { createDb, type Db } from '../data/prisma';
import { createMailTransport } from '../mail/transport';

export interface WorkerDeps {
  config: AppConfig;
  db: Db;
  connection: NativeConnection;
  /** Pre-bundled workflow code (tests bundle once per suite); otherwise bundled at start. */
  workflowBundle?: WorkerOptions['workflowBundle'];
}

export async function createWorker({ config, db, connection, workflowBundle }: WorkerDeps): Promise<Worker> {
  const activities = createActivities({
    db,
    mailer: createMailTransport(config.SMTP_URL),
    settings: {
      mailFrom: config.MAIL_FROM,
      baMailbox: config.BA_MAILBOX,
      baDueWorkingDays: config.BA_DUE_WORKING_DAYS,
      baReminderEveryWorkingDays: config.BA_REMINDER_EVERY_WORKING_DAYS,
    },
  });
  return Worker.create({
    connection,
    namespace: config.TEMPORAL_NAMESPACE,
    taskQueue: config.TEMPORAL_TASK_QUEUE,
    activities,
    ...(workflowBundle ? { workflowBundle } : { workflowsPath: require.resolve('../workflows') }),
  });
}

async function main(): Promise<void> {
  const config = loadConfig();
  const db = createDb(config.DATABASE_URL);
  const connection = await NativeConnection.connect(temporalConnectionOptions(config));
  const worker = await createWorker({ config, db, connection });
  console.log(`worker: polling task queue "${config.TEMPORAL_TASK_QUEUE}" on ${config.TEMPORAL_ADDRESS}`);
  try {
    await worker.run(); // the SDK shuts down gracefully on SIGINT/SIGTERM
  } finally {
    await connection.close();
    await db.$disconnect();
  }
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
