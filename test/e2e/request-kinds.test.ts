/**
 * Every request kind end to end, as its people would do it: Temporal dev server + worker process
 * + API process on a real port + MailDev catching the mail. Each kind also meets the bad input
 * its issue names (a 4xx/422 naming the rule, nothing changed). Rule ids: docs/rules.md.
 */
import { createDb, type Db } from '../../data/prisma';
import { lastDayOfMandate } from '../../domain/mandate';
import { formatStockholmDate } from '../../domain/stockholm-time';
import { registerForbund } from '../support/forbund';
import { FORBUND, ORG, PERSON } from '../../prisma/seed-data';
import { waitFor } from '../support/mail';
import { registerPerson } from '../support/people';
import { loginAs, startSystem, type RunningSystem } from '../support/system';

let system: RunningSystem;
let db: Db;

beforeAll(async () => {
  system = await startSystem();
  db = createDb(process.env.DATABASE_URL!);
});

afterAll(async () => {
  await system?.stop();
  await db?.$disconnect();
});

type Client = Awaited<ReturnType<typeof loginAs>>;

/** The open task of a request, as its stage's actor sees it in their queue. */
const taskOf = (actor: Client, orderId: string, stage: string) =>
  waitFor(`the ${stage} task`, async () => {
    const page = await actor.get(`/tasks?limit=100&sort=submitted&stage=${stage}`);
    return page.body.items?.find((t: { orderId: string }) => t.orderId === orderId);
  });

const statusOf = (client: Client, orderId: string, status: string) =>
  waitFor(`the request to be ${status}`, async () => {
    const o = await client.get(`/orders/${orderId}`);
    return o.body.status === status ? o.body : undefined;
  });

const mailTo = (address: string, match: RegExp) =>
  waitFor(`a mail to ${address}`, async () => (await system.mailTo(address)).find((m) => match.test(m.subject)));

test('R-04 FK chef: the chef orders for a direct report, BA quality-assures, chef and employee are told; only the own chef may order', async () => {
  const frida = await loginAs(system.api, PERSON.chefFrida);
  const britt = await loginAs(system.api, PERSON.baBritt);
  const report = await registerPerson(db, ORG.fk, { managerId: PERSON.chefFrida });
  const stranger = await registerPerson(db, ORG.fk);

  const notMine = await frida.post('/orders', { kind: 'FK_CHEF', personnummer: stranger.personnummer, forbundId: FORBUND.norrvik, role: 'DELTAGARANSVARIG', protectedIdentity: false });
  expect(notMine.status).toBe(422);
  expect(notMine.body).toMatchObject({ code: 'NOT_CHEF_OF_SUBJECT', details: [expect.objectContaining({ rule: 'R-04' })] });
  const karin = await loginAs(system.api, PERSON.bestallareKarin);
  expect((await karin.post('/orders', { kind: 'FK_CHEF', personnummer: report.personnummer, forbundId: FORBUND.norrvik, role: 'DELTAGARANSVARIG', protectedIdentity: false })).body.code).toBe('FORBIDDEN_ROLE');
  expect(await db.order.count({ where: { personnummer: { in: [stranger.personnummer, report.personnummer] } } })).toBe(0);

  const submitted = await frida.post('/orders', { kind: 'FK_CHEF', personnummer: report.personnummer, forbundId: FORBUND.norrvik, role: 'DELTAGARANSVARIG', protectedIdentity: false });
  expect(submitted.status).toBe(201);
  // Name and e-mail come from the register, not from the chef's form.
  expect(submitted.body).toMatchObject({ kind: 'FK_CHEF', user: { givenName: report.givenName, email: report.email, employerId: ORG.fk } });
  const task = await taskOf(britt, submitted.body.id, 'BA');
  expect(await britt.post(`/tasks/${task.id}/decision`, { decision: 'APPROVE' })).toEqual({ status: 200, body: { status: 'APPROVED' } });
  await statusOf(frida, submitted.body.id, 'COMPLETED');
  await mailTo(report.email, /beviljad/);
  await mailTo('frida.strand@forsakringskassan.example', /beviljad/);
});

