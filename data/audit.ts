import { randomUUID } from 'node:crypto';
import type { AuthMethod } from '../domain/login';
import type { Prisma } from './prisma';
import { orderSubject, subjectColumns, type RecordSubject } from './subject';

type Tx = Prisma.TransactionClient;

export interface AuditInput {
  /** Natural key of the event; a retried activity writes it once. */
  key: string;
  event: string;
  /** What the event is about; `orderId` is the short form for a request. */
  subject?: RecordSubject;
  orderId?: string;
  actorId?: string | null;
  /** How the actor logged in: every event an actor causes says so. */
  authMethod?: AuthMethod | null;
  at?: Date;
  data?: Prisma.InputJsonValue;
}

/** Records an audit event (also the source of an order's timeline and a mandate's history), idempotently. */
export async function audit(tx: Tx, e: AuditInput): Promise<void> {
  const subject = e.subject ?? (e.orderId ? orderSubject(e.orderId) : undefined);
  await tx.auditEvent.upsert({
    where: { key: e.key },
    create: {
      id: randomUUID(),
      key: e.key,
      event: e.event,
      ...(subject ? subjectColumns(subject) : {}),
      actorId: e.actorId ?? null,
      authMethod: e.authMethod ?? null,
      at: e.at ?? new Date(),
      data: e.data,
    },
    update: {},
  });
}
