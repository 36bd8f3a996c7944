/**
 * The blankett 9480 workflow on Temporal's time-skipping test server, with the real activities,
 * the real database and a real (in-process) SMTP server.
 */
import { randomUUID } from 'node:crypto';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { PRODUCT_WORKER_OPTIONS } from '../../../worker';
import { ANSWER_ATTEMPTS } from '../../../workflows/activity-options';
import { createActivities } from '../../../activities';
import { createDb, type Db } from '../../../data/prisma';
import { addWorkingDays, isWorkingDay } from '../../../domain/working-days';
import { createMailTransport } from '../../../mail/transport';
import { PERSON } from '../../../prisma/seed-data';
import { order9480Workflow } from '../../../workflows/order-9480';
import { decideUpdate, orderStateQuery, type DecisionInput } from '../../../workflows/order-9480.definitions';
import { workflowBundle } from '../../support/config';
import { refusalOf } from '../../support/update-refusal';
import { recordHistory } from '../../support/histories';
import { waitFor } from '../../support/mail';
import { startSmtpSink, type SmtpSink } from '../../support/smtp-sink';
import { insertOrder } from '../../support/orders';

const DUE_WORKING_DAYS = 3;
const BA_MAILBOX = 'ba-queue@test.example';
const HOUR = 60 * 60 * 1000;

let env: TestWorkflowEnvironment;
let db: Db;
let smtp: SmtpSink;
let worker: Worker;
let running: Promise<void>;
const taskQueue = `order-9480-${randomUUID()}`;
let recordingFailures = 0;
// While set, openBaTask writes the task row and then waits for this before it returns.
let openTaskGate: Promise<void> | undefined;

beforeAll(async () => {
  env = await TestWorkflowEnvironment.createTimeSkipping({
    server: { executable: { type: 'existing-path', path: process.env.TEMPORAL_TEST_SERVER_PATH! } },
  });
  db = createDb(process.env.DATABASE_URL!);
  smtp = await startSmtpSink();
  const real = createActivities({
    db,
    mailer: createMailTransport(smtp.url),
    settings: { mailFrom: 'ba@test.example', baMailbox: BA_MAILBOX, baDueWorkingDays: DUE_WORKING_DAYS, baReminderEveryWorkingDays: 2 },
  });
  worker = await Worker.create({
    ...PRODUCT_WORKER_OPTIONS,
    connection: env.nativeConnection,
    taskQueue,
    workflowBundle: workflowBundle(),
    activities: {
      ...real,
      openBaTask: async (x: Parameters<typeof real.openBaTask>[0]) => {
        const opened = await real.openBaTask(x);
        await openTaskGate;
        return opened;
      },
      // The database is away while BA decides: the next `recordingFailures` attempts fail.
      recordDecision: async (d: Parameters<typeof real.recordDecision>[0]) => {
        if (recordingFailures > 0) {
          recordingFailures -= 1;
          throw new Error('database unavailable');
        }
        return real.recordDecision(d);
      },
    },
  });
  running = worker.run();
});

afterAll(async () => {
  worker?.shutdown();
  await running;
  await env?.teardown();
  await smtp?.close();
  await db?.$disconnect();
});

async function startOrder(overrides: Parameters<typeof insertOrder>[1] = {}) {
  const order = await insertOrder(db, overrides);
  const handle = await env.client.workflow.start(order9480Workflow, {
    workflowId: order.id,
    taskQueue,
    args: [{ orderId: order.id, submittedById: order.submittedById }],
  });
  return { order, handle };
}

async function inReview(handle: Awaited<ReturnType<typeof startOrder>>['handle']) {
  return waitFor('the BA task', async () => {
    const state = await handle.query(orderStateQuery);
    return state.status === 'IN_REVIEW' ? state : undefined;
  });
}

const ba = (personId: string = PERSON.baBritt): DecisionInput['decidedBy'] => ({ personId, roles: ['BA'] });

