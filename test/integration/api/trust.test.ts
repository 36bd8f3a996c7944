/**
 * Trust (issue 5): identity comes from the person register, four-eyes is complete, and no
 * refusal tells a beställare anything about a person outside their organisation. The three
 * attacks of the issue, and their neighbours, through the real app on the real database and
 * Temporal dev server.
 */
import { randomUUID } from 'node:crypto';
import { FORBUND, ORG, PERSON } from '../../../prisma/seed-data';
import { order9480Workflow } from '../../../workflows/order-9480';
import type { DecisionInput } from '../../../workflows/order-9480.definitions';
import { decideStageUpdate, requestStateQuery } from '../../../workflows/request.definitions';
import { startApiHarness } from '../../support/api-app';
import { waitFor } from '../../support/mail';
import { insertOrder } from '../../support/orders';
import { registerBestallare, registerPerson } from '../../support/people';
import { refusalOf } from '../../support/update-refusal';
import { uniquePersonnummer } from '../../support/personnummer';

let h: Awaited<ReturnType<typeof startApiHarness>>;

beforeAll(async () => {
  h = await startApiHarness();
});

afterAll(async () => {
  await h?.stop();
});

type User = { personnummer: string; givenName: string; familyName: string; email?: string; employerId: string };
const order = (user: User, role = 'FORBUNDSADMINISTRATOR', forbundId: string = FORBUND.norrvik) => ({
  forbundId,
  role,
  protectedIdentity: false,
  user: { email: `x.${user.personnummer.slice(-4)}@test.example`, ...user },
});
const openTask = (orderId: string) => waitFor('the BA task', () => h.db.task.findFirst({ where: { orderId } }));
const ordersFor = (personnummer: string) => h.db.order.count({ where: { personnummer } });

/** A decision sent straight to the request's workflow, past the API: the Update's validator must refuse it. */
async function updateRefusal(orderId: string, args: DecisionInput) {
  const handle = h.temporal.workflow.getHandle(orderId);
  const { taskId } = await handle.query(requestStateQuery);
  const decidedBy = { organisationId: ORG.fk, personnummer: '', ...args.decidedBy };
  return refusalOf(handle.executeUpdate(decideStageUpdate, { args: [{ ...args, taskId: taskId!, decidedBy }] }));
}

describe('attack 1: a beställare names a BA\'s personnummer under another name', () => {
  test('a wrong name for a registered personnummer is refused and reveals nothing of the register', async () => {
    const karin = await h.login(PERSON.bestallareKarin);
    const res = await karin.post('/orders', order({ personnummer: '19700312-2384', givenName: 'Kalle', familyName: 'Karlsson', employerId: ORG.norrvikKommun }));
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'IDENTITY_MISMATCH' });
    expect(JSON.stringify(res.json())).not.toMatch(/Britt|Andersson|Försäkringskassan|forsakringskassan/);
    expect(await ordersFor('19700312-2384')).toBe(0);
  });

  test('with her right name it is an employment change: Britt can neither claim nor decide, a plain APPROVE is refused', async () => {
    const karin = await h.login(PERSON.bestallareKarin);
    const britt = await h.login(PERSON.baBritt);
    const bengt = await h.login(PERSON.baBengt);
    const res = await karin.post('/orders', order({ personnummer: '19700312-2384', givenName: 'Britt', familyName: 'Andersson', employerId: ORG.norrvikKommun }));
    expect(res.statusCode).toBe(201);
    // The beställare sees nothing of what the register holds.
    expect(res.json()).not.toHaveProperty('review');
    const orderId = res.json().id;
    try {
      const task = await openTask(orderId);
      expect(task.subject).toMatch(/byte av arbetsgivare/);

      // Four-eyes in the API: the person the order is for may neither claim nor decide it.
      expect((await britt.post(`/tasks/${task.id}/claim`)).json()).toMatchObject({ code: 'FOUR_EYES' });
      const self = await britt.post(`/tasks/${task.id}/decision`, { decision: 'APPROVE', confirmEmploymentChange: true });
      expect(self.statusCode).toBe(403);
      expect(self.json().code).toBe('FOUR_EYES');
      // …and in the workflow's Update validator, from what the workflow holds, whatever the caller claims.
      expect(await updateRefusal(orderId, { decision: 'APPROVE', confirmEmploymentChange: true, decidedBy: { personId: 'someone-else', personnummer: '19700312-2384', roles: ['BA'] } })).toBe('FOUR_EYES');
      expect(await updateRefusal(orderId, { decision: 'APPROVE', confirmEmploymentChange: true, decidedBy: { personId: PERSON.baBritt, roles: ['BA'] } })).toBe('FOUR_EYES');

      // BA sees both employers; a plain APPROVE is refused in the API and in the validator.
      const queued = (await bengt.get('/tasks?limit=100&sort=submitted')).json();
      let page = queued;
      let seen = page.items.find((t: { id: string }) => t.id === task.id);
      while (!seen && page.nextCursor) {
        page = (await bengt.get(`/tasks?limit=100&sort=submitted&cursor=${page.nextCursor}`)).json();
        seen = page.items.find((t: { id: string }) => t.id === task.id);
      }
      expect(seen.employmentChange).toEqual({ fromOrganisationId: ORG.fk, toOrganisationId: ORG.norrvikKommun });
      const plain = await bengt.post(`/tasks/${task.id}/decision`, { decision: 'APPROVE' });
      expect(plain.statusCode).toBe(422);
      expect(plain.json().code).toBe('EMPLOYMENT_CHANGE_UNCONFIRMED');
      expect(await updateRefusal(orderId, { decision: 'APPROVE', decidedBy: { personId: PERSON.baBengt, personnummer: '19820611-2446', roles: ['BA'] } })).toBe('EMPLOYMENT_CHANGE_UNCONFIRMED');
      expect((await bengt.get(`/orders/${orderId}`)).json().review.employmentChange).toMatchObject({ fromOrganisationId: ORG.fk, toOrganisationId: ORG.norrvikKommun, confirmed: false });

      const rejected = await bengt.post(`/tasks/${task.id}/decision`, { decision: 'REJECT', reason: 'Britt Andersson är anställd hos Försäkringskassan.' });
      expect(rejected.statusCode).toBe(200);
    } finally {
      await waitFor('the order to close', async () => (await h.db.order.findUnique({ where: { id: orderId } }))?.status === 'REJECTED');
    }
    const users = (await karin.get(`/forbund/${FORBUND.norrvik}/users`)).json();
    expect(users.filter((u: { personId: string }) => u.personId === PERSON.baBritt)).toEqual([]);
    expect((await h.db.person.findUniqueOrThrow({ where: { id: PERSON.baBritt } })).employerId).toBe(ORG.fk);
  });
});

