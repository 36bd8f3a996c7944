import { isRole, roleNameInSentence } from '../roles';
import type { RuleViolation } from '../rule-violation';
import type { EligibilityContext } from './context';
import { checkBestallareMandate } from './bestallare-mandate';
import { isChefRoute } from './chef-order';

/** The one refusal of a removal the orderer may not order: it names neither employer nor roles. */
export const NOT_ORDERER_OF_EMPLOYEE: RuleViolation = {
  rule: 'R-11',
  code: 'NOT_ORDERER_OF_EMPLOYEE',
  message:
    'Du kan bara beställa borttagning av behörighet för anställda hos en organisation där du är ' +
    'beställare, eller för dina egna medarbetare om du är chef på Försäkringskassan eller ' +
    'Arbetsförmedlingen.',
};

/**
 * R-11: removal is ordered by whoever orders for the person's employer: their chef at FK and AF,
 * a beställare with a valid mandate elsewhere. A refusal does not say where the person works.
 */
export function checkRemovalOrderer(ctx: Pick<EligibilityContext, 'now' | 'bestallare' | 'user' | 'ordererIsChef'>): RuleViolation[] {
  if (ctx.ordererIsChef) return [];
  if (isChefRoute(ctx)) return [NOT_ORDERER_OF_EMPLOYEE];
  return checkBestallareMandate(ctx).length > 0 ? [NOT_ORDERER_OF_EMPLOYEE] : [];
}

/** R-11: only a role the person holds can be removed. */
export function checkRoleHeld(ctx: Pick<EligibilityContext, 'role' | 'forbund' | 'heldRoles'>): RuleViolation[] {
  const forbundId = ctx.forbund?.id ?? null;
  if (!isRole(ctx.role)) throw new Error(`${ctx.role} is not a role that can be removed`);
  if (ctx.heldRoles.some((h) => h.role === ctx.role && h.forbundId === forbundId)) return [];
  return [{
    rule: 'R-11',
    code: 'ROLE_NOT_HELD',
    message: `Personen har inte rollen ${roleNameInSentence(ctx.role)}${ctx.forbund ? ` i ${ctx.forbund.name}` : ''}, så det finns ingenting att ta bort.`,
  }];
}
