/**
 * POST/GET /orders through the real app: every bad input gets the 4xx of docs/api.md with a code and
 * a Swedish message, and changes nothing.
 */
import { FORBUND, ORG, PERSON } from '../../../prisma/seed-data';
import { startApiHarness } from '../../support/api-app';
import { waitFor } from '../../support/mail';
import { uniquePersonnummer } from '../../support/personnummer';

let h: Awaited<ReturnType<typeof startApiHarness>>;

beforeAll(async () => {
  h = await startApiHarness();
});

afterAll(async () => {
  await h?.stop();
});

function orderBody(overrides: { role?: string; forbundId?: string; protectedIdentity?: boolean; user?: Record<string, unknown> } = {}) {
  const personnummer = uniquePersonnummer();
  return {
    forbundId: overrides.forbundId ?? FORBUND.norrvik,
    role: overrides.role ?? 'FORBUNDSADMINISTRATOR',
    protectedIdentity: overrides.protectedIdentity ?? false,
    user: { personnummer, givenName: 'Greta', familyName: 'Ström', email: `greta.${personnummer.slice(-4)}@norrvik.example`, employerId: ORG.norrvikKommun, ...overrides.user },
  };
}

const swedish = /[åäöÅÄÖ]|\b(och|inte|är|för|finns|Ange|giltig|ska)\b/;

const ordersFor = (personnummer: string) => h.db.order.count({ where: { personnummer } });

describe('refusals change nothing', () => {
  test('401 without a token; 403 for a caller without the beställare role', async () => {
    const anonymous = await h.app.inject({ method: 'POST', url: '/orders', payload: orderBody() });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json()).toMatchObject({ code: 'NOT_LOGGED_IN' });
    const ba = await h.login(PERSON.baBritt);
    const body = orderBody();
    const res = await ba.post('/orders', body);
    expect(res.statusCode).toBe(403);
    expect(res.json().message).toMatch(swedish);
    expect(await ordersFor(body.user.personnummer)).toBe(0);
  });

  test('400 per field for a malformed personnummer and e-mail, in Swedish', async () => {
    const karin = await h.login(PERSON.bestallareKarin);
    const res = await karin.post('/orders', orderBody({ user: { personnummer: '19811218-9875', email: 'inte-en-adress' } }));
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.code).toBe('VALIDATION_ERROR');
    const paths = body.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['user.personnummer', 'user.email']));
    for (const d of body.details) expect(d.message).toMatch(swedish);
  });

  test('400 for an unknown förbund or employer', async () => {
    const karin = await h.login(PERSON.bestallareKarin);
    const res = await karin.post('/orders', orderBody({ forbundId: 'forbund-finns-inte', user: { employerId: 'org-finns-inte' } }));
    expect(res.statusCode).toBe(400);
    expect(res.json().details.map((d: { path: string }) => d.path)).toEqual(['forbundId', 'user.employerId']);
  });

  test.each([
    ['R-02: a förbund the employer is not a member of', PERSON.bestallareKarin, orderBody({ forbundId: FORBUND.sydasen }), 'R-02', 'EMPLOYER_NOT_MEMBER'],
    ['R-01: another organisation\'s employee', PERSON.bestallareKarin, orderBody({ user: { employerId: ORG.regionNordmark } }), 'R-01', 'NOT_BESTALLARE_FOR_EMPLOYER'],
    ['R-07: deltagaransvarig for a samordningsförbund employee', PERSON.bestallareSara, orderBody({ role: 'DELTAGARANSVARIG', user: { employerId: ORG.sfNorrvik } }), 'R-07', 'DELTAGARANSVARIG_NOT_ALLOWED'],
    ['R-08: skyddad identitet on the form', PERSON.bestallareKarin, orderBody({ protectedIdentity: true }), 'R-08', 'PROTECTED_IDENTITY'],
    ['R-08: a person known to have skyddad identitet', PERSON.bestallareKarin, orderBody({ user: { personnummer: '19811218-9876' } }), 'R-08', 'PROTECTED_IDENTITY'],
    ['R-06: the other role is already held', PERSON.bestallareKarin, orderBody({ role: 'DELTAGARANSVARIG', user: { personnummer: '19850107-3293' } }), 'R-06', 'ROLE_COMBINATION'],
    ['R-03: an Arbetsförmedlingen employee (ordered by their chef)', PERSON.bestallareKarin, orderBody({ user: { employerId: ORG.af } }), 'R-03', 'ORDERED_BY_CHEF'],
    ['R-04: a Försäkringskassan employee (ordered by their chef)', PERSON.bestallareKarin, orderBody({ user: { employerId: ORG.fk } }), 'R-04', 'ORDERED_BY_CHEF'],
  ])('422 %s', async (_name, personaId, body, rule, code) => {
    const caller = await h.login(personaId);
    const res = await caller.post('/orders', body);
    expect(res.statusCode).toBe(422);
    const json = res.json();
    expect(json.details).toContainEqual(expect.objectContaining({ rule, code }));
    expect(json.message).toMatch(swedish);
    expect(await ordersFor(body.user.personnummer)).toBe(0);
  });

  test('R-21: a beställare whose mandate expired may not order (403, told why) and no longer reads the orders', async () => {
    const lars = await h.login(PERSON.bestallareLarsExpired);
    const body = orderBody({ forbundId: FORBUND.sydasen, user: { employerId: ORG.sydasenKommun } });
    const res = await lars.post('/orders', body);
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'BESTALLARE_MANDATE_LAPSED' });
    expect(res.json().message).toMatch(/två år/);
    expect(await ordersFor(body.user.personnummer)).toBe(0);
    expect((await lars.get('/orders')).statusCode).toBe(403);
  });

  test('413 for a body over 64 kB', async () => {
    const karin = await h.login(PERSON.bestallareKarin);
    const res = await karin.post('/orders', { ...orderBody(), padding: 'x'.repeat(70 * 1024) });
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
  });

  test('400 for unknown fields and malformed JSON', async () => {
    const karin = await h.login(PERSON.bestallareKarin);
    expect((await karin.post('/orders', { ...orderBody(), extra: 1 })).statusCode).toBe(400);
    const token = (await h.app.inject({ method: 'POST', url: '/auth/dev/login', payload: { personaId: PERSON.bestallareKarin } })).json().token;
    const res = await h.app.inject({ method: 'POST', url: '/orders', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, payload: '{"forbundId": ' });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(swedish);
  });
});

