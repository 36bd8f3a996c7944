import { ApplicationFailure } from '@temporalio/activity';
import { loadEligibilityContext } from '../data/eligibility-context';
import { assessRequest, isMandateEffect, nonGrantKinds, REQUEST_KINDS, type AnyRequestKind } from '../domain/request-kinds';
import type { RequestedRole } from '../domain/roles';
import type { RuleViolation } from '../domain/rule-violation';
import { audit } from '../data/audit';
import { Prisma } from '../data/prisma';
import type { ActivityDeps } from './deps';

/**
 * A stored request's rules again, against today's data: what the orderer may be told (the
 * request is then rejected), and the findings from outside their organisation, which are stored
 * on the request for BA instead (domain/request-kinds, assessRequest). Shared by both workflows.
 */
export async function reassessStoredRequest(deps: ActivityDeps, orderId: string, kindOf: (kind: string) => AnyRequestKind) {
  const { db } = deps;
  const order = await db.order.findUniqueOrThrow({ where: { id: orderId } });
  const kind = kindOf(order.kind);
  const validUntil = (order.payload as { validUntil?: unknown } | null)?.validUntil;
  const draft = {
    personnummer: order.personnummer,
    role: order.role as RequestedRole,
    forbundId: order.forbundId,
    protectedIdentity: order.protectedIdentity,
    user: { givenName: order.givenName, familyName: order.familyName, email: order.email, phone: order.phone, employerId: order.employerId },
    // The mandate kinds: the period asked for.
    ...(isMandateEffect(kind.effect) && typeof validUntil === 'string' ? { mandateLastDay: validUntil } : {}),
  };
  const loaded = await loadEligibilityContext(db, { ordererId: order.submittedById, draft, orderId, nonGrantKinds: nonGrantKinds(deps.catalog) }, new Date());
  if (!loaded.ok) {
    // The API checked these references; losing one afterwards is a data error, not a rule.
    throw ApplicationFailure.nonRetryable(`Order ${orderId} refers to missing data: ${JSON.stringify(loaded)}`, 'MISSING_REFERENCE');
  }
  const { refusals, reviewFindings } = assessRequest(kind, loaded.visibleCtx, loaded.ctx);
  // Written only when there is something to write or clear: most requests have no findings.
  if (reviewFindings.length > 0 || order.reviewFindings !== null) {
    await db.order.update({ where: { id: orderId }, data: { reviewFindings: reviewFindings.length > 0 ? (reviewFindings as unknown as object[]) : Prisma.DbNull } });
  }
  return { order, refusals, reviewFindings, subject: loaded.subject };
}

export function eligibilityActivities(deps: ActivityDeps) {
  const { db } = deps;
  return {
    /** order9480Workflow's check, R-08 (and ), see reassessStoredRequest. */
    async checkEligibility(orderId: string): Promise<RuleViolation[]> {
      return (await reassessStoredRequest(deps, orderId, () => REQUEST_KINDS.USER_9480)).refusals;
    },

    async rejectIneligible({ orderId, violations }: { orderId: string; violations: RuleViolation[] }): Promise<'REJECTED'> {
      await db.$transaction(async (tx) => {
        await tx.order.update({
          where: { id: orderId },
          data: { status: 'REJECTED', rejectionReasons: violations as unknown as object[], completedAt: new Date() },
        });
        await audit(tx, { key: `${orderId}:rejected-by-rules`, event: 'ORDER_REJECTED_BY_RULES', orderId, data: { rules: violations.map((v) => v.rule) } });
      });
      return 'REJECTED';
    },
  };
}
