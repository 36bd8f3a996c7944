/**
 * Beställare mandates on Temporal's time-skipping test server, with the real
 * activities, the real database and a real (in-process) SMTP server: registration through the
 * request engine, two years of sleep with reminders on the right days, expiry, renewal moving the
 * timers (one workflow per mandate), revocation, and a worker restart in the middle of the sleep.
 * The scenarios share one server whose clock only moves forward, so they run in date order.
 */
import { randomUUID } from 'node:crypto';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { PRODUCT_WORKER_OPTIONS } from '../../../worker';
import { createActivities } from '../../../activities';
import { loadEligibilityContext } from '../../../data/eligibility-context';
import { createDb, type Db } from '../../../data/prisma';
import { fromStockholmWallClock } from '../../../domain/stockholm-time';
import { checkRequest, REQUEST_KINDS } from '../../../domain/request-kinds';
import { createMailTransport } from '../../../mail/transport';
import { FORBUND, ORG, PERSON } from '../../../prisma/seed-data';
import { loadCaller } from '../../../api/auth/callers';
import { startMandateWorkflow } from '../../../activities/start-mandate-workflow';
import { mandateStateQuery, mandateWorkflowId, revokeMandateUpdate, type MandateWorkflowState } from '../../../workflows/mandate.definitions';
import { requestWorkflow } from '../../../workflows/request';
import { decideStageUpdate, requestStateQuery, type Actor } from '../../../workflows/request.definitions';
import { workflowBundle } from '../../support/config';
import { recordHistory } from '../../support/histories';
import { waitFor } from '../../support/mail';
import { insertOrder } from '../../support/orders';
import { registerPerson } from '../../support/people';
import { startSmtpSink, type SmtpSink } from '../../support/smtp-sink';
import { refusalOf } from '../../support/update-refusal';

const DAY = 24 * 60 * 60 * 1000;
const ULF_EMAIL = 'ulf.ahl@norrvik.example'; // Norrviks kommun's firmatecknare (seeded)

let env: TestWorkflowEnvironment;
let db: Db;
let smtp: SmtpSink;
let worker: Worker;
let running: Promise<void>;
const taskQueue = `mandate-${randomUUID()}`;

/**
 * No workflow cache: every workflow task replays its history, as after a restart, and no task
 * waits on a stopped worker's sticky queue (the test server does not move those on).
 */
function newWorker() {
  return Worker.create({
    ...PRODUCT_WORKER_OPTIONS,
    connection: env.nativeConnection,
    taskQueue,
    maxCachedWorkflows: 0,
    workflowBundle: workflowBundle(),
    activities: createActivities({ db, mailer: createMailTransport(smtp.url), settings: { mailFrom: 'ba@test.example', baMailbox: 'ba-queue@test.example', baDueWorkingDays: 5, baReminderEveryWorkingDays: 2 } }),
  });
}

beforeAll(async () => {
  env = await TestWorkflowEnvironment.createTimeSkipping({ server: { executable: { type: 'existing-path', path: process.env.TEMPORAL_TEST_SERVER_PATH! } } });
  db = createDb(process.env.DATABASE_URL!);
  smtp = await startSmtpSink();
  worker = await newWorker();
  running = worker.run();
});

afterAll(async () => {
  worker?.shutdown();
  await running;
  await env?.teardown();
  await smtp?.close();
  await db?.$disconnect();
});

const BA: Actor = { personId: PERSON.baBritt, personnummer: '19700312-2384', roles: ['BA'], organisationId: ORG.fk };
const ULF: Actor = { personId: PERSON.repUlf, personnummer: '19640312-1004', roles: ['REPRESENTATIVE'], organisationId: ORG.norrvikKommun, representativeFor: [ORG.norrvikKommun] };
const HANNA: Actor = { personId: PERSON.repHanna, personnummer: '19711108-1001', roles: ['REPRESENTATIVE'], organisationId: ORG.regionNordmark, representativeFor: [ORG.regionNordmark] };