test('R-03 AF: the chef fills in 9480, the service desk returns it, the chef resubmits, the desk forwards, BA approves', async () => {
  const gustav = await loginAs(system.api, PERSON.chefGustav);
  const helena = await loginAs(system.api, PERSON.afServicedeskHelena);
  const britt = await loginAs(system.api, PERSON.baBritt);
  const karin = await loginAs(system.api, PERSON.bestallareKarin);
  const report = await registerPerson(db, ORG.af, { managerId: PERSON.chefGustav });
  const form = (forbundId: string) => ({ forbundId, role: 'DELTAGARANSVARIG', protectedIdentity: false, user: { personnummer: report.personnummer, givenName: report.givenName, familyName: report.familyName, email: report.email, employerId: ORG.af } });

  // An AF employee on a beställare's 9480, straight to BA: refused under R-03.
  const straight = await karin.post('/orders', form(FORBUND.norrvik));
  expect(straight.status).toBe(422);
  expect(straight.body).toMatchObject({ code: 'ORDERED_BY_CHEF', details: [expect.objectContaining({ rule: 'R-03' })] });

  const submitted = await gustav.post('/orders', { kind: 'AF_9480', ...form(FORBUND.norrvik) });
  expect(submitted.status).toBe(201);
  const orderId: string = submitted.body.id;
  const desk = await taskOf(helena, orderId, 'AF_SERVICEDESK');
  expect(desk.decisions).toEqual(['FORWARD', 'RETURN']);
  // BA does not act at the service desk's stage, and the desk may not approve.
  expect((await britt.post(`/tasks/${desk.id}/decision`, { decision: 'APPROVE' })).body.code).toBe('NOT_STAGE_ACTOR');
  expect((await helena.post(`/tasks/${desk.id}/decision`, { decision: 'APPROVE' })).body.code).toBe('DECISION_NOT_ALLOWED');

  expect((await helena.post(`/tasks/${desk.id}/decision`, { decision: 'RETURN', reason: 'Personen arbetar i Sydåsen.' })).body).toEqual({ status: 'RETURNED' });
  const returned = await statusOf(gustav, orderId, 'RETURNED');
  expect(returned.returnReason).toBe('Personen arbetar i Sydåsen.');
  await mailTo('gustav.nord@arbetsformedlingen.example', /skickats tillbaka/);
  expect((await karin.post(`/orders/${orderId}/resubmit`, { kind: 'AF_9480', ...form(FORBUND.sydasen) })).status).toBe(404);

  const again = await gustav.post(`/orders/${orderId}/resubmit`, { kind: 'AF_9480', ...form(FORBUND.sydasen) });
  expect(again.status).toBe(200);
  expect(again.body).toMatchObject({ round: 2, forbundId: FORBUND.sydasen });
  const desk2 = await taskOf(helena, orderId, 'AF_SERVICEDESK');
  expect(desk2.round).toBe(2);
  expect((await helena.post(`/tasks/${desk2.id}/decision`, { decision: 'FORWARD' })).status).toBe(200);
  const ba = await taskOf(britt, orderId, 'BA');
  expect((await britt.post(`/tasks/${ba.id}/decision`, { decision: 'APPROVE' })).status).toBe(200);
  const done = await statusOf(gustav, orderId, 'COMPLETED');
  expect(done.timeline.map((e: { event: string }) => e.event)).toEqual(expect.arrayContaining(['ORDER_RETURNED', 'ORDER_RESUBMITTED', 'STAGE_FORWARDED', 'ORDER_APPROVED', 'ROLE_GRANTED']));
  await mailTo(report.email, /beviljad/);
});

test('R-11 removal: the beställare of the employer orders it, BA executes, the role leaves "Visa användare"; cancel withdraws another', async () => {
  const karin = await loginAs(system.api, PERSON.bestallareKarin);
  const per = await loginAs(system.api, PERSON.bestallarePer);
  const britt = await loginAs(system.api, PERSON.baBritt);
  const user = await registerPerson(db, ORG.norrvikKommun, { role: { forbundId: FORBUND.norrvik, role: 'FORBUNDSADMINISTRATOR' } });
  const removal = { kind: 'REMOVAL', personnummer: user.personnummer, role: 'FORBUNDSADMINISTRATOR', forbundId: FORBUND.norrvik };

  const notHeld = await karin.post('/orders', { ...removal, role: 'DELTAGARANSVARIG' });
  expect(notHeld.body).toMatchObject({ code: 'ROLE_NOT_HELD', details: [expect.objectContaining({ rule: 'R-11' })] });
  // Another organisation's beställare learns nothing about the person's roles.
  const foreign = await per.post('/orders', removal);
  expect(foreign.body).toMatchObject({ code: 'NOT_ORDERER_OF_EMPLOYEE' });
  expect(JSON.stringify(foreign.body)).not.toMatch(/Norrvik|förbundsadministratör/i);

  const submitted = await karin.post('/orders', removal);
  expect(submitted.status).toBe(201);
  const task = await taskOf(britt, submitted.body.id, 'BA');
  expect((await britt.post(`/tasks/${task.id}/decision`, { decision: 'APPROVE' })).status).toBe(200);
  await statusOf(karin, submitted.body.id, 'COMPLETED');
  const users = (await karin.get(`/forbund/${FORBUND.norrvik}/users`)).body;
  expect(users.some((u: { personId: string }) => u.personId === user.id)).toBe(false);
  await mailTo(user.email, /tagits bort/);
  await mailTo('karin.lund@norrvik.example', /borttagen/);

  // A second request, withdrawn by its orderer while BA has not decided.
  const other = await registerPerson(db, ORG.norrvikKommun, { role: { forbundId: FORBUND.norrvik, role: 'DELTAGARANSVARIG' } });
  const second = await karin.post('/orders', { ...removal, personnummer: other.personnummer, role: 'DELTAGARANSVARIG' });
  await taskOf(britt, second.body.id, 'BA');
  expect((await per.post(`/orders/${second.body.id}/cancel`)).status).toBe(404);
  const cancelled = await karin.post(`/orders/${second.body.id}/cancel`, { reason: 'Fel person.' });
  expect(cancelled.status).toBe(200);
  await statusOf(karin, second.body.id, 'CANCELLED');
  expect((await karin.post(`/orders/${second.body.id}/cancel`)).body.code).toBe('NOT_CANCELLABLE');
  expect(await db.userRole.count({ where: { personId: other.id } })).toBe(1);
});

