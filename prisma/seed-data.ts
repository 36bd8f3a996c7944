/**
 * A realistic, fictional world shared by `npm run dev` and the tests (tests import these ids as
 * fixtures). Försäkringskassan and Arbetsförmedlingen carry their public organisation numbers;
 * everything else is invented. Personnummer are fictional but pass the checksum.
 */
import type { OrganisationType } from '../generated/prisma/client';
import type { Role, StaffRole } from '../domain/roles';
import type { RepresentativeCapacity } from '../domain/representative';

export const ORG = {
  fk: 'org-forsakringskassan',
  af: 'org-arbetsformedlingen',
  norrvikKommun: 'org-norrviks-kommun',
  alstaKommun: 'org-alsta-kommun',
  sydasenKommun: 'org-sydasens-kommun',
  bergebyKommun: 'org-bergeby-kommun',
  regionNordmark: 'org-region-nordmark',
  regionSydmark: 'org-region-sydmark',
  sfNorrvik: 'org-sf-norrvik',
  sfSydasen: 'org-sf-sydasen',
  sfMittland: 'org-sf-mittland',
} as const;

export const FORBUND = {
  norrvik: 'forbund-norrvik',
  sydasen: 'forbund-sydasen',
  mittland: 'forbund-mittland',
} as const;

export const PERSON = {
  baBritt: 'person-britt-andersson',
  baBengt: 'person-bengt-axelsson',
  bestallareKarin: 'person-karin-lund',
  bestallarePer: 'person-per-holm',
  bestallareSara: 'person-sara-ek',
  bestallareLarsExpired: 'person-lars-berg',
  bestallareMaria: 'person-maria-nystrom',
  userAnna: 'person-anna-sjoberg',
  userJohan: 'person-johan-virtanen',
  userEva: 'person-eva-lindqvist',
  userOmar: 'person-omar-haddad',
  protectedKim: 'person-kim-sandberg',
  // chefs and their direct reports (the reporting line in the register).
  chefFrida: 'person-frida-strand',
  fkErik: 'person-erik-lindgren',
  chefGustav: 'person-gustav-nord',
  afNina: 'person-nina-akesson',
  // Stage actors: AF's service desk, the manager for external information exchange.
  afServicedeskHelena: 'person-helena-falk',
  infoManagerIngrid: 'person-ingrid-wall',
  // who signs for a Part and registers its beställare; the förbund's board chair.
  repUlf: 'person-ulf-ahl',
  repHanna: 'person-hanna-borg',
  repLena: 'person-lena-dahl',
  chairGoran: 'person-goran-falk',
} as const;

export const organisations: { id: string; name: string; type: OrganisationType; organisationNumber: string }[] = [
  { id: ORG.fk, name: 'Försäkringskassan', type: 'FORSAKRINGSKASSAN', organisationNumber: '202100-5521' },
  { id: ORG.af, name: 'Arbetsförmedlingen', type: 'ARBETSFORMEDLINGEN', organisationNumber: '202100-2114' },
  { id: ORG.norrvikKommun, name: 'Norrviks kommun', type: 'KOMMUN', organisationNumber: '212000-2106' },
  { id: ORG.alstaKommun, name: 'Ålsta kommun', type: 'KOMMUN', organisationNumber: '212000-2114' },
  { id: ORG.sydasenKommun, name: 'Sydåsens kommun', type: 'KOMMUN', organisationNumber: '212000-2122' },
  { id: ORG.bergebyKommun, name: 'Bergeby kommun', type: 'KOMMUN', organisationNumber: '212000-2130' },
  { id: ORG.regionNordmark, name: 'Region Nordmark', type: 'REGION', organisationNumber: '232100-0016' },
  { id: ORG.regionSydmark, name: 'Region Sydmark', type: 'REGION', organisationNumber: '232100-0024' },
  { id: ORG.sfNorrvik, name: 'Samordningsförbundet Norrvik', type: 'SAMORDNINGSFORBUND', organisationNumber: '222000-1016' },
  { id: ORG.sfSydasen, name: 'Samordningsförbundet Sydåsen', type: 'SAMORDNINGSFORBUND', organisationNumber: '222000-1024' },
  { id: ORG.sfMittland, name: 'Finsamförbundet Mittland', type: 'SAMORDNINGSFORBUND', organisationNumber: '222000-1032' },
];