describe('attack 2: a beställare claims another organisation\'s employee as their own', () => {
  test('the order goes to BA as an employment change, applied only with BA\'s explicit confirmation and audited', async () => {
    const moving = await registerPerson(h.db, ORG.norrvikKommun);
    const per = await h.login(PERSON.bestallarePer);
    const bengt = await h.login(PERSON.baBengt);
    const res = await per.post('/orders', order({ personnummer: moving.personnummer, givenName: moving.givenName, familyName: moving.familyName, employerId: ORG.regionNordmark }, 'FORBUNDSADMINISTRATOR', FORBUND.mittland));
    expect(res.statusCode).toBe(201);
    const orderId = res.json().id;
    const task = await openTask(orderId);

    expect((await bengt.post(`/tasks/${task.id}/decision`, { decision: 'APPROVE' })).json().code).toBe('EMPLOYMENT_CHANGE_UNCONFIRMED');
    expect((await h.db.person.findUniqueOrThrow({ where: { id: moving.id } })).employerId).toBe(ORG.norrvikKommun);
    const approved = await bengt.post(`/tasks/${task.id}/decision`, { decision: 'APPROVE', confirmEmploymentChange: true });
    expect(approved.statusCode).toBe(200);

    await waitFor('completion', async () => (await h.db.order.findUnique({ where: { id: orderId } }))?.status === 'COMPLETED');
    expect((await h.db.person.findUniqueOrThrow({ where: { id: moving.id } })).employerId).toBe(ORG.regionNordmark);
    const role = await h.db.userRole.findFirstOrThrow({ where: { grantedByOrderId: orderId } });
    expect(role.personId).toBe(moving.id);
    const changed = await h.db.auditEvent.findFirstOrThrow({ where: { orderId, event: 'EMPLOYMENT_CHANGED' } });
    expect(changed).toMatchObject({ actorId: PERSON.baBengt, data: { personId: moving.id, from: ORG.norrvikKommun, to: ORG.regionNordmark } });
  });
});

