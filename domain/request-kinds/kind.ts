import type { z } from 'zod';
import type { EligibilityContext } from '../eligibility-rules/context';
import type { RequestedRole } from '../roles';
import type { RuleViolation } from '../rule-violation';
import type { MailParty, RequestEffect, StagePlan } from './stage';

/** What a request says, as the rules and the request table care (every kind maps its form to it). */
export interface RequestDraft {
  personnummer: string;
  /** The role asked for; BESTALLARE for the mandate kinds. */
  role: RequestedRole;
  /** Null for a role held for the whole system (superadministratör). */
  forbundId: string | null;
  protectedIdentity: boolean;
  /**
   * The person as the form names them (checked against the register), or null when the form
   * names only the personnummer: then the person must be registered, and the register supplies
   * name, e-mail and employer.
   */
  user: { givenName: string; familyName: string; email: string; phone?: string | null; employerId: string } | null;
  /** The mandate kinds: the last day the mandate is to hold (`YYYY-MM-DD`, inclusive). */
  mandateLastDay?: string;
}

/** Who may submit a kind: a beställare, a chef, or a Part's authorised representative. */
export const ORDERERS = ['BESTALLARE', 'CHEF', 'REPRESENTATIVE'] as const;
export type Orderer = (typeof ORDERERS)[number];

/** Each orderer in Swedish, for refusals. */
export const ORDERER_LABELS: Readonly<Record<Orderer, string>> = { BESTALLARE: 'beställare', CHEF: 'chef', REPRESENTATIVE: 'behörig företrädare för organisationen' };

export type Rule = (ctx: EligibilityContext) => RuleViolation[];

/**
 * One kind of request in the catalog (docs/architecture.md, "Adding a request kind"). The
 * workflow interprets `stages` and `effect`; the API and the workflow's activity run `rules`.
 */
export interface RequestKind<F = unknown> {
  kind: string;
  /** Swedish name, for queues, e-mails and the UI. */
  label: string;
  /** English, for the API documentation. */
  summary: string;
  /** Who may submit it (the rules then check against whom). */
  orderedBy: readonly Orderer[];
  form: z.ZodType<F, unknown>;
  /** A valid body for the documentation (without `kind`). */
  example: F;
  toDraft(form: F): RequestDraft;
  /** Rule ids, for the documentation. */
  ruleIds: readonly string[];
  /**
   * Whether the caller may order this for the person. Checked first and reported alone: until
   * it passes, nothing about the person may show in a refusal.
   */
  ordererRule: Rule;
  /** The rules about the request itself, all reported together. */
  rules: readonly Rule[];
  /** The refusal when the form names only a personnummer the register does not hold. */
  unregisteredSubject: RuleViolation;
  stages: readonly StagePlan[];
  effect: RequestEffect;
  /** Who is told the outcome by e-mail. */
  notify: { approved: readonly MailParty[]; rejected: readonly MailParty[] };
  /**
   * BLANKETT_9480: the beställare's e-mails, which speak of their responsibility;
   * otherwise the request e-mails, written for any orderer and system.
   */
  mails?: 'BLANKETT_9480';
}

/** A kind with its form type erased, as the catalog holds it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRequestKind = RequestKind<any>;

export type RequestCatalog = Readonly<Record<string, AnyRequestKind>>;

/** Declares a kind with its form type checked against its example and toDraft. */
export function defineKind<F>(kind: RequestKind<F>): RequestKind<F> {
  return kind;
}
