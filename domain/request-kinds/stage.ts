/**
 * A stage of a request: who acts on it, what they may decide, and when it is due. Plain data:
 * the workflow receives the stages of its request kind as input when it starts, so a running
 * request keeps the plan it started with even when the catalog changes later.
 */
import type { StaffRole } from '../roles';

export const STAGE_DECISIONS = ['APPROVE', 'REJECT', 'RETURN', 'FORWARD'] as const;
export type StageDecision = (typeof STAGE_DECISIONS)[number];

/** Each decision in Swedish, as the decider chooses it. */
export const STAGE_DECISION_LABELS: Readonly<Record<StageDecision, string>> = {
  APPROVE: 'Godkänn',
  REJECT: 'Avslå',
  RETURN: 'Skicka tillbaka för komplettering',
  FORWARD: 'Skicka vidare',
};

export interface StagePlan {
  /** Unique within the kind, e.g. 'AF_SERVICEDESK' or 'BA'. */
  id: string;
  /** Swedish, shown in queues and timelines. */
  label: string;
  /** The staff role whose holders act on this stage. */
  actorRole: StaffRole;
  /**
   * ANY: every holder of the role. SUBJECT_EMPLOYER: only holders employed by the organisation
   * the request's person works for (AF's service desk acts on AF's staff only).
   */
  scope: 'ANY' | 'SUBJECT_EMPLOYER';
  /**
   * What the actor may decide. APPROVE and FORWARD pass the request to the next stage; APPROVE
   * at the last stage carries out the kind's effect. REJECT ends it; RETURN sends it back to the
   * orderer to correct and resubmit (or cancel).
   */
  decisions: readonly StageDecision[];
  /** Swedish working days from the task's opening until it is due. */
  dueWorkingDays: number;
  /** Once overdue, remind the stage's mailbox every this many working days. */
  remindEveryWorkingDays: number;
  /** An overdue task shows in this role's queue too (flagged), and its holders are told. */
  escalationRole?: StaffRole;
}

/**
 * What a request does once approved at its last stage: grant or remove a role, or
 * register or renew a beställare mandate, which its own workflow then carries.
 */
export const REQUEST_EFFECTS = ['GRANT', 'REMOVE', 'REGISTER_MANDATE', 'RENEW_MANDATE'] as const;
export type RequestEffect = (typeof REQUEST_EFFECTS)[number];

/** Who receives the outcome e-mails. */
export type MailParty = 'SUBJECT' | 'ORDERER';
