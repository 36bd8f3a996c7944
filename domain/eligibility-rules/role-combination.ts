import { incompatibleWith, isRole, roleNameInSentence } from '../roles';
import type { RuleViolation } from '../rule-violation';
import type { EligibilityContext } from './context';

// Names listed as Swedish prose: "A", "A och B", "A, B och C".
const swedishList = new Intl.ListFormat('sv', { type: 'conjunction' });

/**
 * R-06 (and R-50 for SUS, with its own pair: deltagaransvarig and samverkansadministratör): two
 * incompatible roles are never held together. R-06: förbundsadministratör and deltagaransvarig cannot be combined. Our reading: a person
 * holds at most one of the two roles at a time, across all förbund. Holding the same role in
 * the same förbund already makes the order pointless, which is reported under R-06 too. An
 * open order for the other role counts as well: otherwise two orders placed side by side would
 * both pass and the person would end up with both roles.
 */
export function checkRoleCombination(
  ctx: Pick<EligibilityContext, 'role' | 'forbund' | 'heldRoles' | 'pendingRoles'>,
): RuleViolation[] {
  const violations: RuleViolation[] = [];
  if (!isRole(ctx.role)) return violations; // a beställare mandate is no role in the system (R-41)
  const incompatible = incompatibleWith(ctx.role);
  const conflicting = incompatible?.role;
  const rule = incompatible?.rule ?? 'R-06';
  const pair = conflicting ? `${roleNameInSentence(ctx.role)} och ${roleNameInSentence(conflicting)}` : '';

  const conflictingForbund = [
    ...new Set(ctx.heldRoles.filter((h) => h.role === conflicting).map((h) => h.forbundName ?? 'systemet')),
  ];
  if (conflicting && conflictingForbund.length > 0) {
    violations.push({
      rule,
      code: 'ROLE_COMBINATION',
      message:
        `Användaren har redan rollen ${roleNameInSentence(conflicting)} i ` +
        `${swedishList.format(conflictingForbund)}. Rollerna ${pair} ` +
        'kan inte kombineras. Om användaren ska byta roll, beställ först borttagning av den ' +
        `nuvarande rollen och beställ sedan rollen ${roleNameInSentence(ctx.role)}.`,
    });
  }

  const pendingForbund = [
    ...new Set(ctx.pendingRoles.filter((p) => p.role === conflicting).map((p) => p.forbundName ?? 'systemet')),
  ];
  if (conflicting && pendingForbund.length > 0) {
    violations.push({
      rule,
      code: 'ROLE_COMBINATION_PENDING',
      message:
        `Det finns redan en pågående beställning av rollen ${roleNameInSentence(conflicting)} i ` +
        `${swedishList.format(pendingForbund)} för användaren. Rollerna ${pair} ` +
        'kan inte kombineras. Vänta tills den beställningen är avgjord, eller ' +
        'be behörighetsadministrationen avslå den om fel roll beställdes.',
    });
  }

  if (ctx.heldRoles.some((h) => h.role === ctx.role && h.forbundId === (ctx.forbund?.id ?? null))) {
    violations.push({
      rule,
      code: 'ROLE_ALREADY_HELD',
      message:
        `Användaren har redan rollen ${roleNameInSentence(ctx.role)}${ctx.forbund ? ` i ${ctx.forbund.name}` : ''}. ` +
        'Ingen ny beställning behövs.',
    });
  }

  return violations;
}
