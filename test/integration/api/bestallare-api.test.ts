/**
 * /bestallare and the mandate kinds on POST /orders through the real app: every bad
 * input the issue names is a 4xx/422 naming the rule, and changes nothing; what a representative
 * reads stops at their own organisation.
 */
import { randomUUID } from 'node:crypto';
import { lastDayOfMandate, latestLastDay, maxMandateEnd, maxRenewalEnd } from '../../../domain/mandate';
import { ORG, PERSON } from '../../../prisma/seed-data';
import { adoptMandates } from '../../../scripts/adopt-mandates';
import { mandateStateQuery } from '../../../workflows/mandate.definitions';
import { startApiHarness } from '../../support/api-app';
import { waitFor } from '../../support/mail';
import { registerBestallare, registerPerson } from '../../support/people';
import { uniquePersonnummer } from '../../support/personnummer';

let h: Awaited<ReturnType<typeof startApiHarness>>;

beforeAll(async () => {
  h = await startApiHarness();
});

afterAll(async () => {
  await h?.stop();
});

const DAY = 86_400_000;
const swedish = /[åäöÅÄÖ]|\b(och|inte|är|för|finns|Ange|ska)\b/;
const inYears = (years: number) => lastDayOfMandate(new Date(Date.now() + years * 365.25 * DAY));
/** What a refused request must leave as it was: no request for the person, and their mandates. */
const stateOf = async (personnummer: string) => ({
  requests: await h.db.order.count({ where: { personnummer } }),
  mandates: await h.db.bestallareMandate.findMany({ where: { person: { personnummer } }, orderBy: { id: 'asc' } }),
});

async function expectRefused(res: { statusCode: number; json: () => any }, status: number, rule: string | null, code: string) {
  expect(res.statusCode).toBe(status);
  const body = res.json();
  if (rule) expect(body.details).toContainEqual(expect.objectContaining({ rule, code }));
  else expect(body.code).toBe(code);
  expect(body.message).toMatch(swedish);
}