// Every förbund has FK, AF, at least one kommun and a region as members (Finsam's four parties).
export const forbund: { id: string; name: string; organisationId: string; memberIds: string[] }[] = [
  { id: FORBUND.norrvik, name: 'Samordningsförbundet Norrvik', organisationId: ORG.sfNorrvik, memberIds: [ORG.fk, ORG.af, ORG.norrvikKommun, ORG.alstaKommun, ORG.regionNordmark] },
  { id: FORBUND.sydasen, name: 'Samordningsförbundet Sydåsen', organisationId: ORG.sfSydasen, memberIds: [ORG.fk, ORG.af, ORG.sydasenKommun, ORG.bergebyKommun, ORG.regionSydmark] },
  { id: FORBUND.mittland, name: 'Finsamförbundet Mittland', organisationId: ORG.sfMittland, memberIds: [ORG.fk, ORG.af, ORG.alstaKommun, ORG.regionNordmark] },
];

export const persons: { id: string; personnummer: string; givenName: string; familyName: string; email: string; employerId: string; protectedIdentity?: boolean; managerId?: string }[] = [
  { id: PERSON.baBritt, personnummer: '19700312-2384', givenName: 'Britt', familyName: 'Andersson', email: 'britt.andersson@forsakringskassan.example', employerId: ORG.fk },
  { id: PERSON.baBengt, personnummer: '19820611-2446', givenName: 'Bengt', familyName: 'Axelsson', email: 'bengt.axelsson@forsakringskassan.example', employerId: ORG.fk },
  { id: PERSON.bestallareKarin, personnummer: '19750920-2623', givenName: 'Karin', familyName: 'Lund', email: 'karin.lund@norrvik.example', employerId: ORG.norrvikKommun },
  { id: PERSON.bestallarePer, personnummer: '19681104-2735', givenName: 'Per', familyName: 'Holm', email: 'per.holm@regionnordmark.example', employerId: ORG.regionNordmark },
  { id: PERSON.bestallareSara, personnummer: '19880227-2826', givenName: 'Sara', familyName: 'Ek', email: 'sara.ek@sfnorrvik.example', employerId: ORG.sfNorrvik },
  { id: PERSON.bestallareLarsExpired, personnummer: '19910515-3069', givenName: 'Lars', familyName: 'Berg', email: 'lars.berg@sydasen.example', employerId: ORG.sydasenKommun },
  { id: PERSON.bestallareMaria, personnummer: '19790830-3139', givenName: 'Maria', familyName: 'Nyström', email: 'maria.nystrom@alsta.example', employerId: ORG.alstaKommun },
  { id: PERSON.userAnna, personnummer: '19850107-3293', givenName: 'Anna', familyName: 'Sjöberg', email: 'anna.sjoberg@norrvik.example', employerId: ORG.norrvikKommun },
  { id: PERSON.userJohan, personnummer: '19930419-3452', givenName: 'Johan', familyName: 'Virtanen', email: 'johan.virtanen@regionnordmark.example', employerId: ORG.regionNordmark },
  { id: PERSON.userEva, personnummer: '19720724-3523', givenName: 'Eva', familyName: 'Lindqvist', email: 'eva.lindqvist@sfnorrvik.example', employerId: ORG.sfNorrvik },
  { id: PERSON.userOmar, personnummer: '19660202-3688', givenName: 'Omar', familyName: 'Haddad', email: 'omar.haddad@arbetsformedlingen.example', employerId: ORG.af, managerId: 'person-gustav-nord' },
  { id: PERSON.protectedKim, personnummer: '19811218-9876', givenName: 'Kim', familyName: 'Sandberg', email: 'kim.sandberg@norrvik.example', employerId: ORG.norrvikKommun, protectedIdentity: true },
  { id: PERSON.chefFrida, personnummer: '19760914-2489', givenName: 'Frida', familyName: 'Strand', email: 'frida.strand@forsakringskassan.example', employerId: ORG.fk },
  { id: PERSON.fkErik, personnummer: '19890621-2389', givenName: 'Erik', familyName: 'Lindgren', email: 'erik.lindgren@forsakringskassan.example', employerId: ORG.fk, managerId: PERSON.chefFrida },
  { id: PERSON.chefGustav, personnummer: '19700403-2624', givenName: 'Gustav', familyName: 'Nord', email: 'gustav.nord@arbetsformedlingen.example', employerId: ORG.af },
  { id: PERSON.afNina, personnummer: '19920817-2503', givenName: 'Nina', familyName: 'Åkesson', email: 'nina.akesson@arbetsformedlingen.example', employerId: ORG.af, managerId: PERSON.chefGustav },
  { id: PERSON.afServicedeskHelena, personnummer: '19810129-2764', givenName: 'Helena', familyName: 'Falk', email: 'helena.falk@arbetsformedlingen.example', employerId: ORG.af },
  { id: PERSON.infoManagerIngrid, personnummer: '19670511-2842', givenName: 'Ingrid', familyName: 'Wall', email: 'ingrid.wall@forsakringskassan.example', employerId: ORG.fk },
  { id: PERSON.repUlf, personnummer: '19640312-1004', givenName: 'Ulf', familyName: 'Ahl', email: 'ulf.ahl@norrvik.example', employerId: ORG.norrvikKommun },
  { id: PERSON.repHanna, personnummer: '19711108-1001', givenName: 'Hanna', familyName: 'Borg', email: 'hanna.borg@regionnordmark.example', employerId: ORG.regionNordmark },
  { id: PERSON.repLena, personnummer: '19690214-1008', givenName: 'Lena', familyName: 'Dahl', email: 'lena.dahl@sydasen.example', employerId: ORG.sydasenKommun },
  { id: PERSON.chairGoran, personnummer: '19580927-1009', givenName: 'Göran', familyName: 'Falk', email: 'goran.falk@sfnorrvik.example', employerId: ORG.sfNorrvik },
];