/** Stockholm wall-clock time as an instant. */
const stockholm = (y: number, mo: number, d: number, h = 0, mi = 0) => fromStockholmWallClock({ year: y, month: mo, day: d, hour: h, minute: mi, second: 0, millisecond: 0 });

/** Moves the test server's clock to `at` (never backwards). */
async function sleepUntil(at: Date) {
  const now = await env.currentTimeMs();
  if (at.getTime() > now) await env.sleep(at.getTime() - now);
}

/** A registration or renewal request by Ulf Ahl, approved by BA through the request engine. */
async function approvedRequest(kind: 'BESTALLARE_REGISTRATION' | 'BESTALLARE_RENEWAL', person: { id: string; personnummer: string; givenName: string; familyName: string; email: string }, validUntil: string) {
  const order = await insertOrder(db, {
    kind, workflowType: 'requestWorkflow', role: 'BESTALLARE', forbundId: null, personnummer: person.personnummer, givenName: person.givenName, familyName: person.familyName, email: person.email,
    employerId: ORG.norrvikKommun, subjectPersonId: person.id, submittedById: PERSON.repUlf, payload: { personnummer: person.personnummer, validUntil },
  });
  const handle = await env.client.workflow.start(requestWorkflow, {
    workflowId: order.id, taskQueue,
    args: [{ requestId: order.id, kind, submittedById: PERSON.repUlf, subject: { personnummer: person.personnummer, personId: person.id, employerId: ORG.norrvikKommun }, stages: [...REQUEST_KINDS[kind].stages], effect: REQUEST_KINDS[kind].effect }],
  });
  const state = await waitFor('the BA task', async () => { const s = await handle.query(requestStateQuery); return s.status === 'IN_REVIEW' && s.taskId ? s : undefined; });
  await handle.executeUpdate(decideStageUpdate, { args: [{ taskId: state.taskId!, decision: 'APPROVE', decidedBy: BA }] });
  expect(await closed(handle)).toBe('COMPLETED');
  expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe('COMPLETED');
  return order;
}

/** A mandate as seeded before registration existed, with its workflow started. */
async function runningMandate(validTo: Date) {
  const person = await registerPerson(db, ORG.norrvikKommun);
  const mandate = await db.bestallareMandate.create({ data: { id: randomUUID(), personId: person.id, organisationId: ORG.norrvikKommun, validFrom: new Date(validTo.getTime() - 300 * DAY), periodStart: new Date(validTo.getTime() - 300 * DAY), validTo } });
  await startMandateWorkflow(env.client, taskQueue, mandate);
  return { person, mandate, handle: env.client.workflow.getHandle(mandateWorkflowId(mandate.id)) };
}

/**
 * Waits until the workflow has closed. Never `handle.result()` here: awaiting a result lets the
 * test server skip time freely, which would fire every other scenario's timers.
 */
async function closed(handle: { describe(): Promise<{ status: { name: string } }> }) {
  return waitFor('the workflow to close', async () => { const d = await handle.describe(); return d.status.name !== 'RUNNING' ? d.status.name : undefined; });
}

const stateOf = (id: string): Promise<MandateWorkflowState> => env.client.workflow.getHandle(mandateWorkflowId(id)).query(mandateStateQuery);
const remindersTo = async (email: string) => (await smtp.mailTo(email)).filter((m) => m.subject.startsWith('Påminnelse'));
const auditOf = (mandateId: string, event: string) => db.auditEvent.findMany({ where: { subjectType: 'MANDATE', subjectId: mandateId, event } });

