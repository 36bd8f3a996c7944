import { ApplicationFailure } from '@temporalio/activity';
import { loadEligibilityContext } from '../data/eligibility-context';
import { assessRequest, REQUEST_KINDS } from '../domain/request-kinds';
import type { Role } from '../domain/roles';
import { nonGrantKinds } from './request';
import type { RuleViolation } from '../domain/rule-violation';
import { audit } from '../data/audit';
import { Prisma } from '../data/prisma';
import type { ActivityDeps } from './deps';

export function eligibilityActivities(deps: ActivityDeps) {
  const { db } = deps;
  return {
    /**
     * R-08 (and) against today's data. Returns what the
     * beställare may be told (the order is then rejected); findings from outside their
     * organisation are stored on the order for BA instead (domain/request-kinds, assessRequest).
     */
    async checkEligibility(orderId: string): Promise<RuleViolation[]> {
      const order = await db.order.findUniqueOrThrow({ where: { id: orderId } });
      const draft = { personnummer: order.personnummer, role: order.role as Role, forbundId: order.forbundId, protectedIdentity: order.protectedIdentity, user: { givenName: order.givenName, familyName: order.familyName, email: order.email, employerId: order.employerId } };
      const loaded = await loadEligibilityContext(db, { ordererId: order.submittedById, draft, orderId, nonGrantKinds: nonGrantKinds(deps) }, new Date());
      if (!loaded.ok) {
        // The API checked these references; losing one afterwards is a data error, not a rule.
        throw ApplicationFailure.nonRetryable(`Order ${orderId} refers to missing data: ${JSON.stringify(loaded)}`, 'MISSING_REFERENCE');
      }
      const { refusals, reviewFindings } = assessRequest(REQUEST_KINDS.USER_9480, loaded.visibleCtx, loaded.ctx);
      // Written only when there is something to write or clear: most orders have no findings.
      if (reviewFindings.length > 0 || order.reviewFindings !== null) {
        await db.order.update({ where: { id: orderId }, data: { reviewFindings: reviewFindings.length > 0 ? (reviewFindings as unknown as object[]) : Prisma.DbNull } });
      }
      return refusals;
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