test('approve: R-09 the role is granted once and both get a Swedish confirmation', async () => {
  const { order, handle } = await startOrder();
  await inReview(handle);

  const result = await handle.executeUpdate(decideUpdate, { args: [{ decision: 'APPROVE', decidedBy: ba() }] });
  expect(result.status).toBe('APPROVED');
  expect((await handle.result()).status).toBe('COMPLETED');

  const roles = await db.userRole.findMany({ where: { grantedByOrderId: order.id } });
  expect(roles).toHaveLength(1);
  expect(roles[0]).toMatchObject({ forbundId: order.forbundId, role: 'FORBUNDSADMINISTRATOR' });
  const saved = await db.order.findUniqueOrThrow({ where: { id: order.id }, include: { tasks: true } });
  expect(saved).toMatchObject({ status: 'COMPLETED', decision: 'APPROVE', decidedById: PERSON.baBritt });
  expect(saved.tasks[0]?.status).toBe('CLOSED');

  const [userMail] = await smtp.mailTo(order.email);
  expect(userMail.subject).toMatch(/beviljad/i);
  expect(userMail.text).toContain('Samordningsförbundet Norrvik');
  expect(userMail.text).toMatch(/tills vidare/i);
  const bestallareMail = await smtp.mailTo('karin.lund@norrvik.example');
  expect(bestallareMail.some((m) => m.text.includes(`${order.givenName} ${order.familyName}`))).toBe(true);

  const events = (await db.auditEvent.findMany({ where: { orderId: order.id } })).map((e) => e.event);
  expect(events).toEqual(expect.arrayContaining(['TASK_OPENED', 'ORDER_APPROVED', 'ROLE_GRANTED', 'EMAIL_SENT', 'ORDER_COMPLETED']));
  await recordHistory('order-9480-v1-approve', handle);
});

test('reject: the beställare is told the reason, no role is granted', async () => {
  const { order, handle } = await startOrder();
  await inReview(handle);

  const reason = 'Personen ska inte registrera ekonomi; beställ deltagaransvarig i stället.';
  await handle.executeUpdate(decideUpdate, { args: [{ decision: 'REJECT', reason, decidedBy: ba() }] });
  expect((await handle.result()).status).toBe('REJECTED');

  expect(await db.userRole.count({ where: { grantedByOrderId: order.id } })).toBe(0);
  expect(await smtp.mailTo(order.email)).toHaveLength(0);
  const mails = await smtp.mailTo('karin.lund@norrvik.example');
  expect(mails.some((m) => m.subject.match(/avslag|avslagen|avslogs/i) && m.text.includes(reason))).toBe(true);
  await recordHistory('order-9480-v1-reject', handle);
});

test('the Update validator: four-eyes, BA role, a reason to reject, decided once', async () => {
  const { handle } = await startOrder();
  await inReview(handle);

  // Four-eyes: the beställare who submitted may not decide, even holding the BA role.
  expect(await refusalOf(handle.executeUpdate(decideUpdate, { args: [{ decision: 'APPROVE', decidedBy: { personId: PERSON.bestallareKarin, roles: ['BA', 'BESTALLARE'] } }] }))).toBe('FOUR_EYES');
  expect(await refusalOf(handle.executeUpdate(decideUpdate, { args: [{ decision: 'APPROVE', decidedBy: { personId: PERSON.bestallarePer, roles: ['BESTALLARE'] } }] }))).toBe('NOT_BA');
  expect(await refusalOf(handle.executeUpdate(decideUpdate, { args: [{ decision: 'REJECT', reason: '  ', decidedBy: ba() }] }))).toBe('REASON_REQUIRED');

  await handle.executeUpdate(decideUpdate, { args: [{ decision: 'APPROVE', decidedBy: ba() }] });
  expect(await refusalOf(handle.executeUpdate(decideUpdate, { args: [{ decision: 'REJECT', reason: 'Ångrar mig', decidedBy: ba(PERSON.baBengt) }] }))).toBe('ALREADY_DECIDED');
  expect((await handle.result()).status).toBe('COMPLETED');
});

test('a task that shows in the queue can be decided at once, before the workflow has heard that it was opened', async () => {
  let release!: () => void;
  openTaskGate = new Promise((resolve) => (release = resolve));
  try {
    const { order, handle } = await startOrder();
    await waitFor('the task row', () => db.task.findFirst({ where: { orderId: order.id } }));
    expect((await handle.query(orderStateQuery)).status).toBe('SUBMITTED');
    const decided = handle.executeUpdate(decideUpdate, { args: [{ decision: 'APPROVE', decidedBy: ba() }] });
    await new Promise((r) => setTimeout(r, 300));
    release();
    expect((await decided).status).toBe('APPROVED');
    expect((await handle.result()).status).toBe('COMPLETED');
  } finally {
    openTaskGate = undefined;
    release();
  }
});

test('a decision whose recording fails is refused and leaves the order decidable (nothing stuck)', async () => {
  const { order, handle } = await startOrder();
  await inReview(handle);
  recordingFailures = ANSWER_ATTEMPTS; // every attempt the workflow allows
  expect(await refusalOf(handle.executeUpdate(decideUpdate, { args: [{ decision: 'APPROVE', decidedBy: ba() }] }))).toBe('DECISION_NOT_RECORDED');
  expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).decision).toBeNull();
  expect((await handle.query(orderStateQuery)).status).toBe('IN_REVIEW');

  await handle.executeUpdate(decideUpdate, { args: [{ decision: 'APPROVE', decidedBy: ba(PERSON.baBengt) }] });
  expect((await handle.result()).status).toBe('COMPLETED');
  expect(await db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ decision: 'APPROVE', decidedById: PERSON.baBengt });
});

