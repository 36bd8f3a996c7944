import { checkRoleCombination } from '../../../../domain/eligibility';
import { makeContext } from '../support/eligibility-context';

describe('checkRoleCombination', () => {
  it('R-06: refuses a role while an order for the other role is still open, naming it', () => {
    const ctx = makeContext({
      role: 'DELTAGARANSVARIG',
      pendingRoles: [{ forbundId: 'forbund-lund', forbundName: 'Samordningsförbundet Lund', role: 'FORBUNDSADMINISTRATOR' }],
    });
    const violations = checkRoleCombination(ctx);
    expect(violations.map((v) => v.code)).toEqual(['ROLE_COMBINATION_PENDING']);
    expect(violations[0].message).toContain('pågående beställning av rollen förbundsadministratör i Samordningsförbundet Lund');
  });

  it('R-06: an open order for the same role elsewhere is no conflict (one order per förbund, R-05)', () => {
    const ctx = makeContext({
      role: 'DELTAGARANSVARIG',
      pendingRoles: [{ forbundId: 'forbund-lund', forbundName: 'Samordningsförbundet Lund', role: 'DELTAGARANSVARIG' }],
    });
    expect(checkRoleCombination(ctx)).toEqual([]);
  });

  it('R-06: accepts a user with no roles', () => {
    expect(checkRoleCombination(makeContext())).toEqual([]);
  });

  it('R-06: accepts the same role in another förbund (one order per förbund)', () => {
    const ctx = makeContext({
      heldRoles: [{ forbundId: 'forbund-malmo', forbundName: 'Samordningsförbundet Malmö', role: 'FORBUNDSADMINISTRATOR' }],
    });
    expect(checkRoleCombination(ctx)).toEqual([]);
  });

  it('R-06: refuses förbundsadministratör for a deltagaransvarig in another förbund, naming role and förbund', () => {
    const ctx = makeContext({
      role: 'FORBUNDSADMINISTRATOR',
      heldRoles: [{ forbundId: 'forbund-malmo', forbundName: 'Samordningsförbundet Malmö', role: 'DELTAGARANSVARIG' }],
    });
    const violations = checkRoleCombination(ctx);
    expect(violations).toEqual([expect.objectContaining({ rule: 'R-06', code: 'ROLE_COMBINATION' })]);
    expect(violations[0].message).toContain('rollen deltagaransvarig i Samordningsförbundet Malmö');
    expect(violations[0].message).toContain('kan inte kombineras');
  });

  it('R-06: refuses deltagaransvarig for a förbundsadministratör in the same förbund', () => {
    const ctx = makeContext({
      role: 'DELTAGARANSVARIG',
      heldRoles: [{ forbundId: 'forbund-lund', forbundName: 'Samordningsförbundet Lund', role: 'FORBUNDSADMINISTRATOR' }],
    });
    const violations = checkRoleCombination(ctx);
    expect(violations.map((v) => v.code)).toEqual(['ROLE_COMBINATION']);
    expect(violations[0].message).toContain('rollen förbundsadministratör i Samordningsförbundet Lund');
  });

  it('R-06: lists every förbund where the conflicting role is held, each once', () => {
    const ctx = makeContext({
      role: 'FORBUNDSADMINISTRATOR',
      heldRoles: [
        { forbundId: 'f-a', forbundName: 'Förbund A', role: 'DELTAGARANSVARIG' },
        { forbundId: 'f-b', forbundName: 'Förbund B', role: 'DELTAGARANSVARIG' },
        { forbundId: 'f-a', forbundName: 'Förbund A', role: 'DELTAGARANSVARIG' },
      ],
    });
    const violations = checkRoleCombination(ctx);
    expect(violations).toHaveLength(1);
    expect(violations[0].message).toContain('i Förbund A och Förbund B.');
  });

  it('R-06: refuses the same role in the same förbund as already held', () => {
    const ctx = makeContext({
      heldRoles: [{ forbundId: 'forbund-lund', forbundName: 'Samordningsförbundet Lund', role: 'FORBUNDSADMINISTRATOR' }],
    });
    const violations = checkRoleCombination(ctx);
    expect(violations).toEqual([expect.objectContaining({ rule: 'R-06', code: 'ROLE_ALREADY_HELD' })]);
    expect(violations[0].message).toContain('Samordningsförbundet Lund');
  });

  it('R-06: reports both a conflict elsewhere and the same role already held here', () => {
    const ctx = makeContext({
      heldRoles: [
        { forbundId: 'forbund-lund', forbundName: 'Samordningsförbundet Lund', role: 'FORBUNDSADMINISTRATOR' },
        { forbundId: 'forbund-malmo', forbundName: 'Samordningsförbundet Malmö', role: 'DELTAGARANSVARIG' },
      ],
    });
    expect(checkRoleCombination(ctx).map((v) => v.code)).toEqual(['ROLE_COMBINATION', 'ROLE_ALREADY_HELD']);
  });
});
