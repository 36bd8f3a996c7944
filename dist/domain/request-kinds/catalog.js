"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.REQUEST_KIND_IDS = exports.REQUEST_KINDS = exports.BA_STAGE = void 0;
/**
 * The request kinds this service handles (docs/rules.md, docs/architecture.md). A new kind is an
 * entry here — its form, rules, stages and effect — plus, at most, one new activity.
 */
const blankett_9480_1 = require("../../forms/blankett-9480");
const request_forms_1 = require("../../forms/request-forms");
const mandate_request_1 = require("../eligibility-rules/mandate-request");
const bestallare_mandate_1 = require("../eligibility-rules/bestallare-mandate");
const chef_order_1 = require("../eligibility-rules/chef-order");
const chef_route_1 = require("../eligibility-rules/chef-route");
const deltagaransvarig_employer_1 = require("../eligibility-rules/deltagaransvarig-employer");
const forbund_scope_1 = require("../eligibility-rules/forbund-scope");
const protected_identity_1 = require("../eligibility-rules/protected-identity");
const removal_1 = require("../eligibility-rules/removal");
const role_combination_1 = require("../eligibility-rules/role-combination");
const superadmin_1 = require("../eligibility-rules/superadmin");
const kind_1 = require("./kind");
/** BA quality-assures and executes every request, and may send it back. */
exports.BA_STAGE = {
    id: 'BA',
    label: 'Behörighetsadministrationen',
    actorRole: 'BA',
    scope: 'ANY',
    decisions: ['APPROVE', 'REJECT', 'RETURN'],
    dueWorkingDays: 5,
    remindEveryWorkingDays: 2,
};
/** AF's service desk passes its staff's orders on to BA, or returns them to the chef. */
const AF_SERVICEDESK_STAGE = {
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
const INFO_EXCHANGE_MANAGER_STAGE = {
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
const ROLE_RULES = [forbund_scope_1.checkForbundScope, role_combination_1.checkRoleCombination, deltagaransvarig_employer_1.checkDeltagaransvarigEmployer, protected_identity_1.checkProtectedIdentity];
const fromForm9480 = (f) => ({ personnummer: f.user.personnummer, role: f.role, forbundId: f.forbundId, protectedIdentity: f.protectedIdentity, user: f.user });
const EXAMPLE_USER = { personnummer: '19900305-1233', givenName: 'Lina', familyName: 'Åberg', email: 'lina.aberg@norrvik.example', employerId: 'org-norrviks-kommun' };
// Orderer rule for kinds every organisation uses: the chef at FK and AF, a beställare elsewhere.
const checkOrdererOfEmployer = (ctx) => ((0, chef_order_1.isChefRoute)(ctx) ? (0, chef_order_1.checkChefOfEmployee)(ctx) : (0, bestallare_mandate_1.checkBestallareMandate)(ctx));
exports.REQUEST_KINDS = {
    USER_9480: (0, kind_1.defineKind)({
        kind: 'USER_9480',
        label: 'Beställning av användare (blankett 9480)',
        summary: 'Blankett 9480: a beställare orders a Finsam role for an employee of a kommun, region or samordningsförbund.',
        orderedBy: ['BESTALLARE'],
        form: blankett_9480_1.ZOrder9480,
        example: { forbundId: 'forbund-norrvik', role: 'FORBUNDSADMINISTRATOR', protectedIdentity: false, user: EXAMPLE_USER },
        toDraft: fromForm9480,
        ruleIds: ['R-01', 'R-02', 'R-03', 'R-04', 'R-05', 'R-06', 'R-07', 'R-08', 'R-21'],
        // first and alone: for FK and AF staff the beställare rules say nothing useful.
        // The mandate is not the orderer rule: its refusal names only the form's employer,
        // and the beställare is told every problem with the form at once, as before.
        ordererRule: chef_route_1.checkChefRoute,
        rules: [bestallare_mandate_1.checkBestallareMandate, ...ROLE_RULES],
        unregisteredSubject: removal_1.NOT_ORDERER_OF_EMPLOYEE, // unused: the form names the person
        stages: [exports.BA_STAGE],
        effect: 'GRANT',
        notify: { approved: ['SUBJECT', 'ORDERER'], rejected: ['ORDERER'] },
        mails: 'BLANKETT_9480',
    }),
    AF_9480: (0, kind_1.defineKind)({
        kind: 'AF_9480',
        label: 'Beställning för anställd på Arbetsförmedlingen (blankett 9480 via servicedesk)',
        summary: "R-03: an Arbetsförmedlingen chef fills in 9480 for a direct report; AF's service desk forwards it (or returns it) before BA decides.",
        orderedBy: ['CHEF'],
        form: blankett_9480_1.ZOrder9480,
        example: { forbundId: 'forbund-norrvik', role: 'DELTAGARANSVARIG', protectedIdentity: false, user: { personnummer: '19920817-2503', givenName: 'Nina', familyName: 'Åkesson', email: 'nina.akesson@arbetsformedlingen.example', employerId: 'org-arbetsformedlingen' } },
        toDraft: fromForm9480,
        ruleIds: ['R-03', 'R-02', 'R-06', 'R-08'],
        ordererRule: (0, chef_order_1.checkChefOrder)('ARBETSFORMEDLINGEN'),
        rules: ROLE_RULES,
        unregisteredSubject: (0, chef_order_1.notChefOfSubject)('R-03'),
        stages: [AF_SERVICEDESK_STAGE, exports.BA_STAGE],
        effect: 'GRANT',
        notify: { approved: ['SUBJECT', 'ORDERER'], rejected: ['ORDERER'] },
    }),
    FK_CHEF: (0, kind_1.defineKind)({
        kind: 'FK_CHEF',
        label: 'Chefens beställning för anställd på Försäkringskassan',
        summary: "R-04: a Försäkringskassan chef orders a Finsam role for a direct report (the chef's decision is the order); BA quality-assures it. Chef and employee are both told.",
        orderedBy: ['CHEF'],
        form: request_forms_1.ZFkChefRequest,
        example: { personnummer: '19890621-2389', forbundId: 'forbund-norrvik', role: 'DELTAGARANSVARIG', protectedIdentity: false },
        toDraft: (f) => ({ personnummer: f.personnummer, role: f.role, forbundId: f.forbundId, protectedIdentity: f.protectedIdentity, user: null }),
        ruleIds: ['R-04', 'R-02', 'R-06', 'R-08'],
        ordererRule: (0, chef_order_1.checkChefOrder)('FORSAKRINGSKASSAN'),
        rules: ROLE_RULES,
        unregisteredSubject: (0, chef_order_1.notChefOfSubject)('R-04'),
        stages: [exports.BA_STAGE],
        effect: 'GRANT',
        notify: { approved: ['SUBJECT', 'ORDERER'], rejected: ['SUBJECT', 'ORDERER'] },
    }),
    REMOVAL: (0, kind_1.defineKind)({
        kind: 'REMOVAL',
        label: 'Borttagning av behörighet',
        summary: "R-11: the orderer of the user's employer (beställare, or the chef at FK and AF) orders removal of a role the user holds; BA executes it.",
        orderedBy: ['BESTALLARE', 'CHEF'],
        form: request_forms_1.ZRemovalRequest,
        example: { personnummer: '19850107-3293', role: 'FORBUNDSADMINISTRATOR', forbundId: 'forbund-norrvik' },
        toDraft: (f) => ({ personnummer: f.personnummer, role: f.role, forbundId: f.forbundId ?? null, protectedIdentity: false, user: null }),
        ruleIds: ['R-11', 'R-01', 'R-03', 'R-04'],
        // Who may order first: the role check would otherwise tell anyone what a person holds.
        ordererRule: removal_1.checkRemovalOrderer,
        rules: [removal_1.checkRoleHeld],
        unregisteredSubject: removal_1.NOT_ORDERER_OF_EMPLOYEE,
        stages: [{ ...exports.BA_STAGE, decisions: ['APPROVE', 'REJECT'] }],
        effect: 'REMOVE',
        notify: { approved: ['SUBJECT', 'ORDERER'], rejected: ['ORDERER'] },
    }),
    SUS_ROLE: (0, kind_1.defineKind)({
        kind: 'SUS_ROLE',
        label: 'Beställning av SUS-roll (blankett 9445)',
        summary: 'R-50, R-51: blankett 9445, a SUS role (samverkansadministratör, insatsansvarig, deltagaransvarig, SUSrapport) in one förbund; ordered like 9480, decided by BA.',
        orderedBy: ['BESTALLARE', 'CHEF'],
        form: request_forms_1.ZSus9445,
        example: { forbundId: 'forbund-norrvik', role: 'SUS_INSATSANSVARIG', protectedIdentity: false, user: EXAMPLE_USER },
        toDraft: (f) => ({ personnummer: f.user.personnummer, role: f.role, forbundId: f.forbundId, protectedIdentity: f.protectedIdentity, user: f.user }),
        ruleIds: ['R-51', 'R-01', 'R-21', 'R-03', 'R-04', 'R-02', 'R-50', 'R-08'],
        ordererRule: checkOrdererOfEmployer,
        rules: [forbund_scope_1.checkForbundScope, role_combination_1.checkRoleCombination, protected_identity_1.checkProtectedIdentity],
        unregisteredSubject: removal_1.NOT_ORDERER_OF_EMPLOYEE, // unused: the form names the person
        stages: [exports.BA_STAGE],
        effect: 'GRANT',
        notify: { approved: ['SUBJECT', 'ORDERER'], rejected: ['ORDERER'] },
    }),
    SUS_SUPERADMIN: (0, kind_1.defineKind)({
        kind: 'SUS_SUPERADMIN',
        label: 'Beställning av superadministratör i SUS',
        summary: 'R-52: superadministratör in SUS for a Försäkringskassan employee working with operations, ordered by their chef; the manager responsible for external information exchange approves before BA executes.',
        orderedBy: ['CHEF'],
        form: request_forms_1.ZSusSuperadmin,
        example: { personnummer: '19890621-2389', motivation: 'Arbetar med drift och förvaltning av SUS.' },
        toDraft: (f) => ({ personnummer: f.personnummer, role: 'SUS_SUPERADMINISTRATOR', forbundId: null, protectedIdentity: false, user: null }),
        ruleIds: ['R-52', 'R-04', 'R-50'],
        ordererRule: chef_order_1.checkChefOfEmployee,
        rules: [superadmin_1.checkSuperadminEmployer, role_combination_1.checkRoleCombination],
        unregisteredSubject: (0, chef_order_1.notChefOfSubject)('R-04'),
        stages: [INFO_EXCHANGE_MANAGER_STAGE, exports.BA_STAGE],
        effect: 'GRANT',
        notify: { approved: ['SUBJECT', 'ORDERER'], rejected: ['ORDERER'] },
    }),
    BESTALLARE_REGISTRATION: (0, kind_1.defineKind)({
        kind: 'BESTALLARE_REGISTRATION',
        label: 'Anmälan av beställare',
        summary: "R-20, R-21: a Part's authorised representative (firmatecknare or behörig företrädare) registers one of the organisation's employees as beställare for at most two years; BA approves. A förbund's board chair may register themselves.",
        orderedBy: ['REPRESENTATIVE'],
        form: request_forms_1.ZBestallareRegistration,
        example: { personnummer: '19850107-3293', validUntil: '2027-12-31' },
        toDraft: (f) => ({ personnummer: f.personnummer, role: 'BESTALLARE', forbundId: null, protectedIdentity: false, user: null, mandateLastDay: f.validUntil }),
        ruleIds: ['R-20', 'R-21'],
        ordererRule: mandate_request_1.checkRepresentativeOfEmployer,
        rules: [mandate_request_1.checkNoLiveMandate, mandate_request_1.checkRegistrationPeriod],
        unregisteredSubject: mandate_request_1.NOT_EMPLOYED_BY_REPRESENTED,
        stages: [{ ...exports.BA_STAGE, decisions: ['APPROVE', 'REJECT'] }],
        effect: 'REGISTER_MANDATE',
        notify: { approved: ['SUBJECT', 'ORDERER'], rejected: ['ORDERER'] },
    }),
    BESTALLARE_RENEWAL: (0, kind_1.defineKind)({
        kind: 'BESTALLARE_RENEWAL',
        label: 'Förnyelse av beställare',
        summary: "R-21: the Part's authorised representative renews a beställare's mandate for at most two years from its current end (or from today when it has ended); BA approves, and the mandate's running workflow moves its reminders and expiry.",
        orderedBy: ['REPRESENTATIVE'],
        form: request_forms_1.ZBestallareRenewal,
        example: { personnummer: '19750920-2623', validUntil: '2028-06-30' },
        toDraft: (f) => ({ personnummer: f.personnummer, role: 'BESTALLARE', forbundId: null, protectedIdentity: false, user: null, mandateLastDay: f.validUntil }),
        ruleIds: ['R-21', 'R-20'],
        ordererRule: mandate_request_1.checkRepresentativeOfEmployer,
        rules: [mandate_request_1.checkRenewal],
        unregisteredSubject: mandate_request_1.NOT_EMPLOYED_BY_REPRESENTED,
        stages: [{ ...exports.BA_STAGE, decisions: ['APPROVE', 'REJECT'] }],
        effect: 'RENEW_MANDATE',
        notify: { approved: ['SUBJECT', 'ORDERER'], rejected: ['ORDERER'] },
    }),
};
exports.REQUEST_KIND_IDS = Object.keys(exports.REQUEST_KINDS);
//# sourceMappingURL=catalog.js.map