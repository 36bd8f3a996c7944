/**
 * The messages of a link request's workflow (workflows/insats-link.ts) and of a PUB-avtal's
 * (workflows/pub-avtal.ts), shared by the workflows, the activities and the API. Type-only imports
 * from domain/.
 */
import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { LinkStatus } from '../domain/insats-link';
import type { AuthMethod } from '../domain/login';

/** One workflow per link request: its id follows from the link's. */
export const linkWorkflowId = (linkId: string) => `link:${linkId}`;
/** One workflow per PUB-avtal, for the avtal's life. */
export const pubAvtalWorkflowId = (pubAvtalId: string) => `pub-avtal:${pubAvtalId}`;

export interface LinkInput {
  linkId: string;
  /** When the wait for a PUB-avtal ends (ISO 8601): R-31, 30 days after the request. */
  waitUntil: string;
  /** How the förbundsadministratör who asked logged in (the first attempt is theirs). */
  requesterAuthMethod: AuthMethod | null;
}

/** Where a link request stands after an attempt; `nextCheckAt`: a registered avtal begins then. */
export interface LinkAttempt {
  status: LinkStatus;
  nextCheckAt?: string;
}

export interface PubAvtalInput {
  pubAvtalId: string;
  forbundId: string;
}

/** Something changed that may let a waiting link be made (an avtal registered) or end it (withdrawn). */
export const linkRecheckSignal = defineSignal('linkRecheck');
/** The avtal was terminated: plan its end again. */
export const pubAvtalChangedSignal = defineSignal('pubAvtalChanged');
/** Answers once the first attempt is made: linked at once, or waiting for an avtal. */
export const linkFirstOutcomeUpdate = defineUpdate<LinkAttempt>('linkFirstOutcome');
export const linkStateQuery = defineQuery<LinkAttempt | undefined>('linkState');
