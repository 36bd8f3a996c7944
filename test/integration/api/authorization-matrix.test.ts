/**
 * Every route × every kind of caller, with the status each must get. Built from the app's own
 * route table: a new route without a row here fails the test, and so does a row for a route
 * that no longer exists. Bodies are empty, so a caller who passes the access check meets the
 * body's validation (400) and nothing is written by them. It runs twice: with bearer tokens
 * (API clients) and with browser sessions from a login through the identity provider (with the
 * CSRF token, as the web UI sends it).
 */
import { FORBUND, ORG, PERSON } from '../../../prisma/seed-data';
import { startApiHarness } from '../../support/api-app';
import { waitFor } from '../../support/mail';
import { uniquePersonnummer } from '../../support/personnummer';
import { injectRp, logInThroughIdp } from '../../support/oidc-login';
import { persons } from '../../../prisma/seed-data';

let h: Awaited<ReturnType<typeof startApiHarness>>;
beforeAll(async () => {
  h = await startApiHarness();
});
afterAll(async () => {
  await h?.stop();
});

const CALLERS = {
  anonymous: null,
  bestallare: PERSON.bestallareKarin, // Norrviks kommun: the order below is for its employee
  otherBestallare: PERSON.bestallarePer, // Region Nordmark
  expiredBestallare: PERSON.bestallareLarsExpired, // mandate lapsed
  ba: PERSON.baBengt,
  forbundsadministrator: PERSON.userAnna,
  deltagaransvarig: PERSON.userJohan,
} as const;
type CallerKind = keyof typeof CALLERS;
type Row = Record<CallerKind, number>;

const all = (status: number): Row => ({ anonymous: status, bestallare: status, otherBestallare: status, expiredBestallare: status, ba: status, forbundsadministrator: status, deltagaransvarig: status });
const loggedIn = (status: number): Row => ({ ...all(status), anonymous: 401 });
const baOnly = (status: number): Row => ({ ...loggedIn(403), ba: status });

const MATRIX: Record<string, Row> = {
  'GET /health': all(200),
  'GET /ready': all(200),
  'GET /auth/dev/personas': all(200),
  'POST /auth/dev/login': all(400),
  'POST /auth/dev/session': all(400),
  'GET /auth/session': all(200),
  // To the identity provider; back from it (a callback without a login under way goes to the login page).
  'GET /auth/login': all(302),
  'GET /auth/callback': all(302),
  // The web UI: public pages (the app asks for a login itself); /app redirects to /app/.
  'GET /app': all(302),
  'GET /app/*': all(200),
  'GET /me': loggedIn(200),
  'GET /roles': loggedIn(200),
  'GET /request-kinds': loggedIn(200),
  'GET /organisations': loggedIn(200),
  'GET /forbund': loggedIn(200),
  'GET /forbund/:id/users': loggedIn(200),
  'POST /orders': { ...loggedIn(403), bestallare: 400, otherBestallare: 400 },
  'GET /orders': { ...loggedIn(403), bestallare: 200, otherBestallare: 200, ba: 200 },
  // Another organisation's order is not visible at all: 404, not 403.
  'GET /orders/:id': { ...loggedIn(403), bestallare: 200, otherBestallare: 404, ba: 200 },
  'GET /orders/:id/emails': baOnly(200),
  'GET /tasks': baOnly(200),
  'GET /tasks/:id': baOnly(200),
  'POST /tasks/:id/claim': baOnly(200),
  'POST /tasks/:id/release': baOnly(200),
  'POST /tasks/:id/decision': baOnly(400),
  // Beställare mandates: BA and a Part's representatives (none of these callers represents a
  // Part). The id is one nobody has, so nothing seeded is revoked: BA passes the role check.
  'GET /bestallare': baOnly(200),
  'GET /bestallare/:id': baOnly(404),
  'POST /bestallare': loggedIn(403),
  'POST /bestallare/:id/renew': loggedIn(403),
  'POST /bestallare/:id/revoke': baOnly(404),
  // Insatser of förbund Norrvik: Anna is its förbundsadministratör, Johan its deltagaransvarig.
  'GET /forbund/:id/insatser': { ...loggedIn(403), ba: 200, forbundsadministrator: 200, deltagaransvarig: 200 },
  'POST /forbund/:id/insatser': { ...loggedIn(403), forbundsadministrator: 400 },
  'PATCH /forbund/:id/insatser/:insatsId': { ...loggedIn(403), forbundsadministrator: 400 },
  'GET /insatser/:id': loggedIn(404),
  'GET /forbund/:id/pub-avtal': { ...loggedIn(403), ba: 200, forbundsadministrator: 200, deltagaransvarig: 200 },
  'POST /forbund/:id/pub-avtal': baOnly(400),
  'POST /forbund/:id/pub-avtal/:avtalId/terminate': baOnly(404),
  'GET /insatser/:id/deltagaransvariga': loggedIn(404),
  'POST /insatser/:id/deltagaransvariga': { ...loggedIn(403), forbundsadministrator: 400 },
  'DELETE /insatser/:id/deltagaransvariga/:linkId': { ...loggedIn(403), forbundsadministrator: 404 },
  'GET /me/insatser': loggedIn(200),
  'GET /forbund/:id/forbundsadministratorer': { ...loggedIn(403), ba: 200, forbundsadministrator: 200, deltagaransvarig: 200 },
  'GET /processing-log': baOnly(200),
  'POST /persons/lookup': baOnly(400),
  'GET /persons/:id/registerutdrag': baOnly(404),
  // An empty body is no form: 400 for orderers, before anything is looked up.
  'POST /orders/:id/resubmit': { ...loggedIn(403), bestallare: 400, otherBestallare: 400 },
  // Last: the orderer withdraws the order the rows above used; another beställare does not see it.
  'POST /orders/:id/cancel': { ...loggedIn(403), bestallare: 200, otherBestallare: 404 },
  // Very last: it ends the caller's session.
  'POST /auth/logout': all(200),
};

