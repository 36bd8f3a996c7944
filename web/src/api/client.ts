import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema.gen';
import type { ApiErrorBody } from './types';

/**
 * The browser logs in with a session cookie (HttpOnly: this code never sees it). What it holds
 * is the session's CSRF token, from GET /auth/session, sent on every request that changes
 * something; it lives in memory only.
 */
let csrfToken: string | null = null;
export function useCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** A refusal from the API: its code, its Swedish message, and the fields or rules it names. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown>[] = [],
  ) {
    super(message);
  }

  /** `{ path, message }` per field for a 400 (paths as the form's, e.g. `user.email`). */
  get fieldErrors(): { path: string; message: string }[] {
    return this.details.flatMap((d) => (typeof d.path === 'string' && typeof d.message === 'string' ? [{ path: d.path, message: d.message }] : []));
  }

  /** `{ rule, message }` per broken rule for a 422. */
  get ruleErrors(): { rule: string; message: string }[] {
    return this.details.flatMap((d) => (typeof d.rule === 'string' && typeof d.message === 'string' ? [{ rule: d.rule, message: d.message }] : []));
  }
}

let onUnauthorized: (code: string) => void = () => {};
/** What happens when the API no longer knows the caller (the session ended): the app logs out. */
export function whenUnauthorized(handler: (code: string) => void): void {
  onUnauthorized = handler;
}

const csrf: Middleware = {
  onRequest({ request }) {
    if (csrfToken && !['GET', 'HEAD'].includes(request.method)) request.headers.set('x-csrf-token', csrfToken);
    return request;
  },
};

export const api = createClient<paths>({ baseUrl: window.location.origin, credentials: 'same-origin' });
api.use(csrf);

type Answer<T> = Promise<{ data?: T; error?: unknown; response: Response }>;

async function settle<T>(call: Answer<T>): Promise<{ data: T; response: Response }> {
  let result: Awaited<Answer<T>>;
  try {
    result = await call;
  } catch {
    throw new ApiError(0, 'NETWORK', 'Tjänsten svarar inte. Kontrollera din uppkoppling och försök igen.');
  }
  const { data, error, response } = result;
  if (response.ok) return { data: data as T, response };
  const body = (error ?? {}) as Partial<ApiErrorBody>;
  if (response.status === 401) onUnauthorized(body.code ?? 'NOT_LOGGED_IN');
  throw new ApiError(response.status, body.code ?? 'UNKNOWN', body.message ?? 'Något gick fel. Försök igen om en stund.', body.details ?? []);
}

/** The body of a successful answer, or an ApiError with the API's own Swedish message. */
export async function ok<T>(call: Answer<T>): Promise<T> {
  return (await settle(call)).data;
}

/** One page of a list whose body is an array: the next page's cursor is in the `next-cursor` header. */
export async function okPage<T>(call: Answer<T[]>): Promise<{ items: T[]; nextCursor: string | null }> {
  const { data, response } = await settle(call);
  return { items: data, nextCursor: response.headers.get('next-cursor') };
}
