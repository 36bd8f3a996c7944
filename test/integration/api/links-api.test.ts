/**
 * Linking deltagaransvariga to insatser through the real app, worker and Temporal dev server
 * every refusal the issue names is a 4xx naming the rule and changes nothing; a
 * link waits for a PUB-avtal and is made when BA registers one; unlinking is immediate; a removed
 * role takes its links; and the processing log has an entry for every link, unlink and read,
 * and refuses to be changed.
 */
import { randomUUID } from 'node:crypto';
import { removeRoleInTx } from '../../../activities/grant-role';
import { adoptPubAvtal } from '../../../scripts/adopt-mandates';
import { pubAvtalWorkflowId } from '../../../workflows/insats-link.definitions';
import { formatStockholmDate } from '../../../domain/stockholm-time';
import { ORG, PERSON } from '../../../prisma/seed-data';
import { startApiHarness } from '../../support/api-app';
import { insertPubAvtal, registerForbund } from '../../support/forbund';
import { waitFor } from '../../support/mail';
import { insertOrder } from '../../support/orders';
import { registerPerson } from '../../support/people';

let h: Awaited<ReturnType<typeof startApiHarness>>;

beforeAll(async () => {
  h = await startApiHarness();
});

afterAll(async () => {
  await h?.stop();
});

const DAY = 86_400_000;
const day = (offsetDays: number) => formatStockholmDate(new Date(Date.now() + offsetDays * DAY));
const linksOf = (insatsId: string) => h.db.insatsLink.findMany({ where: { insatsId } });
const logOf = (personId: string) => h.db.processingLogEntry.findMany({ where: { personId }, orderBy: [{ at: 'asc' }, { id: 'asc' }] });

test('bad input: not the förbund\'s förbundsadministratör, a person without the role (R-32), an unknown or malformed personnummer, an insats of another förbund — refused, nothing changed', async () => {
  const f = await registerForbund(h.db, ORG.norrvikKommun);
  const other = await registerForbund(h.db, ORG.norrvikKommun);
  await insertPubAvtal(h.db, f.forbund.id, PERSON.baBritt, { validFrom: day(-1) });
  const admin = await h.login(f.admin.id);
  const url = `/insatser/${f.insats.id}/deltagaransvariga`;

  // The deltagaransvarig themself, and another förbund's förbundsadministratör.
  expect((await (await h.login(f.deltagaransvarig.id)).post(url, { personnummer: f.deltagaransvarig.personnummer })).json()).toMatchObject({ code: 'FORBIDDEN_ROLE' });
  const otherAdmin = await h.login(other.admin.id);
  expect((await otherAdmin.post(url, { personnummer: f.deltagaransvarig.personnummer })).statusCode).toBe(404);
  // An insats of another förbund: its own förbundsadministratör may, this one may not.
  expect((await admin.post(`/insatser/${other.insats.id}/deltagaransvariga`, { personnummer: other.deltagaransvarig.personnummer })).statusCode).toBe(404);

  // employed in a member kommun but without the role; a deltagaransvarig of another förbund; not in the register. One answer.
  const noRole = await registerPerson(h.db, ORG.norrvikKommun);
  for (const personnummer of [noRole.personnummer, other.deltagaransvarig.personnummer, '19121212-1212']) {
    const refused = await admin.post(url, { personnummer });
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ code: 'NOT_DELTAGARANSVARIG_IN_FORBUND', details: [expect.objectContaining({ rule: 'R-32' })] });
  }
  const malformed = await admin.post(url, { personnummer: '12345' });
  expect(malformed.statusCode).toBe(400);
  expect((await admin.post(url, { personnummer: f.deltagaransvarig.personnummer, personId: f.deltagaransvarig.id })).statusCode).toBe(400);
  expect((await admin.post(url, {})).statusCode).toBe(400);
  expect((await admin.post(url, { personnummer: f.deltagaransvarig.personnummer, note: 'x' })).statusCode).toBe(400);
  // By the register's id, as the web UI sends it: the same R-32 check.
  expect((await admin.post(url, { personId: other.deltagaransvarig.id })).json()).toMatchObject({ code: 'NOT_DELTAGARANSVARIG_IN_FORBUND' });
  expect((await admin.post(url, { personId: 'nobody' })).json()).toMatchObject({ code: 'NOT_DELTAGARANSVARIG_IN_FORBUND' });
  expect(await linksOf(f.insats.id)).toEqual([]);
  expect(await linksOf(other.insats.id)).toEqual([]);
  expect(await h.db.processingLogEntry.count({ where: { forbundId: { in: [f.forbund.id, other.forbund.id] } } })).toBe(0);
});

