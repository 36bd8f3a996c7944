/**
 * One request to link a deltagaransvarig to an insats. The first attempt links at
 * once when a PUB-avtal is in force and the person holds the role. Otherwise the
 * request waits up to 30 days: the förbundsadministratör is told what is missing, and it tries
 * again when an avtal is registered (a signal from the avtal's workflow) or begins (a timer), and
 * lapses with a notice at the end of the wait. A withdrawal or a removed role ends it in the
 * database; the next attempt sees that. Dates are worked out by activities from the workflow's clock.
 */
import { allHandlersFinished, condition, setHandler } from '@temporalio/workflow';
import { activities } from './activity-options';
import { linkFirstOutcomeUpdate, linkRecheckSignal, linkStateQuery, type LinkAttempt, type LinkInput } from './insats-link.definitions';

export async function linkWorkflow(input: LinkInput): Promise<LinkAttempt> {
  let attempt: LinkAttempt | undefined;
  let recheck = false;
  setHandler(linkStateQuery, () => attempt);
  setHandler(linkRecheckSignal, () => void (recheck = true));
  setHandler(linkFirstOutcomeUpdate, async () => {
    await condition(() => attempt !== undefined);
    return attempt!;
  });

  const now = () => new Date().toISOString();
  attempt = await activities.tryLink({ linkId: input.linkId, at: now(), byRequester: true, requesterAuthMethod: input.requesterAuthMethod });
  if (attempt.status === 'WAITING_FOR_PUB_AVTAL') {
    await activities.tellLinkWaiting({ linkId: input.linkId });
    const deadline = Date.parse(input.waitUntil);
    while (attempt.status === 'WAITING_FOR_PUB_AVTAL') {
      const wakeAt = Math.min(deadline, attempt.nextCheckAt ? Date.parse(attempt.nextCheckAt) : deadline);
      // A signal that came while the last attempt ran is not lost: it wakes this wait at once.
      await condition(() => recheck, Math.max(wakeAt - Date.now(), 1));
      recheck = false;
      attempt = await activities.tryLink({ linkId: input.linkId, at: now(), byRequester: false, requesterAuthMethod: null });
      if (attempt.status === 'WAITING_FOR_PUB_AVTAL' && Date.now() >= deadline) attempt = await activities.lapseLink({ linkId: input.linkId, at: now() });
    }
  }
  await condition(allHandlersFinished);
  return attempt;
}
