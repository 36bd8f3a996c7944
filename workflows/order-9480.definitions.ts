/**
 * The messages of the blankett 9480 workflow, shared by the workflow and its clients (the API
 * imports these instead of repeating string names).
 */
import { defineQuery, defineUpdate } from '@temporalio/workflow';

export type OrderStatus = 'SUBMITTED' | 'IN_REVIEW' | 'APPROVED' | 'REJECTED' | 'COMPLETED' | 'CANCELLED';

export interface Order9480Input {
  orderId: string;
  /** The beställare; four-eyes: they may never decide their own order. */
  submittedById: string;
}

export interface DecisionInput {
  decision: 'APPROVE' | 'REJECT';
  reason?: string;
  decidedBy: { personId: string; roles: string[] };
}

export interface DecisionResult {
  status: OrderStatus;
}

export interface Order9480State {
  status: OrderStatus;
  taskId?: string;
  dueAt?: string;
  remindersSent: number;
}

/** Business reasons a decision is refused before it enters history (mapped to HTTP by the API). */
export const DECISION_REFUSALS = {
  NOT_BA: 'NOT_BA',
  FOUR_EYES: 'FOUR_EYES',
  ALREADY_DECIDED: 'ALREADY_DECIDED',
  NOT_AWAITING_DECISION: 'NOT_AWAITING_DECISION',
  REASON_REQUIRED: 'REASON_REQUIRED',
} as const;

export const decideUpdate = defineUpdate<DecisionResult, [DecisionInput]>('decide');
export const orderStateQuery = defineQuery<Order9480State>('state');