test('revocation by the representative takes effect at once, tells the beställare and ends the workflow; others are refused', async () => {
  const { person, mandate, handle } = await runningMandate(stockholm(2027, 6, 1));
  await waitFor('the workflow to plan', async () => (await stateOf(mandate.id)).next);

  // Another organisation's representative may not; the validator refuses from the workflow's state.
  expect(await refusalOf(handle.executeUpdate(revokeMandateUpdate, { args: [{ by: HANNA }] }))).toBe('FORBIDDEN_ROLE');
  expect((await db.bestallareMandate.findUniqueOrThrow({ where: { id: mandate.id } })).status).toBe('ACTIVE');

  const state = await handle.executeUpdate(revokeMandateUpdate, { args: [{ by: ULF, reason: 'Har slutat.' }] });
  expect(state.status).toBe('REVOKED');
  const row = await db.bestallareMandate.findUniqueOrThrow({ where: { id: mandate.id } });
  expect(row).toMatchObject({ status: 'REVOKED', revokedById: PERSON.repUlf, revocationReason: 'Har slutat.' });
  expect(await closed(handle)).toBe('COMPLETED');
  await recordHistory('mandate-v1-revoked', handle);
  expect((await handle.query(mandateStateQuery)).status).toBe('REVOKED');
  expect(await auditOf(mandate.id, 'MANDATE_REVOKED')).toHaveLength(1);
  const told = await waitFor('the revocation e-mail', async () => (await smtp.mailTo(person.email)).find((m) => m.subject.includes('återkallat')));
  expect(told.text).toContain('har återkallats av Ulf Ahl');
  // a revoked mandate orders nothing, whatever its dates say.
  const caller = await loadCaller(db, { personId: person.id }, 'BANKID', new Date());
  expect(caller!.roles).not.toContain('BESTALLARE');
});

test('a worker restart in the middle of the sleep changes nothing: the reminder comes once, on its day', async () => {
  // Ends 1 March 2027: 60 days before is 31 December (nyårsafton, not a working day), then
  // 1 January and a weekend — the reminder goes out on Monday 4 January 2027 at 08:00.
  const { person, mandate, handle } = await runningMandate(stockholm(2027, 3, 1));
  const planned = await waitFor('the plan', async () => (await stateOf(mandate.id)).next);
  expect(planned).toEqual({ event: 'REMINDER', daysBefore: 60, at: stockholm(2027, 1, 4, 8).toISOString() });

  worker.shutdown();
  await running;
  await sleepUntil(stockholm(2026, 12, 20));
  worker = await newWorker();
  running = worker.run();

  await sleepUntil(stockholm(2027, 1, 4, 7, 59));
  expect(await remindersTo(person.email)).toHaveLength(0);
  await sleepUntil(stockholm(2027, 1, 4, 8, 1));
  await waitFor('the reminder', async () => (await remindersTo(person.email)).length === 1);
  expect((await stateOf(mandate.id)).remindersSent).toEqual([60]);
  expect(await auditOf(mandate.id, 'MANDATE_REMINDER_SENT')).toHaveLength(1);
  await handle.executeUpdate(revokeMandateUpdate, { args: [{ by: BA }] }); // done with it
  expect((await remindersTo(person.email))).toHaveLength(1);
});

