/**
 * Insatser through the real app (DOMAIN.md "Follow-up data", seed 002): a förbundsadministratör of
 * the förbund registers and edits them, everyone with a role in the förbund reads them; every bad
 * input is a 400 per field or a 403/404, and changes nothing.
 */
import { randomUUID } from 'node:crypto';
import { FORBUND, PERSON } from '../../../prisma/seed-data';
import { startApiHarness } from '../../support/api-app';

let h: Awaited<ReturnType<typeof startApiHarness>>;

beforeAll(async () => {
  h = await startApiHarness();
});

afterAll(async () => {
  await h?.stop();
});

const swedish = /[åäöÅÄÖ]|\b(och|inte|är|för|finns|Ange|ska|kan)\b/;

function insats(overrides: Record<string, unknown> = {}) {
  return {
    name: `Steg framåt ${randomUUID().slice(0, 8)}`,
    kind: 'INDIVIDINRIKTAD',
    periodFrom: '2026-01-01',
    periodTo: '2027-12-31',
    malgrupper: ['UNGA_16_29', 'UNGA_MED_AKTIVITETSERSATTNING'],
    esfCofunded: true,
    budgetSek: 1_200_000,
    budgetedParticipants: 40,
    participantsPerYear: [{ year: 2026, participants: 18 }],
    ...overrides,
  };
}

const insatserIn = (forbundId: string) => h.db.insats.count({ where: { forbundId } });

test('a förbundsadministratör registers and edits; everyone with a role in the förbund reads; others do not', async () => {
  const anna = await h.login(PERSON.userAnna);
  const johan = await h.login(PERSON.userJohan);
  const karin = await h.login(PERSON.bestallareKarin);
  const britt = await h.login(PERSON.baBritt);

  const created = await anna.post(`/forbund/${FORBUND.norrvik}/insatser`, insats());
  expect(created.statusCode).toBe(201);
  const id: string = created.json().id;
  expect(created.json()).toMatchObject({ forbundId: FORBUND.norrvik, kind: 'INDIVIDINRIKTAD', periodTo: '2027-12-31', updatedBy: 'Anna Sjöberg' });

  for (const reader of [johan, britt]) {
    expect((await reader.get(`/forbund/${FORBUND.norrvik}/insatser`)).json().map((i: { id: string }) => i.id)).toContain(id);
    expect((await reader.get(`/insatser/${id}`)).statusCode).toBe(200);
  }
  expect((await karin.get(`/forbund/${FORBUND.norrvik}/insatser`)).json()).toMatchObject({ code: 'FORBIDDEN_ROLE' });
  // Nothing about another förbund's insats to someone without a role there: the same 404 as none at all.
  expect((await karin.get(`/insatser/${id}`)).json()).toEqual((await karin.get(`/insatser/${randomUUID()}`)).json());

  const edited = await h.app.inject({ method: 'PATCH', url: `/forbund/${FORBUND.norrvik}/insatser/${id}`, headers: await bearer(PERSON.userAnna), payload: { budgetSek: 1_500_000, participantsPerYear: [{ year: 2027, participants: 5 }, { year: 2026, participants: 20 }] } });
  expect(edited.statusCode).toBe(200);
  expect(edited.json()).toMatchObject({ budgetSek: 1_500_000, name: created.json().name, participantsPerYear: [{ year: 2026, participants: 20 }, { year: 2027, participants: 5 }] });
  expect(await h.db.auditEvent.findMany({ where: { subjectType: 'INSATS', subjectId: id }, select: { event: true, actorId: true } })).toEqual(
    expect.arrayContaining([{ event: 'INSATS_CREATED', actorId: PERSON.userAnna }, { event: 'INSATS_UPDATED', actorId: PERSON.userAnna }]),
  );
});

async function bearer(personaId: string) {
  return { authorization: `Bearer ${(await h.app.inject({ method: 'POST', url: '/auth/dev/login', payload: { personaId } })).json().token}` };
}

test.each([
  ['"ingen specifik målgrupp" with another', { malgrupper: ['INGEN_SPECIFIK_MALGRUPP', 'ENBART_KVINNOR'] }, 'malgrupper'],
  ['no målgrupp', { malgrupper: [] }, 'malgrupper'],
  ['a negative budget', { budgetSek: -1 }, 'budgetSek'],
  ['a negative count of participants', { budgetedParticipants: -5 }, 'budgetedParticipants'],
  ['participants for a year outside the period', { participantsPerYear: [{ year: 2030, participants: 3 }] }, 'participantsPerYear'],
  ['a year given twice', { participantsPerYear: [{ year: 2026, participants: 3 }, { year: 2026, participants: 4 }] }, 'participantsPerYear'],
  ['a period that ends before it starts', { periodFrom: '2027-01-01', periodTo: '2026-12-31' }, 'periodTo'],
  ['a day that is no calendar day', { periodFrom: '2026-02-30' }, 'periodFrom'],
  ['an unknown kind', { kind: 'ANNAN' }, 'kind'],
])('400: %s, per field in Swedish, nothing stored', async (_name, overrides, path) => {
  const anna = await h.login(PERSON.userAnna);
  const before = await insatserIn(FORBUND.norrvik);
  const res = await anna.post(`/forbund/${FORBUND.norrvik}/insatser`, insats(overrides));
  expect(res.statusCode).toBe(400);
  expect(res.json().details).toContainEqual(expect.objectContaining({ path, message: expect.stringMatching(swedish) }));
  expect(await insatserIn(FORBUND.norrvik)).toBe(before);
});

