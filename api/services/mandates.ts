/**
 * Beställare mandates as the API serves them: lists and history for the Part's
 * representatives and BA, registration and renewal as requests of the engine, revocation as an
 * Update of the mandate's workflow. Who may see a mandate is decided in one place (`mandateScope`).
 */
import type { Client } from '@temporalio/client';
import type { AppConfig } from '../../config';
import type { Db, Prisma } from '../../data/prisma';
import { lastDayOfMandate, latestLastDay, mandateStatus, maxRenewalEnd, type MandateState } from '../../domain/mandate';
import { isMandateEffect, REQUEST_KINDS } from '../../domain/request-kinds';
import { ensureMandateWorkflow } from '../../activities/start-mandate-workflow';
import { MANDATE_REFUSALS, mandateWorkflowId, revokeMandateUpdate } from '../../workflows/mandate.definitions';
import { actorOf, type Caller } from '../auth/roles';
import { AppError, notFound } from '../errors';
import { decodeTimeCursor, pageOf } from './cursor';
import { refusalOfUpdate, withinDecisionWait } from './tasks';
import { timelineLabel } from './timeline-labels';

const DAY = 24 * 60 * 60 * 1000;
// The kinds that register or renew a mandate, from the catalog.
const MANDATE_KINDS = Object.values(REQUEST_KINDS).filter((k) => isMandateEffect(k.effect)).map((k) => k.kind);

/** BA sees every mandate; a representative those of the organisations they sign for. */
export function mandateScope(caller: Caller): Prisma.BestallareMandateWhereInput {
  return caller.roles.includes('BA') ? {} : { organisationId: { in: caller.representativeFor } };
}

const include = { person: true, organisation: true } satisfies Prisma.BestallareMandateInclude;
type MandateRow = Prisma.BestallareMandateGetPayload<{ include: typeof include }>;

/**
 * The state as of `now` (domain mandateStatus): a mandate past its end is EXPIRED even before its
 * workflow has recorded it (the moments in between, and mandates from before workflows until
 * they are adopted).
 */
function stateAt(m: { status: MandateState; validFrom: Date; validTo: Date }, now: Date): MandateState {
  const status = mandateStatus(m, now);
  return status === 'VALID' || status === 'NOT_YET_VALID' ? 'ACTIVE' : status;
}

/** The rows whose state as of `now` (stateAt) is `state`. */
function inState(state: MandateState, now: Date): Prisma.BestallareMandateWhereInput {
  if (state === 'ACTIVE') return { status: 'ACTIVE', validTo: { gt: now } };
  if (state === 'EXPIRED') return { OR: [{ status: 'EXPIRED' }, { status: 'ACTIVE', validTo: { lte: now } }] };
  return { status: 'REVOKED' };
}

export function mandateView(m: MandateRow, now: Date) {
  return {
    id: m.id,
    person: { id: m.person.id, name: `${m.person.givenName} ${m.person.familyName}`, email: m.person.email },
    organisation: { id: m.organisation.id, name: m.organisation.name },
    status: stateAt(m, now),
    validFrom: m.validFrom.toISOString(),
    validTo: m.validTo.toISOString(),
    lastDay: lastDayOfMandate(m.validTo),
    daysLeft: Math.ceil((m.validTo.getTime() - now.getTime()) / DAY),
    renewals: m.renewals,
    revokedAt: m.revokedAt?.toISOString() ?? null,
    maxRenewalLastDay: m.status === 'REVOKED' ? null : latestLastDay(maxRenewalEnd(m.validTo, now)),
  };
}

export interface MandateListFilter {
  organisationId?: string;
  expiringWithinDays?: number;
  status?: MandateState;
  limit: number;
  cursor?: string;
}

/**
 * One page of the mandates the caller may see, soonest ending first (keyset on validTo, id). `expiringWithinDays` keeps the active
 * ones that end within that many days; without `status`, revoked mandates are left out.
 */
