import { statusOf, type ErrorCode, type RuleCode } from '../domain/error-codes';

/**
 * The one error type of the API: an HTTP status, a stable code, a Swedish message for people,
 * and optional details (per field, or per broken rule). Mapped to a response in one place
 * (plugins/error-handler.ts).
 */
export interface FieldDetail {
  path: string;
  message: string;
}

export interface RuleDetail {
  rule: string;
  code: RuleCode;
  message: string;
}

export class AppError extends Error {
  /** From the code, in domain/error-codes.ts: one status per code. */
  readonly statusCode: number;

  constructor(
    readonly code: ErrorCode | RuleCode,
    message: string,
    readonly details?: Array<FieldDetail | RuleDetail | Record<string, unknown>>,
    /** What went wrong underneath (logged, never answered). */
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.statusCode = statusOf(code);
  }
}

export const badRequest = (message: string, details?: FieldDetail[]) => new AppError('VALIDATION_ERROR', message, details);
export const unauthorized = () => new AppError('NOT_LOGGED_IN', 'Du är inte inloggad. Logga in och försök igen.');
export const sessionExpired = () => new AppError('SESSION_EXPIRED', 'Din inloggning har gått ut. Logga in igen.');
export const csrfRefused = () =>
  new AppError('CSRF_TOKEN_INVALID', 'Sidan behöver laddas om innan du kan fortsätta. Ladda om sidan och försök igen.');
export const notFound = (message: string) => new AppError('NOT_FOUND', message);

/** The body of an error answered directly (not thrown), with its code's one status. */
export function errorReply(code: ErrorCode, message: string, details?: Array<Record<string, unknown>>) {
  return { status: statusOf(code), body: { code, message, ...(details ? { details } : {}) } };
}