describe('attack 3: no disclosure across organisations', () => {
  test('skyddad identitet of another organisation\'s employee is not revealed; BA sees it and can only reject', async () => {
    const per = await h.login(PERSON.bestallarePer); // Region Nordmark
    const bengt = await h.login(PERSON.baBengt);
    const hidden = await registerPerson(h.db, ORG.norrvikKommun, { protectedIdentity: true });
    const plain = await registerPerson(h.db, ORG.norrvikKommun);

    const probe = (p: typeof hidden) => per.post('/orders', order({ personnummer: p.personnummer, givenName: p.givenName, familyName: p.familyName, employerId: ORG.regionNordmark }));
    const [a, b] = [await probe(hidden), await probe(plain)];
    // The prober gets the same answer for both: an accepted order, nothing about the person.
    expect([a.statusCode, b.statusCode]).toEqual([201, 201]);
    expect(Object.keys(a.json()).sort()).toEqual(Object.keys(b.json()).sort());
    expect(JSON.stringify(a.json())).not.toMatch(/PROTECTED_IDENTITY|skyddad|R-08/i);
    await waitFor('the orders to reach BA', async () => (await h.db.order.count({ where: { id: { in: [a.json().id, b.json().id] }, status: 'IN_REVIEW' } })) === 2);
    expect((await per.get(`/orders/${a.json().id}`)).json()).not.toHaveProperty('review');
    expect((await per.get(`/orders/${a.json().id}`)).json().status).toBe('IN_REVIEW');

    const view = (await bengt.get(`/orders/${a.json().id}`)).json();
    expect(view.review.findings).toEqual([expect.objectContaining({ rule: 'R-08', code: 'PROTECTED_IDENTITY' })]);
    const task = await openTask(a.json().id);
    const approve = await bengt.post(`/tasks/${task.id}/decision`, { decision: 'APPROVE', confirmEmploymentChange: true });
    expect(approve.statusCode).toBe(422);
    expect(approve.json().code).toBe('REVIEW_FINDINGS');
    expect(await updateRefusal(a.json().id, { decision: 'APPROVE', confirmEmploymentChange: true, decidedBy: { personId: PERSON.baBengt, personnummer: '19820611-2446', roles: ['BA'] } })).toBe('REVIEW_FINDINGS');
    expect((await bengt.post(`/tasks/${task.id}/decision`, { decision: 'REJECT', reason: 'Beställningen kan inte beviljas.' })).statusCode).toBe(200);
  });

  test('the same beställare is told about their own organisation\'s employee (R-08 from the register)', async () => {
    const karin = await h.login(PERSON.bestallareKarin);
    const own = await registerPerson(h.db, ORG.norrvikKommun, { protectedIdentity: true });
    const res = await karin.post('/orders', order({ personnummer: own.personnummer, givenName: own.givenName, familyName: own.familyName, employerId: ORG.norrvikKommun }));
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('PROTECTED_IDENTITY');
  });

  test('roles held and orders pending elsewhere are not revealed (R-06 findings go to BA)', async () => {
    const per = await h.login(PERSON.bestallarePer);
    const karin = await h.login(PERSON.bestallareKarin);
    // Held elsewhere: a Norrvik employee who is deltagaransvarig in Norrvik.
    const holder = await registerPerson(h.db, ORG.norrvikKommun, { role: { forbundId: FORBUND.norrvik, role: 'DELTAGARANSVARIG' } });
    const held = await per.post('/orders', order({ personnummer: holder.personnummer, givenName: holder.givenName, familyName: holder.familyName, employerId: ORG.regionNordmark }));
    expect(held.statusCode).toBe(201);
    // Pending elsewhere: Karin has ordered förbundsadministratör for a new person.
    const personnummer = uniquePersonnummer();
    const newcomer = { personnummer, givenName: 'Vera', familyName: 'Nyberg', employerId: ORG.norrvikKommun };
    expect((await karin.post('/orders', order(newcomer))).statusCode).toBe(201);
    // The same role from another organisation is not a 409 (that would tell Per of Karin's order)…
    expect((await per.post('/orders', order({ ...newcomer, employerId: ORG.regionNordmark }))).statusCode).toBe(201);
    // …and the other role from a third organisation is not refused under R-06 either.
    const maria = await h.login(PERSON.bestallareMaria);
    const pending = await maria.post('/orders', order({ ...newcomer, employerId: ORG.alstaKommun }, 'DELTAGARANSVARIG'));
    expect(pending.statusCode).toBe(201);

    await openTask(held.json().id);
    await openTask(pending.json().id);
    const ba = await h.login(PERSON.baBengt);
    expect((await ba.get(`/orders/${held.json().id}`)).json().review.findings).toEqual([expect.objectContaining({ rule: 'R-06', code: 'ROLE_COMBINATION' })]);
    expect((await ba.get(`/orders/${pending.json().id}`)).json().review.findings).toEqual([expect.objectContaining({ rule: 'R-06', code: 'ROLE_COMBINATION_PENDING' })]);
    // Within one organisation the beställare is told, as before.
    const ownPending = await karin.post('/orders', order(newcomer, 'DELTAGARANSVARIG'));
    expect(ownPending.statusCode).toBe(422);
    expect(ownPending.json().code).toBe('ROLE_COMBINATION_PENDING');
  });
});

