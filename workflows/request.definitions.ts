/**
 * The messages of the request engine's workflow (workflows/request.ts), shared by the workflow
 * and its clients. Type-only imports from domain/: nothing here runs outside the workflow.
 */
import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { ErrorCode } from '../domain/error-codes';
import type { AuthMethod } from '../domain/login';
import type { OrderStatus } from '../domain/order-status';
import type { RequestEffect, StageDecision, StagePlan } from '../domain/request-kinds/stage';

/** The person a request is for, as the workflow guards four-eyes and stage scope with it. */
export interface RequestSubject {
  personnummer: string;
  /** The registered person, when registered at submission. */
  personId: string | null;
  /** The employer the request names (AF's service desk acts only on AF's staff). */
  employerId: string;
}

export interface RequestInput {
  requestId: string;
  kind: string;
  /** The orderer: four-eyes, and the only one who may resubmit or cancel. */
  submittedById: string;
  subject: RequestSubject;
  /** The kind's stages when the request was submitted: a running request keeps its plan. */
  stages: StagePlan[];
  effect: RequestEffect;
}

/** Who acts, as the API read them from the database (never from a request body). */
export interface Actor {
  personId: string;
  personnummer: string;
  roles: string[];
  organisationId: string;
  /** How they logged in, for the audit trail; absent in requests started before it was recorded. */
  authMethod?: AuthMethod;
  /** Organisations they sign for as authorised representative: who may revoke a mandate. */
  representativeFor?: string[];
}

export interface StageDecisionInput {
  /** The task decided: a decision for an earlier stage or round is refused. */
  taskId: string;
  decision: StageDecision;
  reason?: string;
  /** BA confirms that the person changes employer (required to approve an employment change). */
  confirmEmploymentChange?: boolean;
  decidedBy: Actor;
}

/** The corrected request (already validated by the API against the kind's form and rules). */
export interface ResubmitInput {
  by: Actor;
  subject: RequestSubject;
  /** The new values of the request's columns and payload, written by the workflow's activity. */
  changes: Record<string, unknown>;
}

export interface CancelInput {
  by: Actor;
  reason?: string;
}

export interface RequestState {
  status: OrderStatus;
  round: number;
  /** The current stage (index into input.stages, its id and task), while one is open. */
  stageIndex: number;
  stage?: string;
  taskId?: string;
  dueAt?: string;
  remindersSent: number;
  escalated: boolean;
  subjectPersonId?: string | null;
  employmentChange?: boolean;
  reviewFindings?: number;
}

/** Business reasons an Update is refused before it enters history (mapped to HTTP by the API). */
export const REQUEST_REFUSALS = {
  NOT_STAGE_ACTOR: 'NOT_STAGE_ACTOR',
  NOT_ORDERER: 'NOT_ORDERER',
  FOUR_EYES: 'FOUR_EYES',
  ALREADY_DECIDED: 'ALREADY_DECIDED',
  NOT_AWAITING_DECISION: 'NOT_AWAITING_DECISION',
  DECISION_NOT_ALLOWED: 'DECISION_NOT_ALLOWED',
  REASON_REQUIRED: 'REASON_REQUIRED',
  EMPLOYMENT_CHANGE_UNCONFIRMED: 'EMPLOYMENT_CHANGE_UNCONFIRMED',
  REVIEW_FINDINGS: 'REVIEW_FINDINGS',
  NOT_RETURNED: 'NOT_RETURNED',
  NOT_CANCELLABLE: 'NOT_CANCELLABLE',
  DECISION_NOT_RECORDED: 'DECISION_NOT_RECORDED',
} as const satisfies Record<string, ErrorCode>;
export type RequestRefusal = keyof typeof REQUEST_REFUSALS;

export const decideStageUpdate = defineUpdate<{ status: OrderStatus }, [StageDecisionInput]>('decideStage');
export const resubmitUpdate = defineUpdate<{ status: OrderStatus; round: number }, [ResubmitInput]>('resubmit');
export const cancelUpdate = defineUpdate<{ status: OrderStatus }, [CancelInput]>('cancel');
export const requestStateQuery = defineQuery<RequestState>('state');
