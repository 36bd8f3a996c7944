/**
 * `npm run mandates:adopt`: gives every mandate without a workflow its workflow (rows from before
 * mandates were workflows, and the seed), so that it reminds, expires and can be renewed;
 * and every PUB-avtal without one its workflow, so that its links end with it.
 * A step of a deployment, run once after the migration; `npm run dev` runs it at every start.
 * Idempotent: a mandate's workflow id is fixed (mandate:<id>) and started only once, and revoked
 * mandates are left alone.
 */
import { Client, Connection } from '@temporalio/client';
import { ensurePubAvtalWorkflow } from '../activities/start-link-workflows';
import { ensureMandateWorkflow } from '../activities/start-mandate-workflow';
import { loadConfig, type AppConfig } from '../config';
import { temporalConnectionOptions } from '../config/temporal';
import { createDb, type Db, type Prisma } from '../data/prisma';

const BATCH = 500;

/** Starts the missing workflows on `taskQueue` (of the mandates `only` picks); returns how many were adopted. */
export async function adoptMandates(db: Db, client: Client, taskQueue: string, only: Prisma.BestallareMandateWhereInput = {}): Promise<number> {
  let adopted = 0;
  for (;;) {
    const batch = await db.bestallareMandate.findMany({ where: { ...only, workflowId: null, status: { not: 'REVOKED' } }, select: { id: true }, orderBy: { id: 'asc' }, take: BATCH });
    if (batch.length === 0) return adopted;
    for (const { id } of batch) await ensureMandateWorkflow(db, client, taskQueue, id);
    adopted += batch.length;
  }
}

/** Starts the missing workflows of PUB-avtal on `taskQueue`; returns how many were adopted. */
export async function adoptPubAvtal(db: Db, client: Client, taskQueue: string): Promise<number> {
  const missing = await db.pubAvtal.findMany({ where: { workflowId: null }, select: { id: true }, orderBy: { id: 'asc' } });
  for (const { id } of missing) await ensurePubAvtalWorkflow(db, client, taskQueue, id);
  return missing.length;
}

/** Adopts every mandate and PUB-avtal without a workflow, with the clients `config` names (the script, `npm run dev`). */
export async function adoptAllMandates(config: AppConfig): Promise<number> {
  const db = createDb(config.DATABASE_URL);
  const connection = await Connection.connect(temporalConnectionOptions(config));
  try {
    const client = new Client({ connection, namespace: config.TEMPORAL_NAMESPACE });
    return (await adoptMandates(db, client, config.TEMPORAL_TASK_QUEUE)) + (await adoptPubAvtal(db, client, config.TEMPORAL_TASK_QUEUE));
  } finally {
    await connection.close();
    await db.$disconnect();
  }
}

async function main(): Promise<void> {
  console.log(`mandates and PUB-avtal: ${await adoptAllMandates(loadConfig())} adopted into workflows`);
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