test('409 for the same order twice while one is open; Idempotency-Key returns the same order', async () => {
  const karin = await h.login(PERSON.bestallareKarin);
  const body = orderBody();
  const first = await karin.post('/orders', body, { 'idempotency-key': `k-${body.user.personnummer}` });
  expect(first.statusCode).toBe(201);
  expect(first.json()).toMatchObject({ status: 'SUBMITTED', role: 'FORBUNDSADMINISTRATOR', forbundId: FORBUND.norrvik });

  const retried = await karin.post('/orders', body, { 'idempotency-key': `k-${body.user.personnummer}` });
  expect(retried.statusCode).toBe(201);
  expect(retried.json().id).toBe(first.json().id);

  const twice = await karin.post('/orders', body);
  expect(twice.statusCode).toBe(409);
  expect(twice.json()).toMatchObject({ code: 'DUPLICATE_ORDER' });
  expect(await h.db.order.count({ where: { personnummer: body.user.personnummer } })).toBe(1);
});

test('R-06: while an order for one role is open, the other role cannot be ordered for the same person', async () => {
  const karin = await h.login(PERSON.bestallareKarin);
  const first = orderBody({ role: 'FORBUNDSADMINISTRATOR' });
  expect((await karin.post('/orders', first)).statusCode).toBe(201);
  const other = await karin.post('/orders', { ...first, role: 'DELTAGARANSVARIG' });
  expect(other.statusCode).toBe(422);
  expect(other.json().details).toContainEqual(expect.objectContaining({ rule: 'R-06', code: 'ROLE_COMBINATION_PENDING' }));
  expect(await ordersFor(first.user.personnummer)).toBe(1);
});

test('a beställare sees only their organisation\'s orders; BA sees all', async () => {
  const karin = await h.login(PERSON.bestallareKarin);
  const per = await h.login(PERSON.bestallarePer);
  const britt = await h.login(PERSON.baBritt);
  const { id } = (await karin.post('/orders', orderBody())).json();

  expect((await karin.get(`/orders/${id}`)).statusCode).toBe(200);
  expect((await per.get(`/orders/${id}`)).statusCode).toBe(404);
  expect((await britt.get(`/orders/${id}`)).statusCode).toBe(200);
  expect((await per.get('/orders')).json().map((o: { id: string }) => o.id)).not.toContain(id);
  expect((await karin.get('/orders')).json().map((o: { id: string }) => o.id)).toContain(id);
  expect((await karin.get('/orders?status=NOPE')).statusCode).toBe(400);
});

