/**
 * One PUB-avtal, for its life. When registered it wakes the förbund's link requests that
 * wait for an avtal. It sleeps until the avtal's end (the day after its last, or its termination;
 * forever while it holds until further notice) and then ends the links made under it, unless
 * another avtal in force takes them over; the förbundsadministratörer are told. A termination
 * wakes it to plan the end again.
 */
import { condition, setHandler } from '@temporalio/workflow';
import { activities } from './activity-options';
import { pubAvtalChangedSignal, type PubAvtalInput } from './insats-link.definitions';

export async function pubAvtalWorkflow(input: PubAvtalInput): Promise<{ linksEnded: number }> {
  let changed = false;
  setHandler(pubAvtalChangedSignal, () => void (changed = true));

  await activities.wakeWaitingLinks({ forbundId: input.forbundId });
  for (;;) {
    changed = false;
    const { endsAt } = await activities.planPubAvtalEnd({ pubAvtalId: input.pubAvtalId });
    const woken = endsAt === null ? await condition(() => changed).then(() => true) : await condition(() => changed, Math.max(Date.parse(endsAt) - Date.now(), 1));
    if (woken) continue;
    return activities.endPubAvtalLinks({ pubAvtalId: input.pubAvtalId, at: new Date().toISOString() });
  }
}
