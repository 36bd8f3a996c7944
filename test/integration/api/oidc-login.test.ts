/**
 * Logging in through OpenID Connect (issue 8, R-40): the real app against the development
 * identity provider (oidc-provider, its own process), the real database and Temporal. Every
 * login method gives a session; every bad callback, token or cookie is refused with a page or a
 * Swedish error and an audit event, never a 5xx.
 */
import { createHash } from 'node:crypto';
import { SignJWT, generateKeyPair } from 'jose';
import { buildApp } from '../../../api/app';
import { LOGIN_METHOD_IDS, type LoginMethod } from '../../../domain/login';
import { FORBUND, ORG, PERSON, persons } from '../../../prisma/seed-data';
import { startDevIdp } from '../../../scripts/lib/dev-idp';
import { HARNESS_PUBLIC_URL, startApiHarness } from '../../support/api-app';
import { testConfig } from '../../support/config';
import {
  accessTokenFromIdp,
  authenticateAtIdp,
  beginLogin,
  finishLogin,
  injectRp,
  logInThroughIdp,
  type CookieJar,
  type Rp,
} from '../../support/oidc-login';
import { registerPerson } from '../../support/people';
import { freePort } from '../../support/ports';
import { uniquePersonnummer } from '../../support/personnummer';

let h: Awaited<ReturnType<typeof startApiHarness>>;
let rp: Rp;
beforeAll(async () => {
  h = await startApiHarness();
  rp = injectRp(h.app);
});
afterAll(async () => {
  await h?.stop();
});

const pnr = (personId: string) => persons.find((p) => p.id === personId)!.personnummer;
const KARIN = pnr(PERSON.bestallareKarin);
const BENGT = pnr(PERSON.baBengt);

/** The session row behind a cookie jar (the store keys rows by a hash of the session id). */
function sessionRowId(jar: CookieJar): string {
  const signed = decodeURIComponent(jar.get('behorighet-session')!);
  return createHash('sha256').update(signed.slice(0, signed.lastIndexOf('.'))).digest('base64url');
}

async function auditAfter(since: Date, event: string) {
  return h.db.auditEvent.findMany({ where: { event, at: { gte: since } }, orderBy: { at: 'asc' } });
}

const refusalOf = (location: string | undefined) => new URL(location!, HARNESS_PUBLIC_URL).searchParams.get('fel');

describe('logging in', () => {
  test.each(LOGIN_METHOD_IDS)('with %s: a session for the person in the register, the method on the session and in the audit trail', async (method: LoginMethod) => {
    const since = new Date();
    const { jar, authUrl } = await beginLogin(rp, '/app/bestallningar');
    const preLogin = jar.get('behorighet-session');
    const done = await finishLogin(rp, await authenticateAtIdp(authUrl, { personnummer: KARIN, method }), jar);
    expect(done).toMatchObject({ status: 302, location: '/app/bestallningar' });
    // A new session id at login (no fixation); the cookie is HttpOnly and SameSite=Lax.
    expect(jar.get('behorighet-session')).not.toBe(preLogin);
    expect(done.setCookies.join()).toMatch(/HttpOnly/);
    expect(done.setCookies.join()).toMatch(/SameSite=Lax/);

    const session = JSON.parse((await rp('GET', '/auth/session', { cookie: jar.header })).body);
    expect(session).toMatchObject({ loggedIn: true, authMethod: method, csrfToken: expect.any(String), logins: { oidc: true, devLogin: true } });
    const me = await rp('GET', '/me', { cookie: jar.header });
    expect(me.status).toBe(200);
    expect(JSON.parse(me.body)).toMatchObject({ personId: PERSON.bestallareKarin, roles: expect.arrayContaining(['BESTALLARE']) });

    const [login] = await auditAfter(since, 'LOGIN');
    expect(login).toMatchObject({ actorId: PERSON.bestallareKarin, authMethod: method });
    // The store keeps a hash of the session id, never the id itself.
    const row = await h.db.session.findUniqueOrThrow({ where: { id: sessionRowId(jar) } });
    expect(row.personId).toBe(PERSON.bestallareKarin);
    expect(JSON.stringify(row)).not.toContain(decodeURIComponent(jar.get('behorighet-session')!).split('.')[0]);
  });

  test('what the person does is audited with the method they logged in with', async () => {
    const headers = (await logInThroughIdp(rp, KARIN, 'MOBILT_BANKID')).headers;
    const personnummer = uniquePersonnummer();
    const res = await rp('POST', '/orders', headers, {
      forbundId: FORBUND.norrvik,
      role: 'DELTAGARANSVARIG',
      protectedIdentity: false,
      user: { personnummer, givenName: 'Sessa', familyName: 'Cookie', email: `sessa.${personnummer.slice(-4)}@norrvik.example`, employerId: ORG.norrvikKommun },
    });
    expect(res.status).toBe(201);
    const orderId = JSON.parse(res.body).id as string;
    const submitted = await h.db.auditEvent.findFirstOrThrow({ where: { orderId, event: 'ORDER_SUBMITTED' } });
    expect(submitted).toMatchObject({ actorId: PERSON.bestallareKarin, authMethod: 'MOBILT_BANKID' });
    const cancelled = await rp('POST', `/orders/${orderId}/cancel`, headers, {});
    expect(cancelled.status).toBe(200);
    const event = await h.db.auditEvent.findFirstOrThrow({ where: { orderId, event: 'ORDER_CANCELLED' } });
    expect(event).toMatchObject({ actorId: PERSON.bestallareKarin, authMethod: 'MOBILT_BANKID' });
  });

  test('returnTo only ever leads to a page of the web UI (no open redirect)', async () => {
    for (const evil of ['https://evil.example/app/', '//evil.example/app', '/app/../auth/logout', 'javascript:alert(1)']) {
      const { jar, authUrl } = await beginLogin(rp, evil);
      const done = await finishLogin(rp, await authenticateAtIdp(authUrl, { personnummer: KARIN, method: 'BANKID' }), jar);
      expect(done.location).toBe('/app/');
    }
  });
});

