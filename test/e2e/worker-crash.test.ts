/**
 * Crash recovery: the worker is SIGKILLed after the role was granted and the user's e-mail was
 * sent, while the beställare's e-mail is held back by the SMTP server. A new worker finishes
 * the order: the role is granted once and each e-mail is sent once.
 */
import { Client, Connection } from '@temporalio/client';
import { createDb, type Db } from '../../data/prisma';
import { FORBUND, ORG, PERSON } from '../../prisma/seed-data';
import { recordHistory } from '../support/histories';
import { waitFor } from '../support/mail';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink';
import { uniquePersonnummer } from '../support/personnummer';
import { loginAs, startSystem, type RunningSystem } from '../support/system';

let system: RunningSystem;
let sink: SmtpSink;
let db: Db;
const BESTALLARE_EMAIL = 'maria.nystrom@alsta.example';

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

test('SIGKILL between granting the role and sending the e-mails: completes, role once, each e-mail once', async () => {
  const maria = await loginAs(system.api, PERSON.bestallareMaria);
  const bengt = await loginAs(system.api, PERSON.baBengt);
  const personnummer = uniquePersonnummer();
  const userEmail = `ida.${personnummer.slice(-4)}@alsta.example`;

  const order = await maria.post('/orders', {
    forbundId: FORBUND.mittland,
    role: 'FORBUNDSADMINISTRATOR',
    protectedIdentity: false,
    user: { personnummer, givenName: 'Ida', familyName: 'Åkesson', email: userEmail, employerId: ORG.alstaKommun },
  });
  expect(order.status).toBe(201);
  const task = await waitFor('the BA task', () => db.task.findFirst({ where: { orderId: order.body.id } }));

  // The SMTP server answers 451 for the beställare until told otherwise.
  sink.refuse(BESTALLARE_EMAIL, 451);

  expect((await bengt.post(`/tasks/${task.id}/decision`, { decision: 'APPROVE' })).status).toBe(200);
  await waitFor('the role to be granted and the beställare e-mail to fail', async () => {
    const held = await db.emailOutbox.findFirst({ where: { orderId: order.body.id, recipient: BESTALLARE_EMAIL } });
    return held && held.status === 'PENDING' && held.attempts >= 1;
  });
  expect(await db.userRole.count({ where: { grantedByOrderId: order.body.id } })).toBe(1);
  expect(await sink.mailTo(userEmail)).toHaveLength(1);

  await system.worker.stop('SIGKILL');
  sink.accept(BESTALLARE_EMAIL);
  system.worker = await system.startWorker();

  await waitFor('the order to complete', async () => (await maria.get(`/orders/${order.body.id}`)).body.status === 'COMPLETED', 60_000);
  expect(await db.userRole.count({ where: { grantedByOrderId: order.body.id } })).toBe(1);
  expect(await db.auditEvent.count({ where: { orderId: order.body.id, event: 'ROLE_GRANTED' } })).toBe(1);
  expect(await sink.mailTo(userEmail)).toHaveLength(1);
  const toBestallare = (await sink.mailTo(BESTALLARE_EMAIL)).filter((m) => m.text.includes('Ida Åkesson'));
  expect(toBestallare).toHaveLength(1);

  const connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS! });
  try {
    await recordHistory('order-9480-v1-crash-resume', new Client({ connection }).workflow.getHandle(order.body.id));
  } finally {
    await connection.close();
  }
});
