/**
 * The PUB-avtal register: BA registers and terminates (FK is the controller); BA and
 * everyone with a role in the förbund read it. A termination is recorded, never a deletion.
 */
import { randomUUID } from 'node:crypto';
import type { Client } from '@temporalio/client';
import type { FastifyBaseLogger } from 'fastify';
import { ensurePubAvtalWorkflow } from '../../activities/start-link-workflows';
import type { AppConfig } from '../../config';
import { pubAvtalChangedSignal, pubAvtalWorkflowId } from '../../workflows/insats-link.definitions';
import { audit } from '../../data/audit';
import { dateColumnOf, dayOfDateColumn } from '../../data/civil-day';
import type { Db, Prisma } from '../../data/prisma';
import { pubAvtalPeriodOf } from '../../data/pub-avtal';
import { pubAvtalSubject } from '../../data/subject';
import { pubAvtalState } from '../../domain/pub-avtal';
import { formatStockholmDate } from '../../domain/stockholm-time';
import type { TPubAvtal } from '../../forms/pub-avtal';
import type { Caller } from '../auth/roles';
import { AppError, notFound } from '../errors';
import { assertReadsForbund, forbundOrNotFound } from './forbund-access';
import { displayName } from '../../domain/identity';

const include = { registeredBy: true } satisfies Prisma.PubAvtalInclude;
type PubAvtalRow = Prisma.PubAvtalGetPayload<{ include: typeof include }>;

export function pubAvtalView(a: PubAvtalRow, today: string) {
  const period = pubAvtalPeriodOf(a);
  return {
    id: a.id,
    forbundId: a.forbundId,
    signedOn: dayOfDateColumn(a.signedOn),
    ...period,
    terminationReason: a.terminationReason,
    state: pubAvtalState(period, today),
    registeredAt: a.registeredAt.toISOString(),
    registeredBy: displayName(a.registeredBy),
  };
}

export async function listPubAvtal(db: Db, caller: Caller, forbundId: string) {
  await forbundOrNotFound(db, forbundId);
  assertReadsForbund(caller, forbundId, 'PUB-avtal');
  const rows = await db.pubAvtal.findMany({ where: { forbundId }, include, orderBy: [{ validFrom: 'desc' }, { id: 'asc' }] });
  const today = formatStockholmDate(new Date());
  return rows.map((a) => pubAvtalView(a, today));
}

export interface PubAvtalDeps {
  db: Db;
  temporal: Client;
  config: AppConfig;
  log: FastifyBaseLogger;
}

/**
 * The avtal's workflow (workflows/pub-avtal.ts): started at registration (it wakes the förbund's
 * waiting link requests), told of a termination. The register is the record: when Temporal cannot
 * be reached the avtal stands, and its workflow starts at the next termination or adoption.
 */
async function tellAvtalWorkflow(deps: PubAvtalDeps, id: string, changed: boolean): Promise<void> {
  try {
    await ensurePubAvtalWorkflow(deps.db, deps.temporal, deps.config.TEMPORAL_TASK_QUEUE, id);
    if (changed) await deps.temporal.workflow.getHandle(pubAvtalWorkflowId(id)).signal(pubAvtalChangedSignal);
  } catch (err) {
    deps.log.warn({ err, pubAvtalId: id }, 'PUB-avtal workflow not reached; npm run mandates:adopt starts it');
  }
}

export async function registerPubAvtal(deps: PubAvtalDeps, caller: Caller, forbundId: string, body: TPubAvtal) {
  const { db } = deps;
  await forbundOrNotFound(db, forbundId);
  const today = formatStockholmDate(new Date());
  if (body.signedOn > today) {
    throw new AppError('VALIDATION_ERROR', 'Ett avtal kan inte vara undertecknat i framtiden.', [{ path: 'signedOn', message: `Dagen avtalet undertecknades kan vara senast i dag (${today}).` }]);
  }
  const id = randomUUID();
  const row = await db.$transaction(async (tx) => {
    const created = await tx.pubAvtal.create({
      data: { id, forbundId, signedOn: dateColumnOf(body.signedOn), validFrom: dateColumnOf(body.validFrom), validTo: body.validTo ? dateColumnOf(body.validTo) : null, registeredById: caller.personId },
      include,
    });
    await audit(tx, { key: `pub-avtal:${id}:registered`, event: 'PUB_AVTAL_REGISTERED', subject: pubAvtalSubject(id), actorId: caller.personId, authMethod: caller.authMethod, data: { forbundId, ...body } });
    return created;
  });
  await tellAvtalWorkflow(deps, id, false);
  return pubAvtalView(row, today);
}

/** Terminated from `terminatedOn` (default today): it no longer holds from that day. */
export async function terminatePubAvtal(deps: PubAvtalDeps, caller: Caller, forbundId: string, id: string, body: { terminatedOn?: string; reason?: string }) {
  const { db } = deps;
  const today = formatStockholmDate(new Date());
  const terminatedOn = body.terminatedOn ?? today;
  const row = await db.$transaction(async (tx) => {
    const current = await tx.pubAvtal.findFirst({ where: { id, forbundId } });
    if (!current) throw notFound('PUB-avtalet finns inte för förbundet.');
    if (current.terminatedOn) throw new AppError('PUB_AVTAL_TERMINATED', `PUB-avtalet är redan uppsagt från ${dayOfDateColumn(current.terminatedOn)}.`);
    if (terminatedOn < today) {
      throw new AppError('VALIDATION_ERROR', 'En uppsägning kan inte gälla från en dag som har varit.', [{ path: 'terminatedOn', message: `Ange i dag (${today}) eller en senare dag.` }]);
    }
    const updated = await tx.pubAvtal.update({ where: { id }, data: { terminatedOn: dateColumnOf(terminatedOn), terminationReason: body.reason?.trim() || null, terminatedById: caller.personId }, include });
    await audit(tx, { key: `pub-avtal:${id}:terminated`, event: 'PUB_AVTAL_TERMINATED', subject: pubAvtalSubject(id), actorId: caller.personId, authMethod: caller.authMethod, data: { forbundId, terminatedOn, reason: body.reason?.trim() || null } });
    return updated;
  });
  await tellAvtalWorkflow(deps, id, true);
  return pubAvtalView(row, today);
}
