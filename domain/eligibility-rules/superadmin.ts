import type { RuleViolation } from '../rule-violation';
import type { EligibilityContext } from './context';

/** superadministratör in SUS is for Försäkringskassan's own operations staff only. */
export function checkSuperadminEmployer(ctx: Pick<EligibilityContext, 'user'>): RuleViolation[] {
  if (ctx.user.employer.type === 'FORSAKRINGSKASSAN') return [];
  return [{
    rule: 'R-52',
    code: 'SUPERADMIN_FK_ONLY',
    message: 'Superadministratör kan bara innehas av anställda på Försäkringskassan som arbetar med systemets drift.',
  }];
}
