/**
 * The worker process (`npm run worker`): registers every workflow and activity on one task
 * queue. Run N replicas in production.
 */
import path from 'node:path';
import { NativeConnection, Runtime, Worker, type WorkerOptions } from '@temporalio/worker';
import { createActivities } from '../activities';
import { loadConfig, type AppConfig } from '../config';
import { temporalConnectionOptions } from '../config/temporal';
import { createDb, type Db } from '../data/prisma';
import { createMailTransport } from '../mail/transport';
import { heartbeatWhileRunning } from './heartbeat';
import { verifiedWorkflowBundle } from './workflow-bundle';

export interface WorkerDeps {
  config: AppConfig;
  db: Db;
  connection: NativeConnection;
  /** Pre-bundled workflow code (the production build, or the tests' bundle); otherwise bundled at start. */
  workflowBundle?: WorkerOptions['workflowBundle'];
}

/**
 * What every worker of the product runs with, also the tests' own workers:
 * - activities heartbeat while they run (a dead worker is noticed within the heartbeat timeout);
 * - a workflow task waits at most 2 s on a dead worker's sticky queue before any worker may take
 *   it (the SDK's default, 10 s, stalls every workflow a SIGKILLed worker had cached that long).
 *   A healthy worker answers its sticky queue in milliseconds; the cost is an occasional full
 *   replay under heavy load.
 */
export const PRODUCT_WORKER_OPTIONS = {
  interceptors: { activity: [heartbeatWhileRunning] },
  stickyQueueScheduleToStartTimeout: '2 seconds',
} satisfies Partial<WorkerOptions>;

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
    ...PRODUCT_WORKER_OPTIONS,
    // SIGTERM (a rollout, a node drain): stop taking tasks, let running activities finish for
    // the grace period, then cancel them (they are retried elsewhere); SIGKILL loses nothing
    // either, it only costs the activities' timeouts (workflows/activity-options.ts).
    shutdownGraceTime: `${config.SHUTDOWN_GRACE_SECONDS} seconds`,
    shutdownForceTime: `${config.SHUTDOWN_GRACE_SECONDS + 5} seconds`,
    ...(workflowBundle ? { workflowBundle } : { workflowsPath: require.resolve('../workflows') }),
  });
}

async function main(): Promise<void> {
  const config = loadConfig();
  // Temporal's own runtime metrics (task latencies, slots, poll failures, sticky cache) for
  // Prometheus at http://WORKER_METRICS_ADDRESS/metrics. Must precede the first connection.
  if (config.WORKER_METRICS_ADDRESS) {
    Runtime.install({ telemetryOptions: { metrics: { prometheus: { bindAddress: config.WORKER_METRICS_ADDRESS, useSecondsForDurations: true } } } });
  }
  const db = createDb(config.DATABASE_URL);
  const connection = await NativeConnection.connect(temporalConnectionOptions(config));
  // Compiled (dist/worker/index.js, `npm run build`): the build's prebuilt bundle beside it,
  // never webpack at start. Under tsx (development, tests' processes): bundled at start.
  const compiled = __filename.endsWith('.js');
  const bundle = compiled ? verifiedWorkflowBundle(path.resolve(__dirname, '..')) : undefined;
  const worker = await createWorker({ config, db, connection, workflowBundle: bundle && { codePath: bundle.codePath } });
  const code = bundle ? `prebuilt workflow bundle sha256:${bundle.sha256.slice(0, 12)}` : 'workflow code bundled at start';
  const metrics = config.WORKER_METRICS_ADDRESS ? `, metrics on http://${config.WORKER_METRICS_ADDRESS}/metrics` : '';
  console.log(`worker: polling task queue "${config.TEMPORAL_TASK_QUEUE}" on ${config.TEMPORAL_ADDRESS} (${code}${metrics})`);
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
