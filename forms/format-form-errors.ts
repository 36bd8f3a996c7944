import type { z } from 'zod';

export interface FormError {
  /** Dotted path of the field, e.g. `user.personnummer`; '' for the form as a whole. */
  path: string;
  /** Swedish message for the user. */
  message: string;
}

/** Flattens a ZodError into one entry per problem, with dotted paths the UI can match. */
export function formatFormErrors(error: z.ZodError): FormError[] {
  return error.issues.map((issue) => ({
    path: issue.path.map((segment) => String(segment)).join('.'),
    message: issue.message,
  }));
}