/** each Part's authorised representatives (firmatecknare, behörig företrädare, the förbund's board chair). */
export const representatives: { personId: string; organisationId: string; capacity: RepresentativeCapacity }[] = [
  { personId: PERSON.repUlf, organisationId: ORG.norrvikKommun, capacity: 'FIRMATECKNARE' },
  { personId: PERSON.repHanna, organisationId: ORG.regionNordmark, capacity: 'BEHORIG_FORETRADARE' },
  { personId: PERSON.repLena, organisationId: ORG.sydasenKommun, capacity: 'FIRMATECKNARE' },
  { personId: PERSON.chairGoran, organisationId: ORG.sfNorrvik, capacity: 'FORBUND_CHAIR' },
];

export const staff: { personId: string; role: StaffRole }[] = [
  { personId: PERSON.baBritt, role: 'BA' },
  { personId: PERSON.baBengt, role: 'BA' },
  { personId: PERSON.afServicedeskHelena, role: 'AF_SERVICEDESK' },
  { personId: PERSON.infoManagerIngrid, role: 'INFO_EXCHANGE_MANAGER' },
];

const DAY = 24 * 60 * 60 * 1000;

/** Mandates are placed relative to the day the database is first seeded (R-21: ≤ 2 years). */
export function mandates(seededAt: Date): { id: string; personId: string; organisationId: string; validFrom: Date; validTo: Date; status: 'ACTIVE' | 'EXPIRED' }[] {
  const ago = (days: number) => {
    const d = new Date(seededAt.getTime() - days * DAY);
    return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  };
  // validTo is exclusive: the mandate holds while now < validTo.
  const twoYearsAfter = (d: Date) => new Date(Date.UTC(d.getUTCFullYear() + 2, d.getUTCMonth(), d.getUTCDate()));
  const mandate = (id: string, personId: string, organisationId: string, validFrom: Date) => {
    const validTo = twoYearsAfter(validFrom);
    return { id, personId, organisationId, validFrom, validTo, status: validTo.getTime() <= seededAt.getTime() ? ('EXPIRED' as const) : ('ACTIVE' as const) };
  };
  return [
    mandate('mandate-karin-norrvik', PERSON.bestallareKarin, ORG.norrvikKommun, ago(200)),
    mandate('mandate-per-nordmark', PERSON.bestallarePer, ORG.regionNordmark, ago(30)),
    // The chair or chief of a förbund may be its beställare.
    mandate('mandate-sara-sfnorrvik', PERSON.bestallareSara, ORG.sfNorrvik, ago(400)),
    // Expired: ended a month ago and was never renewed.
    mandate('mandate-lars-sydasen', PERSON.bestallareLarsExpired, ORG.sydasenKommun, ago(760)),
    mandate('mandate-maria-alsta', PERSON.bestallareMaria, ORG.alstaKommun, ago(90)),
  ];
}

export const userRoles: { id: string; personId: string; forbundId: string; role: Role; sinceDaysAgo: number }[] = [
  { id: 'role-anna-norrvik', personId: PERSON.userAnna, forbundId: FORBUND.norrvik, role: 'FORBUNDSADMINISTRATOR', sinceDaysAgo: 300 },
  { id: 'role-johan-norrvik', personId: PERSON.userJohan, forbundId: FORBUND.norrvik, role: 'DELTAGARANSVARIG', sinceDaysAgo: 120 },
  { id: 'role-eva-norrvik', personId: PERSON.userEva, forbundId: FORBUND.norrvik, role: 'FORBUNDSADMINISTRATOR', sinceDaysAgo: 500 },
  { id: 'role-omar-sydasen', personId: PERSON.userOmar, forbundId: FORBUND.sydasen, role: 'DELTAGARANSVARIG', sinceDaysAgo: 60 },
];
