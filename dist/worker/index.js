"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.PRODUCT_WORKER_OPTIONS = void 0;
exports.createWorker = createWorker;
/**
 * The worker process (`npm run worker`): registers every workflow and activity on one task
 * queue. Run N replicas in production.
 */
const node_path_1 = __importDefault(require("node:path"));
const worker_1 = require("@temporalio/worker");
const activities_1 = require("../activities");
const config_1 = require("../config");
const temporal_1 = require("../config/temporal");
const prisma_1 = require("../data/prisma");
const transport_1 = require("../mail/transport");
const heartbeat_1 = require("./heartbeat");
const workflow_bundle_1 = require("./workflow-bundle");
/**
 * What every worker of the product runs with, also the tests' own workers:
 * - activities heartbeat while they run (a dead worker is noticed within the heartbeat timeout);
 * - a workflow task waits at most 2 s on a dead worker's sticky queue before any worker may take
 *   it (the SDK's default, 10 s, stalls every workflow a SIGKILLed worker had cached that long).
 *   A healthy worker answers its sticky queue in milliseconds; the cost is an occasional full
 *   replay under heavy load.
 */
exports.PRODUCT_WORKER_OPTIONS = {
    interceptors: { activity: [heartbeat_1.heartbeatWhileRunning] },
    stickyQueueScheduleToStartTimeout: '2 seconds',
};
async function createWorker({ config, db, connection, workflowBundle }) {
    const activities = (0, activities_1.createActivities)({
        db,
        mailer: (0, transport_1.createMailTransport)(config.SMTP_URL),
        settings: {
            mailFrom: config.MAIL_FROM,
            baMailbox: config.BA_MAILBOX,
            baDueWorkingDays: config.BA_DUE_WORKING_DAYS,
            baReminderEveryWorkingDays: config.BA_REMINDER_EVERY_WORKING_DAYS,
        },
    });
    return worker_1.Worker.create({
        connection,
        namespace: config.TEMPORAL_NAMESPACE,
        taskQueue: config.TEMPORAL_TASK_QUEUE,
        activities,
        ...exports.PRODUCT_WORKER_OPTIONS,
        // SIGTERM (a rollout, a node drain): stop taking tasks, let running activities finish for
        // the grace period, then cancel them (they are retried elsewhere); SIGKILL loses nothing
        // either, it only costs the activities' timeouts (workflows/activity-options.ts).
        shutdownGraceTime: `${config.WORKER_SHUTDOWN_GRACE_SECONDS} seconds`,
        shutdownForceTime: `${config.WORKER_SHUTDOWN_GRACE_SECONDS + 5} seconds`,
        ...(workflowBundle ? { workflowBundle } : { workflowsPath: require.resolve('../workflows') }),
    });
}
async function main() {
    const config = (0, config_1.loadConfig)();
    // Temporal's own runtime metrics (task latencies, slots, poll failures, sticky cache) for
    // Prometheus at http://WORKER_METRICS_ADDRESS/metrics. Must precede the first connection.
    if (config.WORKER_METRICS_ADDRESS) {
        worker_1.Runtime.install({ telemetryOptions: { metrics: { prometheus: { bindAddress: config.WORKER_METRICS_ADDRESS, useSecondsForDurations: true } } } });
    }
    const db = (0, prisma_1.createDb)(config.DATABASE_URL);
    const connection = await worker_1.NativeConnection.connect((0, temporal_1.temporalConnectionOptions)(config));
    // Compiled (dist/worker/index.js, `npm run build`): the build's prebuilt bundle beside it,
    // never webpack at start. Under tsx (development, tests' processes): bundled at start.
    const compiled = __filename.endsWith('.js');
    const bundle = compiled ? (0, workflow_bundle_1.readWorkflowBundle)(node_path_1.default.resolve(__dirname, '..')) : undefined;
    const worker = await createWorker({ config, db, connection, workflowBundle: bundle && { code: bundle.code } });
    const code = bundle ? `prebuilt workflow bundle sha256:${bundle.sha256.slice(0, 12)}` : 'workflow code bundled at start';
    const metrics = config.WORKER_METRICS_ADDRESS ? `, metrics on http://${config.WORKER_METRICS_ADDRESS}/metrics` : '';
    console.log(`worker: polling task queue "${config.TEMPORAL_TASK_QUEUE}" on ${config.TEMPORAL_ADDRESS} (${code}${metrics})`);
    try {
        await worker.run(); // the SDK shuts down gracefully on SIGINT/SIGTERM
    }
    finally {
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
//# sourceMappingURL=index.js.map