import type { RuleViolation } from './rule-violation';
import type { EligibilityContext } from './eligibility-rules/context';
import { checkChefRoute } from './eligibility-rules/chef-route';
import { checkBestallareMandate } from './eligibility-rules/bestallare-mandate';
import { checkForbundScope } from './eligibility-rules/forbund-scope';
import { checkRoleCombination } from './eligibility-rules/role-combination';
import { checkDeltagaransvarigEmployer } from './eligibility-rules/deltagaransvarig-employer';
import { checkProtectedIdentity } from './eligibility-rules/protected-identity';

export type { EligibilityContext } from './eligibility-rules/context';
export {
  checkChefRoute,
  checkBestallareMandate,
  checkForbundScope,
  checkRoleCombination,
  checkDeltagaransvarigEmployer,
  checkProtectedIdentity,
};

/**
 * Runs every ordering rule for one blankett 9480 order and returns all violations, in rule
 * order, so the beställare can fix everything at once. An empty array means the order may go
 * on to BA. The chef route is reported alone: for FK and AF staff the beställare
 * rules do not apply at all.
 */
export function checkOrderEligibility(ctx: EligibilityContext): RuleViolation[] {
  const chefRoute = checkChefRoute(ctx);
  if (chefRoute.length > 0) return chefRoute;
  return [
    ...checkBestallareMandate(ctx),
    ...checkForbundScope(ctx),
    ...checkRoleCombination(ctx),
    ...checkDeltagaransvarigEmployer(ctx),
    ...checkProtectedIdentity(ctx),
  ];
}

/**
 * Splits what a beställare may be told from what only BA may see (no disclosure across
 * organisations). `visibleCtx` holds only what the ordering organisation may know about the
 * person; its violations are refusals. When there are none, whatever the full context adds
 * (roles, open orders or skyddad identitet registered elsewhere) becomes review findings for
 * BA: the order goes on, and BA cannot approve it while findings stand.
 */
export function assessOrder(visibleCtx: EligibilityContext, ctx: EligibilityContext): { refusals: RuleViolation[]; reviewFindings: RuleViolation[] } {
  const refusals = checkOrderEligibility(visibleCtx);
  if (refusals.length > 0) return { refusals, reviewFindings: [] };
  return { refusals: [], reviewFindings: checkOrderEligibility(ctx) };
}
