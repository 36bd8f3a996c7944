/**
 * The role catalogs: Uppföljning Finsam's two user roles and SUS's roles
 * . Role ids are unique across catalogs (SUS's carry a SUS_ prefix), so a granted
 * role names its system by itself. One definition: the database stores these ids as text, and
 * the API schemas, the forms and the e-mails read them from here.
 */
export const FINSAM_ROLES = ['FORBUNDSADMINISTRATOR', 'DELTAGARANSVARIG'] as const;
export type FinsamRole = (typeof FINSAM_ROLES)[number];

// SUS's roles; R-52: superadministratör is for FK's own operations staff only.
export const SUS_ROLES = ['SUS_SAMVERKANSADMINISTRATOR', 'SUS_INSATSANSVARIG', 'SUS_DELTAGARANSVARIG', 'SUS_RAPPORT', 'SUS_SUPERADMINISTRATOR'] as const;
export type SusRole = (typeof SUS_ROLES)[number];
/** The SUS roles ordered on blankett 9445; superadministratör has its own route. */
export const SUS_FORBUND_ROLES = ['SUS_SAMVERKANSADMINISTRATOR', 'SUS_INSATSANSVARIG', 'SUS_DELTAGARANSVARIG', 'SUS_RAPPORT'] as const satisfies readonly SusRole[];

export const ROLES = [...FINSAM_ROLES, ...SUS_ROLES] as const;
export type Role = (typeof ROLES)[number];

export type RoleCatalog = 'FINSAM' | 'SUS';

interface RoleDefinition {
  catalog: RoleCatalog;
  label: string;
  /** FORBUND: held in one samordningsförbund; SYSTEM: held for the whole system (no förbund). */
  scope: 'FORBUND' | 'SYSTEM';
  /** What the role may do, in Swedish, from the seeds (shown where the role is ordered). */
  description: string;
}

export const ROLE_DEFINITIONS: Readonly<Record<Role, RoleDefinition>> = {
  FORBUNDSADMINISTRATOR: {
    catalog: 'FINSAM',
    label: 'Förbundsadministratör',
    scope: 'FORBUND',
    description:
      'Registrerar uppgifter om samordningsförbundets ekonomi, registrerar insatser och budgeterar medel och antal deltagare för dem, ' +
      'och ser förbundets ekonomi och insatser. Kopplar deltagaransvariga till insatser (kräver PUB-avtal med Försäkringskassan).',
  },
  DELTAGARANSVARIG: {
    catalog: 'FINSAM',
    label: 'Deltagaransvarig',
    scope: 'FORBUND',
    description:
      'Registrerar och ändrar antal deltagare i de insatser hen har uppdrag i och ser förbundets individinriktade insatser. ' +
      'Bara för anställda hos Försäkringskassan, Arbetsförmedlingen, en region eller en kommun.',
  },
  SUS_SAMVERKANSADMINISTRATOR: { catalog: 'SUS', label: 'Samverkansadministratör (SUS)', scope: 'FORBUND', description: 'Administrerar förbundets samverkan och insatser i SUS. Kan inte kombineras med deltagaransvarig i SUS.' },
  SUS_INSATSANSVARIG: { catalog: 'SUS', label: 'Insatsansvarig (SUS)', scope: 'FORBUND', description: 'Ansvarar för förbundets insatser i SUS.' },
  SUS_DELTAGARANSVARIG: { catalog: 'SUS', label: 'Deltagaransvarig (SUS)', scope: 'FORBUND', description: 'Registrerar deltagare i insatser i SUS. Kan inte kombineras med samverkansadministratör i SUS.' },
  SUS_RAPPORT: { catalog: 'SUS', label: 'SUSrapport', scope: 'FORBUND', description: 'Tar ut rapporter ur SUS för förbundet.' },
  SUS_SUPERADMINISTRATOR: { catalog: 'SUS', label: 'Superadministratör (SUS)', scope: 'SYSTEM', description: 'Administrerar hela SUS. Bara för Försäkringskassans personal som arbetar med driften av systemet.' },
};

/** Pairs of roles one person may not hold at the same time: R-06 (Finsam) and R-50 (SUS). */
const INCOMPATIBLE: readonly (readonly [Role, Role, string])[] = [
  ['FORBUNDSADMINISTRATOR', 'DELTAGARANSVARIG', 'R-06'],
  ['SUS_DELTAGARANSVARIG', 'SUS_SAMVERKANSADMINISTRATOR', 'R-50'],
];

export const FINSAM_ROLE_LABELS: Readonly<Record<FinsamRole, string>> = {
  FORBUNDSADMINISTRATOR: ROLE_DEFINITIONS.FORBUNDSADMINISTRATOR.label,
  DELTAGARANSVARIG: ROLE_DEFINITIONS.DELTAGARANSVARIG.label,
};

/**
 * What a beställare mandate request asks for: not a role in any system, but
 * it is what the request table's `role` column holds for those kinds.
 */
export const BESTALLARE = 'BESTALLARE';
/** Everything a request may ask for: a role in a catalog, or a beställare mandate. */
export const REQUESTED_ROLES = [...ROLES, BESTALLARE] as const;
export type RequestedRole = (typeof REQUESTED_ROLES)[number];

export function roleLabel(role: string): string {
  if (role === BESTALLARE) return 'Beställare';
  return isRole(role) ? ROLE_DEFINITIONS[role].label : role;
}

/** The role name as it reads inside a Swedish sentence ("rollen deltagaransvarig"). */
export function roleNameInSentence(role: Role): string {
  const label = ROLE_DEFINITIONS[role].label;
  return label.startsWith('SUS') ? label : label.charAt(0).toLowerCase() + label.slice(1);
}

/** The role a holder of `role` may not also hold, and the rule that says so. */
export function incompatibleWith(role: Role): { role: Role; rule: string } | null {
  for (const [a, b, rule] of INCOMPATIBLE) {
    if (a === role) return { role: b, rule };
    if (b === role) return { role: a, rule };
  }
  return null;
}

/** the Finsam role a user would conflict with if they held it. */
export function otherRole(role: FinsamRole): FinsamRole {
  return role === 'FORBUNDSADMINISTRATOR' ? 'DELTAGARANSVARIG' : 'FORBUNDSADMINISTRATOR';
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function isFinsamRole(value: unknown): value is FinsamRole {
  return typeof value === 'string' && (FINSAM_ROLES as readonly string[]).includes(value);
}

/**
 * Staff roles: who acts at a stage of a request. BA decides every request; AF's service desk
 * forwards AF's orders to BA; the manager responsible for external information exchange
 * approves superadministratör orders before BA.
 */
export const STAFF_ROLES = ['BA', 'AF_SERVICEDESK', 'INFO_EXCHANGE_MANAGER'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const STAFF_ROLE_LABELS: Readonly<Record<StaffRole, string>> = {
  BA: 'Behörighetsadministrationen',
  AF_SERVICEDESK: 'Arbetsförmedlingens servicedesk',
  INFO_EXCHANGE_MANAGER: 'Ansvarig chef för externt informationsutbyte',
};
