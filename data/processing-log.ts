/**
 * Writes the personal-data processing log (R-31, prisma ProcessingLogEntry): append-only, one row
 * per person whose data was processed, keyed so that a retried write lands once.
 */
import { randomUUID } from 'node:crypto';
import type { AuthMethod } from '../domain/login';
import type { ProcessingAction } from '../domain/processing-log';
import type { Prisma } from './prisma';

type Tx = Prisma.TransactionClient;

export interface ProcessingInput {
  /** Natural key of the processing; with the person it keys the row. */
  key: string;
  action: ProcessingAction;
  personIds: readonly string[];
  /** Who did it; null: the system, on behalf of `onBehalfOfId`. */
  actorId: string | null;
  authMethod?: AuthMethod | null;
  onBehalfOfId?: string | null;
  forbundId: string;
  insatsId: string;
  linkId?: string | null;
  pubAvtalId: string | null;
  at?: Date;
}

export async function logProcessing(tx: Tx, p: ProcessingInput): Promise<void> {
  if (p.personIds.length === 0) return;
  const at = p.at ?? new Date();
  await tx.processingLogEntry.createMany({
    data: p.personIds.map((personId) => ({
      id: randomUUID(),
      key: `${p.key}:${personId}`,
      at,
      action: p.action,
      personId,
      actorId: p.actorId,
      authMethod: p.authMethod ?? null,
      onBehalfOfId: p.onBehalfOfId ?? null,
      forbundId: p.forbundId,
      insatsId: p.insatsId,
      linkId: p.linkId ?? null,
      pubAvtalId: p.pubAvtalId,
    })),
    skipDuplicates: true,
  });
}
