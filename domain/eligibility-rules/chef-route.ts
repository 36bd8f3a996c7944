import type { RuleViolation } from '../rule-violation';
import type { EligibilityContext } from './context';

/**
 * employees of Arbetsförmedlingen and Försäkringskassan are not ordered by a
 * beställare on blankett 9480 but by their chef (AF: via AF's servicedesk; FK: in Min Support,
 * quality-assured by BA). This service does not handle those routes yet, so such orders stop
 * here, and the beställare rules that follow would say nothing useful.
 */
export function checkChefRoute(ctx: Pick<EligibilityContext, 'user'>): RuleViolation[] {
  const { employer } = ctx.user;
  if (employer.type === 'ARBETSFORMEDLINGEN') {
    return [
      {
        rule: 'R-03',
        code: 'ORDERED_BY_CHEF',
        message:
          `Användaren är anställd av ${employer.name}. Anställda på Arbetsförmedlingen får ` +
          'behörighet genom att deras chef fyller i beställningen och skickar den via ' +
          'Arbetsförmedlingens servicedesk till Försäkringskassan. Den här tjänsten hanterar ' +
          'ännu inte sådana beställningar – be användarens chef att beställa via servicedesken.',
      },
    ];
  }
  if (employer.type === 'FORSAKRINGSKASSAN') {
    return [
      {
        rule: 'R-04',
        code: 'ORDERED_BY_CHEF',
        message:
          `Användaren är anställd av ${employer.name}. Anställda på Försäkringskassan får ` +
          'behörighet genom att deras chef beställer den i Min Support; blankett 9480 används ' +
          'inte. Den här tjänsten hanterar ännu inte sådana beställningar – be användarens chef ' +
          'att beställa i Min Support.',
      },
    ];
  }
  return [];
}
