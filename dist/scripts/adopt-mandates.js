"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.adoptMandates = adoptMandates;
exports.adoptPubAvtal = adoptPubAvtal;
exports.adoptAllMandates = adoptAllMandates;
/**
 * `npm run mandates:adopt`: gives every mandate without a workflow its workflow (rows from before
 * mandates were workflows, and the seed), so that it reminds, expires and can be renewed;
 * and every PUB-avtal without one its workflow, so that its links end with it.
 * A step of a deployment, run once after the migration; `npm run dev` runs it at every start.
 * Idempotent: a mandate's workflow id is fixed (mandate:<id>) and started only once, and revoked
 * mandates are left alone.
 */
const client_1 = require("@temporalio/client");
const start_link_workflows_1 = require("../activities/start-link-workflows");
const start_mandate_workflow_1 = require("../activities/start-mandate-workflow");
const config_1 = require("../config");
const temporal_1 = require("../config/temporal");
const prisma_1 = require("../data/prisma");
const BATCH = 500;
/** Starts the missing workflows on `taskQueue` (of the mandates `only` picks); returns how many were adopted. */
async function adoptMandates(db, client, taskQueue, only = {}) {
    let adopted = 0;
    for (;;) {
        const batch = await db.bestallareMandate.findMany({ where: { ...only, workflowId: null, status: { not: 'REVOKED' } }, select: { id: true }, orderBy: { id: 'asc' }, take: BATCH });
        if (batch.length === 0)
            return adopted;
        for (const { id } of batch)
            await (0, start_mandate_workflow_1.ensureMandateWorkflow)(db, client, taskQueue, id);
        adopted += batch.length;
    }
}
/** Starts the missing workflows of PUB-avtal on `taskQueue`; returns how many were adopted. */
async function adoptPubAvtal(db, client, taskQueue) {
    const missing = await db.pubAvtal.findMany({ where: { workflowId: null }, select: { id: true }, orderBy: { id: 'asc' } });
    for (const { id } of missing)
        await (0, start_link_workflows_1.ensurePubAvtalWorkflow)(db, client, taskQueue, id);
    return missing.length;
}
/** Adopts every mandate and PUB-avtal without a workflow, with the clients `config` names (the script, `npm run dev`). */
async function adoptAllMandates(config) {
    const db = (0, prisma_1.createDb)(config.DATABASE_URL);
    const connection = await client_1.Connection.connect((0, temporal_1.temporalConnectionOptions)(config));
    try {
        const client = new client_1.Client({ connection, namespace: config.TEMPORAL_NAMESPACE });
        return (await adoptMandates(db, client, config.TEMPORAL_TASK_QUEUE)) + (await adoptPubAvtal(db, client, config.TEMPORAL_TASK_QUEUE));
    }
    finally {
        await connection.close();
        await db.$disconnect();
    }
}
async function main() {
    console.log(`mandates and PUB-avtal: ${await adoptAllMandates((0, config_1.loadConfig)())} adopted into workflows`);
}
if (require.main === module) {
    main().catch((err) => {
        console.error(err);
        process.exit(1);
    });
}
//# sourceMappingURL=adopt-mandates.js.map