/**
 * What the web UI reads beyond the order API: the caller (/me), the catalogs (/roles,
 * /request-kinds), one task (/tasks/:id), a request's e-mails, cursor paging of the array lists,
 * and the app itself under /app.
 */
import { FORBUND, ORG, PERSON } from '../../../prisma/seed-data';
import { startApiHarness } from '../../support/api-app';
import { waitFor } from '../../support/mail';
import { registerPerson } from '../../support/people';
import { uniquePersonnummer } from '../../support/personnummer';

let h: Awaited<ReturnType<typeof startApiHarness>>;

beforeAll(async () => {
  h = await startApiHarness();
});

afterAll(async () => {
  await h?.stop();
});

async function submitAsKarin(): Promise<string> {
  const karin = await h.login(PERSON.bestallareKarin);
  const personnummer = uniquePersonnummer();
  const res = await karin.post('/orders', {
    forbundId: FORBUND.norrvik,
    role: 'DELTAGARANSVARIG',
    protectedIdentity: false,
    user: { personnummer, givenName: 'Ulla', familyName: `Sida${personnummer.slice(-4)}`, email: `ulla.${personnummer.slice(-4)}@norrvik.example`, employerId: ORG.norrvikKommun },
  });
  expect(res.statusCode).toBe(201);
  return res.json().id;
}

test('GET /me: a chef sees their direct reports from the register; a beställare their mandates', async () => {
  const report = await registerPerson(h.db, ORG.fk, { managerId: PERSON.chefFrida });
  const frida = (await (await h.login(PERSON.chefFrida)).get('/me')).json();
  expect(frida.roles).toContain('CHEF');
  expect(frida.reports).toContainEqual({ personId: report.id, name: `${report.givenName} ${report.familyName}`, personnummer: report.personnummer, organisationId: ORG.fk });
  const karin = (await (await h.login(PERSON.bestallareKarin)).get('/me')).json();
  expect(karin).toMatchObject({ personId: PERSON.bestallareKarin, roles: ['BESTALLARE'], bestallareFor: [ORG.norrvikKommun], reports: [] });
  expect((await h.app.inject({ method: 'GET', url: '/me' })).statusCode).toBe(401);
});

test('GET /roles and /request-kinds: the catalogs in Swedish, with each role’s description and each kind’s stages', async () => {
  const karin = await h.login(PERSON.bestallareKarin);
  const roles = (await karin.get('/roles')).json();
  expect(roles).toContainEqual(expect.objectContaining({ id: 'DELTAGARANSVARIG', catalog: 'FINSAM', scope: 'FORBUND', description: expect.stringContaining('antal deltagare') }));
  const kinds = (await karin.get('/request-kinds')).json();
  expect(kinds.find((k: { id: string }) => k.id === 'AF_9480').stages.map((s: { id: string }) => s.id)).toEqual(['AF_SERVICEDESK', 'BA']);
});

test('GET /tasks/:id for those who see it in a queue; 404 for a stage actor of another stage; the e-mails for BA only', async () => {
  const orderId = await submitAsKarin();
  const britt = await h.login(PERSON.baBritt);
  const order = await waitFor('the task', async () => {
    const o = (await britt.get(`/orders/${orderId}`)).json();
    return o.taskId ? o : undefined;
  });
  const task = await britt.get(`/tasks/${order.taskId}`);
  expect(task.statusCode).toBe(200);
  expect(task.json()).toMatchObject({ id: order.taskId, orderId, stage: 'BA', claimedBy: null, claimedByName: null });
  expect((await (await h.login(PERSON.afServicedeskHelena)).get(`/tasks/${order.taskId}`)).statusCode).toBe(404);

  await britt.post(`/tasks/${order.taskId}/claim`);
  expect((await britt.get(`/tasks/${order.taskId}`)).json().claimedByName).toBe('Britt Andersson');
  expect((await britt.post(`/tasks/${order.taskId}/decision`, { decision: 'APPROVE' })).statusCode).toBe(200);
  const emails = await waitFor('the e-mails', async () => {
    const list = (await britt.get(`/orders/${orderId}/emails`)).json();
    return list.length === 2 && list.every((m: { status: string }) => m.status === 'SENT') ? list : undefined;
  });
  expect(emails.map((m: { recipient: string }) => m.recipient)).toContain('karin.lund@norrvik.example');
  expect((await (await h.login(PERSON.bestallareKarin)).get(`/orders/${orderId}/emails`)).statusCode).toBe(403);
  expect((await britt.get('/orders/finns-inte/emails')).statusCode).toBe(404);
  // The timeline says each event in Swedish next to its code.
  expect((await britt.get(`/orders/${orderId}`)).json().timeline[0]).toMatchObject({ event: 'ORDER_SUBMITTED', label: 'Beställningen skickades in' });
});

test('GET /orders pages with the next-cursor header: no request twice, none skipped; a foreign cursor is a 400', async () => {
  await submitAsKarin();
  await submitAsKarin();
  const karin = await h.login(PERSON.bestallareKarin);
  const all = (await karin.get('/orders?limit=200')).json().map((o: { id: string }) => o.id);
  const seen: string[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < 200; page++) {
    const res = await karin.get(`/orders?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
    seen.push(...res.json().map((o: { id: string }) => o.id));
    cursor = res.headers['next-cursor'] as string | undefined;
    if (!cursor) break;
  }
  expect(seen).toEqual(all.slice(0, seen.length));
  expect(seen.length).toBe(Math.min(all.length, 200));
  const bad = await karin.get('/orders?cursor=bm90LWEtY3Vyc29y');
  expect(bad.statusCode).toBe(400);
  expect(bad.json()).toMatchObject({ code: 'VALIDATION_ERROR', details: [{ path: 'cursor' }] });
});

test('GET /forbund/:id/users pages by name with the next-cursor header', async () => {
  const karin = await h.login(PERSON.bestallareKarin);
  const all = (await karin.get(`/forbund/${FORBUND.norrvik}/users`)).json();
  expect(all.length).toBeGreaterThan(1);
  const first = await karin.get(`/forbund/${FORBUND.norrvik}/users?limit=1`);
  expect(first.json()).toEqual(all.slice(0, 1));
  const second = await karin.get(`/forbund/${FORBUND.norrvik}/users?limit=1&cursor=${first.headers['next-cursor']}`);
  expect(second.json()).toEqual(all.slice(1, 2));
});

test('/app serves the web UI: assets by name, every other path the app’s page (a reload keeps the page)', async () => {
  const page = await h.app.inject({ method: 'GET', url: '/app/bestallningar/nagot-id' });
  expect(page.statusCode).toBe(200);
  expect(page.headers['content-type']).toMatch(/text\/html/);
  expect(page.body).toContain('<div id="app">');
  const asset = page.body.match(/\/app\/(assets\/[^"]+\.js)/)![1];
  expect((await h.app.inject({ method: 'GET', url: `/app/${asset}` })).headers['cache-control']).toContain('immutable');
  expect((await h.app.inject({ method: 'GET', url: '/app/assets/finns-inte.js' })).statusCode).toBe(404);
  expect((await h.app.inject({ method: 'GET', url: '/app' })).statusCode).toBe(302);
});
