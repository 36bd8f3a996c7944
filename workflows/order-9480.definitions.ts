/**
 * The messages of the blankett 9480 workflow, shared by the workflow and its clients (the API
 * imports these instead of repeating string names).
 */
import { defineQuery, defineUpdate } from '@temporalio/workflow';

import type { ErrorCode } from '../domain/error-codes';
import type { AuthMethod } from '../domain/login';
import type { OrderStatus } from '../domain/order-status';

export type { OrderStatus };

export interface Order9480Input {
  orderId: string;
  /** The beställare; four-eyes: they may never decide their own order. */
  submittedById: string;
  /**
   * Whom the order is for (four-eyes: they may never decide it either). Absent in orders
   * started before it was added; the API's check covers those.
   */
  subjectPersonnummer?: string;
}

export interface DecisionInput {
  decision: 'APPROVE' | 'REJECT';
  reason?: string;
  /** BA confirms that the person changes employer (required to approve an employment change). */
  confirmEmploymentChange?: boolean;
  /** The decider as the API read them from the person register (never from the request body). */
  decidedBy: { personId: string; personnummer?: string; roles: string[]; authMethod?: AuthMethod };
}

export interface DecisionResult {
  status: OrderStatus;
}

export interface Order9480State {
  status: OrderStatus;
  taskId?: string;
  dueAt?: string;
  remindersSent: number;
  /** The registered person the order is for, once known (from openBaTask). */
  subjectPersonId?: string | null;
  /** The register has the person with another employer: approving needs BA's confirmation. */
  employmentChange?: boolean;
  /** Rule findings only BA sees; while any stand the order cannot be approved. */
  reviewFindings?: number;
}

/** Business reasons a decision is refused before it enters history (mapped to HTTP by the API). */
export const DECISION_REFUSALS = {
  NOT_BA: 'NOT_BA',
  FOUR_EYES: 'FOUR_EYES',
  ALREADY_DECIDED: 'ALREADY_DECIDED',
  NOT_AWAITING_DECISION: 'NOT_AWAITING_DECISION',
  REASON_REQUIRED: 'REASON_REQUIRED',
  EMPLOYMENT_CHANGE_UNCONFIRMED: 'EMPLOYMENT_CHANGE_UNCONFIRMED',
  REVIEW_FINDINGS: 'REVIEW_FINDINGS',
  /** Recording the decision failed; nothing was decided and the order can be decided again. */
  DECISION_NOT_RECORDED: 'DECISION_NOT_RECORDED',
} as const satisfies Record<string, ErrorCode>;

export type DecisionRefusal = keyof typeof DECISION_REFUSALS;

export const decideUpdate = defineUpdate<DecisionResult, [DecisionInput]>('decide');
export const orderStateQuery = defineQuery<Order9480State>('state');
