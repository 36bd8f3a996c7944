import { reactive } from 'vue';
import { api, ok, tokenStore } from './api/client';
import type { CallerRole, Me } from './api/types';

/** Who is logged in, read from the API (GET /me), never from what the browser remembers. */
export const session = reactive<{ me: Me | null }>({ me: null });

export function hasRole(...roles: CallerRole[]): boolean {
  return Boolean(session.me?.roles.some((r) => roles.includes(r)));
}

export const STAFF: CallerRole[] = ['BA', 'AF_SERVICEDESK', 'INFO_EXCHANGE_MANAGER'];

/** Loads the caller once a token is held; false when there is none or it no longer holds. */
export async function loadSession(): Promise<boolean> {
  if (session.me) return true;
  if (!tokenStore.get()) return false;
  try {
    session.me = await ok(api.GET('/me'));
    return true;
  } catch {
    tokenStore.clear();
    return false;
  }
}

export async function logIn(token: string): Promise<void> {
  tokenStore.set(token);
  session.me = null;
  await loadSession();
}

export function logOut(): void {
  tokenStore.clear();
  session.me = null;
}
