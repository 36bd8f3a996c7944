export { REQUEST_KINDS, REQUEST_KIND_IDS, BA_STAGE, type RequestKindId } from './catalog';

export { defineKind, ORDERER_LABELS, ORDERERS, type Orderer, type AnyRequestKind, type RequestCatalog, type RequestDraft, type RequestKind, type Rule } from './kind';
export { REQUEST_EFFECTS, STAGE_DECISIONS, type MailParty, type RequestEffect, type StageDecision, type StagePlan } from './stage';
import type { EligibilityContext } from '../eligibility-rules/context';
import type { RuleViolation } from '../rule-violation';
import { REQUEST_KINDS as CATALOG } from './catalog';
import type { AnyRequestKind, RequestCatalog } from './kind';

/** The kind of a request, from the catalog (the real one unless a test brings its own). */
export function findKind(kind: string, catalog: RequestCatalog = CATALOG): AnyRequestKind | undefined {
  return catalog[kind];
}

/** Kinds that do not grant a role (removals, mandates): their open requests are not pending roles. */
export function nonGrantKinds(catalog: RequestCatalog = CATALOG): string[] {
  return Object.values(catalog).filter((k) => k.effect !== 'GRANT').map((k) => k.kind);
}

/** Runs a kind's rules in order and returns every violation (empty: the request may go on). */
export function checkRequest(kind: AnyRequestKind, ctx: EligibilityContext): RuleViolation[] {
  const orderer = kind.ordererRule(ctx);
  if (orderer.length > 0) return orderer;
  return kind.rules.flatMap((rule) => rule(ctx));
}

/**
 * No disclosure across organisations (docs/rules.md): the violations of `visibleCtx` (what the
 * ordering organisation may know) are refusals; what the full context adds becomes findings
 * only BA sees.
 */
export function assessRequest(kind: AnyRequestKind, visibleCtx: EligibilityContext, ctx: EligibilityContext): { refusals: RuleViolation[]; reviewFindings: RuleViolation[] } {
  const refusals = checkRequest(kind, visibleCtx);
  if (refusals.length > 0) return { refusals, reviewFindings: [] };
  return { refusals: [], reviewFindings: checkRequest(kind, ctx) };
}

/** The mandate kinds: their effect is a beställare mandate, not a role. */
export const isMandateEffect = (effect: string): effect is 'REGISTER_MANDATE' | 'RENEW_MANDATE' => effect === 'REGISTER_MANDATE' || effect === 'RENEW_MANDATE';