test('403 for a deltagaransvarig, and for a förbundsadministratör of another förbund; 404 for an unknown förbund', async () => {
  const johan = await h.login(PERSON.userJohan);
  const anna = await h.login(PERSON.userAnna);
  const before = await insatserIn(FORBUND.mittland);
  expect((await johan.post(`/forbund/${FORBUND.norrvik}/insatser`, insats())).json()).toMatchObject({ code: 'FORBIDDEN_ROLE' });
  const elsewhere = await anna.post(`/forbund/${FORBUND.mittland}/insatser`, insats());
  expect(elsewhere.statusCode).toBe(403);
  expect(elsewhere.json().message).toMatch(swedish);
  expect((await anna.post('/forbund/forbund-finns-inte/insatser', insats())).statusCode).toBe(404);
  expect(await insatserIn(FORBUND.mittland)).toBe(before);
});

test('an edit is checked as the insats it makes: "ingen specifik" added to other målgrupper is 400 and changes nothing; another förbund is 403, an unknown insats 404', async () => {
  const anna = await h.login(PERSON.userAnna);
  const id: string = (await anna.post(`/forbund/${FORBUND.norrvik}/insatser`, insats())).json().id;
  const headers = await bearer(PERSON.userAnna);
  const patch = (url: string, payload: unknown) => h.app.inject({ method: 'PATCH', url, headers, payload: payload as object });

  const combined = await patch(`/forbund/${FORBUND.norrvik}/insatser/${id}`, { malgrupper: ['INGEN_SPECIFIK_MALGRUPP', 'UNGA_16_29'] });
  expect(combined.statusCode).toBe(400);
  expect(combined.json().details).toContainEqual(expect.objectContaining({ path: 'malgrupper' }));
  const shortened = await patch(`/forbund/${FORBUND.norrvik}/insatser/${id}`, { periodTo: '2026-06-30', participantsPerYear: [{ year: 2027, participants: 1 }] });
  expect(shortened.statusCode).toBe(400);
  expect((await patch(`/forbund/${FORBUND.mittland}/insatser/${id}`, { budgetSek: 1 })).statusCode).toBe(403);
  expect((await patch(`/forbund/${FORBUND.norrvik}/insatser/${randomUUID()}`, { budgetSek: 1 })).statusCode).toBe(404);
  expect((await anna.get(`/insatser/${id}`)).json()).toMatchObject({ malgrupper: ['UNGA_16_29', 'UNGA_MED_AKTIVITETSERSATTNING'], periodTo: '2027-12-31', budgetSek: 1_200_000 });
});

test('an edit with If-Match for the version read wins once; a second edit with the same, now stale, version is 412 and changes nothing', async () => {
  const anna = await h.login(PERSON.userAnna);
  const created = await anna.post(`/forbund/${FORBUND.norrvik}/insatser`, insats());
  const id: string = created.json().id;
  const version = created.headers.etag as string;
  expect(version).toBe(`"${created.json().updatedAt}"`);
  expect((await anna.get(`/insatser/${id}`)).headers.etag).toBe(version);
  const headers = { ...(await bearer(PERSON.userAnna)), 'if-match': version };
  const patch = (payload: unknown) => h.app.inject({ method: 'PATCH', url: `/forbund/${FORBUND.norrvik}/insatser/${id}`, headers, payload: payload as object });

  const first = await patch({ budgetSek: 1 });
  expect(first.statusCode).toBe(200);
  expect(first.headers.etag).not.toBe(version);
  const second = await patch({ budgetSek: 2 });
  expect(second.statusCode).toBe(412);
  expect(second.json()).toMatchObject({ code: 'EDIT_CONFLICT' });
  expect((await anna.get(`/insatser/${id}`)).json().budgetSek).toBe(1);
  // Without If-Match the last edit wins, as before.
  expect((await h.app.inject({ method: 'PATCH', url: `/forbund/${FORBUND.norrvik}/insatser/${id}`, headers: await bearer(PERSON.userAnna), payload: { budgetSek: 3 } })).statusCode).toBe(200);
});

test('the database refuses what the form refuses, whatever path a row takes', async () => {
  const base = { id: randomUUID(), forbundId: FORBUND.norrvik, name: 'Direkt', kind: 'INDIVIDINRIKTAD', periodFrom: new Date('2026-01-01'), periodTo: new Date('2026-12-31'), malgrupper: ['UNGA_16_29'], esfCofunded: false, budgetSek: 0, budgetedParticipants: 0, participantsPerYear: [], createdById: PERSON.userAnna, updatedById: PERSON.userAnna };
  await expect(h.db.insats.create({ data: { ...base, id: randomUUID(), budgetSek: -1 } })).rejects.toThrow(/Insats_values_check/);
  await expect(h.db.insats.create({ data: { ...base, id: randomUUID(), malgrupper: ['INGEN_SPECIFIK_MALGRUPP', 'ENBART_MAN'] } })).rejects.toThrow(/Insats_values_check/);
  await expect(h.db.insats.create({ data: { ...base, id: randomUUID(), periodTo: new Date('2025-12-31') } })).rejects.toThrow(/Insats_values_check/);
  await expect(h.db.insats.create({ data: { ...base, id: randomUUID(), malgrupper: [] } })).rejects.toThrow(/Insats_values_check/);
});
