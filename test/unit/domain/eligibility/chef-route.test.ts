import { checkChefRoute } from '../../../../domain/eligibility';
import { AF, FK, FORBUND_ORG, KOMMUN, REGION, employedBy } from '../support/eligibility-context';

describe('checkChefRoute', () => {
  it('R-03: refuses an Arbetsförmedlingen employee; the chef orders via AF:s servicedesk', () => {
    const violations = checkChefRoute(employedBy(AF));
    expect(violations).toHaveLength(1);
    expect(violations[0]).toMatchObject({ rule: 'R-03', code: 'ORDERED_BY_CHEF' });
    expect(violations[0].message).toContain('chef');
    expect(violations[0].message).toContain('Arbetsförmedlingens servicedesk');
    expect(violations[0].message).toContain('AF_9480');
  });

  it('R-04: refuses a Försäkringskassan employee; the chef orders with FK_CHEF', () => {
    const violations = checkChefRoute(employedBy(FK));
    expect(violations).toHaveLength(1);
    expect(violations[0]).toMatchObject({ rule: 'R-04', code: 'ORDERED_BY_CHEF' });
    expect(violations[0].message).toContain('chef');
    expect(violations[0].message).toContain('FK_CHEF');
  });

  it.each([KOMMUN, REGION, FORBUND_ORG])(
    'R-03/R-04: lets a beställare order for an employee of $name',
    (employer) => {
      expect(checkChefRoute(employedBy(employer))).toEqual([]);
    },
  );
});