test('R-30/R-31: linked at once under an avtal, a second link is 409, reads are logged, unlinking is immediate and logged; BA reads the log, others may not', async () => {
  const f = await registerForbund(h.db, ORG.norrvikKommun);
  const britt = await h.login(PERSON.baBritt);
  const avtal = await britt.post(`/forbund/${f.forbund.id}/pub-avtal`, { signedOn: day(-3), validFrom: day(-1) });
  expect(avtal.statusCode).toBe(201);
  const admin = await h.login(f.admin.id);
  const url = `/insatser/${f.insats.id}/deltagaransvariga`;

  const linked = await admin.post(url, { personnummer: f.deltagaransvarig.personnummer.replace('-', '') });
  expect(linked.statusCode).toBe(201);
  expect(linked.json()).toMatchObject({ status: 'LINKED', pubAvtalId: avtal.json().id, person: { id: f.deltagaransvarig.id }, insatsName: f.insats.name });
  const again = await admin.post(url, { personnummer: f.deltagaransvarig.personnummer });
  expect(again.statusCode).toBe(409);
  expect(again.json()).toMatchObject({ code: 'LINK_EXISTS' });
  expect(await linksOf(f.insats.id)).toHaveLength(1);

  // Everyone with a role in the förbund reads who is linked; the deltagaransvarig sees their insatser and whom to turn to.
  const johanLike = await h.login(f.deltagaransvarig.id);
  expect((await johanLike.get(url)).json()).toEqual([expect.objectContaining({ id: linked.json().id, status: 'LINKED' })]);
  expect((await johanLike.get('/me/insatser')).json()).toEqual([expect.objectContaining({ insatsId: f.insats.id })]);
  expect((await johanLike.get(`/forbund/${f.forbund.id}/forbundsadministratorer`)).json()).toEqual([{ personId: f.admin.id, name: `${f.admin.givenName} ${f.admin.familyName}`, email: f.admin.email, phone: null }]);
  expect((await (await h.login(PERSON.userOmar)).get(url)).statusCode).toBe(404);

  const removed = await admin.delete(`${url}/${linked.json().id}`);
  expect(removed.statusCode).toBe(200);
  expect(removed.json()).toMatchObject({ status: 'UNLINKED', endReason: 'UNLINKED' });
  expect((await admin.delete(`${url}/${linked.json().id}`)).json()).toMatchObject({ code: 'LINK_ENDED' });
  expect((await admin.get(url)).json()).toEqual([]);
  expect((await admin.get(`${url}?history=true`)).json()).toEqual([expect.objectContaining({ status: 'UNLINKED' })]);

  // The log: the link, the deltagaransvarig's read, the unlink (the reads after it showed nobody, or showed the ended link).
  const log = await logOf(f.deltagaransvarig.id);
  expect(log.map((e) => [e.action, e.actorId])).toEqual([['LINK', f.admin.id], ['READ_LINKS', f.deltagaransvarig.id], ['UNLINK', f.admin.id], ['READ_LINKS', f.admin.id]]);
  expect(log.every((e) => e.pubAvtalId === avtal.json().id && e.authMethod === 'DEV_LOGIN')).toBe(true);
  const page = await britt.get(`/processing-log?personId=${f.deltagaransvarig.id}&limit=3`);
  expect(page.json().map((e: { action: string }) => e.action)).toEqual(['READ_LINKS', 'UNLINK', 'READ_LINKS']);
  const rest = await britt.get(`/processing-log?personId=${f.deltagaransvarig.id}&limit=3&cursor=${page.headers['next-cursor']}`);
  expect(rest.json()).toEqual([expect.objectContaining({ action: 'LINK', actor: `${f.admin.givenName} ${f.admin.familyName}`, insatsName: f.insats.name })]);
  expect((await admin.get('/processing-log')).statusCode).toBe(403);

  // Append-only, whatever path a change takes.
  await expect(h.db.processingLogEntry.update({ where: { id: log[0]!.id }, data: { action: 'READ_LINKS' } })).rejects.toThrow(/append-only/);
  await expect(h.db.processingLogEntry.deleteMany({ where: { personId: f.deltagaransvarig.id } })).rejects.toThrow(/append-only/);
  expect(await logOf(f.deltagaransvarig.id)).toHaveLength(4);
});

