/**
 * The request engine (workflows/request.ts) on Temporal's time-skipping test server, with the
 * real activities, the real database and a real (in-process) SMTP server: stages as data
 * (AF's service desk R-03, the extra superadministratör stage R-52), return → resubmit, cancel,
 * per-stage reminders and escalation, and a kind that exists only in this test's catalog.
 */
import { randomUUID } from 'node:crypto';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { PRODUCT_WORKER_OPTIONS } from '../../../worker';
import { createActivities } from '../../../activities';
import { createDb, type Db } from '../../../data/prisma';
import { BA_STAGE, REQUEST_KINDS, type RequestCatalog, type StagePlan } from '../../../domain/request-kinds';
import { checkRoleHeld } from '../../../domain/eligibility-rules/removal';
import { createMailTransport } from '../../../mail/transport';
import { FORBUND, ORG, PERSON } from '../../../prisma/seed-data';
import { requestWorkflow } from '../../../workflows/request';
import { cancelUpdate, decideStageUpdate, requestStateQuery, resubmitUpdate, type Actor, type RequestState } from '../../../workflows/request.definitions';
import { workflowBundle } from '../../support/config';
import { recordHistory } from '../../support/histories';
import { waitFor } from '../../support/mail';
import { insertOrder } from '../../support/orders';
import { registerPerson } from '../../support/people';
import { startSmtpSink, type SmtpSink } from '../../support/smtp-sink';
import { refusalOf } from '../../support/update-refusal';

const BA_MAILBOX = 'ba-queue@test.example';
const HOUR = 60 * 60 * 1000;

/**
 * A kind that only this test's catalog has: three stages and a removal, with no change to the
 * workflow or its activities — the engine's promise that a new kind is configuration.
 */
const TEST_KIND = {
  ...REQUEST_KINDS.REMOVAL,
  kind: 'TEST_THREE_STAGE_REMOVAL',
  label: 'Testärende i tre steg',
  stages: [
    { id: 'MANAGER', label: 'Chef för informationsutbyte', actorRole: 'INFO_EXCHANGE_MANAGER', scope: 'ANY', decisions: ['APPROVE', 'REJECT'], dueWorkingDays: 2, remindEveryWorkingDays: 1 },
    { id: 'SERVICEDESK', label: 'Servicedesken', actorRole: 'AF_SERVICEDESK', scope: 'ANY', decisions: ['FORWARD', 'RETURN'], dueWorkingDays: 2, remindEveryWorkingDays: 1 },
    { ...BA_STAGE, decisions: ['APPROVE', 'REJECT'] },
  ],
  ordererRule: () => [],
  rules: [checkRoleHeld],
} satisfies RequestCatalog[string];
const catalog: RequestCatalog = { ...REQUEST_KINDS, [TEST_KIND.kind]: TEST_KIND };

let env: TestWorkflowEnvironment;
let db: Db;
let smtp: SmtpSink;
let worker: Worker;
let running: Promise<void>;
const taskQueue = `request-${randomUUID()}`;