describe('registration refusals change nothing', () => {
  test('R-21: validity over two years, through POST /bestallare and POST /orders alike', async () => {
    const ulf = await h.login(PERSON.repUlf);
    const anna = await registerPerson(h.db, ORG.norrvikKommun);
    const tooLong = lastDayOfMandate(maxMandateEnd(new Date())); // the day after the latest allowed
    await expectRefused(await ulf.post('/bestallare', { personnummer: anna.personnummer, validUntil: tooLong }), 422, 'R-21', 'MANDATE_TOO_LONG');
    await expectRefused(await ulf.post('/orders', { kind: 'BESTALLARE_REGISTRATION', personnummer: anna.personnummer, validUntil: inYears(3) }), 422, 'R-21', 'MANDATE_TOO_LONG');
    expect(await stateOf(anna.personnummer)).toEqual({ requests: 0, mandates: [] });
    // The latest day offered is accepted (and withdrawn again).
    const longest = await ulf.post('/bestallare', { personnummer: anna.personnummer, validUntil: latestLastDay(maxMandateEnd(new Date())) });
    expect(longest.statusCode).toBe(201);
    expect((await ulf.post(`/orders/${longest.json().id}/cancel`, {})).statusCode).toBe(200);
    const before = await stateOf(anna.personnummer);
    // A day that has passed is no mandate either.
    await expectRefused(await ulf.post('/bestallare', { personnummer: anna.personnummer, validUntil: '2020-01-31' }), 422, 'R-21', 'MANDATE_END_NOT_LATER');
    expect(await stateOf(anna.personnummer)).toEqual(before);
  });

  test('R-20: a person employed elsewhere and a person not in the register get the same answer (nothing disclosed)', async () => {
    const ulf = await h.login(PERSON.repUlf);
    const elsewhere = await registerPerson(h.db, ORG.regionNordmark);
    const employed = await ulf.post('/bestallare', { personnummer: elsewhere.personnummer, validUntil: inYears(1) });
    const unknown = await ulf.post('/bestallare', { personnummer: uniquePersonnummer(), validUntil: inYears(1) });
    await expectRefused(employed, 422, 'R-20', 'NOT_EMPLOYED_BY_REPRESENTED');
    await expectRefused(unknown, 422, 'R-20', 'NOT_EMPLOYED_BY_REPRESENTED');
    expect(employed.json().details).toEqual(unknown.json().details);
    expect(JSON.stringify(employed.json())).not.toContain(elsewhere.familyName);
    expect(await stateOf(elsewhere.personnummer)).toEqual({ requests: 0, mandates: [] });
  });

  test('R-21: a second mandate for the same person and organisation is refused: renew instead', async () => {
    const ulf = await h.login(PERSON.repUlf);
    const held = await registerBestallare(h.db, ORG.norrvikKommun);
    const before = await stateOf(held.personnummer);
    await expectRefused(await ulf.post('/bestallare', { personnummer: held.personnummer, validUntil: inYears(1) }), 422, 'R-21', 'MANDATE_EXISTS');
    expect(await stateOf(held.personnummer)).toEqual(before);
  });

  test('R-20: a representative may not register themselves; a förbund board chair may', async () => {
    const ulf = await h.login(PERSON.repUlf);
    const ulfPnr = (await h.db.person.findUniqueOrThrow({ where: { id: PERSON.repUlf } })).personnummer;
    const before = await stateOf(ulfPnr);
    await expectRefused(await ulf.post('/bestallare', { personnummer: ulfPnr, validUntil: inYears(1) }), 422, 'R-20', 'SELF_REGISTRATION');
    expect(await stateOf(ulfPnr)).toEqual(before);

    const goran = await h.login(PERSON.chairGoran);
    const goranPnr = (await h.db.person.findUniqueOrThrow({ where: { id: PERSON.chairGoran } })).personnummer;
    const self = await goran.post('/bestallare', { personnummer: goranPnr, validUntil: inYears(1) }, { 'idempotency-key': randomUUID() });
    expect(self.statusCode).toBe(201);
    expect(self.json()).toMatchObject({ kind: 'BESTALLARE_REGISTRATION', role: 'BESTALLARE', status: 'SUBMITTED', user: { personnummer: goranPnr } });
    // Withdrawn again, so that other tests (and a second run) meet the seed as it was.
    expect((await goran.post(`/orders/${self.json().id}/cancel`, {})).statusCode).toBe(200);
  });

  test('400 for a malformed day or an unknown field; 403 for callers who are not representatives', async () => {
    const ulf = await h.login(PERSON.repUlf);
    const anna = await registerPerson(h.db, ORG.norrvikKommun);
    const malformed = await ulf.post('/bestallare', { personnummer: anna.personnummer, validUntil: '2027-02-30' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().details).toContainEqual(expect.objectContaining({ path: 'validUntil' }));
    expect((await ulf.post('/bestallare', { personnummer: anna.personnummer, validUntil: inYears(1), organisationId: ORG.sydasenKommun })).statusCode).toBe(400);
    for (const persona of [PERSON.bestallareKarin, PERSON.baBritt]) {
      await expectRefused(await (await h.login(persona)).post('/bestallare', { personnummer: anna.personnummer, validUntil: inYears(1) }), 403, null, 'FORBIDDEN_ROLE');
    }
    expect(await stateOf(anna.personnummer)).toEqual({ requests: 0, mandates: [] });
  });
});

describe('renewal and revocation', () => {
  test('R-21: renewing past two years from the current end is refused; the longest allowed is filed once per Idempotency-Key', async () => {
    const ulf = await h.login(PERSON.repUlf);
    const held = await registerBestallare(h.db, ORG.norrvikKommun);
    const mandate = await h.db.bestallareMandate.findFirstOrThrow({ where: { personId: held.id } });
    const latest = latestLastDay(maxRenewalEnd(mandate.validTo, new Date()));
    const tooLong = lastDayOfMandate(maxRenewalEnd(mandate.validTo, new Date())); // the day after the latest allowed
    await expectRefused(await ulf.post(`/bestallare/${mandate.id}/renew`, { validUntil: tooLong }), 422, 'R-21', 'MANDATE_TOO_LONG');
    expect(await h.db.order.count({ where: { personnummer: held.personnummer } })).toBe(0);

    const key = { 'idempotency-key': randomUUID() };
    const first = await ulf.post(`/bestallare/${mandate.id}/renew`, { validUntil: latest }, key);
    const again = await ulf.post(`/bestallare/${mandate.id}/renew`, { validUntil: latest }, key);
    expect(first.json()).toMatchObject({ kind: "BESTALLARE_RENEWAL" });
    expect(first.statusCode).toBe(201);
    expect(again.json().id).toBe(first.json().id);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(await h.db.order.count({ where: { personnummer: held.personnummer } })).toBe(1);
    expect((await ulf.post(`/orders/${first.json().id}/cancel`, {})).statusCode).toBe(200);
  });

  test("another organisation's representative gets 404 for renew, revoke and read (nothing disclosed)", async () => {
    const hanna = await h.login(PERSON.repHanna);
    const held = await registerBestallare(h.db, ORG.norrvikKommun);
    const id = `mandate-${held.id}`;
    const answers = [await hanna.get(`/bestallare/${id}`), await hanna.post(`/bestallare/${id}/renew`, { validUntil: inYears(1) }), await hanna.post(`/bestallare/${id}/revoke`, {})];
    for (const res of answers) expect(res.statusCode).toBe(404);
    expect(answers[0]!.json()).toEqual(answers[2]!.json());
    await expectRefused(await hanna.get(`/bestallare?organisationId=${ORG.norrvikKommun}`), 403, null, 'FORBIDDEN_ROLE');
    expect((await hanna.get('/bestallare?limit=200')).json().map((m: { organisation: { id: string } }) => m.organisation.id)).not.toContain(ORG.norrvikKommun);
    expect(await h.db.bestallareMandate.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'ACTIVE' });
  });

  test('revocation at once, with history and the e-mail; revoking again is 409; a revoked mandate cannot be renewed (R-21)', async () => {
    const ulf = await h.login(PERSON.repUlf);
    const held = await registerBestallare(h.db, ORG.norrvikKommun);
    const id = `mandate-${held.id}`;
    const revoked = await ulf.post(`/bestallare/${id}/revoke`, { reason: 'Har bytt tjänst.' });
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json()).toMatchObject({ status: 'REVOKED', history: expect.arrayContaining([expect.objectContaining({ event: 'MANDATE_REVOKED', actor: 'Ulf Ahl' })]) });
    const mail = await waitFor('the revocation e-mail', async () => (await h.smtp.mailTo(held.email)).find((m) => /återkallat/.test(m.subject)));
    expect(mail.text).toContain('Har bytt tjänst.');

    await expectRefused(await ulf.post(`/bestallare/${id}/revoke`, {}), 409, null, 'MANDATE_ALREADY_REVOKED');
    await expectRefused(await ulf.post(`/bestallare/${id}/renew`, { validUntil: inYears(1) }), 422, 'R-21', 'MANDATE_REVOKED');
    expect(await h.db.order.count({ where: { personnummer: held.personnummer } })).toBe(0);
    expect(await h.db.auditEvent.count({ where: { subjectType: 'MANDATE', subjectId: id, event: 'MANDATE_REVOKED' } })).toBe(1);
    // The revoked beställare may order no more, at once, and is told why.
    const former = await h.login(held.id);
    await expectRefused(await former.post('/orders', { kind: 'USER_9480' }), 403, null, 'BESTALLARE_MANDATE_LAPSED');
  });
});

