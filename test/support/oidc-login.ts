/**
 * Logging in through the development identity provider without a browser: the API's
 * /auth/login and /auth/callback (through `rp`, in-process or over HTTP) and the provider's own
 * pages over real HTTP, with a cookie jar for each side. Each step is its own function, so a
 * test can replay, swap or tamper with what passes between them.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { LoginMethod } from '../../domain/login';

export interface RpAnswer {
  status: number;
  location?: string;
  setCookies: string[];
  body: string;
}
/** One request to the API (relying party): `app.inject` or fetch. */
export type Rp = (method: 'GET' | 'POST', path: string, headers?: Record<string, string>, body?: unknown) => Promise<RpAnswer>;

/** An in-process app as an Rp. */
export function injectRp(app: { inject: (o: object) => Promise<{ statusCode: number; headers: Record<string, unknown>; body: string }> }): Rp {
  return async (method, path, headers = {}, body) => {
    const res = await app.inject({ method, url: path, headers, ...(body === undefined ? {} : { payload: body }) });
    const sc = res.headers['set-cookie'];
    return { status: res.statusCode, location: res.headers.location as string | undefined, setCookies: sc === undefined ? [] : ([] as string[]).concat(sc as string | string[]), body: res.body };
  };
}

/** An API on a real port as an Rp. */
export function httpRp(base: string): Rp {
  return async (method, path, headers = {}, body) => {
    const res = await fetch(`${base}${path}`, {
      method,
      redirect: 'manual',
      headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, location: res.headers.get('location') ?? undefined, setCookies: res.headers.getSetCookie(), body: await res.text() };
  };
}

/** name=value of each Set-Cookie, for a Cookie header. */
export class CookieJar {
  private readonly cookies = new Map<string, string>();
  take(setCookies: string[]): this {
    for (const sc of setCookies) {
      const [pair] = sc.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(sc)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return this;
  }
  get header(): string {
    return [...this.cookies].map(([n, v]) => `${n}=${v}`).join('; ');
  }
  get(name: string): string | undefined {
    return this.cookies.get(name);
  }
  set(name: string, value: string): void {
    this.cookies.set(name, value);
  }
}

/** Step 1: the API's /auth/login; the browser's cookie jar and the provider's authorization URL. */
export async function beginLogin(rp: Rp, returnTo = '/app/'): Promise<{ jar: CookieJar; authUrl: string }> {
  const res = await rp('GET', `/auth/login?returnTo=${encodeURIComponent(returnTo)}`);
  if (res.status !== 302 || !res.location) throw new Error(`/auth/login answered ${res.status} ${res.location ?? res.body}`);
  return { jar: new CookieJar().take(res.setCookies), authUrl: res.location };
}

/**
 * Step 2: at the provider, log in as `personnummer` with `method` (or press Avbryt). Returns the
 * callback URL the provider sends the browser to.
 */
export async function authenticateAtIdp(authUrl: string, who: { personnummer: string; method: LoginMethod } | 'abort'): Promise<string> {
  const jar = new CookieJar();
  const get = async (url: string) => {
    const res = await fetch(url, { redirect: 'manual', headers: { cookie: jar.header } });
    jar.take(res.headers.getSetCookie());
    return res;
  };
  let res = await get(authUrl);
  const interaction = new URL(res.headers.get('location')!, authUrl);
  res = await get(interaction.href);
  if (res.status !== 200) throw new Error(`the provider's login page answered ${res.status}`);
  const action = who === 'abort' ? 'abort' : 'login';
  const form = who === 'abort' ? '' : new URLSearchParams({ personnummer: who.personnummer, method: who.method }).toString();
  res = await fetch(`${interaction.href}/${action}`, { method: 'POST', redirect: 'manual', headers: { cookie: jar.header, 'content-type': 'application/x-www-form-urlencoded' }, body: form });
  jar.take(res.headers.getSetCookie());
  if (res.status !== 303) throw new Error(`the provider's login answered ${res.status}: ${await res.text()}`);
  res = await get(new URL(res.headers.get('location')!, authUrl).href);
  const callback = res.headers.get('location');
  if (!callback || !callback.includes('/auth/callback')) throw new Error(`the provider did not send the browser back: ${res.status} ${callback}`);
  return callback;
}

/** Step 3: the API's /auth/callback with the browser's cookies. */
export async function finishLogin(rp: Rp, callbackUrl: string, jar: CookieJar): Promise<RpAnswer> {
  const url = new URL(callbackUrl);
  const res = await rp('GET', `${url.pathname}${url.search}`, { cookie: jar.header });
  jar.take(res.setCookies);
  return res;
}

/** A browser session through the provider: the cookie jar and the CSRF token, ready for the API. */
export async function logInThroughIdp(rp: Rp, personnummer: string, method: LoginMethod = 'BANKID') {
  const { jar, authUrl } = await beginLogin(rp);
  const done = await finishLogin(rp, await authenticateAtIdp(authUrl, { personnummer, method }), jar);
  if (done.status !== 302 || done.location?.includes('fel=')) throw new Error(`login as ${personnummer} refused: ${done.location}`);
  const session = JSON.parse((await rp('GET', '/auth/session', { cookie: jar.header })).body) as { csrfToken: string };
  return { jar, csrfToken: session.csrfToken, headers: { cookie: jar.header, 'x-csrf-token': session.csrfToken } };
}

/**
 * An access token for the API from the provider, as a non-browser API client gets one: the
 * authorization code flow with PKCE and the API as `resource`.
 */
export async function accessTokenFromIdp(idp: { issuer: string; clientId: string; clientSecret: string; redirectUri: string; resource: string }, personnummer: string, method: LoginMethod = 'BANKID'): Promise<string> {
  const verifier = randomBytes(32).toString('base64url');
  const authUrl = new URL(`${idp.issuer}/auth`);
  const params = {
    client_id: idp.clientId,
    response_type: 'code',
    redirect_uri: idp.redirectUri,
    scope: 'openid',
    resource: idp.resource,
    state: randomBytes(8).toString('hex'),
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
  };
  for (const [k, v] of Object.entries(params)) authUrl.searchParams.set(k, v);
  const code = new URL(await authenticateAtIdp(authUrl.href, { personnummer, method })).searchParams.get('code')!;
  const res = await fetch(`${idp.issuer}/token`, {
    method: 'POST',
    headers: { authorization: `Basic ${Buffer.from(`${idp.clientId}:${idp.clientSecret}`).toString('base64')}`, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: idp.redirectUri, code_verifier: verifier, resource: idp.resource }),
  });
  const body = (await res.json()) as { access_token?: string };
  if (!body.access_token) throw new Error(`no access token: ${JSON.stringify(body)}`);
  return body.access_token;
}
