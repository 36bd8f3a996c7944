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
  code: string;
  message: string;
}

export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly details?: Array<FieldDetail | RuleDetail | Record<string, unknown>>,
  ) {
    super(message);
  }
}

export const badRequest = (message: string, details?: FieldDetail[]) => new AppError(400, 'VALIDATION_ERROR', message, details);
export const unauthorized = () => new AppError(401, 'NOT_LOGGED_IN', 'Du är inte inloggad. Logga in och försök igen.');
export const forbidden = (code: string, message: string) => new AppError(403, code, message);
export const notFound = (message: string) => new AppError(404, 'NOT_FOUND', message);
export const conflict = (code: string, message: string) => new AppError(409, code, message);
