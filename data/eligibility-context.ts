import type { EligibilityContext } from '../domain/eligibility';
import type { MandateRequestContext, RoleInForbund } from '../domain/eligibility-rules/context';
import { mandateEndAfter } from '../domain/mandate';
import { parseCivilDate } from '../domain/stockholm-time';
import { isRepresentativeCapacity } from '../domain/representative';
import { isRole } from '../domain/roles';
import type { RequestDraft } from '../domain/request-kinds';
import type { Db } from './prisma';

/** What a request asks, and who asks it, as far as the rules care. */
export interface ContextInput {
  ordererId: string;
  draft: RequestDraft;
  /** When re-checking a request that exists, leave it out of the person's open requests. */
  orderId?: string;
  /** Kinds whose open requests do not count as pending roles (removals). */
  nonGrantKinds?: readonly string[];
}

/** Requests that are neither granted nor refused yet (a returned one waits for the orderer). */
export const OPEN_ORDER_STATUSES = ['SUBMITTED', 'IN_REVIEW', 'APPROVED', 'RETURNED'] as const;

export interface FieldError {
  path: string;
  message: string;
}

/** The person the request is for, as the person register holds them (null when not registered). */
export interface RegisteredSubject {
  id: string;
  givenName: string;
  familyName: string;
  email: string;
  phone: string | null;
  employerId: string;
  managerId: string | null;
}

export type EligibilityContextResult =
  | {
      ok: true;
      /** Everything known: what BA judges by. */
      ctx: EligibilityContext;
      /**
       * Only what the ordering organisation may know: the person's roles, skyddad identitet and
       * open requests count only when the register has the person with the employer the request
       * names, and open requests only when that employer placed them. A refusal built from this
       * context discloses nothing about people outside the orderer's organisation.
       */
      visibleCtx: EligibilityContext;
      subject: RegisteredSubject | null;
    }
  | { ok: false; errors: FieldError[] }
  /** The form names only a personnummer, and the register does not hold it. */
  | { ok: false; unregistered: true };

const roleIn = (forbund: { id: string; name: string } | null, role: string): RoleInForbund[] =>
  isRole(role) ? [{ forbundId: forbund?.id ?? null, forbundName: forbund?.name ?? null, role }] : [];

/**
 * Reads what the rules of a request kind need (domain/request-kinds). Shared by the API (checks
 * before anything is written) and the workflow's activity (checks again when the request is
 * processed). References that do not exist are field errors, not rule violations.
 */
export async function loadEligibilityContext(db: Db, input: ContextInput, now: Date): Promise<EligibilityContextResult> {
  const { draft } = input;
  const [formEmployer, forbund, mandates, person, openOrders] = await Promise.all([
    // When the form names the employer, read it alongside the rest (one round trip, not two).
    draft.user ? db.organisation.findUnique({ where: { id: draft.user.employerId } }) : null,
    draft.forbundId ? db.forbund.findUnique({ where: { id: draft.forbundId }, include: { members: true } }) : null,
    db.bestallareMandate.findMany({ where: { personId: input.ordererId } }),
    db.person.findUnique({ where: { personnummer: draft.personnummer }, include: { userRoles: { include: { forbund: true } } } }),
    db.order.findMany({
      where: {
        personnummer: draft.personnummer,
        status: { in: [...OPEN_ORDER_STATUSES] },
        ...(input.orderId ? { id: { not: input.orderId } } : {}),
        ...(input.nonGrantKinds?.length ? { kind: { notIn: [...input.nonGrantKinds] } } : {}),
      },
      include: { forbund: true },
    }),
  ]);
  const employerId = draft.user?.employerId ?? person?.employerId;
  if (!employerId) return { ok: false, unregistered: true };
  const employer = draft.user ? formEmployer : await db.organisation.findUnique({ where: { id: employerId } });

  const errors: FieldError[] = [];
  if (draft.forbundId && !forbund) errors.push({ path: 'forbundId', message: 'Det finns inget samordningsförbund med det id:t.' });
  if (!employer) errors.push({ path: 'user.employerId', message: 'Det finns ingen organisation med det id:t.' });
  if (errors.length > 0 || !employer) return { ok: false, errors };

  const inOrderingOrganisation = !person || person.employerId === employerId;
  const pending = (orders: typeof openOrders) => orders.flatMap((o) => roleIn(o.forbund, o.role));
  const ctx: EligibilityContext = {
    now,
    bestallare: {
      personId: input.ordererId,
      mandates: mandates.map((m) => ({ organisationId: m.organisationId, validFrom: m.validFrom, validTo: m.validTo, status: m.status })),
    },
    ordererIsChef: person !== null && person.managerId === input.ordererId,
    user: {
      personnummer: draft.personnummer,
      // what the form says, or what we already know about the person.
      protectedIdentity: draft.protectedIdentity || Boolean(person?.protectedIdentity),
      employer: { id: employer.id, name: employer.name, type: employer.type },
    },
    forbund: forbund
      ? { id: forbund.id, name: forbund.name, organisationId: forbund.organisationId, memberOrganisationIds: forbund.members.map((m) => m.organisationId) }
      : null,
    role: draft.role,
    heldRoles: (person?.userRoles ?? []).flatMap((r) => roleIn(r.forbund, r.role)),
    pendingRoles: pending(openOrders),
  };
  if (draft.mandateLastDay !== undefined) ctx.mandate = await loadMandateContext(db, input, employer.id, person?.id ?? null);
  const visibleCtx: EligibilityContext = {
    ...ctx,
    user: { ...ctx.user, protectedIdentity: draft.protectedIdentity || (inOrderingOrganisation && Boolean(person?.protectedIdentity)) },
    heldRoles: inOrderingOrganisation ? ctx.heldRoles : [],
    pendingRoles: pending(openOrders.filter((o) => o.employerId === employerId)),
  };
  const subject = person
    ? { id: person.id, givenName: person.givenName, familyName: person.familyName, email: person.email, phone: person.phone, employerId: person.employerId, managerId: person.managerId }
    : null;
  return { ok: true, ctx, visibleCtx, subject };
}

/**
 * what registering or renewing a beställare is judged by — the orderer's
 * representations, and the person's mandates at their employer (newest first).
 */
async function loadMandateContext(db: Db, input: ContextInput, employerId: string, subjectId: string | null): Promise<MandateRequestContext> {
  const lastDay = parseCivilDate(input.draft.mandateLastDay!);
  if (!lastDay) throw new Error(`Not a date: ${input.draft.mandateLastDay}`); // the form's schema checked it
  const [represents, mandates] = await Promise.all([
    db.partRepresentative.findMany({ where: { personId: input.ordererId } }),
    subjectId ? db.bestallareMandate.findMany({ where: { personId: subjectId, organisationId: employerId }, orderBy: { validFrom: 'desc' } }) : [],
  ]);
  const current = mandates.find((m) => m.status !== 'REVOKED') ?? null;
  return {
    requestedValidTo: mandateEndAfter(lastDay),
    ordererRepresents: represents.flatMap((r) => (isRepresentativeCapacity(r.capacity) ? [{ organisationId: r.organisationId, capacity: r.capacity }] : [])),
    ordererIsSubject: subjectId === input.ordererId,
    current: current && { id: current.id, status: current.status, validFrom: current.validFrom, validTo: current.validTo },
    lastRevoked: !current && mandates[0]?.status === 'REVOKED',
  };
}