export async function listMandates(db: Db, caller: Caller, f: MandateListFilter) {
  if (f.organisationId && !caller.roles.includes('BA') && !caller.representativeFor.includes(f.organisationId)) {
    throw new AppError('FORBIDDEN_ROLE', 'Du kan bara se beställare för de organisationer du företräder.');
  }
  const now = new Date();
  const after = f.cursor ? decodeTimeCursor(f.cursor) : null;
  const rows = await db.bestallareMandate.findMany({
    where: {
      AND: [
        mandateScope(caller),
        after ? { OR: [{ validTo: { gt: after.at } }, { validTo: after.at, id: { gt: after.id } }] } : {},
        f.organisationId ? { organisationId: f.organisationId } : {},
        f.status ? inState(f.status, now) : { status: { not: 'REVOKED' } },
        f.expiringWithinDays !== undefined ? { ...inState('ACTIVE', now), validTo: { gt: now, lte: new Date(now.getTime() + f.expiringWithinDays * DAY) } } : {},
      ],
    },
    include,
    orderBy: [{ validTo: 'asc' }, { id: 'asc' }],
    take: f.limit + 1,
  });
  const page = pageOf(rows, f.limit, (m) => m.validTo);
  return { items: page.items.map((m) => mandateView(m, now)), nextCursor: page.nextCursor };
}

/** The mandate, if the caller may see it (404 otherwise: nothing about other organisations). */
export async function findVisibleMandate(db: Db, caller: Caller, id: string): Promise<MandateRow> {
  const m = await db.bestallareMandate.findFirst({ where: { id, ...mandateScope(caller) }, include });
  if (!m) throw notFound('Uppdraget som beställare finns inte.');
  return m;
}

/** The mandate with its history (the audit trail of the mandate) and its requests. */
export async function mandateDetail(db: Db, caller: Caller, id: string) {
  const m = await findVisibleMandate(db, caller, id);
  const [events, requests] = await Promise.all([
    db.auditEvent.findMany({ where: { subjectType: 'MANDATE', subjectId: id }, orderBy: [{ at: 'asc' }, { id: 'asc' }] }),
    db.order.findMany({ where: { kind: { in: MANDATE_KINDS }, subjectPersonId: m.personId, employerId: m.organisationId }, orderBy: { submittedAt: 'asc' } }),
  ]);
  const actorIds = [...new Set(events.map((e) => e.actorId).filter((a): a is string => a !== null))];
  const actors = new Map((await db.person.findMany({ where: { id: { in: actorIds } } })).map((p) => [p.id, `${p.givenName} ${p.familyName}`]));
  return {
    ...mandateView(m, new Date()),
    history: events.map((e) => ({ at: e.at.toISOString(), event: e.event, label: timelineLabel(e.event), actor: e.actorId ? actors.get(e.actorId) ?? null : null, data: (e.data as Record<string, unknown> | null) ?? null })),
    requests: requests.map((o) => ({ id: o.id, kind: o.kind, status: o.status, submittedAt: o.submittedAt.toISOString(), validUntil: String((o.payload as { validUntil?: unknown } | null)?.validUntil ?? '') || null })),
  };
}

const REVOKE_REFUSALS: Record<keyof typeof MANDATE_REFUSALS, () => AppError> = {
  MANDATE_ALREADY_REVOKED: () => new AppError('MANDATE_ALREADY_REVOKED', 'Uppdraget som beställare är redan återkallat.'),
  MANDATE_END_NOT_LATER: () => new AppError('MANDATE_END_NOT_LATER', 'Slutdatumet måste vara senare än uppdragets nuvarande.'),
  FORBIDDEN_ROLE: () => new AppError('FORBIDDEN_ROLE', 'Bara behörighetsadministrationen eller en behörig företrädare för organisationen kan återkalla uppdraget.'),
};

/**
 * Revokes the mandate at once (the Part's representative or BA): the mandate's workflow records
 * it, tells the beställare and ends. Checked here for a clear answer, and again by the Update's
 * validator from the workflow's own state.
 */
export async function revokeMandate(deps: { db: Db; temporal: Client; config: AppConfig }, caller: Caller, id: string, reason?: string) {
  const m = await findVisibleMandate(deps.db, caller, id);
  if (m.status === 'REVOKED') throw REVOKE_REFUSALS.MANDATE_ALREADY_REVOKED();
  // A mandate that predates registration gets its workflow now.
  await ensureMandateWorkflow(deps.db, deps.temporal, deps.config.TEMPORAL_TASK_QUEUE, m.id);
  try {
    await withinDecisionWait(deps.temporal, () => deps.temporal.workflow.getHandle(mandateWorkflowId(id)).executeUpdate(revokeMandateUpdate, { args: [{ by: actorOf(caller), reason }] }));
  } catch (err) {
    const type = (err as { cause?: { type?: string } }).cause?.type;
    if (type && type in REVOKE_REFUSALS) throw REVOKE_REFUSALS[type as keyof typeof MANDATE_REFUSALS]();
    refusalOfUpdate(err);
  }
  return mandateDetail(deps.db, caller, id);
}
