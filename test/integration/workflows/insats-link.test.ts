/**
 * Linking deltagaransvariga to insatser on Temporal's time-skipping test server, with
 * the real activities, the real database and a real (in-process) SMTP server: linked at once under
 * a PUB-avtal in force; waiting, then linked when an avtal is registered on day 12; lapsed after
 * 30 days; an avtal's termination removing its links (and telling the förbundsadministratör); a
 * successor avtal taking the links over. Every link and unlink is in the processing log.
 * The scenarios share one server whose clock only moves forward, so they run in date order.
 */
import { randomUUID } from 'node:crypto';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { PRODUCT_WORKER_OPTIONS } from '../../../worker';
import { createActivities } from '../../../activities';
import { ensurePubAvtalWorkflow, startLinkWorkflow } from '../../../activities/start-link-workflows';
import { dateColumnOf } from '../../../data/civil-day';
import { createDb, type Db } from '../../../data/prisma';
import { LINK_WAIT_DAYS } from '../../../domain/insats-link';
import { formatStockholmDate, startOfStockholmDay } from '../../../domain/stockholm-time';
import { createMailTransport } from '../../../mail/transport';
import { ORG } from '../../../prisma/seed-data';
import { linkWorkflowId, pubAvtalWorkflowId } from '../../../workflows/insats-link.definitions';
import { workflowBundle } from '../../support/config';
import { insertPubAvtal, registerForbund } from '../../support/forbund';
import { recordHistory } from '../../support/histories';
import { waitFor } from '../../support/mail';
import { startSmtpSink, type SmtpSink } from '../../support/smtp-sink';

const DAY = 24 * 60 * 60 * 1000;

let env: TestWorkflowEnvironment;
let db: Db;
let smtp: SmtpSink;
let worker: Worker;
let running: Promise<void>;
const taskQueue = `link-${randomUUID()}`;