test('every route has a row, and every row a route', () => {
  const routes = h.app.routeTable.filter((r) => r.method !== 'HEAD').map((r) => `${r.method} ${r.url}`);
  expect([...new Set(routes)].sort()).toEqual(Object.keys(MATRIX).sort());
});

/** An order of Karin's and its BA task, for the routes that name one. */
async function freshOrder() {
  const karin = await h.login(PERSON.bestallareKarin);
  const personnummer = uniquePersonnummer();
  const submitted = await karin.post('/orders', {
    forbundId: FORBUND.norrvik,
    role: 'FORBUNDSADMINISTRATOR',
    protectedIdentity: false,
    user: { personnummer, givenName: 'Matris', familyName: 'Testsson', email: `matris.${personnummer.slice(-4)}@norrvik.example`, employerId: ORG.norrvikKommun },
  });
  expect(submitted.statusCode).toBe(201);
  const orderId: string = submitted.json().id;
  const task = await waitFor('the BA task', () => h.db.task.findFirst({ where: { orderId } }));
  return { '/orders/:id': orderId, '/tasks/:id': task.id, '/forbund/:id': FORBUND.norrvik, '/bestallare/:id': 'mandate-nobody-has' } as Record<string, string>;
}

/** `as`: whose row a caller is held to (a caller without a session is held to the anonymous one). */
async function mismatchesWith(headersFor: Map<CallerKind, Record<string, string>>, as: (kind: CallerKind) => CallerKind = (kind) => kind) {
  const params = await freshOrder();
  const mismatches: string[] = [];
  for (const [route, row] of Object.entries(MATRIX)) {
    const [method, pattern] = route.split(' ');
    const prefix = Object.keys(params).find((p) => pattern.startsWith(p));
    const url = prefix ? pattern.replace(':id', params[prefix]) : pattern;
    for (const kind of Object.keys(row) as CallerKind[]) {
      const expected = row[as(kind)];
      const res = await h.app.inject({
        method: method as 'GET' | 'POST' | 'PATCH' | 'DELETE',
        url,
        headers: headersFor.get(kind) ?? {},
        ...(method === 'POST' || method === 'PATCH' ? { payload: {} } : {}),
      });
      if (res.statusCode !== expected) mismatches.push(`${route} as ${kind}: ${res.statusCode}, expected ${expected} (${res.body.slice(0, 120)})`);
      // Whatever the answer, a refusal is an error body with a code and a Swedish message.
      if (res.statusCode >= 400) expect(res.json()).toEqual(expect.objectContaining({ code: expect.any(String), message: expect.any(String) }));
    }
  }
  return mismatches;
}

test('each kind of caller gets the expected status from every route, with a bearer token', async () => {
  const headers = new Map<CallerKind, Record<string, string>>();
  for (const [kind, personaId] of Object.entries(CALLERS) as [CallerKind, string | null][]) {
    if (personaId) headers.set(kind, { authorization: `Bearer ${(await h.app.inject({ method: 'POST', url: '/auth/dev/login', payload: { personaId } })).json().token}` });
  }
  expect(await mismatchesWith(headers)).toEqual([]);
});

test('each kind of caller gets the expected status from every route, with a session from the identity provider', async () => {
  const headers = new Map<CallerKind, Record<string, string>>();
  for (const [kind, personaId] of Object.entries(CALLERS) as [CallerKind, string | null][]) {
    if (!personaId) continue;
    const personnummer = persons.find((p) => p.id === personaId)!.personnummer;
    // A lapsed mandate is no role: that login is refused, and the caller is as anonymous.
    if (kind === 'expiredBestallare') {
      await expect(logInThroughIdp(injectRp(h.app), personnummer)).rejects.toThrow(/fel=NO_ROLE/);
      continue;
    }
    headers.set(kind, (await logInThroughIdp(injectRp(h.app), personnummer, 'EFOS')).headers);
  }
  expect(await mismatchesWith(headers, (kind) => (kind === 'expiredBestallare' ? 'anonymous' : kind))).toEqual([]);
});