test('R-31: without an avtal the request waits (202) and the förbundsadministratör is told; BA registers one and the link is made', async () => {
  const f = await registerForbund(h.db, ORG.norrvikKommun);
  const admin = await h.login(f.admin.id);
  const url = `/insatser/${f.insats.id}/deltagaransvariga`;
  const waiting = await admin.post(url, { personnummer: f.deltagaransvarig.personnummer });
  expect(waiting.statusCode).toBe(202);
  expect(waiting.json()).toMatchObject({ status: 'WAITING_FOR_PUB_AVTAL', pubAvtalId: null });
  await waitFor('the waiting notice', async () => (await h.smtp.mailTo(f.admin.email)).find((m) => /väntar på PUB-avtal/.test(m.subject)));

  const avtal = await (await h.login(PERSON.baBritt)).post(`/forbund/${f.forbund.id}/pub-avtal`, { signedOn: day(0), validFrom: day(0) });
  const linked = await waitFor('the link', async () => { const [l] = await linksOf(f.insats.id); return l?.status === 'LINKED' ? l : undefined; });
  expect(linked.pubAvtalId).toBe(avtal.json().id);
  await waitFor('the link notice', async () => (await h.smtp.mailTo(f.admin.email)).find((m) => /är kopplad till/.test(m.subject)));
  expect((await logOf(f.deltagaransvarig.id)).map((e) => [e.action, e.actorId, e.onBehalfOfId])).toEqual([['LINK', null, f.admin.id]]);
});

test('R-32: removing a deltagaransvarig\'s role removes their links in that förbund (and their waiting requests), logged as unlinks', async () => {
  const f = await registerForbund(h.db, ORG.norrvikKommun);
  await insertPubAvtal(h.db, f.forbund.id, PERSON.baBritt, { validFrom: day(-1) });
  const admin = await h.login(f.admin.id);
  expect((await admin.post(`/insatser/${f.insats.id}/deltagaransvariga`, { personnummer: f.deltagaransvarig.personnummer })).statusCode).toBe(201);

  const removal = await insertOrder(h.db, { id: randomUUID(), kind: 'REMOVAL', role: 'DELTAGARANSVARIG', forbundId: f.forbund.id, personnummer: f.deltagaransvarig.personnummer, decidedById: PERSON.baBritt });
  await h.db.$transaction((tx) => removeRoleInTx(tx, removal.id));
  expect(await linksOf(f.insats.id)).toEqual([expect.objectContaining({ status: 'UNLINKED', endReason: 'ROLE_REMOVED', endedById: null })]);
  expect((await logOf(f.deltagaransvarig.id)).map((e) => [e.action, e.actorId, e.onBehalfOfId])).toEqual([['LINK', f.admin.id, null], ['UNLINK', null, PERSON.baBritt]]);
  // A retry of the removal changes nothing more.
  await h.db.$transaction((tx) => removeRoleInTx(tx, removal.id));
  expect(await logOf(f.deltagaransvarig.id)).toHaveLength(2);
});

test('npm run mandates:adopt gives a PUB-avtal from before its workflow (once), so that its links end with it', async () => {
  const f = await registerForbund(h.db, ORG.norrvikKommun);
  const avtal = await insertPubAvtal(h.db, f.forbund.id, PERSON.baBritt, { validFrom: day(-1) });
  expect(await adoptPubAvtal(h.db, h.temporal, h.config.TEMPORAL_TASK_QUEUE)).toBeGreaterThanOrEqual(1);
  expect((await h.db.pubAvtal.findUniqueOrThrow({ where: { id: avtal.id } })).workflowId).toBe(pubAvtalWorkflowId(avtal.id));
  expect((await h.temporal.workflow.getHandle(pubAvtalWorkflowId(avtal.id)).describe()).status.name).toBe('RUNNING');
  expect(await h.db.pubAvtal.count({ where: { id: avtal.id, workflowId: null } })).toBe(0);
  await h.temporal.workflow.getHandle(pubAvtalWorkflowId(avtal.id)).terminate('done with it');
});

test('R-31: a request that lapsed without a PUB-avtal names the rule in the insats\'s history', async () => {
  const f = await registerForbund(h.db, ORG.norrvikKommun);
  const requestedAt = new Date(Date.now() - 31 * DAY);
  await h.db.insatsLink.create({ data: { id: randomUUID(), insatsId: f.insats.id, forbundId: f.forbund.id, personId: f.deltagaransvarig.id, status: 'LAPSED', requestedAt, requestedById: f.admin.id, waitUntil: new Date(requestedAt.getTime() + 30 * DAY), endedAt: new Date(Date.now() - DAY), endReason: 'NO_PUB_AVTAL' } });
  const admin = await h.login(f.admin.id);
  expect((await admin.get(`/insatser/${f.insats.id}/deltagaransvariga`)).json()).toEqual([]);
  expect((await admin.get(`/insatser/${f.insats.id}/deltagaransvariga?history=true`)).json()).toEqual([
    expect.objectContaining({ status: 'LAPSED', endReason: 'NO_PUB_AVTAL', refusedBy: expect.objectContaining({ rule: 'R-31', code: 'NO_PUB_AVTAL' }) }),
  ]);
});