beforeAll(async () => {
  env = await TestWorkflowEnvironment.createTimeSkipping({ server: { executable: { type: 'existing-path', path: process.env.TEMPORAL_TEST_SERVER_PATH! } } });
  db = createDb(process.env.DATABASE_URL!);
  smtp = await startSmtpSink();
  worker = await Worker.create({
    ...PRODUCT_WORKER_OPTIONS,
    connection: env.nativeConnection,
    taskQueue,
    workflowBundle: workflowBundle(),
    activities: createActivities({ db, mailer: createMailTransport(smtp.url), settings: { mailFrom: 'fk@test.example', baMailbox: 'ba-queue@test.example', baDueWorkingDays: 5, baReminderEveryWorkingDays: 2 } }),
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

/** The test server's day (Stockholm), `offset` days on. */
const dayOf = async (offset = 0) => formatStockholmDate(new Date((await env.currentTimeMs()) + offset * DAY));

async function sleepUntil(at: Date) {
  const now = await env.currentTimeMs();
  if (at.getTime() > now) await env.sleep(at.getTime() - now);
}

/** The förbundsadministratör asks to link the förbund's deltagaransvarig (as the API does). */
async function requestLink(f: Awaited<ReturnType<typeof registerForbund>>) {
  const requestedAt = new Date(await env.currentTimeMs());
  const link = await db.insatsLink.create({
    data: { id: randomUUID(), insatsId: f.insats.id, forbundId: f.forbund.id, personId: f.deltagaransvarig.id, status: 'WAITING_FOR_PUB_AVTAL', requestedAt, requestedById: f.admin.id, waitUntil: new Date(requestedAt.getTime() + LINK_WAIT_DAYS * DAY) },
  });
  const first = await startLinkWorkflow(db, env.client, taskQueue, link, 'BANKID');
  return { link, first };
}

const linkOf = (id: string) => db.insatsLink.findUniqueOrThrow({ where: { id } });
const statusBecomes = (id: string, status: string) => waitFor(`the link to be ${status}`, async () => { const l = await linkOf(id); return l.status === status ? l : undefined; });
const mailTo = (email: string, match: RegExp) => waitFor(`a mail to ${email}`, async () => (await smtp.mailTo(email)).find((m) => match.test(m.subject)));
const logOf = (linkId: string) => db.processingLogEntry.findMany({ where: { linkId }, orderBy: { at: 'asc' } });
const closed = (workflowId: string) => waitFor(`${workflowId} to close`, async () => { const d = await env.client.workflow.getHandle(workflowId).describe(); return d.status.name !== 'RUNNING' ? d.status.name : undefined; });

// Scenarios that need time to pass share the days below; each förbund is its own.
let withAvtal: Awaited<ReturnType<typeof registerForbund>>;
let withAvtalLinkId: string;
let withAvtalId: string;
let lapsing: { f: Awaited<ReturnType<typeof registerForbund>>; linkId: string };
let successor: { f: Awaited<ReturnType<typeof registerForbund>>; linkId: string; firstAvtalId: string; secondAvtalId: string };

test('R-31: with a PUB-avtal in force the link is made at once, by the förbundsadministratör, and logged under that avtal', async () => {
  withAvtal = await registerForbund(db, ORG.norrvikKommun);
  const avtal = await insertPubAvtal(db, withAvtal.forbund.id, withAvtal.admin.id, { validFrom: await dayOf(-10) });
  withAvtalId = avtal.id;
  await ensurePubAvtalWorkflow(db, env.client, taskQueue, avtal.id);

  const { link, first } = await requestLink(withAvtal);
  withAvtalLinkId = link.id;
  expect(first).toEqual({ status: 'LINKED' });
  expect(await linkOf(link.id)).toMatchObject({ status: 'LINKED', pubAvtalId: avtal.id, linkedAt: expect.any(Date) });
  expect(await logOf(link.id)).toEqual([expect.objectContaining({ action: 'LINK', personId: withAvtal.deltagaransvarig.id, actorId: withAvtal.admin.id, authMethod: 'BANKID', onBehalfOfId: null, pubAvtalId: avtal.id, forbundId: withAvtal.forbund.id, insatsId: withAvtal.insats.id })]);
  expect(await closed(linkWorkflowId(link.id))).toBe('COMPLETED');
  await recordHistory('link-v1-immediate', env.client.workflow.getHandle(linkWorkflowId(link.id)));
  // Linked at once: nobody needs telling.
  expect(await smtp.mailTo(withAvtal.admin.email)).toEqual([]);
});

test('R-31: without an avtal the request waits, the förbundsadministratör is told what is missing, and it links when an avtal is registered on day 12', async () => {
  const f = await registerForbund(db, ORG.norrvikKommun);
  const { link, first } = await requestLink(f);
  expect(first).toEqual({ status: 'WAITING_FOR_PUB_AVTAL' });
  const waiting = await mailTo(f.admin.email, /väntar på PUB-avtal/);
  expect(waiting.text).toContain('Det här saknas');
  expect(waiting.text).toContain(formatStockholmDate(new Date(link.waitUntil.getTime() - 1)));
  expect(await logOf(link.id)).toEqual([]); // nothing processed yet

  // A second förbund waits too, and nothing comes: it lapses on day 30.
  const g = await registerForbund(db, ORG.norrvikKommun);
  lapsing = { f: g, linkId: (await requestLink(g)).link.id };

  // Successor: linked under an avtal that ends on day 40; another begins on day 41.
  const s = await registerForbund(db, ORG.norrvikKommun);
  const firstAvtal = await insertPubAvtal(db, s.forbund.id, s.admin.id, { validFrom: await dayOf(-1), validTo: await dayOf(40) });
  await ensurePubAvtalWorkflow(db, env.client, taskQueue, firstAvtal.id);
  const secondAvtal = await insertPubAvtal(db, s.forbund.id, s.admin.id, { validFrom: await dayOf(41) });
  await ensurePubAvtalWorkflow(db, env.client, taskQueue, secondAvtal.id);
  const sLink = await requestLink(s);
  expect(sLink.first.status).toBe('LINKED');
  successor = { f: s, linkId: sLink.link.id, firstAvtalId: firstAvtal.id, secondAvtalId: secondAvtal.id };

  await sleepUntil(new Date((await env.currentTimeMs()) + 12 * DAY));
  expect((await linkOf(link.id)).status).toBe('WAITING_FOR_PUB_AVTAL');
  const avtal = await insertPubAvtal(db, f.forbund.id, f.admin.id, { validFrom: await dayOf(0) });
  await ensurePubAvtalWorkflow(db, env.client, taskQueue, avtal.id);
  const linked = await statusBecomes(link.id, 'LINKED');
  expect(linked.pubAvtalId).toBe(avtal.id);
  expect(await closed(linkWorkflowId(link.id))).toBe('COMPLETED');
  await recordHistory('link-v1-wait-then-link', env.client.workflow.getHandle(linkWorkflowId(link.id)));
  // Made by the system on the förbundsadministratör's behalf, who is told.
  expect(await logOf(link.id)).toEqual([expect.objectContaining({ action: 'LINK', actorId: null, onBehalfOfId: f.admin.id, pubAvtalId: avtal.id })]);
  // Logged at the workflow's time (day 12), to the millisecond: the same instant as the link.
  expect((await logOf(link.id))[0]!.at.getTime()).toBe(linked.linkedAt!.getTime());
  await mailTo(f.admin.email, /är kopplad till/);
});

test('R-31: with no avtal within 30 days the request lapses, naming the rule, and nothing is linked', async () => {
  const { f, linkId } = lapsing;
  const link = await linkOf(linkId);
  await sleepUntil(new Date(link.waitUntil.getTime() - DAY));
  expect((await linkOf(linkId)).status).toBe('WAITING_FOR_PUB_AVTAL');
  await sleepUntil(new Date(link.waitUntil.getTime() + 60_000));
  expect(await statusBecomes(linkId, 'LAPSED')).toMatchObject({ endReason: 'NO_PUB_AVTAL', pubAvtalId: null, linkedAt: null });
  const notice = await mailTo(f.admin.email, /förföll/);
  expect(notice.text).toContain('PUB-avtal');
  expect(await closed(linkWorkflowId(linkId))).toBe('COMPLETED');
  await recordHistory('link-v1-lapsed', env.client.workflow.getHandle(linkWorkflowId(linkId)));
  expect(await logOf(linkId)).toEqual([]);
  expect(await db.auditEvent.count({ where: { subjectType: 'LINK', subjectId: linkId, event: 'LINK_LAPSED' } })).toBe(1);
});

test('R-31: terminating an avtal removes its links on the day it takes effect, logs each removal and tells the förbundsadministratör', async () => {
  const terminatedOn = await dayOf(3);
  await db.pubAvtal.update({ where: { id: withAvtalId }, data: { terminatedOn: dateColumnOf(terminatedOn), terminatedById: withAvtal.admin.id } });
  await env.client.workflow.getHandle(pubAvtalWorkflowId(withAvtalId)).signal('pubAvtalChanged');

  await sleepUntil(new Date(startOfStockholmDay(terminatedOn).getTime() - 60_000));
  expect((await linkOf(withAvtalLinkId)).status).toBe('LINKED');
  await sleepUntil(new Date(startOfStockholmDay(terminatedOn).getTime() + 60_000));
  expect(await statusBecomes(withAvtalLinkId, 'UNLINKED')).toMatchObject({ endReason: 'PUB_AVTAL_ENDED', endedById: null });
  expect((await logOf(withAvtalLinkId)).map((e) => [e.action, e.actorId, e.pubAvtalId])).toEqual([['LINK', withAvtal.admin.id, withAvtalId], ['UNLINK', null, withAvtalId]]);
  const told = await mailTo(withAvtal.admin.email, /PUB-avtalet har upphört/);
  expect(told.text).toContain(withAvtal.insats.name);
  expect(await closed(pubAvtalWorkflowId(withAvtalId))).toBe('COMPLETED');
  await recordHistory('pub-avtal-v1-terminated', env.client.workflow.getHandle(pubAvtalWorkflowId(withAvtalId)));
});

test('R-31: when an avtal ends and another is in force the next day, the links move to it and stay', async () => {
  const { f, linkId, firstAvtalId, secondAvtalId } = successor;
  const firstEnd = (await db.pubAvtal.findUniqueOrThrow({ where: { id: firstAvtalId } })).validTo!;
  await sleepUntil(new Date(firstEnd.getTime() + 2 * DAY));
  expect(await closed(pubAvtalWorkflowId(firstAvtalId))).toBe('COMPLETED');
  await recordHistory('pub-avtal-v1-successor', env.client.workflow.getHandle(pubAvtalWorkflowId(firstAvtalId)));
  expect(await linkOf(linkId)).toMatchObject({ status: 'LINKED', pubAvtalId: secondAvtalId });
  expect(await smtp.mailTo(f.admin.email)).toEqual([]);
  expect((await logOf(linkId)).map((e) => e.action)).toEqual(['LINK']);
  await env.client.workflow.getHandle(pubAvtalWorkflowId(secondAvtalId)).terminate('done with it');
});
