import { checkChefOrder } from '../../../../domain/eligibility-rules/chef-order';
import { checkRemovalOrderer, checkRoleHeld } from '../../../../domain/eligibility-rules/removal';
import { checkRoleCombination } from '../../../../domain/eligibility-rules/role-combination';
import { checkSuperadminEmployer } from '../../../../domain/eligibility-rules/superadmin';
import { checkRequest, REQUEST_KINDS } from '../../../../domain/request-kinds';
import { AF, FK, KOMMUN, employedBy, makeContext } from '../support/eligibility-context';

const codes = (v: { code: string; rule: string }[]) => v.map((x) => `${x.rule} ${x.code}`);

describe('R-03, R-04: the chef orders for a direct report', () => {
  it('refuses an orderer who is not the person\'s chef, before anything else', () => {
    expect(codes(checkChefOrder('FORSAKRINGSKASSAN')(employedBy(FK, { ordererIsChef: false })))).toEqual(['R-04 NOT_CHEF_OF_SUBJECT']);
    expect(codes(checkChefOrder('ARBETSFORMEDLINGEN')(employedBy(AF, { ordererIsChef: false })))).toEqual(['R-03 NOT_CHEF_OF_SUBJECT']);
  });
  it('refuses the FK route for someone at AF, and lets the own chef order', () => {
    expect(codes(checkChefOrder('FORSAKRINGSKASSAN')(employedBy(AF, { ordererIsChef: true })))).toEqual(['R-04 WRONG_REQUEST_KIND']);
    expect(checkChefOrder('FORSAKRINGSKASSAN')(employedBy(FK, { ordererIsChef: true }))).toEqual([]);
  });
  it('reports the orderer rule alone: a non-report\'s roles never show in the refusal', () => {
    const ctx = employedBy(FK, { ordererIsChef: false, heldRoles: [{ forbundId: 'forbund-lund', forbundName: 'Lund', role: 'DELTAGARANSVARIG' }] });
    expect(codes(checkRequest(REQUEST_KINDS.FK_CHEF, ctx))).toEqual(['R-04 NOT_CHEF_OF_SUBJECT']);
  });
});

describe('R-11: removal', () => {
  it('needs the orderer of the employer, and says nothing about the person otherwise', () => {
    const stranger = makeContext({ bestallare: { personId: 'p', mandates: [] }, role: 'FORBUNDSADMINISTRATOR' });
    expect(codes(checkRemovalOrderer(stranger))).toEqual(['R-11 NOT_ORDERER_OF_EMPLOYEE']);
    expect(checkRemovalOrderer(makeContext())).toEqual([]);
    expect(checkRemovalOrderer(employedBy(FK, { ordererIsChef: true }))).toEqual([]);
    expect(codes(checkRemovalOrderer(employedBy(AF, { ordererIsChef: false })))).toEqual(['R-11 NOT_ORDERER_OF_EMPLOYEE']);
  });
  it('removes only a role the person holds in that förbund', () => {
    expect(codes(checkRoleHeld(makeContext()))).toEqual(['R-11 ROLE_NOT_HELD']);
    expect(checkRoleHeld(makeContext({ heldRoles: [{ forbundId: 'forbund-lund', forbundName: 'Lund', role: 'FORBUNDSADMINISTRATOR' }] }))).toEqual([]);
  });
});

describe('R-50, R-52: SUS', () => {
  it('R-50: only deltagaransvarig and samverkansadministratör are incompatible', () => {
    const holds = [{ forbundId: 'forbund-lund', forbundName: 'Lund', role: 'SUS_DELTAGARANSVARIG' as const }];
    expect(codes(checkRoleCombination(makeContext({ role: 'SUS_SAMVERKANSADMINISTRATOR', heldRoles: holds })))).toEqual(['R-50 ROLE_COMBINATION']);
    expect(checkRoleCombination(makeContext({ role: 'SUS_INSATSANSVARIG', heldRoles: holds }))).toEqual([]);
    expect(checkRoleCombination(makeContext({ role: 'SUS_RAPPORT', heldRoles: holds }))).toEqual([]);
  });
  it('R-52: superadministratör is for Försäkringskassan staff only', () => {
    expect(checkSuperadminEmployer(employedBy(FK))).toEqual([]);
    expect(codes(checkSuperadminEmployer(employedBy(AF)))).toEqual(['R-52 SUPERADMIN_FK_ONLY']);
    expect(codes(checkSuperadminEmployer(employedBy(KOMMUN)))).toEqual(['R-52 SUPERADMIN_FK_ONLY']);
  });
});
