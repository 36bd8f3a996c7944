/**
 * The messages of a beställare mandate's workflow (workflows/mandate.ts), shared by the workflow,
 * the activity that starts it, and the API. Type-only imports from domain/.
 */
import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { ErrorCode } from '../domain/error-codes';
import type { MandateReminder, MandateState } from '../domain/mandate';
import type { Actor } from './request.definitions';

/** One workflow per mandate, for the mandate's whole life: its id follows from the mandate's. */
export const mandateWorkflowId = (mandateId: string) => `mandate:${mandateId}`;

export interface MandateInput {
  mandateId: string;
  /** The organisation the mandate is for: its representatives may revoke it. */
  organisationId: string;
  status: Exclude<MandateState, 'REVOKED'>;
  /** The half-open end of the mandate (ISO 8601). */
  validTo: string;
  /** Counts the periods: the first registration is 0, each renewal adds one (keys the reminders). */
  generation: number;
  /** When this period began (registration or renewal): reminders due before it are not sent. */
  periodStartedAt: string;
  /** The reminders of this period already sent (days before the end). */
  remindersSent: MandateReminder[];
  /** Renewal requests already applied (an Update retried across continueAsNew applies once). */
  renewedBy: string[];
}

export interface MandateWorkflowState extends Omit<MandateInput, 'status'> {
  status: MandateState;
  /** What the workflow waits for next, and when. */
  next?: { event: 'REMINDER' | 'EXPIRY'; at: string; daysBefore?: MandateReminder };
}

/** An approved renewal request moves the end. */
export interface RenewMandateInput {
  requestId: string;
  validTo: string;
}

/** The Part's representative or BA revokes the mandate (at once). */
export interface RevokeMandateInput {
  by: Actor;
  reason?: string;
}

/** Why an Update is refused before it enters history (mapped to HTTP by the API). */
export const MANDATE_REFUSALS = {
  MANDATE_ALREADY_REVOKED: 'MANDATE_ALREADY_REVOKED',
  MANDATE_END_NOT_LATER: 'MANDATE_END_NOT_LATER',
  FORBIDDEN_ROLE: 'FORBIDDEN_ROLE',
} as const satisfies Record<string, ErrorCode | 'MANDATE_END_NOT_LATER'>;

export const renewMandateUpdate = defineUpdate<MandateWorkflowState, [RenewMandateInput]>('renewMandate');
export const revokeMandateUpdate = defineUpdate<MandateWorkflowState, [RevokeMandateInput]>('revokeMandate');
export const mandateStateQuery = defineQuery<MandateWorkflowState>('mandateState');