test('R-50–R-52 SUS: superadministratör needs the manager for external information exchange before BA; FK staff only; SUS combination', async () => {
  const frida = await loginAs(system.api, PERSON.chefFrida);
  const gustav = await loginAs(system.api, PERSON.chefGustav);
  const ingrid = await loginAs(system.api, PERSON.infoManagerIngrid);
  const britt = await loginAs(system.api, PERSON.baBritt);
  const karin = await loginAs(system.api, PERSON.bestallareKarin);
  const report = await registerPerson(db, ORG.fk, { managerId: PERSON.chefFrida });
  const afReport = await registerPerson(db, ORG.af, { managerId: PERSON.chefGustav });
  const motivation = 'Arbetar med drift och förvaltning av SUS.';

  const notFk = await gustav.post('/orders', { kind: 'SUS_SUPERADMIN', personnummer: afReport.personnummer, motivation });
  expect(notFk.body).toMatchObject({ code: 'SUPERADMIN_FK_ONLY', details: [expect.objectContaining({ rule: 'R-52' })] });

  const holder = await registerPerson(db, ORG.norrvikKommun, { role: { forbundId: FORBUND.norrvik, role: 'SUS_DELTAGARANSVARIG' } });
  const combo = await karin.post('/orders', { kind: 'SUS_ROLE', forbundId: FORBUND.norrvik, role: 'SUS_SAMVERKANSADMINISTRATOR', protectedIdentity: false, user: { personnummer: holder.personnummer, givenName: holder.givenName, familyName: holder.familyName, email: holder.email, employerId: ORG.norrvikKommun } });
  expect(combo.body).toMatchObject({ code: 'ROLE_COMBINATION', details: [expect.objectContaining({ rule: 'R-50' })] });
  // SUS combines everything else: insatsansvarig next to deltagaransvarig is fine.
  const ok = await karin.post('/orders', { kind: 'SUS_ROLE', forbundId: FORBUND.norrvik, role: 'SUS_INSATSANSVARIG', protectedIdentity: false, user: { personnummer: holder.personnummer, givenName: holder.givenName, familyName: holder.familyName, email: holder.email, employerId: ORG.norrvikKommun } });
  expect(ok.status).toBe(201);

  const submitted = await frida.post('/orders', { kind: 'SUS_SUPERADMIN', personnummer: report.personnummer, motivation });
  expect(submitted.status).toBe(201);
  expect(submitted.body).toMatchObject({ role: 'SUS_SUPERADMINISTRATOR', forbundId: null });
  const first = await taskOf(ingrid, submitted.body.id, 'INFO_EXCHANGE_MANAGER');
  expect((await britt.post(`/tasks/${first.id}/decision`, { decision: 'APPROVE' })).body.code).toBe('NOT_STAGE_ACTOR');
  expect((await ingrid.post(`/tasks/${first.id}/decision`, { decision: 'APPROVE' })).status).toBe(200);
  const ba = await taskOf(britt, submitted.body.id, 'BA');
  expect((await britt.post(`/tasks/${ba.id}/decision`, { decision: 'APPROVE' })).status).toBe(200);
  await statusOf(frida, submitted.body.id, 'COMPLETED');
  expect(await db.userRole.findFirst({ where: { personId: report.id } })).toMatchObject({ role: 'SUS_SUPERADMINISTRATOR', forbundId: null });
  await mailTo(report.email, /SUS/);
});

