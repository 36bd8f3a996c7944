/**
 * Insatser as the API serves them (DOMAIN.md "Follow-up data", seed 002): everyone with a role in
 * the förbund (and BA) reads them; a förbundsadministratör of that förbund registers and edits
 * them (api/services/forbund-access.ts).
 */
import { randomUUID } from 'node:crypto';
import { audit } from '../../data/audit';
import { dateColumnOf, dayOfDateColumn } from '../../data/civil-day';
import type { Db, Prisma } from '../../data/prisma';
import { insatsSubject } from '../../data/subject';
import { formatFormErrors } from '../../forms';
import { ZInsats, type TInsats } from '../../forms/insats';
import type { Caller } from '../auth/roles';
import { AppError, badRequest, notFound } from '../errors';
import { assertForbundsadministrator, assertReadsForbund, forbundOrNotFound, readsForbund } from './forbund-access';
import { displayName } from '../../domain/identity';

const include = { updatedBy: true } satisfies Prisma.InsatsInclude;
type InsatsRow = Prisma.InsatsGetPayload<{ include: typeof include }>;

export function insatsView(i: InsatsRow) {
  return {
    id: i.id,
    forbundId: i.forbundId,
    name: i.name,
    kind: i.kind as TInsats['kind'],
    periodFrom: dayOfDateColumn(i.periodFrom),
    periodTo: dayOfDateColumn(i.periodTo),
    malgrupper: i.malgrupper as TInsats['malgrupper'],
    esfCofunded: i.esfCofunded,
    budgetSek: i.budgetSek,
    budgetedParticipants: i.budgetedParticipants,
    participantsPerYear: i.participantsPerYear as { year: number; participants: number }[],
    createdAt: i.createdAt.toISOString(),
    updatedAt: i.updatedAt.toISOString(),
    updatedBy: displayName(i.updatedBy),
  };
}

/** The insats as the form has it (to merge an edit into). */
function formOf(i: InsatsRow): TInsats {
  const { id: _id, forbundId: _f, createdAt: _c, updatedAt: _u, updatedBy: _b, ...form } = insatsView(i);
  return form;
}

const columns = (v: TInsats) => ({
  name: v.name,
  kind: v.kind,
  periodFrom: dateColumnOf(v.periodFrom),
  periodTo: dateColumnOf(v.periodTo),
  malgrupper: v.malgrupper,
  esfCofunded: v.esfCofunded,
  budgetSek: v.budgetSek,
  budgetedParticipants: v.budgetedParticipants,
  participantsPerYear: [...(v.participantsPerYear ?? [])].sort((a, b) => a.year - b.year),
});

export async function listInsatser(db: Db, caller: Caller, forbundId: string) {
  await forbundOrNotFound(db, forbundId);
  assertReadsForbund(caller, forbundId, 'insatser');
  const rows = await db.insats.findMany({ where: { forbundId }, include, orderBy: [{ name: 'asc' }, { id: 'asc' }] });
  return rows.map(insatsView);
}

/** One insats, for its förbund's readers; 404 for anyone else (nothing disclosed). */
export async function findInsats(db: Db, caller: Caller, id: string) {
  const row = await db.insats.findUnique({ where: { id }, include });
  if (!row || !readsForbund(caller, row.forbundId)) throw notFound('Insatsen finns inte.');
  return row;
}

export async function createInsats(db: Db, caller: Caller, forbundId: string, body: TInsats) {
  await forbundOrNotFound(db, forbundId);
  assertForbundsadministrator(caller, forbundId, 'registrera och ändra dess insatser');
  const id = randomUUID();
  const row = await db.$transaction(async (tx) => {
    const created = await tx.insats.create({ data: { id, forbundId, ...columns(body), createdById: caller.personId, updatedById: caller.personId }, include });
    await audit(tx, { key: `insats:${id}:created`, event: 'INSATS_CREATED', subject: insatsSubject(id), actorId: caller.personId, authMethod: caller.authMethod, data: { forbundId, name: body.name } });
    return created;
  });
  return insatsView(row);
}

/** The version an edit is made against (`ETag` / `If-Match`): when the insats last changed. */
export const insatsVersion = (i: { updatedAt: Date | string }) => `"${typeof i.updatedAt === 'string' ? i.updatedAt : i.updatedAt.toISOString()}"`;

const editConflict = () => new AppError('EDIT_CONFLICT', 'Insatsen har ändrats av någon annan sedan du öppnade den. Ladda om sidan och gör ändringen igen.');

/**
 * An edit: the fields sent, merged into the insats, checked as the whole insats they make. With
 * `ifMatch` (the version the editor saw), an edit made meanwhile by someone else is never
 * overwritten: 412 EDIT_CONFLICT, and nothing changes.
 */
export async function updateInsats(db: Db, caller: Caller, forbundId: string, id: string, patch: Partial<TInsats>, ifMatch?: string) {
  await forbundOrNotFound(db, forbundId);
  assertForbundsadministrator(caller, forbundId, 'registrera och ändra dess insatser');
  const current = await db.insats.findFirst({ where: { id, forbundId }, include });
  if (!current) throw notFound('Insatsen finns inte i förbundet.');
  if (ifMatch !== undefined && ifMatch !== insatsVersion(current)) throw editConflict();
  const parsed = ZInsats.safeParse({ ...formOf(current), ...patch });
  if (!parsed.success) throw badRequest('Insatsen kan inte ändras så. Se detaljerna per fält.', formatFormErrors(parsed.error));
  const row = await db.$transaction(async (tx) => {
    // Guarded by the version read above: an edit committed in between makes this one a conflict.
    const { count } = await tx.insats.updateMany({ where: { id, updatedAt: current.updatedAt }, data: { ...columns(parsed.data), updatedById: caller.personId } });
    if (count === 0) throw editConflict();
    await audit(tx, { key: `insats:${id}:updated:${randomUUID()}`, event: 'INSATS_UPDATED', subject: insatsSubject(id), actorId: caller.personId, authMethod: caller.authMethod, data: { changed: Object.keys(patch) } });
    return tx.insats.findUniqueOrThrow({ where: { id }, include });
  });
  return insatsView(row);
}
