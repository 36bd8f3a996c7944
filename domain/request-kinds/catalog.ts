/**
 * The request kinds this service handles (docs/rules.md, docs/architecture.md). A new kind is an
 * entry here — its form, rules, stages and effect — plus, at most, one new activity.
 */
import { ZOrder9480, type TOrder9480 } from '../../forms/blankett-9480';
import { ZBestallareRegistration, ZBestallareRenewal, ZFkChefRequest, ZRemovalRequest, ZSus9445, ZSusSuperadmin } from '../../forms/request-forms';
import { checkNoLiveMandate, checkRegistrationPeriod, checkRenewal, checkRepresentativeOfEmployer, NOT_EMPLOYED_BY_REPRESENTED } from '../eligibility-rules/mandate-request';
import { checkBestallareMandate } from '../eligibility-rules/bestallare-mandate';
import { checkChefOfEmployee, checkChefOrder, isChefRoute, notChefOfSubject } from '../eligibility-rules/chef-order';
import { checkChefRoute } from '../eligibility-rules/chef-route';
import type { EligibilityContext } from '../eligibility-rules/context';
import { checkDeltagaransvarigEmployer } from '../eligibility-rules/deltagaransvarig-employer';
import { checkForbundScope } from '../eligibility-rules/forbund-scope';
import { checkProtectedIdentity } from '../eligibility-rules/protected-identity';
import { checkRemovalOrderer, checkRoleHeld, NOT_ORDERER_OF_EMPLOYEE } from '../eligibility-rules/removal';
import { checkRoleCombination } from '../eligibility-rules/role-combination';
import { checkSuperadminEmployer } from '../eligibility-rules/superadmin';
import { defineKind, type RequestCatalog, type RequestDraft, type Rule } from './kind';
import type { StagePlan } from './stage';
import type { Role } from '../roles';

/** BA quality-assures and executes every request, and may send it back. */
export const BA_STAGE: StagePlan = {
  id: 'BA',
  label: 'Behörighetsadministrationen',
  actorRole: 'BA',
  scope: 'ANY',
  decisions: ['APPROVE', 'REJECT', 'RETURN'],
  dueWorkingDays: 5,
  remindEveryWorkingDays: 2,
};

/** AF's service desk passes its staff's orders on to BA, or returns them to the chef. */
const AF_SERVICEDESK_STAGE: StagePlan = {
  id: 'AF_SERVICEDESK',
  label: 'Arbetsförmedlingens servicedesk',
  actorRole: 'AF_SERVICEDESK',
  scope: 'SUBJECT_EMPLOYER',
  decisions: ['FORWARD', 'RETURN'],
  dueWorkingDays: 3,
  remindEveryWorkingDays: 1,
  // BA sees that an AF order is waiting at the service desk and can chase it.
  escalationRole: 'BA',
};

/** the manager responsible for external information exchange approves first. */
const INFO_EXCHANGE_MANAGER_STAGE: StagePlan = {
  id: 'INFO_EXCHANGE_MANAGER',
  label: 'Ansvarig chef för externt informationsutbyte',
  actorRole: 'INFO_EXCHANGE_MANAGER',
  scope: 'ANY',
  decisions: ['APPROVE', 'REJECT', 'RETURN'],
  dueWorkingDays: 5,
  remindEveryWorkingDays: 2,
  escalationRole: 'BA',
};

/** The rules of an order for a role (9480 and its chef routes), after who may order. */
const ROLE_RULES: readonly Rule[] = [checkForbundScope, checkRoleCombination, checkDeltagaransvarigEmployer, checkProtectedIdentity];

const fromForm9480 = (f: TOrder9480): RequestDraft => ({ personnummer: f.user.personnummer, role: f.role, forbundId: f.forbundId, protectedIdentity: f.protectedIdentity, user: f.user });

const EXAMPLE_USER = { personnummer: '19900305-1233', givenName: 'Lina', familyName: 'Åberg', email: 'lina.aberg@norrvik.example', employerId: 'org-norrviks-kommun' };

// Orderer rule for kinds every organisation uses: the chef at FK and AF, a beställare elsewhere.
const checkOrdererOfEmployer: Rule = (ctx: EligibilityContext) => (isChefRoute(ctx) ? checkChefOfEmployee(ctx) : checkBestallareMandate(ctx));