test('R-20/R-21 beställare: the representative registers, BA approves, the new beställare orders; the mandate has its workflow', async () => {
  const ulf = await loginAs(system.api, PERSON.repUlf);
  const britt = await loginAs(system.api, PERSON.baBritt);
  const anna = await registerPerson(db, ORG.norrvikKommun);
  const validUntil = lastDayOfMandate(new Date(Date.now() + 400 * 86_400_000));

  const registered = await ulf.post('/bestallare', { personnummer: anna.personnummer, validUntil });
  expect(registered.status).toBe(201);
  expect(registered.body).toMatchObject({ kind: 'BESTALLARE_REGISTRATION', role: 'BESTALLARE', user: { personnummer: anna.personnummer, email: anna.email } });
  // Not beställare until BA approves.
  expect(await db.bestallareMandate.count({ where: { personId: anna.id } })).toBe(0);

  const task = await taskOf(britt, registered.body.id, 'BA');
  expect((await britt.post(`/tasks/${task.id}/decision`, { decision: 'APPROVE' })).status).toBe(200);
  await statusOf(ulf, registered.body.id, 'COMPLETED');
  const mandate = await waitFor('the mandate and its workflow', () => db.bestallareMandate.findFirst({ where: { personId: anna.id, workflowId: { not: null } } }));
  expect(mandate).toMatchObject({ status: 'ACTIVE', organisationId: ORG.norrvikKommun, registeredByOrderId: registered.body.id });
  expect(lastDayOfMandate(mandate.validTo)).toBe(validUntil);
  await mailTo(anna.email, /beställare/i);
  const listed = await ulf.get(`/bestallare/${mandate.id}`);
  expect(listed.body).toMatchObject({ status: 'ACTIVE', lastDay: validUntil, history: expect.arrayContaining([expect.objectContaining({ event: 'MANDATE_REGISTERED' })]) });

  // The new beställare orders for a colleague with the mandate BA approved.
  const asAnna = await loginAs(system.api, anna.id);
  expect((await asAnna.get('/me')).body).toMatchObject({ roles: expect.arrayContaining(['BESTALLARE']), bestallareFor: [ORG.norrvikKommun] });
  const colleague = await registerPerson(db, ORG.norrvikKommun);
  const order = await asAnna.post('/orders', { forbundId: FORBUND.norrvik, role: 'DELTAGARANSVARIG', protectedIdentity: false, user: { personnummer: colleague.personnummer, givenName: colleague.givenName, familyName: colleague.familyName, email: colleague.email, employerId: ORG.norrvikKommun } });
  expect(order.status).toBe(201);
  expect(order.body).toMatchObject({ kind: 'USER_9480', submittedBy: { personId: anna.id } });
});

test('R-30–R-32 linking: without a PUB-avtal the link waits and the förbundsadministratör is told; BA registers one and it is made; BA terminates it today and the link goes, with a notice; every step is in the processing log', async () => {
  const f = await registerForbund(db, ORG.norrvikKommun);
  const admin = await loginAs(system.api, f.admin.id);
  const britt = await loginAs(system.api, PERSON.baBritt);
  const url = `/insatser/${f.insats.id}/deltagaransvariga`;

  // R-32 first: a person without the role is refused, and nothing is asked for.
  const stranger = await registerPerson(db, ORG.norrvikKommun);
  expect((await admin.post(url, { personnummer: stranger.personnummer })).body).toMatchObject({ code: 'NOT_DELTAGARANSVARIG_IN_FORBUND', details: [expect.objectContaining({ rule: 'R-32' })] });

  const waiting = await admin.post(url, { personnummer: f.deltagaransvarig.personnummer });
  expect(waiting).toMatchObject({ status: 202, body: { status: 'WAITING_FOR_PUB_AVTAL' } });
  expect((await mailTo(f.admin.email, /väntar på PUB-avtal/)).text).toContain('Det här saknas');

  const today = formatStockholmDate(new Date());
  const avtal = await britt.post(`/forbund/${f.forbund.id}/pub-avtal`, { signedOn: today, validFrom: today });
  expect(avtal.status).toBe(201);
  await waitFor('the link', async () => ((await admin.get(url)).body[0]?.status === 'LINKED' ? true : undefined));
  await mailTo(f.admin.email, /är kopplad till/);

  expect((await britt.post(`/forbund/${f.forbund.id}/pub-avtal/${avtal.body.id}/terminate`, { reason: 'Avtalet upphör.' })).status).toBe(200);
  await waitFor('the link to go', async () => ((await admin.get(url)).body.length === 0 ? true : undefined));
  expect((await mailTo(f.admin.email, /PUB-avtalet har upphört/)).text).toContain(f.insats.name);

  const log = await britt.get(`/processing-log?personId=${f.deltagaransvarig.id}`);
  const actions = (log.body as { action: string }[]).map((e) => e.action);
  expect(actions).toContain('LINK');
  expect(actions).toContain('UNLINK');
  expect(actions).toContain('READ_LINKS');
});