test('renewal (R-21) moves expiry and reminders in the same workflow, which continues as new with a small history', async () => {
  const { person, mandate, handle } = await runningMandate(stockholm(2027, 4, 1));
  const first = await waitFor('the plan', async () => (await stateOf(mandate.id)).next);
  expect(first).toMatchObject({ event: 'REMINDER', daysBefore: 60, at: stockholm(2027, 2, 1, 8).toISOString() }); // 31 Jan 2027 is a Sunday
  const { runId } = await handle.describe();

  // Renewed through 31 March 2029: two years from the current end at most.
  await approvedRequest('BESTALLARE_RENEWAL', person, '2029-03-31');
  const renewed = await waitFor('the renewal', async () => { const s = await stateOf(mandate.id); return s.generation === 1 && s.next ? s : undefined; });
  expect(renewed).toMatchObject({ status: 'ACTIVE', validTo: stockholm(2029, 4, 1).toISOString(), remindersSent: [] });
  expect(renewed.next).toEqual({ event: 'REMINDER', daysBefore: 60, at: stockholm(2029, 1, 31, 8).toISOString() });
  const row = await db.bestallareMandate.findUniqueOrThrow({ where: { id: mandate.id } });
  expect(row).toMatchObject({ status: 'ACTIVE', renewals: 1, validTo: stockholm(2029, 4, 1) });
  expect(await auditOf(mandate.id, 'MANDATE_RENEWED')).toHaveLength(1);

  // The old reminders and the old expiry pass without a sound.
  await sleepUntil(stockholm(2027, 4, 2));
  expect((await stateOf(mandate.id)).status).toBe('ACTIVE');
  expect(await remindersTo(person.email)).toHaveLength(0);
  expect((await db.bestallareMandate.findUniqueOrThrow({ where: { id: mandate.id } })).status).toBe('ACTIVE');

  // One workflow for the mandate: the same id, a new run after continueAsNew, a short history.
  const after = await handle.describe();
  expect(after.runId).not.toBe(runId);
  expect(after.status.name).toBe('RUNNING');
  expect((await handle.fetchHistory()).events!.length).toBeLessThan(30);
  await handle.executeUpdate(revokeMandateUpdate, { args: [{ by: BA }] });
  await closed(handle);
  await recordHistory('mandate-v1-renewed-then-revoked', handle);
});

