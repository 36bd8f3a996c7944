"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.STAFF_ROLE_LABELS = exports.STAFF_ROLES = exports.REQUESTED_ROLES = exports.BESTALLARE = exports.FINSAM_ROLE_LABELS = exports.ROLE_DEFINITIONS = exports.ROLES = exports.SUS_FORBUND_ROLES = exports.SUS_ROLES = exports.FINSAM_ROLES = void 0;
exports.roleLabel = roleLabel;
exports.roleNameInSentence = roleNameInSentence;
exports.incompatibleWith = incompatibleWith;
exports.otherRole = otherRole;
exports.isRole = isRole;
exports.isFinsamRole = isFinsamRole;
/**
 * The role catalogs: Uppföljning Finsam's two user roles and SUS's roles
 * . Role ids are unique across catalogs (SUS's carry a SUS_ prefix), so a granted
 * role names its system by itself. One definition: the database stores these ids as text, and
 * the API schemas, the forms and the e-mails read them from here.
 */
exports.FINSAM_ROLES = ['FORBUNDSADMINISTRATOR', 'DELTAGARANSVARIG'];
// SUS's roles; R-52: superadministratör is for FK's own operations staff only.
exports.SUS_ROLES = ['SUS_SAMVERKANSADMINISTRATOR', 'SUS_INSATSANSVARIG', 'SUS_DELTAGARANSVARIG', 'SUS_RAPPORT', 'SUS_SUPERADMINISTRATOR'];
/** The SUS roles ordered on blankett 9445; superadministratör has its own route. */
exports.SUS_FORBUND_ROLES = ['SUS_SAMVERKANSADMINISTRATOR', 'SUS_INSATSANSVARIG', 'SUS_DELTAGARANSVARIG', 'SUS_RAPPORT'];
exports.ROLES = [...exports.FINSAM_ROLES, ...exports.SUS_ROLES];
exports.ROLE_DEFINITIONS = {
    FORBUNDSADMINISTRATOR: {
        catalog: 'FINSAM',
        label: 'Förbundsadministratör',
        scope: 'FORBUND',
        description: 'Registrerar uppgifter om samordningsförbundets ekonomi, registrerar insatser och budgeterar medel och antal deltagare för dem, ' +
            'och ser förbundets ekonomi och insatser. Kopplar deltagaransvariga till insatser (kräver PUB-avtal med Försäkringskassan).',
    },
    DELTAGARANSVARIG: {
        catalog: 'FINSAM',
        label: 'Deltagaransvarig',
        scope: 'FORBUND',
        description: 'Registrerar och ändrar antal deltagare i de insatser hen har uppdrag i och ser förbundets individinriktade insatser. ' +
            'Bara för anställda hos Försäkringskassan, Arbetsförmedlingen, en region eller en kommun.',
    },
    SUS_SAMVERKANSADMINISTRATOR: { catalog: 'SUS', label: 'Samverkansadministratör (SUS)', scope: 'FORBUND', description: 'Administrerar förbundets samverkan och insatser i SUS. Kan inte kombineras med deltagaransvarig i SUS.' },
    SUS_INSATSANSVARIG: { catalog: 'SUS', label: 'Insatsansvarig (SUS)', scope: 'FORBUND', description: 'Ansvarar för förbundets insatser i SUS.' },
    SUS_DELTAGARANSVARIG: { catalog: 'SUS', label: 'Deltagaransvarig (SUS)', scope: 'FORBUND', description: 'Registrerar deltagare i insatser i SUS. Kan inte kombineras med samverkansadministratör i SUS.' },
    SUS_RAPPORT: { catalog: 'SUS', label: 'SUSrapport', scope: 'FORBUND', description: 'Tar ut rapporter ur SUS för förbundet.' },
    SUS_SUPERADMINISTRATOR: { catalog: 'SUS', label: 'Superadministratör (SUS)', scope: 'SYSTEM', description: 'Administrerar hela SUS. Bara för Försäkringskassans personal som arbetar med driften av systemet.' },
};
/** Pairs of roles one person may not hold at the same time: R-06 (Finsam) and R-50 (SUS). */
const INCOMPATIBLE = [
    ['FORBUNDSADMINISTRATOR', 'DELTAGARANSVARIG', 'R-06'],
    ['SUS_DELTAGARANSVARIG', 'SUS_SAMVERKANSADMINISTRATOR', 'R-50'],
];
exports.FINSAM_ROLE_LABELS = {
    FORBUNDSADMINISTRATOR: exports.ROLE_DEFINITIONS.FORBUNDSADMINISTRATOR.label,
    DELTAGARANSVARIG: exports.ROLE_DEFINITIONS.DELTAGARANSVARIG.label,
};
/**
 * What a beställare mandate request asks for: not a role in any system, but
 * it is what the request table's `role` column holds for those kinds.
 */
exports.BESTALLARE = 'BESTALLARE';
/** Everything a request may ask for: a role in a catalog, or a beställare mandate. */
exports.REQUESTED_ROLES = [...exports.ROLES, exports.BESTALLARE];
function roleLabel(role) {
    if (role === exports.BESTALLARE)
        return 'Beställare';
    return isRole(role) ? exports.ROLE_DEFINITIONS[role].label : role;
}
/** The role name as it reads inside a Swedish sentence ("rollen deltagaransvarig"). */
function roleNameInSentence(role) {
    const label = exports.ROLE_DEFINITIONS[role].label;
    return label.startsWith('SUS') ? label : label.charAt(0).toLowerCase() + label.slice(1);
}
/** The role a holder of `role` may not also hold, and the rule that says so. */
function incompatibleWith(role) {
    for (const [a, b, rule] of INCOMPATIBLE) {
        if (a === role)
            return { role: b, rule };
        if (b === role)
            return { role: a, rule };
    }
    return null;
}
/** the Finsam role a user would conflict with if they held it. */
function otherRole(role) {
    return role === 'FORBUNDSADMINISTRATOR' ? 'DELTAGARANSVARIG' : 'FORBUNDSADMINISTRATOR';
}
function isRole(value) {
    return typeof value === 'string' && exports.ROLES.includes(value);
}
function isFinsamRole(value) {
    return typeof value === 'string' && exports.FINSAM_ROLES.includes(value);
}
/**
 * Staff roles: who acts at a stage of a request. BA decides every request; AF's service desk
 * forwards AF's orders to BA; the manager responsible for external information exchange
 * approves superadministratör orders before BA.
 */
exports.STAFF_ROLES = ['BA', 'AF_SERVICEDESK', 'INFO_EXCHANGE_MANAGER'];
exports.STAFF_ROLE_LABELS = {
    BA: 'Behörighetsadministrationen',
    AF_SERVICEDESK: 'Arbetsförmedlingens servicedesk',
    INFO_EXCHANGE_MANAGER: 'Ansvarig chef för externt informationsutbyte',
};
//# sourceMappingURL=roles.js.map