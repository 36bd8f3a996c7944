import { checkDeltagaransvarigEmployer } from '../../../../domain/eligibility';
import { AF, FK, FORBUND_ORG, KOMMUN, REGION, employedBy } from '../support/eligibility-context';

describe('checkDeltagaransvarigEmployer', () => {
  it('R-07: refuses DELTAGARANSVARIG for a samordningsförbund employee', () => {
    const violations = checkDeltagaransvarigEmployer(employedBy(FORBUND_ORG, { role: 'DELTAGARANSVARIG' }));
    expect(violations).toEqual([
      expect.objectContaining({ rule: 'R-07', code: 'DELTAGARANSVARIG_NOT_ALLOWED' }),
    ]);
    expect(violations[0].message).toContain('Samordningsförbundet Lund');
    expect(violations[0].message).toContain('Försäkringskassan, Arbetsförmedlingen, en region eller en kommun');
  });

  it('R-07: allows FORBUNDSADMINISTRATOR for a samordningsförbund employee', () => {
    expect(checkDeltagaransvarigEmployer(employedBy(FORBUND_ORG, { role: 'FORBUNDSADMINISTRATOR' }))).toEqual([]);
  });

  it.each([FK, AF, REGION, KOMMUN])('R-07: allows DELTAGARANSVARIG for an employee of $name', (employer) => {
    expect(checkDeltagaransvarigEmployer(employedBy(employer, { role: 'DELTAGARANSVARIG' }))).toEqual([]);
  });
});
