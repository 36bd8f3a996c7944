import type { RuleViolation } from '../rule-violation';
import type { EligibilityContext } from './context';

/**
 * Uppföljning Finsam has no special protection for persons with skyddad identitet, so
 * they should not be users. The form asks (ZOrder9480.protectedIdentity) and a "yes" stops the
 * order here with an explanation.
 */
export function checkProtectedIdentity(ctx: Pick<EligibilityContext, 'user'>): RuleViolation[] {
  if (!ctx.user.protectedIdentity) return [];
  return [
    {
      rule: 'R-08',
      code: 'PROTECTED_IDENTITY',
      message:
        'Uppföljning Finsam har inget särskilt skydd för personer med skyddad identitet. ' +
        'Därför ska personer med skyddad identitet inte vara användare i systemet, och ' +
        'beställningen kan inte skickas.',
    },
  ];
}