test('a claimed task can be released by its claimer or any BA, so an order is never stuck behind one person', async () => {
  const karin = await h.login(PERSON.bestallareKarin);
  const britt = await h.login(PERSON.baBritt);
  const bengt = await h.login(PERSON.baBengt);
  const { id: orderId } = (await karin.post('/orders', order({ personnummer: uniquePersonnummer(), givenName: 'Rut', familyName: 'Lind', employerId: ORG.norrvikKommun }))).json();
  const task = await openTask(orderId);

  expect((await britt.post(`/tasks/${task.id}/claim`)).json().claimedBy).toBe(PERSON.baBritt);
  expect((await bengt.post(`/tasks/${task.id}/claim`)).statusCode).toBe(409);
  expect((await karin.post(`/tasks/${task.id}/release`)).statusCode).toBe(403);
  const released = await bengt.post(`/tasks/${task.id}/release`);
  expect(released.statusCode).toBe(200);
  expect(released.json().claimedBy).toBeNull();
  expect((await bengt.post(`/tasks/${task.id}/claim`)).json().claimedBy).toBe(PERSON.baBengt);
  expect((await bengt.post(`/tasks/${task.id}/release`)).json().claimedBy).toBeNull();
  const events = (await h.db.auditEvent.findMany({ where: { orderId }, orderBy: { at: 'asc' } })).map((e) => `${e.event}:${e.actorId}`);
  expect(events).toEqual(expect.arrayContaining([`TASK_CLAIMED:${PERSON.baBritt}`, `TASK_RELEASED:${PERSON.baBengt}`, `TASK_CLAIMED:${PERSON.baBengt}`]));
  expect((await bengt.post('/tasks/no-such-task/release')).statusCode).toBe(404);
});

test('a decision while no worker runs is answered within a bound (503 DECISION_PENDING), not left hanging', async () => {
  const order = await insertOrder(h.db, { submittedById: PERSON.bestallareKarin });
  await h.temporal.workflow.start(order9480Workflow, { workflowId: order.id, taskQueue: `no-worker-${order.id}`, args: [{ orderId: order.id, submittedById: order.submittedById }] });
  const task = await h.db.task.create({ data: { id: randomUUID(), kind: 'USER_9480', status: 'OPEN', orderId: order.id, forbundId: order.forbundId, subject: 'Ny användare: utan arbetare', submittedAt: new Date(), dueAt: new Date(Date.now() + 86_400_000) } });
  const bengt = await h.login(PERSON.baBengt);
  const started = Date.now();
  const res = await bengt.post(`/tasks/${task.id}/decision`, { decision: 'APPROVE' });
  expect(res.statusCode).toBe(503);
  expect(res.json().code).toBe('DECISION_PENDING');
  expect(Date.now() - started).toBeLessThan(15_000);
  await h.temporal.workflow.getHandle(order.id).terminate('test over');
});

test('an Idempotency-Key reused with another body is 422, not the old order', async () => {
  const karin = await h.login(PERSON.bestallareKarin);
  const user = { personnummer: uniquePersonnummer(), givenName: 'Siv', familyName: 'Holm', employerId: ORG.norrvikKommun };
  const key = { 'idempotency-key': `k-${user.personnummer}` };
  expect((await karin.post('/orders', order(user), key)).statusCode).toBe(201);
  expect((await karin.post('/orders', order(user), key)).statusCode).toBe(201);
  const other = await karin.post('/orders', order(user, 'DELTAGARANSVARIG'), key);
  expect(other.statusCode).toBe(422);
  expect(other.json().code).toBe('IDEMPOTENCY_KEY_REUSED');
  expect(await ordersFor(user.personnummer)).toBe(1);
});

test('read access follows live rights: a mandate that lapses stops reading at once, with the same token', async () => {
  const bestallare = await registerBestallare(h.db, ORG.alstaKommun);
  const client = await h.login(bestallare.id);
  expect((await client.get('/orders')).statusCode).toBe(200);
  await h.db.bestallareMandate.update({ where: { id: `mandate-${bestallare.id}` }, data: { validTo: new Date(Date.now() - 1000) } });
  const after = await client.get('/orders');
  expect(after.statusCode).toBe(403);
  expect(after.json().code).toBe('BESTALLARE_MANDATE_LAPSED');
  // Gone from the register altogether: the token names nobody any more.
  await h.db.bestallareMandate.deleteMany({ where: { personId: bestallare.id } });
  await h.db.person.delete({ where: { id: bestallare.id } });
  expect((await client.get('/orders')).statusCode).toBe(401);
});
