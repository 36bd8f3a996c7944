import { checkForbundScope } from '../../../../domain/eligibility';
import {
  FORBUND_ORG,
  KOMMUN,
  OTHER_FORBUND_ORG,
  REGION,
  employedBy,
  makeContext,
} from '../support/eligibility-context';

describe('checkForbundScope', () => {
  it('R-02: lets a samordningsförbund employee be ordered for the own förbund', () => {
    expect(checkForbundScope(employedBy(FORBUND_ORG))).toEqual([]);
  });

  it('R-02: refuses a samordningsförbund employee ordered for another förbund', () => {
    const violations = checkForbundScope(employedBy(OTHER_FORBUND_ORG));
    expect(violations).toEqual([
      expect.objectContaining({ rule: 'R-02', code: 'FORBUND_BESTALLARE_SCOPE' }),
    ]);
    expect(violations[0].message).toContain('Samordningsförbundet Malmö');
    expect(violations[0].message).toContain('Samordningsförbundet Lund');
  });

  it('R-02: refuses a samordningsförbund employee even if the own förbund is listed as a member', () => {
    const ctx = employedBy(OTHER_FORBUND_ORG);
    ctx.forbund!.memberOrganisationIds.push(OTHER_FORBUND_ORG.id);
    expect(checkForbundScope(ctx).map((v) => v.code)).toEqual(['FORBUND_BESTALLARE_SCOPE']);
  });

  it.each([KOMMUN, REGION])('R-02: lets an employee of a member ($name) be ordered', (employer) => {
    expect(checkForbundScope(employedBy(employer))).toEqual([]);
  });

  it.each([KOMMUN, REGION])(
    'R-02: refuses an employee of $name when it is not a member of the förbund, naming both',
    (employer) => {
      const base = makeContext();
      const ctx = employedBy(employer, {
        forbund: { ...base.forbund!, memberOrganisationIds: ['org-someone-else'] },
      });
      const violations = checkForbundScope(ctx);
      expect(violations).toEqual([
        expect.objectContaining({ rule: 'R-02', code: 'EMPLOYER_NOT_MEMBER' }),
      ]);
      expect(violations[0].message).toContain(employer.name);
      expect(violations[0].message).toContain('Samordningsförbundet Lund');
    },
  );
});