describe('GET /bestallare', () => {
  test('expiringWithinDays keeps the active ones ending soon; pages with cursors; a bad cursor is 400', async () => {
    const britt = await h.login(PERSON.baBritt);
    const soon = await registerBestallare(h.db, ORG.sydasenKommun, new Date(Date.now() + 5 * DAY));
    const later = await registerBestallare(h.db, ORG.sydasenKommun, new Date(Date.now() + 100 * DAY));
    const expiring = (await britt.get(`/bestallare?organisationId=${ORG.sydasenKommun}&expiringWithinDays=10&limit=200`)).json();
    expect(expiring.map((m: { id: string }) => m.id)).toContain(`mandate-${soon.id}`);
    expect(expiring.map((m: { id: string }) => m.id)).not.toContain(`mandate-${later.id}`);
    expect(expiring.find((m: { id: string }) => m.id === `mandate-${soon.id}`)).toMatchObject({ status: 'ACTIVE', daysLeft: 5 });

    const seen: string[] = [];
    let url = `/bestallare?organisationId=${ORG.sydasenKommun}&limit=1`;
    for (let page = 0; page < 50; page++) {
      const res = await britt.get(url);
      expect(res.json()).toHaveLength(1);
      seen.push(res.json()[0].id);
      const next = res.headers['next-cursor'];
      if (!next) break;
      url = `/bestallare?organisationId=${ORG.sydasenKommun}&limit=1&cursor=${next}`;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(expect.arrayContaining([`mandate-${soon.id}`, `mandate-${later.id}`]));
    expect(seen.indexOf(`mandate-${soon.id}`)).toBeLessThan(seen.indexOf(`mandate-${later.id}`));
    await expectRefused(await britt.get('/bestallare?cursor=inte-en-markor'), 400, null, 'VALIDATION_ERROR');
    await expectRefused(await britt.get('/bestallare?expiringWithinDays=731'), 400, null, 'VALIDATION_ERROR');
  });
});

describe('npm run mandates:adopt', () => {
  test('mandates from before workflows read as of today, and get one workflow each, recorded on the mandate; revoked ones none; a second run adopts nothing', async () => {
    const active = await registerBestallare(h.db, ORG.norrvikKommun, new Date(Date.now() + 200 * DAY));
    const lapsed = await registerBestallare(h.db, ORG.norrvikKommun, new Date(Date.now() - DAY));
    const revoked = await registerBestallare(h.db, ORG.norrvikKommun);
    await h.db.bestallareMandate.update({ where: { id: `mandate-${revoked.id}` }, data: { status: 'REVOKED', revokedAt: new Date() } });
    // Past its end, a mandate reads EXPIRED before any workflow has recorded it.
    const ulf = await h.login(PERSON.repUlf);
    expect((await ulf.get(`/bestallare/mandate-${lapsed.id}`)).json()).toMatchObject({ status: 'EXPIRED', daysLeft: -1 });
    const ids = async (status: string) => (await ulf.get(`/bestallare?status=${status}&limit=200`)).json().map((m: { id: string }) => m.id);
    expect(await ids('EXPIRED')).toContain(`mandate-${lapsed.id}`);
    expect(await ids('ACTIVE')).not.toContain(`mandate-${lapsed.id}`);
    // Only this test's mandates: the test database is shared with suites running alongside.
    const only = { personId: { in: [active.id, lapsed.id, revoked.id] } };

    expect(await adoptMandates(h.db, h.temporal, h.config.TEMPORAL_TASK_QUEUE, only)).toBe(2);
    for (const person of [active, lapsed]) {
      const m = await h.db.bestallareMandate.findUniqueOrThrow({ where: { id: `mandate-${person.id}` } });
      expect(m.workflowId).toBe(`mandate:${m.id}`);
      const state = await waitFor('the workflow to plan', async () => (await h.temporal.workflow.getHandle(m.workflowId!).query(mandateStateQuery)) ?? undefined);
      expect(state.status).toBe(person === active ? 'ACTIVE' : 'EXPIRED');
    }
    expect(await h.db.bestallareMandate.findUniqueOrThrow({ where: { id: `mandate-${revoked.id}` } })).toMatchObject({ workflowId: null });
    expect(await adoptMandates(h.db, h.temporal, h.config.TEMPORAL_TASK_QUEUE, only)).toBe(0);
  });
});
