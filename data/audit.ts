import { randomUUID } from 'node:crypto';
import type { AuthMethod } from '../domain/login';
import type { Prisma } from './prisma';

type Tx = Prisma.TransactionClient;

export interface AuditInput {
  /** Natural key of the event; a retried activity writes it once. */
  key: string;
  event: string;
  orderId?: string;
  actorId?: string | null;
  /** How the actor logged in: every event an actor causes says so. */
  authMethod?: AuthMethod | null;
  at?: Date;
  data?: Prisma.InputJsonValue;
}

/** Records an audit event (also the source of an order's timeline), idempotently. */
export async function audit(tx: Tx, e: AuditInput): Promise<void> {
  await tx.auditEvent.upsert({
    where: { key: e.key },
    create: { id: randomUUID(), key: e.key, event: e.event, orderId: e.orderId, actorId: e.actorId ?? null, authMethod: e.authMethod ?? null, at: e.at ?? new Date(), data: e.data },
    update: {},
  });
}