describe('the BA queue', () => {
  async function submittedTask() {
    const karin = await h.login(PERSON.bestallareKarin);
    const { id: orderId } = (await karin.post('/orders', orderBody())).json();
    const task = await waitFor('the BA task', () => h.db.task.findFirst({ where: { orderId } }));
    return { orderId, taskId: task.id };
  }

  test('claim, a second BA is refused, decide, the role shows, deciding again is 409', async () => {
    const britt = await h.login(PERSON.baBritt);
    const bengt = await h.login(PERSON.baBengt);
    const karin = await h.login(PERSON.bestallareKarin);
    const { orderId, taskId } = await submittedTask();

    expect((await karin.post(`/tasks/${taskId}/claim`)).statusCode).toBe(403);
    expect((await britt.post(`/tasks/${taskId}/claim`)).statusCode).toBe(200);
    const stolen = await bengt.post(`/tasks/${taskId}/claim`);
    expect(stolen.statusCode).toBe(409);
    expect(stolen.json()).toMatchObject({ code: 'TASK_CLAIMED' });
    expect((await bengt.post(`/tasks/${taskId}/decision`, { decision: 'APPROVE' })).statusCode).toBe(409);
    expect((await britt.post(`/tasks/${taskId}/decision`, { decision: 'REJECT' })).statusCode).toBe(400);

    const approved = await britt.post(`/tasks/${taskId}/decision`, { decision: 'APPROVE' });
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toEqual({ status: 'APPROVED' });
    const again = await britt.post(`/tasks/${taskId}/decision`, { decision: 'APPROVE' });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('ALREADY_DECIDED');

    await waitFor('completion', async () => (await h.db.order.findUnique({ where: { id: orderId } }))?.status === 'COMPLETED');
    const users = (await karin.get(`/forbund/${FORBUND.norrvik}/users`)).json();
    const order = await h.db.order.findUniqueOrThrow({ where: { id: orderId } });
    expect(users).toContainEqual(expect.objectContaining({ name: `${order.givenName} ${order.familyName}`, role: 'FORBUNDSADMINISTRATOR' }));
    const closed = await britt.post(`/tasks/${taskId}/decision`, { decision: 'REJECT', reason: 'För sent' });
    expect(closed.statusCode).toBe(409);
  });

  test('four-eyes: a BA who submitted the order may not decide it (403)', async () => {
    // Maria is beställare at Ålsta kommun; make her BA staff as well for this test.
    await h.db.staffAssignment.upsert({ where: { personId_role: { personId: PERSON.bestallareMaria, role: 'BA' } }, create: { personId: PERSON.bestallareMaria, role: 'BA' }, update: {} });
    try {
      const maria = await h.login(PERSON.bestallareMaria);
      const personnummer = uniquePersonnummer();
      const submitted = await maria.post('/orders', orderBody({ forbundId: FORBUND.mittland, user: { personnummer, employerId: ORG.alstaKommun, email: `x.${personnummer.slice(-4)}@alsta.example` } }));
      expect(submitted.statusCode).toBe(201);
      const task = await waitFor('the BA task', () => h.db.task.findFirst({ where: { orderId: submitted.json().id } }));
      const res = await maria.post(`/tasks/${task.id}/decision`, { decision: 'APPROVE' });
      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({ code: 'FOUR_EYES' });
    } finally {
      await h.db.staffAssignment.delete({ where: { personId_role: { personId: PERSON.bestallareMaria, role: 'BA' } } });
    }
  });

  test('keyset pagination over open tasks sorted by due date', async () => {
    // Other suites open and close tasks in the same database meanwhile, so this checks the
    // properties of the walk rather than an exact list: strictly ordered, no repeats, ours in it.
    const ours = [await submittedTask(), await submittedTask()].map((t) => t.taskId);
    const britt = await h.login(PERSON.baBritt);
    const seen: { id: string; dueAt: string }[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { id: string; dueAt: string }[]; nextCursor: string | null } = (await britt.get(`/tasks?limit=1${cursor ? `&cursor=${cursor}` : ''}`)).json();
      expect(page.items.length).toBeLessThanOrEqual(1);
      seen.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    const key = (t: { id: string; dueAt: string }) => `${t.dueAt}|${t.id}`;
    for (let i = 1; i < seen.length; i++) expect(key(seen[i]) > key(seen[i - 1])).toBe(true);
    expect(seen.map((t) => t.id)).toEqual(expect.arrayContaining(ours));
    expect((await britt.get('/tasks?cursor=garbage')).statusCode).toBe(400);
  });
});

test('reference data, health, readiness and OpenAPI', async () => {
  const karin = await h.login(PERSON.bestallareKarin);
  expect((await karin.get('/organisations')).json()).toContainEqual({ id: ORG.fk, name: 'Försäkringskassan', type: 'FORSAKRINGSKASSAN', organisationNumber: '202100-5521' });
  expect((await karin.get('/forbund')).json()).toContainEqual(expect.objectContaining({ id: FORBUND.norrvik, memberOrganisationIds: expect.arrayContaining([ORG.norrvikKommun, ORG.fk]) }));
  expect((await karin.get('/forbund/nope/users')).statusCode).toBe(404);
  expect((await h.app.inject({ method: 'GET', url: '/health' })).statusCode).toBe(200);
  expect((await h.app.inject({ method: 'GET', url: '/ready' })).json()).toMatchObject({ database: 'ok', temporal: 'ok' });
  const personas = (await h.app.inject({ method: 'GET', url: '/auth/dev/personas' })).json();
  expect(personas).toContainEqual(expect.objectContaining({ id: PERSON.baBritt, roles: ['BA'] }));
  const docs = (await h.app.inject({ method: 'GET', url: '/docs/json' })).json();
  expect(Object.keys(docs.paths)).toEqual(expect.arrayContaining(['/orders', '/tasks', '/tasks/{id}/decision', '/forbund/{id}/users']));
});
