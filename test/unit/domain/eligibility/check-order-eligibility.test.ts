import { checkOrderEligibility } from '../../../../domain/eligibility';
import type { RuleViolation } from '../../../../domain/rule-violation';
import {
  AF,
  FK,
  FORBUND_ORG,
  KOMMUN,
  OTHER_FORBUND_ORG,
  employedBy,
  makeContext,
} from '../support/eligibility-context';

const codes = (violations: RuleViolation[]) => violations.map((v) => v.code);

describe('checkOrderEligibility', () => {
  it('R-01–R-08: returns no violations for an eligible order', () => {
    expect(checkOrderEligibility(makeContext())).toEqual([]);
    expect(checkOrderEligibility(employedBy(FORBUND_ORG))).toEqual([]);
    expect(checkOrderEligibility(makeContext({ role: 'DELTAGARANSVARIG' }))).toEqual([]);
  });

  it.each([
    ['R-03', AF.name, AF],
    ['R-04', FK.name, FK],
  ])('%s: returns only the chef-route violation for %s staff, even when other rules would fail', (rule, _name, employer) => {
    const base = makeContext();
    const ctx = makeContext({
      user: { ...base.user, employer, protectedIdentity: true },
      bestallare: { personId: 'p', mandates: [] },
      heldRoles: [{ forbundId: base.forbund!.id, forbundName: base.forbund!.name, role: 'FORBUNDSADMINISTRATOR' }],
    });
    expect(checkOrderEligibility(ctx)).toEqual([expect.objectContaining({ rule, code: 'ORDERED_BY_CHEF' })]);
  });

  it('R-01, R-02, R-06, R-07, R-08: returns every violation at once, in rule order', () => {
    const base = employedBy(OTHER_FORBUND_ORG);
    const ctx = {
      ...base,
      role: 'DELTAGARANSVARIG' as const,
      user: { ...base.user, protectedIdentity: true },
      bestallare: { personId: 'p', mandates: [] },
      heldRoles: [{ forbundId: 'f-x', forbundName: 'Förbund X', role: 'FORBUNDSADMINISTRATOR' as const }],
    };
    const violations = checkOrderEligibility(ctx);
    expect(codes(violations)).toEqual([
      'NOT_BESTALLARE_FOR_EMPLOYER',
      'FORBUND_BESTALLARE_SCOPE',
      'ROLE_COMBINATION',
      'DELTAGARANSVARIG_NOT_ALLOWED',
      'PROTECTED_IDENTITY',
    ]);
    expect(violations.map((v) => v.rule)).toEqual(['R-01', 'R-02', 'R-06', 'R-07', 'R-08']);
  });

  it('R-02: a kommun employee ordered for a förbund the kommun is not a member of is refused', () => {
    const base = makeContext();
    const ctx = makeContext({ forbund: { ...base.forbund!, memberOrganisationIds: [] } });
    expect(codes(checkOrderEligibility(ctx))).toEqual(['EMPLOYER_NOT_MEMBER']);
  });

  it('R-21: an expired beställare mandate is reported with the R-21 rule id', () => {
    const ctx = makeContext({
      bestallare: {
        personId: 'p',
        mandates: [
          {
            organisationId: KOMMUN.id,
            validFrom: new Date('2023-01-01T00:00:00+01:00'),
            validTo: new Date('2025-01-01T00:00:00+01:00'),
          },
        ],
      },
    });
    expect(checkOrderEligibility(ctx)).toEqual([
      expect.objectContaining({ rule: 'R-21', code: 'BESTALLARE_MANDATE_EXPIRED' }),
    ]);
  });

  it('R-01–R-08: every message is Swedish prose that ends with a full stop and has no English', () => {
    const base = employedBy(OTHER_FORBUND_ORG);
    const all = [
      ...checkOrderEligibility(employedBy(AF)),
      ...checkOrderEligibility(employedBy(FK)),
      ...checkOrderEligibility({
        ...base,
        role: 'DELTAGARANSVARIG',
        user: { ...base.user, protectedIdentity: true },
        bestallare: { personId: 'p', mandates: [] },
        heldRoles: [
          { forbundId: 'f-x', forbundName: 'Förbund X', role: 'FORBUNDSADMINISTRATOR' },
          { forbundId: base.forbund!.id, forbundName: base.forbund!.name, role: 'DELTAGARANSVARIG' },
        ],
      }),
    ];
    expect(all.length).toBeGreaterThanOrEqual(7);
    for (const v of all) {
      expect(v.rule).toMatch(/^R-\d{2}$/);
      expect(v.code).toMatch(/^[A-Z]+(_[A-Z]+)*$/);
      expect(v.message).toMatch(/^[A-ZÅÄÖ].*\.$/s);
      expect(v.message).not.toMatch(/\b(the|must|not allowed|invalid|error)\b/i);
      expect(v.message).not.toMatch(/undefined|null|\[object/);
    }
  });
});
