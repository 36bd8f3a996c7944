/**
 * Linking deltagaransvariga to insatser as the API serves it. A förbundsadministratör
 * of the insats's förbund asks for a link (carried by its workflow, which waits for a PUB-avtal
 * when none is in force) and removes one at once; everyone with a role in the förbund and BA read
 * who is linked, and each such read is processing of personal data: it is logged.
 */
import { randomUUID } from 'node:crypto';
import type { Client } from '@temporalio/client';
import { endLinksInTx } from '../../activities/insats-link';
import { startLinkWorkflow } from '../../activities/start-link-workflows';
import type { AppConfig } from '../../config';
import { audit } from '../../data/audit';
import { logProcessing } from '../../data/processing-log';
import { Prisma, type Db } from '../../data/prisma';
import { pubAvtalOnDay } from '../../data/pub-avtal';
import { linkSubject } from '../../data/subject';
import { NO_PUB_AVTAL, NOT_DELTAGARANSVARIG_IN_FORBUND } from '../../domain/eligibility-rules/insats-link';
import { LINK_WAIT_DAYS, OPEN_LINK_STATUSES, type LinkEndReason } from '../../domain/insats-link';
import { formatStockholmDate } from '../../domain/stockholm-time';
import type { TLinkRequest } from '../../forms/insats-link';
import { linkRecheckSignal, linkWorkflowId } from '../../workflows/insats-link.definitions';
import type { Caller } from '../auth/roles';
import { AppError, notFound } from '../errors';
import { assertForbundsadministrator, assertReadsForbund, forbundOrNotFound } from './forbund-access';
import { findInsats } from './insatser';
import { refused } from './orders';
import { withinDecisionWait } from './tasks';
import { displayName } from '../../domain/identity';

const DAY = 24 * 60 * 60 * 1000;
const include = { person: true, requestedBy: true, insats: true } satisfies Prisma.InsatsLinkInclude;
type LinkRow = Prisma.InsatsLinkGetPayload<{ include: typeof include }>;

export function linkView(l: LinkRow) {
  return {
    id: l.id,
    insatsId: l.insatsId,
    insatsName: l.insats.name,
    forbundId: l.forbundId,
    status: l.status,
    person: { id: l.personId, name: displayName(l.person), email: l.person.email },
    requestedAt: l.requestedAt.toISOString(),
    requestedBy: displayName(l.requestedBy),
    waitUntil: l.waitUntil.toISOString(),
    linkedAt: l.linkedAt?.toISOString() ?? null,
    pubAvtalId: l.pubAvtalId,
    endedAt: l.endedAt?.toISOString() ?? null,
    endReason: l.endReason as LinkEndReason | null,
    refusedBy: l.status === 'LAPSED' ? NO_PUB_AVTAL : l.status === 'REFUSED' ? NOT_DELTAGARANSVARIG_IN_FORBUND : null,
  };
}

/**
 * Who is linked to the insats (and who waits to be); `history`: also ended links. The read is
 * logged per person shown, under the avtal in force today.
 */
export async function listLinks(db: Db, caller: Caller, insatsId: string, history = false) {
  const insats = await findInsats(db, caller, insatsId);
  return db.$transaction(async (tx) => {
    const rows = await tx.insatsLink.findMany({ where: { insatsId, ...(history ? {} : { status: { in: [...OPEN_LINK_STATUSES] } }) }, include, orderBy: [{ requestedAt: 'asc' }, { id: 'asc' }] });
    const { inForce } = await pubAvtalOnDay(tx, insats.forbundId, formatStockholmDate(new Date()));
    const personIds = [...new Set(rows.map((r) => r.personId))];
    await logProcessing(tx, { key: `read:${randomUUID()}`, action: 'READ_LINKS', personIds, actorId: caller.personId, authMethod: caller.authMethod, forbundId: insats.forbundId, insatsId, pubAvtalId: inForce?.id ?? null });
    return rows.map(linkView);
  });
}

/**
 * asks to link the deltagaransvarig (by personnummer or register id) to the insats. Answers with
 * the link's state after the workflow's first attempt: LINKED, or WAITING_FOR_PUB_AVTAL.
 */
