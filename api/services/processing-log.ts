/**
 * The personal-data processing log as BA reads it: newest first, by person or förbund.
 */
import type { Db, Prisma } from '../../data/prisma';
import type { ProcessingAction } from '../../domain/processing-log';
import { displayName } from '../../domain/identity';
import { decodeTimeCursor, pageOf } from './cursor';

const include = { person: true, actor: true, onBehalfOf: true, insats: true } satisfies Prisma.ProcessingLogEntryInclude;
type EntryRow = Prisma.ProcessingLogEntryGetPayload<{ include: typeof include }>;
const nameOrNull = (p: { givenName: string; familyName: string } | null) => (p ? displayName(p) : null);

export function processingLogEntryView(e: EntryRow) {
  return {
    id: e.id,
    at: e.at.toISOString(),
    action: e.action as ProcessingAction,
    person: { id: e.personId, name: displayName(e.person) },
    actor: nameOrNull(e.actor),
    authMethod: e.authMethod,
    onBehalfOf: nameOrNull(e.onBehalfOf),
    forbundId: e.forbundId,
    insatsId: e.insatsId,
    insatsName: e.insats.name,
    linkId: e.linkId,
    pubAvtalId: e.pubAvtalId,
  };
}

export async function listProcessingLog(db: Db, f: { personId?: string; forbundId?: string; cursor?: string; limit: number }) {
  const after = f.cursor ? decodeTimeCursor(f.cursor) : null;
  const rows = await db.processingLogEntry.findMany({
    where: {
      AND: [
        f.personId ? { personId: f.personId } : {},
        f.forbundId ? { forbundId: f.forbundId } : {},
        after ? { OR: [{ at: { lt: after.at } }, { at: after.at, id: { lt: after.id } }] } : {},
      ],
    },
    include,
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
    take: f.limit + 1,
  });
  const page = pageOf(rows, f.limit, (e) => e.at);
  return { items: page.items.map(processingLogEntryView), nextCursor: page.nextCursor };
}
