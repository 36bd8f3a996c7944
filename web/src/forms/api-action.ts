import { ref } from 'vue';
import { ApiError } from '../api/client';
import type { SummaryItem } from '../components/ErrorSummary.vue';
import type { FieldError } from './field-errors';
import { summaryOf } from './summary';

/**
 * One action against the API at a time, as a form or dialog runs it: `busy` while it runs (the
 * button is disabled), its refusal as lines of the error summary, and a 400's field messages
 * next to the form's fields when `showFieldErrors` is given.
 */
export function useApiAction(showFieldErrors?: () => ((errors: FieldError[]) => unknown) | undefined) {
  const busy = ref(false);
  const summary = ref<SummaryItem[]>([]);

  /** Runs `action`; a refusal (or no answer) ends up in `summary`. */
  async function run(action: () => Promise<unknown>): Promise<void> {
    busy.value = true;
    summary.value = [];
    try {
      await action();
    } catch (e) {
      if (e instanceof ApiError) showFieldErrors?.()?.(e.fieldErrors);
      summary.value = summaryOf(e);
    } finally {
      busy.value = false;
    }
  }

  return { busy, summary, run };
}
