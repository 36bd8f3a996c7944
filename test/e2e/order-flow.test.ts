/**
 * End to end, as a beställare and BA would do it with curl: Temporal dev server + worker
 * process + API process on a real port + a real SMTP server process capturing the mail.
 */
import { FORBUND, ORG, PERSON } from '../../prisma/seed-data';
import { waitFor } from '../support/mail';
import { uniquePersonnummer } from '../support/personnummer';
import { loginAs, startSystem, type RunningSystem } from '../support/system';

let system: RunningSystem;

beforeAll(async () => {
  system = await startSystem();
});

afterAll(async () => {
  await system?.stop();
});

test('submit → claim → approve → the role shows in /forbund/:id/users → both e-mails arrive in Swedish', async () => {
  const karin = await loginAs(system.api, PERSON.bestallareKarin);
  const britt = await loginAs(system.api, PERSON.baBritt);
  const personnummer = uniquePersonnummer();
  const email = `nils.${personnummer.slice(-4)}@norrvik.example`;

  const submitted = await karin.post('/orders', {
    forbundId: FORBUND.norrvik,
    role: 'DELTAGARANSVARIG',
    protectedIdentity: false,
    user: { personnummer, givenName: 'Nils', familyName: 'Öberg', email, employerId: ORG.norrvikKommun },
  });
  expect(submitted.status).toBe(201);
  const orderId: string = submitted.body.id;

  const task = await waitFor('the BA task', async () => {
    const page = await britt.get(`/tasks?forbundId=${FORBUND.norrvik}&limit=100`);
    return page.body.items.find((t: { orderId: string }) => t.orderId === orderId);
  });
  expect(task.subject).toContain('Nils Öberg');

  expect((await britt.post(`/tasks/${task.id}/claim`)).status).toBe(200);
  const decided = await britt.post(`/tasks/${task.id}/decision`, { decision: 'APPROVE' });
  expect(decided).toEqual({ status: 200, body: { status: 'APPROVED' } });

  const done = await waitFor('the order to complete', async () => {
    const o = await karin.get(`/orders/${orderId}`);
    return o.body.status === 'COMPLETED' ? o.body : undefined;
  });
  expect(done.timeline.map((e: { event: string }) => e.event)).toEqual(
    expect.arrayContaining(['ORDER_SUBMITTED', 'TASK_OPENED', 'TASK_CLAIMED', 'ORDER_APPROVED', 'ROLE_GRANTED', 'EMAIL_SENT', 'ORDER_COMPLETED']),
  );

  const users = await karin.get(`/forbund/${FORBUND.norrvik}/users`);
  expect(users.body).toContainEqual(expect.objectContaining({ name: 'Nils Öberg', role: 'DELTAGARANSVARIG' }));

  const [userMail] = await waitFor('the user e-mail', async () => {
    const m = await system.mailTo(email);
    return m.length > 0 ? m : undefined;
  });
  expect(userMail.subject).toMatch(/Uppföljning Finsam/);
  expect(userMail.text).toMatch(/deltagaransvarig/i);
  expect(userMail.text).toMatch(/BankID/);
  expect(userMail.html).toContain('Samordningsförbundet Norrvik');

  const bestallareMail = await waitFor('the beställare e-mail', async () => {
    const m = (await system.mailTo('karin.lund@norrvik.example')).filter((x) => x.text.includes('Nils Öberg'));
    return m.length > 0 ? m : undefined;
  });
  expect(bestallareMail).toHaveLength(1);
  expect(bestallareMail[0].text).toMatch(/Karin/);
});
