import { ref } from 'vue';
import { api, ApiError, ok } from '../api/client';
import type { Forbund, OrderView } from '../api/types';
import type { SummaryItem } from '../components/ErrorSummary.vue';
import { nameOf } from '../reference';
import type { FieldError } from './field-errors';
import { summaryOf } from './summary';

/**
 * Files one request per body (one per förbund, R-05) and keeps what was filed and what was
 * refused. The same body is sent with the same Idempotency-Key, so a retry after a lost answer
 * files nothing twice. The receipt and the refusals (named by förbund when there are several)
 * are for the page to show.
 */
export function useOrderSubmission(forbund: () => Forbund[]) {
  const created = ref<OrderView[]>([]);
  const summary = ref<SummaryItem[]>([]);
  const busy = ref(false);
  const keys = new Map<string, string>();
  const keyFor = (body: unknown) => {
    const text = JSON.stringify(body);
    if (!keys.has(text)) keys.set(text, crypto.randomUUID());
    return keys.get(text)!;
  };

  /** `showFieldErrors` puts a 400's field messages next to the form's fields. */
  async function submit(bodies: Record<string, unknown>[], showFieldErrors: (errors: FieldError[]) => unknown): Promise<void> {
    busy.value = true;
    summary.value = [];
    const refusals: SummaryItem[] = [];
    for (const body of bodies) {
      try {
        created.value = [...created.value, await ok(api.POST('/orders', { body: body as never, params: { header: { 'idempotency-key': keyFor(body) } } }))];
      } catch (e) {
        if (e instanceof ApiError) showFieldErrors(e.fieldErrors);
        refusals.push(...summaryOf(e, bodies.length > 1 ? `${nameOf(forbund(), String(body.forbundId))}: ` : ''));
      }
    }
    summary.value = refusals;
    busy.value = false;
  }

  function reset(): void {
    created.value = [];
    summary.value = [];
    keys.clear();
  }

  return { created, summary, busy, submit, reset };
}