test('a permanent SMTP refusal (550) marks the e-mail FAILED, is not retried, shows on the timeline and tells BA', async () => {
  const { order, handle } = await startOrder();
  smtp.refuse(order.email, 550);
  try {
    await inReview(handle);
    await handle.executeUpdate(decideUpdate, { args: [{ decision: 'APPROVE', decidedBy: ba() }] });
    expect((await handle.result()).status).toBe('COMPLETED');
  } finally {
    smtp.accept(order.email);
  }
  const failed = await db.emailOutbox.findFirstOrThrow({ where: { orderId: order.id, recipient: order.email } });
  expect(failed).toMatchObject({ status: 'FAILED', attempts: 1 });
  expect(failed.lastError).toMatch(/550/);
  // The beställare's e-mail still went out, and BA's mailbox was told about the failed one.
  expect(await db.emailOutbox.findFirstOrThrow({ where: { orderId: order.id, template: 'ORDER_APPROVED_BESTALLARE' } })).toMatchObject({ status: 'SENT' });
  const notices = (await smtp.mailTo(BA_MAILBOX)).filter((m) => m.text.includes(order.id) && m.text.includes(order.email));
  expect(notices).toHaveLength(1);
  expect(notices[0].subject).toMatch(/kunde inte levereras/);
  const events = (await db.auditEvent.findMany({ where: { orderId: order.id } })).map((e) => e.event);
  expect(events).toContain('EMAIL_FAILED');
  expect(events).toContain('ORDER_COMPLETED');
});

test('R-21: a mandate that expired after submission stops the order before BA, with the reason', async () => {
  const { order, handle } = await startOrder({ submittedById: PERSON.bestallareLarsExpired, employerId: 'org-sydasens-kommun', forbundId: 'forbund-sydasen' });
  expect((await handle.result()).status).toBe('REJECTED');

  const saved = await db.order.findUniqueOrThrow({ where: { id: order.id }, include: { tasks: true } });
  expect(saved.tasks).toHaveLength(0);
  expect(saved.rejectionReasons).toEqual([expect.objectContaining({ rule: 'R-21', code: 'BESTALLARE_MANDATE_EXPIRED' })]);
  const mails = await smtp.mailTo('lars.berg@sydasen.example');
  expect(mails).toHaveLength(1);
  expect(mails[0].text).toMatch(/förnya/i);
  await recordHistory('order-9480-v1-ineligible', handle);
});

test('reminder: BA is reminded only after N Swedish working days, a public holiday in between', async () => {
  // Move the test server's clock to 22 December, 10:00 (Stockholm): julafton, juldagen and
  // annandag jul fall inside the next working days.
  const now = await env.currentTimeMs();
  let year = new Date(now).getUTCFullYear();
  if (now > Date.UTC(year, 11, 22, 8)) year += 1;
  await env.sleep(Date.UTC(year, 11, 22, 9) - now);

  const { order, handle } = await startOrder();
  const state = await inReview(handle);
  const openedAt = new Date(await env.currentTimeMs());
  const dueAt = new Date(state.dueAt!);
  expect(dueAt.getTime()).toBeCloseTo(addWorkingDays(openedAt, DUE_WORKING_DAYS).getTime(), -4);

  // Counting weekends only, the task would be due earlier: a holiday really lies in between.
  let weekdayDue = new Date(openedAt);
  for (let n = 0; n < DUE_WORKING_DAYS; ) {
    weekdayDue = new Date(weekdayDue.getTime() + 24 * HOUR);
    if (![0, 6].includes(weekdayDue.getUTCDay())) n += 1;
  }
  expect(dueAt.getTime()).toBeGreaterThan(weekdayDue.getTime());
  expect(isWorkingDay(dueAt)).toBe(true);

  const reminders = () => db.emailOutbox.count({ where: { orderId: order.id, template: 'BA_TASK_OVERDUE', recipient: BA_MAILBOX, status: 'SENT' } });

  await env.sleep(dueAt.getTime() - (await env.currentTimeMs()) - HOUR);
  expect((await handle.query(orderStateQuery)).remindersSent).toBe(0);
  expect(await reminders()).toBe(0);

  await env.sleep(2 * HOUR);
  await waitFor('the first reminder', async () => (await reminders()) === 1);
  const [mail] = (await smtp.mailTo(BA_MAILBOX)).filter((m) => m.text.includes(order.id) || m.subject.includes(order.givenName));
  expect(mail).toBeDefined();

  await handle.executeUpdate(decideUpdate, { args: [{ decision: 'APPROVE', decidedBy: ba() }] });
  expect((await handle.result()).status).toBe('COMPLETED');
  expect(await reminders()).toBe(1);
  await recordHistory('order-9480-v1-reminder', handle);
});
