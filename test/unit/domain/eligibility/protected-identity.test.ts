import { checkProtectedIdentity } from '../../../../domain/eligibility';
import { makeContext } from '../support/eligibility-context';

describe('checkProtectedIdentity', () => {
  it('R-08: stops an order for a user with skyddad identitet and explains why', () => {
    const base = makeContext();
    const violations = checkProtectedIdentity(makeContext({ user: { ...base.user, protectedIdentity: true } }));
    expect(violations).toEqual([expect.objectContaining({ rule: 'R-08', code: 'PROTECTED_IDENTITY' })]);
    expect(violations[0].message).toContain('inget särskilt skydd');
    expect(violations[0].message).toContain('skyddad identitet');
  });

  it('R-08: lets an order through when the user has no skyddad identitet', () => {
    expect(checkProtectedIdentity(makeContext())).toEqual([]);
  });
});