test('registered today (R-20) for two years: reminders 60 and 14 days before on working days, EXPIRED at the end, and new orders refused (R-21) while orders already in go on', async () => {
  const karinLike = await registerPerson(db, ORG.norrvikKommun);
  const other = await registerPerson(db, ORG.norrvikKommun);
  // The longest allowed: through the day before the same date two years on.
  const twoYears = new Date(Date.now() + 2 * 365 * DAY);
  const lastDay = `${twoYears.getFullYear()}-${String(twoYears.getMonth() + 1).padStart(2, '0')}-${String(twoYears.getDate()).padStart(2, '0')}`;
  const registration = await approvedRequest('BESTALLARE_REGISTRATION', karinLike, lastDay);
  // Ends 8 June 2028: 60 days before is Sunday 9 April (→ Monday 10 April); 14 days before is
  // Kristi himmelsfärds dag, Thursday 25 May (→ Friday 26 May).
  await approvedRequest('BESTALLARE_REGISTRATION', other, '2028-06-07');

  const mandate = await waitFor('the mandate', () => db.bestallareMandate.findUnique({ where: { registeredByOrderId: registration.id } }));
  expect(mandate.validFrom.getTime()).toBeLessThanOrEqual(Date.now());
  expect(mandate.validTo.getTime() - mandate.validFrom.getTime()).toBeGreaterThan(729 * DAY); // two years, to the day
  expect(mandate.validTo.getTime() - mandate.validFrom.getTime()).toBeLessThanOrEqual(731 * DAY);
  expect(await auditOf(mandate.id, 'MANDATE_REGISTERED')).toHaveLength(1);
  expect((await smtp.mailTo(karinLike.email)).map((m) => m.subject)).toContain('Registrerad som beställare för Norrviks kommun');
  const otherMandate = (await db.bestallareMandate.findFirstOrThrow({ where: { personId: other.id } }));
  expect(otherMandate.validTo).toEqual(stockholm(2028, 6, 8));

  const at = async (label: string, when: Date, expected: number) => {
    await sleepUntil(when);
    if (expected > 0) await waitFor(label, async () => (await remindersTo(other.email)).length >= expected);
    expect(await remindersTo(other.email)).toHaveLength(expected);
  };
  await at('nothing on the Sunday', stockholm(2028, 4, 9, 23), 0);
  await at('the 60-day reminder on Monday', stockholm(2028, 4, 10, 8, 1), 1);
  expect((await remindersTo(ULF_EMAIL)).some((m) => m.text.includes(`${other.givenName} ${other.familyName}s uppdrag`))).toBe(true);
  await at('nothing on Kristi himmelsfärds dag', stockholm(2028, 5, 25, 23), 1);
  await at('the 14-day reminder on Friday', stockholm(2028, 5, 26, 8, 1), 2);
  expect((await remindersTo(other.email))[0].text).toContain('gäller till och med 2028-06-07, om 59 dagar');
  expect((await remindersTo(other.email))[1].text).toContain('gäller till och med 2028-06-07, om 13 dagar');

  await sleepUntil(stockholm(2028, 6, 7, 20));
  // The beställare orders while the mandate holds: this order goes on after the mandate ends.
  const before = await loadCaller(db, { personId: other.id }, 'BANKID', new Date());
  expect(before!.roles).toContain('BESTALLARE');
  const orderBeforeExpiry = await insertOrder(db, { kind: 'USER_9480', workflowType: 'requestWorkflow', submittedById: other.id, forbundId: FORBUND.norrvik });
  const orderHandle = await env.client.workflow.start(requestWorkflow, {
    workflowId: orderBeforeExpiry.id, taskQueue,
    args: [{ requestId: orderBeforeExpiry.id, kind: 'USER_9480', submittedById: other.id, subject: { personnummer: orderBeforeExpiry.personnummer, personId: null, employerId: ORG.norrvikKommun }, stages: [...REQUEST_KINDS.USER_9480.stages], effect: 'GRANT' }],
  });
  const inReview = await waitFor('the order in review', async () => { const s = await orderHandle.query(requestStateQuery); return s.status === 'IN_REVIEW' && s.taskId ? s : undefined; });

  await sleepUntil(stockholm(2028, 6, 7, 23, 59));
  expect((await db.bestallareMandate.findUniqueOrThrow({ where: { id: otherMandate.id } })).status).toBe('ACTIVE');
  await sleepUntil(stockholm(2028, 6, 8, 0, 1));
  await waitFor('EXPIRED', async () => (await db.bestallareMandate.findUniqueOrThrow({ where: { id: otherMandate.id } })).status === 'EXPIRED');
  expect((await stateOf(otherMandate.id)).status).toBe('EXPIRED');
  expect(await auditOf(otherMandate.id, 'MANDATE_EXPIRED')).toHaveLength(1);

  // a new order by that beställare is refused…
  const caller = await loadCaller(db, { personId: other.id }, 'BANKID', new Date());
  expect(caller).toMatchObject({ mandateLapsed: true });
  expect(caller!.roles).not.toContain('BESTALLARE');
  const draft = REQUEST_KINDS.USER_9480.toDraft({ ...REQUEST_KINDS.USER_9480.example, user: { ...REQUEST_KINDS.USER_9480.example.user, employerId: ORG.norrvikKommun } });
  const loaded = await loadEligibilityContext(db, { ordererId: other.id, draft }, new Date());
  if (!loaded.ok) throw new Error('context');
  expect(checkRequest(REQUEST_KINDS.USER_9480, loaded.visibleCtx).map((v) => [v.rule, v.code])).toEqual([['R-21', 'BESTALLARE_MANDATE_EXPIRED']]);
  // …while the order submitted before the end is decided and completed as usual.
  await orderHandle.executeUpdate(decideStageUpdate, { args: [{ taskId: inReview.taskId!, decision: 'APPROVE', decidedBy: BA }] });
  expect(await closed(orderHandle)).toBe('COMPLETED');
  expect((await db.order.findUniqueOrThrow({ where: { id: orderBeforeExpiry.id } })).status).toBe('COMPLETED');

  // The two-year mandate expires too, its reminders on their days.
  const reminders = (await stateOf(mandate.id)).next!;
  expect(reminders.event).toBe('REMINDER');
  await sleepUntil(new Date(mandate.validTo.getTime() + 60_000));
  await waitFor('the two-year mandate EXPIRED', async () => (await db.bestallareMandate.findUniqueOrThrow({ where: { id: mandate.id } })).status === 'EXPIRED');
  expect((await auditOf(mandate.id, 'MANDATE_REMINDER_SENT')).map((e) => (e.data as { daysBefore: number }).daysBefore)).toEqual([60, 14]);
});
