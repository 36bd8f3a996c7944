import { ApiError } from '../api/client';
import type { SummaryItem } from '../components/ErrorSummary.vue';

/**
 * A refusal as lines of the error summary: each broken rule (422) with its id, each field (400)
 * linking to the field, otherwise the API's own message. `prefix` names what it concerns.
 */
export function summaryOf(error: unknown, prefix = ''): SummaryItem[] {
  if (!(error instanceof ApiError)) return [{ message: `${prefix}${(error as Error).message}` }];
  if (error.ruleErrors.length) return error.ruleErrors.map((r) => ({ message: `${prefix}${r.message}`, rule: r.rule }));
  if (error.fieldErrors.length) return error.fieldErrors.map((f) => ({ message: `${prefix}${f.message}`, path: f.path }));
  return [{ message: `${prefix}${error.message}` }];
}

/** Field errors found before sending, as summary lines that link to their fields. */
export function fieldSummary(errors: { path: string; message: string }[]): SummaryItem[] {
  return errors.map((e) => ({ message: e.message, path: e.path }));
}