beforeAll(async () => {
  env = await TestWorkflowEnvironment.createTimeSkipping({
    server: { executable: { type: 'existing-path', path: process.env.TEMPORAL_TEST_SERVER_PATH! } },
  });
  db = createDb(process.env.DATABASE_URL!);
  smtp = await startSmtpSink();
  worker = await Worker.create({
    ...PRODUCT_WORKER_OPTIONS,
    connection: env.nativeConnection,
    taskQueue,
    workflowBundle: workflowBundle(),
    activities: createActivities({
      db,
      mailer: createMailTransport(smtp.url),
      settings: { mailFrom: 'ba@test.example', baMailbox: BA_MAILBOX, baDueWorkingDays: 5, baReminderEveryWorkingDays: 2 },
      catalog,
    }),
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

const actor = (personId: string, roles: string[], organisationId: string = ORG.fk, personnummer = `pnr-${personId}`): Actor => ({ personId, personnummer, roles, organisationId });
const BA = actor(PERSON.baBritt, ['BA']);
const AF_DESK = actor(PERSON.afServicedeskHelena, ['AF_SERVICEDESK'], ORG.af);
const MANAGER = actor(PERSON.infoManagerIngrid, ['INFO_EXCHANGE_MANAGER']);

/** A request row as POST /orders writes it, and its workflow with the kind's stages. */
async function startRequest(kind: string, stages: readonly StagePlan[], overrides: Parameters<typeof insertOrder>[1] = {}, effect: 'GRANT' | 'REMOVE' = 'GRANT') {
  const order = await insertOrder(db, { kind, workflowType: 'requestWorkflow', ...overrides });
  const handle = await env.client.workflow.start(requestWorkflow, {
    workflowId: order.id,
    taskQueue,
    args: [{ requestId: order.id, kind, submittedById: order.submittedById, subject: { personnummer: order.personnummer, personId: order.subjectPersonId, employerId: order.employerId }, stages: [...stages], effect }],
  });
  return { order, handle };
}

type Handle = Awaited<ReturnType<typeof startRequest>>['handle'];

/** Waits until the request waits at `stage` (its task row written) and returns the state. */
function atStage(handle: Handle, stage: string, round = 1): Promise<RequestState> {
  return waitFor(`stage ${stage}`, async () => {
    const state = await handle.query(requestStateQuery);
    if (state.status !== 'IN_REVIEW' || state.stage !== stage || state.round !== round || !state.dueAt) return undefined;
    return state;
  });
}

/** An AF employee ordered by their chef, with AF's service desk before BA. */
async function afRequest() {
  const person = await registerPerson(db, ORG.af, { managerId: PERSON.chefGustav });
  return startRequest('AF_9480', REQUEST_KINDS.AF_9480.stages, {
    role: 'DELTAGARANSVARIG',
    personnummer: person.personnummer,
    givenName: person.givenName,
    familyName: person.familyName,
    email: person.email,
    employerId: ORG.af,
    subjectPersonId: person.id,
    submittedById: PERSON.chefGustav,
  });
}

test('R-03: AF service desk forwards, BA approves; each stage is decided only by its own role, within its organisation', async () => {
  const { order, handle } = await afRequest();
  const desk = await atStage(handle, 'AF_SERVICEDESK');
  const decide = (by: Actor, decision: 'APPROVE' | 'FORWARD' | 'REJECT' | 'RETURN', taskId = desk.taskId!) =>
    handle.executeUpdate(decideStageUpdate, { args: [{ taskId, decision, decidedBy: by, reason: 'skäl' }] });

  // An AF order sent straight to BA: BA does not act at the service desk's stage.
  expect(await refusalOf(decide(BA, 'APPROVE'))).toBe('NOT_STAGE_ACTOR');
  // The service-desk role at another organisation is outside the stage's scope.
  expect(await refusalOf(decide(actor('someone', ['AF_SERVICEDESK'], ORG.norrvikKommun), 'FORWARD'))).toBe('NOT_STAGE_ACTOR');
  expect(await refusalOf(decide(AF_DESK, 'APPROVE'))).toBe('DECISION_NOT_ALLOWED');
  expect(await refusalOf(decide(actor(PERSON.chefGustav, ['AF_SERVICEDESK'], ORG.af), 'FORWARD'))).toBe('FOUR_EYES');

  expect((await decide(AF_DESK, 'FORWARD')).status).toBe('IN_REVIEW');
  const atBa = await atStage(handle, 'BA');
  expect(atBa.taskId).not.toBe(desk.taskId);
  // A decision for the earlier stage's task is refused: the request moved on.
  expect(await refusalOf(decide(BA, 'APPROVE', desk.taskId))).toBe('NOT_AWAITING_DECISION');
  expect((await decide(BA, 'APPROVE', atBa.taskId)).status).toBe('APPROVED');
  expect((await handle.result()).status).toBe('COMPLETED');

  const tasks = await db.task.findMany({ where: { orderId: order.id }, orderBy: { dueAt: 'asc' } });
  expect(tasks.map((t) => [t.stage, t.decision, t.status])).toEqual(expect.arrayContaining([['AF_SERVICEDESK', 'FORWARD', 'CLOSED'], ['BA', 'APPROVE', 'CLOSED']]));
  expect(await db.userRole.count({ where: { grantedByOrderId: order.id, role: 'DELTAGARANSVARIG' } })).toBe(1);
  expect((await smtp.mailTo(order.email)).some((m) => /beviljad/i.test(m.subject))).toBe(true);
  expect((await smtp.mailTo('gustav.nord@arbetsformedlingen.example')).some((m) => /beviljad/i.test(m.subject))).toBe(true);
  await recordHistory('request-v1-af-forward-approve', handle);
});

test('return → resubmit: the orderer corrects the request, a new round starts at the first stage', async () => {
  const { order, handle } = await afRequest();
  const desk = await atStage(handle, 'AF_SERVICEDESK');
  expect(await refusalOf(handle.executeUpdate(decideStageUpdate, { args: [{ taskId: desk.taskId!, decision: 'RETURN', decidedBy: AF_DESK }] }))).toBe('REASON_REQUIRED');
  const reason = 'Fel förbund: personen arbetar i Sydåsen.';
  expect((await handle.executeUpdate(decideStageUpdate, { args: [{ taskId: desk.taskId!, decision: 'RETURN', reason, decidedBy: AF_DESK }] })).status).toBe('RETURNED');
  await waitFor('the return e-mail', async () => (await smtp.mailTo('gustav.nord@arbetsformedlingen.example')).find((m) => m.text.includes(reason) && m.text.includes(order.id)));
  expect(await db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ status: 'RETURNED', returnReason: reason });

  const resubmit = (by: Actor) => handle.executeUpdate(resubmitUpdate, { args: [{ by, subject: { personnummer: order.personnummer, personId: order.subjectPersonId, employerId: ORG.af }, changes: { forbundId: FORBUND.sydasen } }] });
  expect(await refusalOf(resubmit(actor(PERSON.bestallareKarin, ['BESTALLARE'])))).toBe('NOT_ORDERER');
  expect(await resubmit(actor(PERSON.chefGustav, ['CHEF'], ORG.af))).toEqual({ status: 'SUBMITTED', round: 2 });
  expect(await refusalOf(resubmit(actor(PERSON.chefGustav, ['CHEF'], ORG.af)))).toBe('NOT_RETURNED');

  const round2 = await atStage(handle, 'AF_SERVICEDESK', 2);
  await handle.executeUpdate(decideStageUpdate, { args: [{ taskId: round2.taskId!, decision: 'FORWARD', decidedBy: AF_DESK }] });
  const ba = await atStage(handle, 'BA', 2);
  await handle.executeUpdate(decideStageUpdate, { args: [{ taskId: ba.taskId!, decision: 'APPROVE', decidedBy: BA }] });
  expect((await handle.result())).toMatchObject({ status: 'COMPLETED', round: 2 });
  expect(await db.userRole.findFirst({ where: { grantedByOrderId: order.id } })).toMatchObject({ forbundId: FORBUND.sydasen });
  const events = (await db.auditEvent.findMany({ where: { orderId: order.id }, orderBy: { at: 'asc' } })).map((e) => e.event);
  expect(events).toEqual(expect.arrayContaining(['ORDER_RETURNED', 'ORDER_RESUBMITTED', 'STAGE_FORWARDED', 'ORDER_APPROVED', 'ROLE_GRANTED']));
  await recordHistory('request-v1-return-resubmit', handle);
});

test('cancel: the orderer withdraws an undecided request (or a returned one); nothing is granted', async () => {
  const { order, handle } = await afRequest();
  await atStage(handle, 'AF_SERVICEDESK');
  expect(await refusalOf(handle.executeUpdate(cancelUpdate, { args: [{ by: AF_DESK }] }))).toBe('NOT_ORDERER');
  expect(await handle.executeUpdate(cancelUpdate, { args: [{ by: actor(PERSON.chefGustav, ['CHEF'], ORG.af), reason: 'Behövs inte längre.' }] })).toEqual({ status: 'CANCELLED' });
  expect((await handle.result()).status).toBe('CANCELLED');
  expect(await db.task.count({ where: { orderId: order.id, status: 'OPEN' } })).toBe(0);
  expect(await db.userRole.count({ where: { grantedByOrderId: order.id } })).toBe(0);

  const returned = await afRequest();
  const desk = await atStage(returned.handle, 'AF_SERVICEDESK');
  await returned.handle.executeUpdate(decideStageUpdate, { args: [{ taskId: desk.taskId!, decision: 'RETURN', reason: 'Komplettera.', decidedBy: AF_DESK }] });
  await returned.handle.executeUpdate(cancelUpdate, { args: [{ by: actor(PERSON.chefGustav, ['CHEF'], ORG.af) }] });
  expect((await returned.handle.result()).status).toBe('CANCELLED');
  expect((await db.order.findUniqueOrThrow({ where: { id: returned.order.id } })).status).toBe('CANCELLED');
});

test('R-52: superadministratör passes the manager for external information exchange before BA executes', async () => {
  const person = await registerPerson(db, ORG.fk, { managerId: PERSON.chefFrida });
  const { order, handle } = await startRequest('SUS_SUPERADMIN', REQUEST_KINDS.SUS_SUPERADMIN.stages, {
    role: 'SUS_SUPERADMINISTRATOR', forbundId: null, personnummer: person.personnummer, givenName: person.givenName, familyName: person.familyName,
    email: person.email, employerId: ORG.fk, subjectPersonId: person.id, submittedById: PERSON.chefFrida,
  });
  const manager = await atStage(handle, 'INFO_EXCHANGE_MANAGER');
  expect(await refusalOf(handle.executeUpdate(decideStageUpdate, { args: [{ taskId: manager.taskId!, decision: 'APPROVE', decidedBy: BA }] }))).toBe('NOT_STAGE_ACTOR');
  await handle.executeUpdate(decideStageUpdate, { args: [{ taskId: manager.taskId!, decision: 'APPROVE', decidedBy: MANAGER }] });
  expect(await db.userRole.count({ where: { grantedByOrderId: order.id } })).toBe(0); // not before BA
  const ba = await atStage(handle, 'BA');
  await handle.executeUpdate(decideStageUpdate, { args: [{ taskId: ba.taskId!, decision: 'APPROVE', decidedBy: BA }] });
  expect((await handle.result()).status).toBe('COMPLETED');
  expect(await db.userRole.findFirst({ where: { grantedByOrderId: order.id } })).toMatchObject({ role: 'SUS_SUPERADMINISTRATOR', forbundId: null });
  expect((await smtp.mailTo(person.email)).some((m) => m.subject.includes('SUS'))).toBe(true);
});

test('per-stage reminders: an overdue service-desk task reminds the desk and escalates to BA; the BA stage reminds BA', async () => {
  const { order, handle } = await afRequest();
  const desk = await atStage(handle, 'AF_SERVICEDESK');
  await env.sleep(Date.parse(desk.dueAt!) - (await env.currentTimeMs()) + HOUR);
  const escalated = await waitFor('the escalation', async () => {
    const state = await handle.query(requestStateQuery);
    return state.remindersSent >= 1 && state.escalated ? state : undefined;
  });
  expect(escalated.stage).toBe('AF_SERVICEDESK');
  expect((await smtp.mailTo('helena.falk@arbetsformedlingen.example')).some((m) => m.text.includes(order.id) && /Påminnelse/.test(m.subject))).toBe(true);
  expect((await smtp.mailTo(BA_MAILBOX)).some((m) => m.text.includes(order.id) && /Eskalering/.test(m.subject))).toBe(true);
  const task = await db.task.findUniqueOrThrow({ where: { id: desk.taskId! } });
  expect(task.escalatedAt).not.toBeNull();
  expect(task.remindersSent).toBeGreaterThanOrEqual(1);

  await handle.executeUpdate(decideStageUpdate, { args: [{ taskId: desk.taskId!, decision: 'FORWARD', decidedBy: AF_DESK }] });
  const ba = await atStage(handle, 'BA');
  expect(ba.remindersSent).toBe(0); // every stage keeps its own count
  await env.sleep(Date.parse(ba.dueAt!) - (await env.currentTimeMs()) + HOUR);
  await waitFor('the BA reminder', async () => (await smtp.mailTo(BA_MAILBOX)).find((m) => m.text.includes(order.id) && /Påminnelse/.test(m.subject)));
  await handle.executeUpdate(decideStageUpdate, { args: [{ taskId: ba.taskId!, decision: 'REJECT', reason: 'Inte aktuellt.', decidedBy: BA }] });
  expect((await handle.result()).status).toBe('REJECTED');
});

test('a kind from a test catalog runs through three stages and removes the role, without any change to workflow code', async () => {
  const person = await registerPerson(db, ORG.norrvikKommun, { role: { forbundId: FORBUND.norrvik, role: 'FORBUNDSADMINISTRATOR' } });
  const { order, handle } = await startRequest(TEST_KIND.kind, TEST_KIND.stages, {
    role: 'FORBUNDSADMINISTRATOR', personnummer: person.personnummer, givenName: person.givenName, familyName: person.familyName, email: person.email, subjectPersonId: person.id,
  }, 'REMOVE');
  const first = await atStage(handle, 'MANAGER');
  await handle.executeUpdate(decideStageUpdate, { args: [{ taskId: first.taskId!, decision: 'APPROVE', decidedBy: MANAGER }] });
  const second = await atStage(handle, 'SERVICEDESK');
  await handle.executeUpdate(decideStageUpdate, { args: [{ taskId: second.taskId!, decision: 'FORWARD', decidedBy: AF_DESK }] });
  const third = await atStage(handle, 'BA');
  await handle.executeUpdate(decideStageUpdate, { args: [{ taskId: third.taskId!, decision: 'APPROVE', decidedBy: BA }] });
  expect((await handle.result()).status).toBe('COMPLETED');
  expect(await db.userRole.count({ where: { personId: person.id } })).toBe(0);
  expect((await smtp.mailTo(person.email)).some((m) => /tagits bort/.test(m.subject))).toBe(true);
  expect(await db.task.count({ where: { orderId: order.id } })).toBe(3);
});
