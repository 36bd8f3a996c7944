/**
 * Insatser as the API serves them (DOMAIN.md "Follow-up data", seed 002): everyone with a role in
 * the förbund (and BA) reads them; a förbundsadministratör of that förbund registers and edits
 * them. Who may do what is decided here, once, from the caller's roles per förbund.
 */
import { randomUUID } from 'node:crypto';
import { audit } from '../../data/audit';
import type { Db, Prisma } from '../../data/prisma';
import { insatsSubject } from '../../data/subject';
import { ROLES } from '../../domain/roles';
import { formatFormErrors } from '../../forms';
import { ZInsats, type TInsats } from '../../forms/insats';
import { holdsIn, type Caller } from '../auth/roles';
import { AppError, badRequest, notFound } from '../errors';

const include = { updatedBy: true } satisfies Prisma.InsatsInclude;
type InsatsRow = Prisma.InsatsGetPayload<{ include: typeof include }>;

const civilDay = (d: Date) => d.toISOString().slice(0, 10);
const atUtcMidnight = (day: string) => new Date(`${day}T00:00:00Z`);

export function insatsView(i: InsatsRow) {
  return {
    id: i.id,
    forbundId: i.forbundId,
    name: i.name,
    kind: i.kind as TInsats['kind'],
    periodFrom: civilDay(i.periodFrom),
    periodTo: civilDay(i.periodTo),
    malgrupper: i.malgrupper as TInsats['malgrupper'],
    esfCofunded: i.esfCofunded,
    budgetSek: i.budgetSek,
    budgetedParticipants: i.budgetedParticipants,
    participantsPerYear: i.participantsPerYear as { year: number; participants: number }[],
    createdAt: i.createdAt.toISOString(),
    updatedAt: i.updatedAt.toISOString(),
    updatedBy: `${i.updatedBy.givenName} ${i.updatedBy.familyName}`,
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
  periodFrom: atUtcMidnight(v.periodFrom),
  periodTo: atUtcMidnight(v.periodTo),
  malgrupper: v.malgrupper,
  esfCofunded: v.esfCofunded,
  budgetSek: v.budgetSek,
  budgetedParticipants: v.budgetedParticipants,
  participantsPerYear: [...(v.participantsPerYear ?? [])].sort((a, b) => a.year - b.year),
});

async function forbundOrNotFound(db: Db, forbundId: string) {
  const forbund = await db.forbund.findUnique({ where: { id: forbundId } });
  if (!forbund) throw notFound('Förbundet finns inte.');
  return forbund;
}

/** BA, and everyone with a role in the förbund, read its insatser. */
function assertReader(caller: Caller, forbundId: string): void {
  if (caller.roles.includes('BA') || holdsIn(caller, forbundId, ...ROLES)) return;
  throw new AppError('FORBIDDEN_ROLE', 'Du har ingen roll i förbundet och kan inte se dess insatser.');
}

/** Only a förbundsadministratör of the förbund registers and edits its insatser. */
function assertAdministrator(caller: Caller, forbundId: string): void {
  if (holdsIn(caller, forbundId, 'FORBUNDSADMINISTRATOR')) return;
  throw new AppError('FORBIDDEN_ROLE', 'Bara förbundets förbundsadministratörer kan registrera och ändra dess insatser.');
}

export async function listInsatser(db: Db, caller: Caller, forbundId: string) {
  await forbundOrNotFound(db, forbundId);
  assertReader(caller, forbundId);
  const rows = await db.insats.findMany({ where: { forbundId }, include, orderBy: [{ name: 'asc' }, { id: 'asc' }] });
  return rows.map(insatsView);
}

/** One insats, for its förbund's readers; 404 for anyone else (nothing disclosed). */
export async function findInsats(db: Db, caller: Caller, id: string) {
  const row = await db.insats.findUnique({ where: { id }, include });
  if (!row || !(caller.roles.includes('BA') || holdsIn(caller, row.forbundId, ...ROLES))) throw notFound('Insatsen finns inte.');
  return row;
}

export async function createInsats(db: Db, caller: Caller, forbundId: string, body: TInsats) {
  await forbundOrNotFound(db, forbundId);
  assertAdministrator(caller, forbundId);
  const id = randomUUID();
  const row = await db.$transaction(async (tx) => {
    const created = await tx.insats.create({ data: { id, forbundId, ...columns(body), createdById: caller.personId, updatedById: caller.personId }, include });
    await audit(tx, { key: `insats:${id}:created`, event: 'INSATS_CREATED', subject: insatsSubject(id), actorId: caller.personId, authMethod: caller.authMethod, data: { forbundId, name: body.name } });
    return created;
  });
  return insatsView(row);
}

/** An edit: the fields sent, merged into the insats, checked as the whole insats they make. */
export async function updateInsats(db: Db, caller: Caller, forbundId: string, id: string, patch: Partial<TInsats>) {
  await forbundOrNotFound(db, forbundId);
  assertAdministrator(caller, forbundId);
  const current = await db.insats.findFirst({ where: { id, forbundId }, include });
  if (!current) throw notFound('Insatsen finns inte i förbundet.');
  const parsed = ZInsats.safeParse({ ...formOf(current), ...patch });
  if (!parsed.success) throw badRequest('Insatsen kan inte ändras så. Se detaljerna per fält.', formatFormErrors(parsed.error));
  const row = await db.$transaction(async (tx) => {
    const updated = await tx.insats.update({ where: { id }, data: { ...columns(parsed.data), updatedById: caller.personId }, include });
    await audit(tx, { key: `insats:${id}:updated:${randomUUID()}`, event: 'INSATS_UPDATED', subject: insatsSubject(id), actorId: caller.personId, authMethod: caller.authMethod, data: { changed: Object.keys(patch) } });
    return updated;
  });
  return insatsView(row);
}
