import { reactive } from 'vue';
import { ORDERERS as DOMAIN_ORDERERS } from '../../domain/request-kinds/kind';
import { STAFF_ROLES } from '../../domain/roles';
import { api, ok, useCsrfToken } from './api/client';
import type { AuthSession, CallerRole, Me } from './api/types';

/**
 * Who is logged in, read from the API (GET /auth/session, then GET /me), never from what the
 * browser remembers: the session is a cookie the page cannot read.
 */
export const session = reactive<{ me: Me | null; auth: AuthSession | null }>({ me: null, auth: null });

export function hasRole(...roles: CallerRole[]): boolean {
  return Boolean(session.me?.roles.some((r) => roles.includes(r)));
}

export const STAFF: CallerRole[] = [...STAFF_ROLES];
/** Who files requests: one definition, the catalog's. */
export const ORDERERS: CallerRole[] = [...DOMAIN_ORDERERS];
/** Who reads requests: those who file them and the staff who handle them. */
export const ORDER_READERS: CallerRole[] = [...ORDERERS, ...STAFF];

/** The session as the API has it (logged in or not, and which logins exist). */
export async function loadAuth(): Promise<AuthSession> {
  session.auth = await ok(api.GET('/auth/session'));
  useCsrfToken(session.auth.csrfToken ?? null);
  return session.auth;
}

/** Loads the caller when a session is live; false when there is none. */
export async function loadSession(): Promise<boolean> {
  if (session.me) return true;
  try {
    if (!(await loadAuth()).loggedIn) return false;
    session.me = await ok(api.GET('/me'));
    return true;
  } catch {
    forget();
    return false;
  }
}

/** The development login: a session for a seeded persona (only where the API has it on). */
export async function logInAsPersona(personaId: string): Promise<void> {
  forget();
  session.auth = await ok(api.POST('/auth/dev/session', { body: { personaId } }));
  useCsrfToken(session.auth.csrfToken ?? null);
  session.me = await ok(api.GET('/me'));
}

/** Forgets the caller here (after the API has ended the session, or when it says it has ended). */
export function forget(): void {
  session.me = null;
  useCsrfToken(null);
}

/** Ends the session; returns where the browser goes next (the identity provider's logout, or the login page). */
export async function logOut(): Promise<string> {
  try {
    const { redirectTo } = await ok(api.POST('/auth/logout'));
    return redirectTo;
  } finally {
    forget();
  }
}