describe('a login that is refused goes to the login page with the reason, and is audited', () => {
  async function refusedLogin(personnummer: string, method: LoginMethod = 'BANKID') {
    const since = new Date();
    const { jar, authUrl } = await beginLogin(rp);
    const done = await finishLogin(rp, await authenticateAtIdp(authUrl, { personnummer, method }), jar);
    expect(done.status).toBe(302);
    const [event] = await auditAfter(since, 'LOGIN_REFUSED');
    return { reason: refusalOf(done.location), event, jar };
  }

  test('someone who is not in the register (UNKNOWN_PERSON)', async () => {
    const { reason, event, jar } = await refusedLogin(uniquePersonnummer(), 'EFOS');
    expect(reason).toBe('UNKNOWN_PERSON');
    expect(event).toMatchObject({ authMethod: 'EFOS', actorId: null, data: expect.objectContaining({ reason: 'UNKNOWN_PERSON' }) });
    expect((await rp('GET', '/me', { cookie: jar.header })).status).toBe(401);
  });

  test('someone in the register with no role, mandate or reports (NO_ROLE)', async () => {
    const person = await registerPerson(h.db, ORG.norrvikKommun);
    const { reason, event } = await refusedLogin(person.personnummer, 'BANKID');
    expect(reason).toBe('NO_ROLE');
    expect(event).toMatchObject({ actorId: person.id, authMethod: 'BANKID' });
  });

  test('a callback with the wrong state', async () => {
    const since = new Date();
    const { jar, authUrl } = await beginLogin(rp);
    const callback = new URL(await authenticateAtIdp(authUrl, { personnummer: KARIN, method: 'BANKID' }));
    callback.searchParams.set('state', 'not-the-state-we-sent');
    const done = await finishLogin(rp, callback.href, jar);
    expect(refusalOf(done.location)).toBe('LOGIN_FAILED');
    const [event] = await auditAfter(since, 'LOGIN_REFUSED');
    expect((event.data as { detail: string }).detail).toMatch(/state/);
    expect((await rp('GET', '/me', { cookie: jar.header })).status).toBe(401);
  });

  test('a callback whose ID token carries another nonce than the session expects', async () => {
    const since = new Date();
    const { jar, authUrl } = await beginLogin(rp);
    const callback = await authenticateAtIdp(authUrl, { personnummer: KARIN, method: 'BANKID' });
    const row = await h.db.session.findUniqueOrThrow({ where: { id: sessionRowId(jar) } });
    const data = row.data as { oidcLogin: { nonce: string } };
    data.oidcLogin.nonce = 'another-nonce';
    await h.db.session.update({ where: { id: row.id }, data: { data } });
    const done = await finishLogin(rp, callback, jar);
    expect(refusalOf(done.location)).toBe('LOGIN_FAILED');
    const [event] = await auditAfter(since, 'LOGIN_REFUSED');
    expect((event.data as { detail: string }).detail).toMatch(/nonce/);
  });

  test('a replayed code: the callback again, and the code in another login', async () => {
    const first = await beginLogin(rp);
    const second = await beginLogin(rp);
    const callback = await authenticateAtIdp(first.authUrl, { personnummer: KARIN, method: 'BANKID' });
    const otherCallback = new URL(await authenticateAtIdp(second.authUrl, { personnummer: KARIN, method: 'BANKID' }));
    expect((await finishLogin(rp, callback, first.jar)).location).toBe('/app/');
    // The same callback again (its login is finished: nothing waits for it).
    expect(refusalOf((await finishLogin(rp, callback, first.jar)).location)).toBe('LOGIN_FAILED');
    // The used code with the state of a login still waiting: the provider refuses the code.
    const since = new Date();
    otherCallback.searchParams.set('code', new URL(callback).searchParams.get('code')!);
    expect(refusalOf((await finishLogin(rp, otherCallback.href, second.jar)).location)).toBe('LOGIN_FAILED');
    const [event] = await auditAfter(since, 'LOGIN_REFUSED');
    expect((event.data as { detail: string }).detail).toMatch(/invalid_grant/);
  });

  test('an expired code: the provider refuses it at the token endpoint', async () => {
    const shortLived = await startDevIdp({ port: await freePort(), rpUrls: [HARNESS_PUBLIC_URL], codeTtlSeconds: 1, quiet: true });
    const app = await buildApp({ config: testConfig({ PUBLIC_URL: HARNESS_PUBLIC_URL, ...shortLived.env }), db: h.db, temporal: h.temporal });
    try {
      const since = new Date();
      const { jar, authUrl } = await beginLogin(injectRp(app));
      const callback = await authenticateAtIdp(authUrl, { personnummer: KARIN, method: 'BANKID' });
      await new Promise((r) => setTimeout(r, 2100));
      expect(refusalOf((await finishLogin(injectRp(app), callback, jar)).location)).toBe('LOGIN_FAILED');
      const [event] = await auditAfter(since, 'LOGIN_REFUSED');
      expect((event.data as { detail: string }).detail).toMatch(/invalid_grant/);
    } finally {
      await app.close();
      await shortLived.stop();
    }
  });

  test('the provider gone between login and callback, at another API process: the login page says so (sessions are shared)', async () => {
    const idp = await startDevIdp({ port: await freePort(), rpUrls: [HARNESS_PUBLIC_URL], quiet: true });
    const config = testConfig({ PUBLIC_URL: HARNESS_PUBLIC_URL, AUTH_SECRET: 'a-secret-both-processes-share-0123456789', ...idp.env });
    const [first, second] = [await buildApp({ config, db: h.db, temporal: h.temporal }), await buildApp({ config, db: h.db, temporal: h.temporal })];
    try {
      const { jar, authUrl } = await beginLogin(injectRp(first));
      const callback = await authenticateAtIdp(authUrl, { personnummer: KARIN, method: 'BANKID' });
      await idp.stop();
      const done = await finishLogin(injectRp(second), callback, jar);
      expect(done.status).toBe(302);
      expect(refusalOf(done.location)).toBe('IDP_UNAVAILABLE');
    } finally {
      await Promise.all([first.close(), second.close(), idp.stop()]);
    }
  });

  test('a callback without any login under way, with garbage, and the person pressing Avbryt', async () => {
    expect(refusalOf((await rp('GET', '/auth/callback?code=x&state=y')).location)).toBe('LOGIN_FAILED');
    expect(refusalOf((await rp('GET', '/auth/callback?code=x&code=y&%ZZ=1')).location)).toBe('LOGIN_FAILED');
    const { jar, authUrl } = await beginLogin(rp);
    expect(refusalOf((await finishLogin(rp, await authenticateAtIdp(authUrl, 'abort'), jar)).location)).toBe('LOGIN_FAILED');
  });

  test('an identity provider that does not answer: the login page says so, and the API still runs', async () => {
    const app = await buildApp({ config: testConfig({ OIDC_ISSUER: `http://127.0.0.1:${await freePort()}`, OIDC_CLIENT_ID: 'x', OIDC_CLIENT_SECRET: 'y' }), db: h.db, temporal: h.temporal });
    try {
      const res = await app.inject({ method: 'GET', url: '/auth/login' });
      expect(res.statusCode).toBe(302);
      expect(refusalOf(res.headers.location as string)).toBe('IDP_UNAVAILABLE');
      expect((await app.inject({ method: 'GET', url: '/health' })).statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });
});

describe('the session', () => {
  test('a state-changing request needs the CSRF token; without it nothing changes', async () => {
    const { jar, csrfToken } = await logInThroughIdp(rp, BENGT, 'EFOS');
    const task = await h.db.task.findFirst({ where: { status: 'OPEN', claimedById: null } });
    const since = new Date();
    for (const token of [undefined, 'wrong-token']) {
      const res = await rp('POST', `/tasks/${task?.id ?? 'none'}/claim`, { cookie: jar.header, ...(token ? { 'x-csrf-token': token } : {}) }, {});
      expect(res.status).toBe(403);
      expect(JSON.parse(res.body)).toMatchObject({ code: 'CSRF_TOKEN_INVALID', message: expect.stringMatching(/Ladda om sidan/) });
    }
    expect(await auditAfter(since, 'AUTH_REFUSED')).toEqual([
      expect.objectContaining({ data: expect.objectContaining({ reason: 'CSRF_TOKEN_INVALID' }) }),
      expect.objectContaining({ data: expect.objectContaining({ reason: 'CSRF_TOKEN_INVALID' }) }),
    ]);
    if (task) expect((await h.db.task.findUniqueOrThrow({ where: { id: task.id } })).claimedById).toBeNull();
    // Reading needs no token; a bearer token needs none either (no cookie rides along with it).
    expect((await rp('GET', '/tasks', { cookie: jar.header })).status).toBe(200);
    expect(csrfToken).toEqual(expect.any(String));
  });

  test('a tampered cookie is refused and audited', async () => {
    const { jar } = await logInThroughIdp(rp, KARIN);
    const since = new Date();
    const value = decodeURIComponent(jar.get('behorighet-session')!);
    jar.set('behorighet-session', encodeURIComponent(`${value.slice(0, -3)}AAA`));
    const res = await rp('GET', '/me', { cookie: jar.header });
    expect(res.status).toBe(401);
    expect(JSON.parse(res.body)).toMatchObject({ code: 'NOT_LOGGED_IN' });
    const [event] = await auditAfter(since, 'AUTH_REFUSED');
    expect(event.data).toMatchObject({ reason: 'TAMPERED_COOKIE' });
  });

  test('it ends after the idle timeout and after its maximum length', async () => {
    const idle = await logInThroughIdp(rp, KARIN);
    await h.db.session.update({ where: { id: sessionRowId(idle.jar) }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const afterIdle = await rp('GET', '/me', { cookie: idle.jar.header });
    expect(afterIdle.status).toBe(401);
    expect(JSON.parse(afterIdle.body)).toMatchObject({ code: 'SESSION_EXPIRED', message: 'Din inloggning har gått ut. Logga in igen.' });

    const long = await logInThroughIdp(rp, KARIN);
    const row = await h.db.session.findUniqueOrThrow({ where: { id: sessionRowId(long.jar) } });
    const tenHoursAgo = Date.now() - h.config.SESSION_MAX_HOURS * 3600_000 - 1000;
    await h.db.session.update({ where: { id: row.id }, data: { data: { ...(row.data as object), loggedInAt: tenHoursAgo } } });
    const afterMax = await rp('GET', '/me', { cookie: long.jar.header });
    expect(JSON.parse(afterMax.body)).toMatchObject({ code: 'SESSION_EXPIRED' });
    expect(await h.db.session.count({ where: { id: row.id } })).toBe(0);
  });

  test('logout ends the session here and sends the browser to the provider\'s logout (RP-initiated)', async () => {
    const since = new Date();
    const { jar, csrfToken } = await logInThroughIdp(rp, KARIN, 'AF_ETJANSTEKORT');
    // Without the CSRF token a logout ends nothing (no forged logouts).
    expect(JSON.parse((await rp('POST', '/auth/logout', { cookie: jar.header }, {})).body)).toEqual({ redirectTo: '/app/logga-in' });
    expect((await rp('GET', '/me', { cookie: jar.header })).status).toBe(200);

    const res = await rp('POST', '/auth/logout', { cookie: jar.header, 'x-csrf-token': csrfToken }, {});
    const redirectTo = new URL(JSON.parse(res.body).redirectTo);
    expect(`${redirectTo.origin}${redirectTo.pathname}`).toBe(`${h.idp.issuer}/session/end`);
    expect(redirectTo.searchParams.get('id_token_hint')).toEqual(expect.any(String));
    expect(redirectTo.searchParams.get('post_logout_redirect_uri')).toBe(`${HARNESS_PUBLIC_URL}/app/logga-in`);
    expect((await rp('GET', '/me', { cookie: jar.header })).status).toBe(401);
    expect(await auditAfter(since, 'LOGOUT')).toEqual([expect.objectContaining({ actorId: PERSON.bestallareKarin, authMethod: 'AF_ETJANSTEKORT' })]);
  });
});

describe('bearer tokens for API clients that are not browsers', () => {
  const idpClient = () => ({ issuer: h.idp.issuer, clientId: h.idp.env.OIDC_CLIENT_ID, clientSecret: h.idp.env.OIDC_CLIENT_SECRET, redirectUri: `${HARNESS_PUBLIC_URL}/auth/callback`, resource: h.idp.env.OIDC_API_AUDIENCE });

  test('the provider\'s access token for this API works, with the method it was issued for', async () => {
    const token = await accessTokenFromIdp(idpClient(), BENGT, 'EFOS');
    const res = await rp('GET', '/me', { authorization: `Bearer ${token}` });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ personId: PERSON.baBengt });
    // No CSRF token needed: a bearer token is never sent by the browser on its own.
    const claim = await rp('POST', '/tasks/no-such-task/claim', { authorization: `Bearer ${token}` }, {});
    expect(claim.status).toBe(404);
  });

  test('tokens from another issuer, for another audience, naming nobody, or forged are refused and audited', async () => {
    const other = await startDevIdp({ port: await freePort(), rpUrls: [HARNESS_PUBLIC_URL], apiAudience: h.idp.env.OIDC_API_AUDIENCE, quiet: true });
    try {
      const fromOtherIssuer = await accessTokenFromIdp({ ...idpClient(), issuer: other.issuer, clientSecret: other.env.OIDC_CLIENT_SECRET }, BENGT);
      const { privateKey } = await generateKeyPair('RS256');
      const forged = await new SignJWT({ 'https://id.oidc.se/claim/personalIdentityNumber': BENGT.replace('-', ''), acr: 'urn:grn:authn:se:efos' })
        .setProtectedHeader({ alg: 'RS256', typ: 'at+jwt', kid: 'dev-idp-1' })
        .setIssuer(h.idp.issuer).setAudience(h.idp.env.OIDC_API_AUDIENCE).setSubject('x').setIssuedAt().setExpirationTime('1h')
        .sign(privateKey);
      // An ID token is for the client, not for the API (another audience and type).
      const { jar } = await logInThroughIdp(rp, BENGT);
      const row = await h.db.session.findUniqueOrThrow({ where: { id: sessionRowId(jar) } });
      const idToken = (row.data as { idToken: string }).idToken;
      const clientCredentials = await fetch(`${h.idp.issuer}/token`, {
        method: 'POST',
        headers: { authorization: `Basic ${Buffer.from(`${h.idp.env.OIDC_CLIENT_ID}:${h.idp.env.OIDC_CLIENT_SECRET}`).toString('base64')}`, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ grant_type: 'client_credentials', resource: h.idp.env.OIDC_API_AUDIENCE, scope: 'api' }),
      }).then((r) => r.json() as Promise<{ access_token: string }>);

      const cases = { fromOtherIssuer, forged, idToken, namesNobody: clientCredentials.access_token, garbage: 'not-a-jwt' };
      for (const [name, token] of Object.entries(cases)) {
        const since = new Date();
        const res = await rp('GET', '/me', { authorization: `Bearer ${token}` });
        expect([name, res.status]).toEqual([name, 401]);
        expect(JSON.parse(res.body)).toMatchObject({ code: 'NOT_LOGGED_IN', message: expect.any(String) });
        const [event] = await auditAfter(since, 'AUTH_REFUSED');
        expect([name, event?.data]).toEqual([name, expect.objectContaining({ reason: expect.stringMatching(/TOKEN/) })]);
      }
    } finally {
      await other.stop();
    }
  });
});