export async function requestLink(deps: { db: Db; temporal: Client; config: AppConfig }, caller: Caller, insatsId: string, body: TLinkRequest) {
  const { db } = deps;
  const insats = await findInsats(db, caller, insatsId);
  assertForbundsadministrator(caller, insats.forbundId, 'koppla deltagaransvariga till dess insatser');
  // R-32, with one answer whether the register holds the person or not.
  const person = await db.person.findUnique({ where: body.personId !== undefined ? { id: body.personId } : { personnummer: body.personnummer! } });
  const holds = person && (await db.userRole.findFirst({ where: { personId: person.id, forbundId: insats.forbundId, role: 'DELTAGARANSVARIG' } }));
  if (!person || !holds) throw refused([NOT_DELTAGARANSVARIG_IN_FORBUND]);

  const id = randomUUID();
  const requestedAt = new Date();
  const link = await db.insatsLink
    .create({ data: { id, insatsId, forbundId: insats.forbundId, personId: person.id, status: 'WAITING_FOR_PUB_AVTAL', requestedAt, requestedById: caller.personId, waitUntil: new Date(requestedAt.getTime() + LINK_WAIT_DAYS * DAY) } })
    .catch((err: unknown) => {
      if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2002') throw new AppError('LINK_EXISTS', `${displayName(person)} är redan kopplad till insatsen, eller så väntar en begäran om det.`);
      throw err;
    });
  try {
    await withinDecisionWait(deps.temporal, () => startLinkWorkflow(db, deps.temporal, deps.config.TEMPORAL_TASK_QUEUE, link, caller.authMethod ?? null));
  } catch {
    // Not started: the request is as if never made. Started but not yet answered (no worker
    // right now): the workflow carries it on, and the answer is where it stands.
    const started = (await db.insatsLink.findUniqueOrThrow({ where: { id }, select: { workflowId: true } })).workflowId;
    if (!started) {
      await db.insatsLink.delete({ where: { id } });
      throw new AppError('WORKFLOW_UNAVAILABLE', 'Kopplingen kunde inte begäras just nu. Försök igen om en stund.');
    }
  }
  await db.$transaction((tx) => audit(tx, { key: `${id}:requested`, event: 'LINK_REQUESTED', subject: linkSubject(id), actorId: caller.personId, authMethod: caller.authMethod, at: requestedAt, data: { insatsId, personId: person.id } }));
  const row = await db.insatsLink.findUniqueOrThrow({ where: { id }, include });
  if (row.status === 'REFUSED') throw refused([NOT_DELTAGARANSVARIG_IN_FORBUND]); // the role went while it was asked for
  return linkView(row);
}

/** removes the link at once (or withdraws the waiting request); logged as processing. */
export async function unlink(deps: { db: Db; temporal: Client }, caller: Caller, insatsId: string, linkId: string) {
  const { db } = deps;
  const insats = await findInsats(db, caller, insatsId);
  assertForbundsadministrator(caller, insats.forbundId, 'ta bort kopplingar till dess insatser');
  const link = await db.insatsLink.findFirst({ where: { id: linkId, insatsId } });
  if (!link) throw notFound('Kopplingen finns inte för insatsen.');
  const { ended } = await db.$transaction((tx) => endLinksInTx(tx, { id: linkId }, { reason: 'UNLINKED', at: new Date(), byId: caller.personId, authMethod: caller.authMethod, key: `${linkId}:unlink` }));
  if (ended === 0) throw new AppError('LINK_ENDED', 'Kopplingen är redan borttagen, eller så förföll eller avslogs begäran.');
  if (link.status === 'WAITING_FOR_PUB_AVTAL') {
    // The workflow would find it ended at its next attempt anyway; this ends it now.
    await deps.temporal.workflow.getHandle(linkWorkflowId(linkId)).signal(linkRecheckSignal).catch(() => undefined);
  }
  return linkView(await db.insatsLink.findUniqueOrThrow({ where: { id: linkId }, include }));
}

/** The caller's own links (a deltagaransvarig's insatser). */
export async function myLinks(db: Db, caller: Caller) {
  const rows = await db.insatsLink.findMany({ where: { personId: caller.personId, status: 'LINKED' }, include, orderBy: [{ insats: { name: 'asc' } }, { id: 'asc' }] });
  return rows.map(linkView);
}

/** The förbund's förbundsadministratörer, for everyone with a role in it (seed 000: whom a deltagaransvarig turns to). */
export async function forbundAdministrators(db: Db, caller: Caller, forbundId: string) {
  await forbundOrNotFound(db, forbundId);
  assertReadsForbund(caller, forbundId, 'förbundsadministratörer');
  const rows = await db.userRole.findMany({ where: { forbundId, role: 'FORBUNDSADMINISTRATOR' }, include: { person: true }, orderBy: [{ person: { familyName: 'asc' } }, { personId: 'asc' }] });
  return rows.map((r) => ({ personId: r.personId, name: displayName(r.person), email: r.person.email, phone: r.person.phone }));
}
