/**
 * Graceful shutdown (issue 18), on separate processes:
 * - a worker told SIGTERM while it is in the middle of an SMTP exchange finishes that e-mail
 *   within its grace period, marks it sent and exits: no second attempt, no second e-mail;
 * - an API told SIGTERM while a decision waits for its workflow answers that request in full
 *   (503 DECISION_PENDING with Retry-After) before it exits; the decision lands once when a
 *   worker comes back.
 */
import { createDb, type Db } from '../../data/prisma';
import { FORBUND, ORG, PERSON } from '../../prisma/seed-data';
import { waitFor } from '../support/mail';
import { uniquePersonnummer } from '../support/personnummer';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink';
import { loginAs, startSystem, type RunningSystem } from '../support/system';

let system: RunningSystem;
let sink: SmtpSink;
let db: Db;

beforeAll(async () => {
  sink = await startSmtpSink();
  system = await startSystem({ smtpUrl: sink.url });
  db = createDb(process.env.DATABASE_URL!);
});

afterAll(async () => {
  await system?.stop();
  await sink?.close();
  await db?.$disconnect();
});

async function orderWithTask(karin: Awaited<ReturnType<typeof loginAs>>) {
  const personnummer = uniquePersonnummer();
  const email = `stina.${personnummer.slice(-4)}@norrvik.example`;
  const order = await karin.post('/orders', {
    forbundId: FORBUND.norrvik,
    role: 'DELTAGARANSVARIG',
    protectedIdentity: false,
    user: { personnummer, givenName: 'Stina', familyName: `Nedstängning ${personnummer.slice(-4)}`, email, employerId: ORG.norrvikKommun },
  });
  expect(order.status).toBe(201);
  const task = await waitFor('the BA task', () => db.task.findFirst({ where: { orderId: order.body.id } }));
  return { orderId: order.body.id as string, taskId: task.id, email };
}

test('SIGTERM during an SMTP exchange: the worker finishes the e-mail, marks it sent, and exits; nothing is sent twice', async () => {
  const karin = await loginAs(system.api, PERSON.bestallareKarin);
  const britt = await loginAs(system.api, PERSON.baBritt);
  const { orderId, taskId, email } = await orderWithTask(karin);
  sink.delay(email, 4000);

  expect((await britt.post(`/tasks/${taskId}/decision`, { decision: 'APPROVE' })).status).toBe(200);
  await waitFor('the user e-mail to be on its way', async () => {
    const row = await db.emailOutbox.findFirst({ where: { orderId, recipient: email } });
    return row && row.attempts >= 1;
  });

  const told = Date.now();
  await system.worker.stop('SIGTERM');
  const tookMs = Date.now() - told;
  expect(system.worker.child.exitCode).toBe(0);
  // It waited for the SMTP server's late answer (but not for its whole 15 s grace period)…
  expect(tookMs).toBeGreaterThan(1500);
  expect(tookMs).toBeLessThan(15_000);
  // …and recorded the e-mail as sent in that one attempt.
  const row = await db.emailOutbox.findFirstOrThrow({ where: { orderId, recipient: email } });
  expect(row).toMatchObject({ status: 'SENT', attempts: 1 });
  expect(await sink.mailTo(email)).toHaveLength(1);

  system.worker = await system.startWorker();
  await waitFor('the order to complete', async () => (await db.order.findUniqueOrThrow({ where: { id: orderId } })).completedAt, 60_000);
  expect(await sink.mailTo(email)).toHaveLength(1);
  expect(await db.userRole.count({ where: { grantedByOrderId: orderId } })).toBe(1);
});

test('SIGTERM while a decision waits for its workflow: the API answers it in full, then exits; the decision lands once', async () => {
  const karin = await loginAs(system.api, PERSON.bestallareKarin);
  const britt = await loginAs(system.api, PERSON.baBritt);
  const { orderId, taskId } = await orderWithTask(karin);
  await system.worker.stop('SIGKILL'); // nobody runs the workflow: the decision waits (8 s)

  const deciding = britt.post(`/tasks/${taskId}/decision`, { decision: 'APPROVE' });
  await new Promise((r) => setTimeout(r, 1000));
  const apiExited = system.apiProcess.stop('SIGTERM');
  const answer = await deciding;
  expect(answer.status).toBe(503);
  expect(answer.body.code).toBe('DECISION_PENDING');
  // …and exits right after it: the client's kept-alive connection is closed with the answer.
  const answeredAt = Date.now();
  await apiExited;
  expect(Date.now() - answeredAt).toBeLessThan(5000);
  expect(system.apiProcess.child.exitCode).toBe(0);

  system.worker = await system.startWorker();
  await waitFor('the decision to land', async () => (await db.order.findUniqueOrThrow({ where: { id: orderId } })).completedAt, 60_000);
  expect(await db.task.findUniqueOrThrow({ where: { id: taskId } })).toMatchObject({ decision: 'APPROVE', status: 'CLOSED' });
  expect(await db.auditEvent.count({ where: { orderId, event: 'ORDER_APPROVED' } })).toBe(1);
  expect(await db.userRole.count({ where: { grantedByOrderId: orderId } })).toBe(1);
});
