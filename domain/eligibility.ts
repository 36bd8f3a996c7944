import type { RuleViolation } from './rule-violation';
import { checkRequest, REQUEST_KINDS } from './request-kinds';
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
 * Every rule of a blankett 9480 order (the USER_9480 kind in the catalog), all violations in rule
 * order so the beställare can fix everything at once. The chef route is reported
 * alone: for FK and AF staff the beställare rules do not apply at all.
 */
export function checkOrderEligibility(ctx: EligibilityContext): RuleViolation[] {
  return checkRequest(REQUEST_KINDS.USER_9480, ctx);
}
