import type { EligibilityContext } from '../domain/eligibility';
import type { FinsamRole } from '../domain/roles';
import type { Db } from './prisma';

/** What an order says, as far as the ordering rules care. */
export interface OrderDraft {
  bestallareId: string;
  forbundId: string;
  role: FinsamRole;
  personnummer: string;
  employerId: string;
  protectedIdentity: boolean;
  /** When re-checking an order that exists, leave it out of the user's open orders. */
  orderId?: string;
}

/** Orders that are neither granted nor refused yet. */
export const OPEN_ORDER_STATUSES = ['SUBMITTED', 'IN_REVIEW', 'APPROVED'] as const;

export interface FieldError {
  path: string;
  message: string;
}

/** The person the order is for, as the person register holds them (null when not registered). */
export interface RegisteredSubject {
  id: string;
  givenName: string;
  familyName: string;
  employerId: string;
}

export type EligibilityContextResult =
  | {
      ok: true;
      /** Everything known: what BA judges by. */
      ctx: EligibilityContext;
      /**
       * Only what the ordering organisation may know: the person's roles, skyddad identitet and
       * open orders count only when the register has the person with the ordering employer,
       * and open orders only when that employer placed them. A refusal built from this context
       * discloses nothing about people outside the beställare's organisation.
       */
      visibleCtx: EligibilityContext;
      subject: RegisteredSubject | null;
    }
  | { ok: false; errors: FieldError[] };

/**
 * Reads what the rules in domain/eligibility need. Shared by the API (checks before anything is
 * written) and the workflow's activity (checks again when the order is processed). References
 * that do not exist are field errors, not rule violations.
 */
export async function loadEligibilityContext(db: Db, draft: OrderDraft, now: Date): Promise<EligibilityContextResult> {
  const [forbund, employer, mandates, person, openOrders] = await Promise.all([
    db.forbund.findUnique({ where: { id: draft.forbundId }, include: { members: true } }),
    db.organisation.findUnique({ where: { id: draft.employerId } }),
    db.bestallareMandate.findMany({ where: { personId: draft.bestallareId } }),
    db.person.findUnique({
      where: { personnummer: draft.personnummer },
      include: { userRoles: { include: { forbund: true } } },
    }),
    db.order.findMany({
      where: { personnummer: draft.personnummer, status: { in: [...OPEN_ORDER_STATUSES] }, ...(draft.orderId ? { id: { not: draft.orderId } } : {}) },
      include: { forbund: true },
    }),
  ]);
  const inOrderingOrganisation = !person || person.employerId === draft.employerId;
  const pending = (orders: typeof openOrders) => orders.map((o) => ({ forbundId: o.forbundId, forbundName: o.forbund.name, role: o.role }));
  const errors: FieldError[] = [];
  if (!forbund) errors.push({ path: 'forbundId', message: 'Det finns inget samordningsförbund med det id:t.' });
  if (!employer) errors.push({ path: 'user.employerId', message: 'Det finns ingen organisation med det id:t.' });
  if (!forbund || !employer) return { ok: false, errors };

  const ctx: EligibilityContext = {
    now,
    bestallare: {
      personId: draft.bestallareId,
      mandates: mandates.map((m) => ({ organisationId: m.organisationId, validFrom: m.validFrom, validTo: m.validTo })),
    },
    user: {
      personnummer: draft.personnummer,
      // what the form says, or what we already know about the person.
      protectedIdentity: draft.protectedIdentity || Boolean(person?.protectedIdentity),
      employer: { id: employer.id, name: employer.name, type: employer.type },
    },
    forbund: {
      id: forbund.id,
      name: forbund.name,
      organisationId: forbund.organisationId,
      memberOrganisationIds: forbund.members.map((m) => m.organisationId),
    },
    role: draft.role,
    heldRoles: (person?.userRoles ?? []).map((r) => ({ forbundId: r.forbundId, forbundName: r.forbund.name, role: r.role })),
    pendingRoles: pending(openOrders),
  };
  const visibleCtx: EligibilityContext = {
    ...ctx,
    user: { ...ctx.user, protectedIdentity: draft.protectedIdentity || (inOrderingOrganisation && Boolean(person?.protectedIdentity)) },
    heldRoles: inOrderingOrganisation ? ctx.heldRoles : [],
    pendingRoles: pending(openOrders.filter((o) => o.employerId === draft.employerId)),
  };
  const subject = person ? { id: person.id, givenName: person.givenName, familyName: person.familyName, employerId: person.employerId } : null;
  return { ok: true, ctx, visibleCtx, subject };
}