export const REQUEST_KINDS = {
  USER_9480: defineKind({
    kind: 'USER_9480',
    label: 'Beställning av användare (blankett 9480)',
    summary: 'Blankett 9480: a beställare orders a Finsam role for an employee of a kommun, region or samordningsförbund.',
    orderedBy: ['BESTALLARE'],
    form: ZOrder9480,
    example: { forbundId: 'forbund-norrvik', role: 'FORBUNDSADMINISTRATOR', protectedIdentity: false, user: EXAMPLE_USER },
    toDraft: fromForm9480,
    ruleIds: ['R-01', 'R-02', 'R-03', 'R-04', 'R-05', 'R-06', 'R-07', 'R-08', 'R-21'],
    // first and alone: for FK and AF staff the beställare rules say nothing useful.
    // The mandate is not the orderer rule: its refusal names only the form's employer,
    // and the beställare is told every problem with the form at once, as before.
    ordererRule: checkChefRoute,
    rules: [checkBestallareMandate, ...ROLE_RULES],
    unregisteredSubject: NOT_ORDERER_OF_EMPLOYEE, // unused: the form names the person
    stages: [BA_STAGE],
    effect: 'GRANT',
    notify: { approved: ['SUBJECT', 'ORDERER'], rejected: ['ORDERER'] },
    mails: 'BLANKETT_9480',
  }),

  AF_9480: defineKind({
    kind: 'AF_9480',
    label: 'Beställning för anställd på Arbetsförmedlingen (blankett 9480 via servicedesk)',
    summary: "R-03: an Arbetsförmedlingen chef fills in 9480 for a direct report; AF's service desk forwards it (or returns it) before BA decides.",
    orderedBy: ['CHEF'],
    form: ZOrder9480,
    example: { forbundId: 'forbund-norrvik', role: 'DELTAGARANSVARIG', protectedIdentity: false, user: { personnummer: '19920817-2503', givenName: 'Nina', familyName: 'Åkesson', email: 'nina.akesson@arbetsformedlingen.example', employerId: 'org-arbetsformedlingen' } },
    toDraft: fromForm9480,
    ruleIds: ['R-03', 'R-02', 'R-06', 'R-08'],
    ordererRule: checkChefOrder('ARBETSFORMEDLINGEN'),
    rules: ROLE_RULES,
    unregisteredSubject: notChefOfSubject('R-03'),
    stages: [AF_SERVICEDESK_STAGE, BA_STAGE],
    effect: 'GRANT',
    notify: { approved: ['SUBJECT', 'ORDERER'], rejected: ['ORDERER'] },
  }),

  FK_CHEF: defineKind({
    kind: 'FK_CHEF',
    label: 'Chefens beställning för anställd på Försäkringskassan',
    summary: "R-04: a Försäkringskassan chef orders a Finsam role for a direct report (the chef's decision is the order); BA quality-assures it. Chef and employee are both told.",
    orderedBy: ['CHEF'],
    form: ZFkChefRequest,
    example: { personnummer: '19890621-2389', forbundId: 'forbund-norrvik', role: 'DELTAGARANSVARIG', protectedIdentity: false },
    toDraft: (f) => ({ personnummer: f.personnummer, role: f.role as Role, forbundId: f.forbundId, protectedIdentity: f.protectedIdentity, user: null }),
    ruleIds: ['R-04', 'R-02', 'R-06', 'R-08'],
    ordererRule: checkChefOrder('FORSAKRINGSKASSAN'),
    rules: ROLE_RULES,
    unregisteredSubject: notChefOfSubject('R-04'),
    stages: [BA_STAGE],
    effect: 'GRANT',
    notify: { approved: ['SUBJECT', 'ORDERER'], rejected: ['SUBJECT', 'ORDERER'] },
  }),

  REMOVAL: defineKind({
    kind: 'REMOVAL',
    label: 'Borttagning av behörighet',
    summary: "R-11: the orderer of the user's employer (beställare, or the chef at FK and AF) orders removal of a role the user holds; BA executes it.",
    orderedBy: ['BESTALLARE', 'CHEF'],
    form: ZRemovalRequest,
    example: { personnummer: '19850107-3293', role: 'FORBUNDSADMINISTRATOR', forbundId: 'forbund-norrvik' },
    toDraft: (f) => ({ personnummer: f.personnummer, role: f.role as Role, forbundId: f.forbundId ?? null, protectedIdentity: false, user: null }),
    ruleIds: ['R-11', 'R-01', 'R-03', 'R-04'],
    // Who may order first: the role check would otherwise tell anyone what a person holds.
    ordererRule: checkRemovalOrderer,
    rules: [checkRoleHeld],
    unregisteredSubject: NOT_ORDERER_OF_EMPLOYEE,
    stages: [{ ...BA_STAGE, decisions: ['APPROVE', 'REJECT'] }],
    effect: 'REMOVE',
    notify: { approved: ['SUBJECT', 'ORDERER'], rejected: ['ORDERER'] },
  }),

  SUS_ROLE: defineKind({
    kind: 'SUS_ROLE',
    label: 'Beställning av SUS-roll (blankett 9445)',
    summary: 'R-50, R-51: blankett 9445, a SUS role (samverkansadministratör, insatsansvarig, deltagaransvarig, SUSrapport) in one förbund; ordered like 9480, decided by BA.',
    orderedBy: ['BESTALLARE', 'CHEF'],
    form: ZSus9445,
    example: { forbundId: 'forbund-norrvik', role: 'SUS_INSATSANSVARIG', protectedIdentity: false, user: EXAMPLE_USER },
    toDraft: (f) => ({ personnummer: f.user.personnummer, role: f.role as Role, forbundId: f.forbundId, protectedIdentity: f.protectedIdentity, user: f.user }),
    ruleIds: ['R-51', 'R-01', 'R-21', 'R-03', 'R-04', 'R-02', 'R-50', 'R-08'],
    ordererRule: checkOrdererOfEmployer,
    rules: [checkForbundScope, checkRoleCombination, checkProtectedIdentity],
    unregisteredSubject: NOT_ORDERER_OF_EMPLOYEE, // unused: the form names the person
    stages: [BA_STAGE],
    effect: 'GRANT',
    notify: { approved: ['SUBJECT', 'ORDERER'], rejected: ['ORDERER'] },
  }),

  SUS_SUPERADMIN: defineKind({
    kind: 'SUS_SUPERADMIN',
    label: 'Beställning av superadministratör i SUS',
    summary: 'R-52: superadministratör in SUS for a Försäkringskassan employee working with operations, ordered by their chef; the manager responsible for external information exchange approves before BA executes.',
    orderedBy: ['CHEF'],
    form: ZSusSuperadmin,
    example: { personnummer: '19890621-2389', motivation: 'Arbetar med drift och förvaltning av SUS.' },
    toDraft: (f) => ({ personnummer: f.personnummer, role: 'SUS_SUPERADMINISTRATOR', forbundId: null, protectedIdentity: false, user: null }),
    ruleIds: ['R-52', 'R-04', 'R-50'],
    ordererRule: checkChefOfEmployee,
    rules: [checkSuperadminEmployer, checkRoleCombination],
    unregisteredSubject: notChefOfSubject('R-04'),
    stages: [INFO_EXCHANGE_MANAGER_STAGE, BA_STAGE],
    effect: 'GRANT',
    notify: { approved: ['SUBJECT', 'ORDERER'], rejected: ['ORDERER'] },
  }),

  BESTALLARE_REGISTRATION: defineKind({
    kind: 'BESTALLARE_REGISTRATION',
    label: 'Anmälan av beställare',
    summary:
      "R-20, R-21: a Part's authorised representative (firmatecknare or behörig företrädare) registers one of the organisation's employees as beställare for at most two years; BA approves. A förbund's board chair may register themselves.",
    orderedBy: ['REPRESENTATIVE'],
    form: ZBestallareRegistration,
    example: { personnummer: '19850107-3293', validUntil: '2027-12-31' },
    toDraft: (f) => ({ personnummer: f.personnummer, role: 'BESTALLARE', forbundId: null, protectedIdentity: false, user: null, mandateLastDay: f.validUntil }),
    ruleIds: ['R-20', 'R-21'],
    ordererRule: checkRepresentativeOfEmployer,
    rules: [checkNoLiveMandate, checkRegistrationPeriod],
    unregisteredSubject: NOT_EMPLOYED_BY_REPRESENTED,
    stages: [{ ...BA_STAGE, decisions: ['APPROVE', 'REJECT'] }],
    effect: 'REGISTER_MANDATE',
    notify: { approved: ['SUBJECT', 'ORDERER'], rejected: ['ORDERER'] },
  }),

  BESTALLARE_RENEWAL: defineKind({
    kind: 'BESTALLARE_RENEWAL',
    label: 'Förnyelse av beställare',
    summary:
      "R-21: the Part's authorised representative renews a beställare's mandate for at most two years from its current end (or from today when it has ended); BA approves, and the mandate's running workflow moves its reminders and expiry.",
    orderedBy: ['REPRESENTATIVE'],
    form: ZBestallareRenewal,
    example: { personnummer: '19750920-2623', validUntil: '2028-06-30' },
    toDraft: (f) => ({ personnummer: f.personnummer, role: 'BESTALLARE', forbundId: null, protectedIdentity: false, user: null, mandateLastDay: f.validUntil }),
    ruleIds: ['R-21', 'R-20'],
    ordererRule: checkRepresentativeOfEmployer,
    rules: [checkRenewal],
    unregisteredSubject: NOT_EMPLOYED_BY_REPRESENTED,
    stages: [{ ...BA_STAGE, decisions: ['APPROVE', 'REJECT'] }],
    effect: 'RENEW_MANDATE',
    notify: { approved: ['SUBJECT', 'ORDERER'], rejected: ['ORDERER'] },
  }),
} satisfies RequestCatalog;

export type RequestKindId = keyof typeof REQUEST_KINDS;
export const REQUEST_KIND_IDS = Object.keys(REQUEST_KINDS) as [RequestKindId, ...RequestKindId[]];
