import type { Db, Prisma } from '../../data/prisma';
import type { z } from 'zod';
import { ruleViolationsIn } from '../../data/rule-violations';
import type { ZOrderView } from '../schemas/orders';
import { decodeCursor, pageOf } from './cursor';
import { timelineLabel } from './timeline-labels';

const include = {
  submittedBy: true,
  tasks: { orderBy: [{ round: 'desc' as const }, { dueAt: 'desc' as const }] },
  auditEvents: { orderBy: [{ at: 'asc' as const }, { id: 'asc' as const }] },
};

type OrderWithRelations = NonNullable<Awaited<ReturnType<Db['order']['findUnique']>>> & {
  submittedBy: { id: string; givenName: string; familyName: string };
  tasks: { id: string; status: string; stage: string; stageLabel: string }[];
  auditEvents: { at: Date; event: string; actorId: string | null }[];
};

/**
 * The order as docs/api.md shows it, timeline included (from the audit trail). `review` is for BA
 * only: what the register holds about the person may come from outside the beställare's
 * organisation (another employer, rule findings), and a beställare never sees it.
 */
export function toOrderView(o: OrderWithRelations, forBa: boolean): OrderView {
  const current = o.tasks.find((t) => t.status === 'OPEN') ?? o.tasks[0];
  return {
    id: o.id,
    kind: o.kind,
    status: o.status,
    role: o.role as OrderView['role'],
    forbundId: o.forbundId,
    protectedIdentity: o.protectedIdentity,
    user: { personnummer: o.personnummer, givenName: o.givenName, familyName: o.familyName, email: o.email, phone: o.phone, employerId: o.employerId },
    submittedBy: { personId: o.submittedBy.id, name: `${o.submittedBy.givenName} ${o.submittedBy.familyName}` },
    submittedAt: o.submittedAt.toISOString(),
    taskId: current?.id ?? null,
    stage: o.tasks.some((t) => t.status === 'OPEN') ? { id: current!.stage, label: current!.stageLabel } : null,
    round: o.round,
    returnReason: o.returnReason,
    decision: o.decision,
    decisionReason: o.decisionReason,
    decidedAt: o.decidedAt?.toISOString() ?? null,
    rejectionReasons: ruleViolationsIn(o.rejectionReasons),
    completedAt: o.completedAt?.toISOString() ?? null,
    timeline: o.auditEvents.map((e) => ({ at: e.at.toISOString(), event: e.event, label: timelineLabel(e.event), ...(e.actorId ? { by: e.actorId } : {}) })),
    ...(forBa
      ? {
          review: {
            subjectPersonId: o.subjectPersonId,
            employmentChange: o.registeredEmployerId ? { fromOrganisationId: o.registeredEmployerId, toOrganisationId: o.employerId, confirmed: o.employmentChangeConfirmed } : null,
            findings: ruleViolationsIn(o.reviewFindings),
          },
        }
      : {}),
  };
}

export type OrderView = z.infer<typeof ZOrderView>;

export async function findOrderView(db: Db, id: string, forBa = false): Promise<OrderView | null> {
  const order = await db.order.findUnique({ where: { id }, include });
  return order ? toOrderView(order, forBa) : null;
}

/** One page of requests, newest first (keyset on submittedAt, id). */
export async function listOrderViews(db: Db, where: Prisma.OrderWhereInput, q: { limit: number; cursor?: string }, forBa: boolean) {
  const and: Prisma.OrderWhereInput[] = [where];
  if (q.cursor) {
    const { key, id } = decodeCursor(q.cursor);
    and.push({ OR: [{ submittedAt: { lt: key } }, { submittedAt: key, id: { lt: id } }] });
  }
  const orders = await db.order.findMany({ where: { AND: and }, include, orderBy: [{ submittedAt: 'desc' }, { id: 'desc' }], take: q.limit + 1 });
  const page = pageOf(orders, q.limit, (o) => o.submittedAt);
  return { items: page.items.map((o) => toOrderView(o, forBa)), nextCursor: page.nextCursor };
}
