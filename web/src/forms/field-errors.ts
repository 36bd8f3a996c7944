/**
 * Shows a message next to an FKUI field the way FKUI's own validation does: a `validity` event
 * on the field's element (the input, select or fieldset). The messages themselves come from the
 * API's zod schemas (checked here before sending) or from the API's answer, never from rules
 * written a second time in the UI.
 */
import type { z } from 'zod';
import { formatFormErrors } from '../../../forms';

/** What the API's own schema says of a form's value before it is sent: the first error per field, none when valid. */
export function schemaErrors(schema: z.ZodType, value: unknown): FieldError[] {
  const parsed = schema.safeParse(value);
  return parsed.success ? [] : firstPerPath(formatFormErrors(parsed.error));
}

export function fieldId(path: string): string {
  return `falt-${path.replace(/[^A-Za-z0-9]+/g, '-')}`;
}

export function markField(path: string, message: string | null): boolean {
  const element = document.getElementById(fieldId(path));
  if (!element) return false;
  element.dispatchEvent(
    new CustomEvent('validity', {
      bubbles: true,
      detail: {
        target: element,
        elementId: element.id,
        isValid: !message,
        validationMessage: message ?? '',
        validityMode: message ? 'ERROR' : 'INITIAL',
        nativeEvent: 'validate',
      },
    }),
  );
  return true;
}

export interface FieldError {
  path: string;
  message: string;
}

/** One error per field: the first the schema gives (zod may give several, e.g. empty and malformed). */
export function firstPerPath(errors: readonly FieldError[]): FieldError[] {
  return errors.filter((e, i) => errors.findIndex((o) => o.path === e.path) === i);
}

/** Marks every field in `paths` with its first error (or clears it); returns errors with no field. */
export function markFields(paths: readonly string[], errors: readonly FieldError[]): FieldError[] {
  const first = firstPerPath(errors);
  for (const path of paths) markField(path, first.find((e) => e.path === path)?.message ?? null);
  return first.filter((e) => !paths.includes(e.path));
}
