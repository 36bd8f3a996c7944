/**
 * The PUB-avtal register through the real app: BA registers and terminates, BA and the
 * förbund's people read it with its state today; every bad input is a 4xx and changes nothing.
 */
import { randomUUID } from 'node:crypto';
import { pubAvtalEndDay, pubAvtalState } from '../../../domain/pub-avtal';
import { formatStockholmDate } from '../../../domain/stockholm-time';
import { FORBUND, PERSON } from '../../../prisma/seed-data';
import { startApiHarness } from '../../support/api-app';

let h: Awaited<ReturnType<typeof startApiHarness>>;

beforeAll(async () => {
  h = await startApiHarness();
});

afterAll(async () => {
  await h?.stop();
});

const DAY = 86_400_000;
const day = (offsetDays: number) => formatStockholmDate(new Date(Date.now() + offsetDays * DAY));
const avtalIn = (forbundId: string) => h.db.pubAvtal.count({ where: { forbundId } });

test('R-31: the state of an avtal on a day', () => {
  const a = { validFrom: '2026-01-01', validTo: '2026-12-31', terminatedOn: null };
  expect(pubAvtalState(a, '2025-12-31')).toBe('NOT_YET_VALID');
  expect(pubAvtalState(a, '2026-01-01')).toBe('VALID');
  expect(pubAvtalState(a, '2026-12-31')).toBe('VALID');
  expect(pubAvtalState(a, '2027-01-01')).toBe('ENDED');
  expect(pubAvtalState({ ...a, validTo: null }, '2099-01-01')).toBe('VALID');
  expect(pubAvtalState({ ...a, terminatedOn: '2026-06-01' }, '2026-05-31')).toBe('VALID');
  expect(pubAvtalState({ ...a, terminatedOn: '2026-06-01' }, '2026-06-01')).toBe('TERMINATED');
});

test('R-31: the first day an avtal no longer holds: the day after its last, or its termination if earlier', () => {
  const a = { validFrom: '2026-01-01', validTo: '2026-12-31', terminatedOn: null };
  expect(pubAvtalEndDay(a)).toBe('2027-01-01');
  expect(pubAvtalEndDay({ ...a, validTo: null })).toBeNull();
  expect(pubAvtalEndDay({ ...a, terminatedOn: '2026-06-01' })).toBe('2026-06-01');
  expect(pubAvtalEndDay({ ...a, validTo: null, terminatedOn: '2026-06-01' })).toBe('2026-06-01');
  expect(pubAvtalEndDay({ ...a, validTo: '2024-02-28', terminatedOn: '2030-01-01' })).toBe('2024-02-29');
});

test('BA registers and terminates; the förbund reads it with its state today; others are refused', async () => {
  const britt = await h.login(PERSON.baBritt);
  const anna = await h.login(PERSON.userAnna);
  const karin = await h.login(PERSON.bestallareKarin);
  // Förbund Mittland: no other suite registers avtal there.
  const registered = await britt.post(`/forbund/${FORBUND.mittland}/pub-avtal`, { signedOn: day(-10), validFrom: day(-5) });
  expect(registered.statusCode).toBe(201);
  const id: string = registered.json().id;
  expect(registered.json()).toMatchObject({ state: 'VALID', validTo: null, terminatedOn: null, registeredBy: 'Britt Andersson' });

  expect((await anna.get(`/forbund/${FORBUND.norrvik}/pub-avtal`)).statusCode).toBe(200);
  expect((await anna.get(`/forbund/${FORBUND.mittland}/pub-avtal`)).json()).toMatchObject({ code: 'FORBIDDEN_ROLE' });
  expect((await karin.get(`/forbund/${FORBUND.mittland}/pub-avtal`)).statusCode).toBe(403);
  expect((await britt.get(`/forbund/${FORBUND.mittland}/pub-avtal`)).json().map((a: { id: string }) => a.id)).toContain(id);
  expect((await anna.post(`/forbund/${FORBUND.norrvik}/pub-avtal`, { signedOn: day(-1), validFrom: day(0) })).statusCode).toBe(403);

  const terminated = await britt.post(`/forbund/${FORBUND.mittland}/pub-avtal/${id}/terminate`, { terminatedOn: day(0), reason: 'Förbundet har sagt upp avtalet.' });
  expect(terminated.statusCode).toBe(200);
  expect(terminated.json()).toMatchObject({ state: 'TERMINATED', terminatedOn: day(0), terminationReason: 'Förbundet har sagt upp avtalet.' });
  const again = await britt.post(`/forbund/${FORBUND.mittland}/pub-avtal/${id}/terminate`, {});
  expect(again.statusCode).toBe(409);
  expect(again.json()).toMatchObject({ code: 'PUB_AVTAL_TERMINATED' });
  expect(await h.db.auditEvent.findMany({ where: { subjectType: 'PUB_AVTAL', subjectId: id }, select: { event: true, actorId: true }, orderBy: { at: 'asc' } })).toEqual([
    { event: 'PUB_AVTAL_REGISTERED', actorId: PERSON.baBritt },
    { event: 'PUB_AVTAL_TERMINATED', actorId: PERSON.baBritt },
  ]);
});

test.each([
  ['a period that ends before it starts', { signedOn: day(-3), validFrom: day(0), validTo: day(-1) }, 'validTo'],
  ['signed in the future', { signedOn: day(2), validFrom: day(3) }, 'signedOn'],
  ['a day that is no calendar day', { signedOn: '2026-02-30', validFrom: day(0) }, 'signedOn'],
  ['an unknown field', { signedOn: day(-1), validFrom: day(0), forbundId: FORBUND.norrvik }, ''],
])('400: %s, nothing stored', async (_name, body, path) => {
  const britt = await h.login(PERSON.baBritt);
  const before = await avtalIn(FORBUND.mittland);
  const res = await britt.post(`/forbund/${FORBUND.mittland}/pub-avtal`, body);
  expect(res.statusCode).toBe(400);
  expect(res.json().details).toContainEqual(expect.objectContaining({ path }));
  expect(await avtalIn(FORBUND.mittland)).toBe(before);
});

test('a termination from a day that has passed is 400, of an unknown avtal 404; nothing changes', async () => {
  const britt = await h.login(PERSON.baBritt);
  const id: string = (await britt.post(`/forbund/${FORBUND.mittland}/pub-avtal`, { signedOn: day(-30), validFrom: day(-30), validTo: day(300) })).json().id;
  const past = await britt.post(`/forbund/${FORBUND.mittland}/pub-avtal/${id}/terminate`, { terminatedOn: day(-1) });
  expect(past.statusCode).toBe(400);
  expect(past.json().details).toContainEqual(expect.objectContaining({ path: 'terminatedOn' }));
  expect((await britt.post(`/forbund/${FORBUND.norrvik}/pub-avtal/${id}/terminate`, {})).statusCode).toBe(404);
  expect((await britt.post(`/forbund/${FORBUND.mittland}/pub-avtal/${randomUUID()}/terminate`, {})).statusCode).toBe(404);
  expect(await h.db.pubAvtal.findUniqueOrThrow({ where: { id } })).toMatchObject({ terminatedOn: null, terminatedById: null });
});

test('the database refuses a period that ends before it starts, and a termination without who made it', async () => {
  const base = { forbundId: FORBUND.mittland, signedOn: new Date('2026-01-01'), validFrom: new Date('2026-01-01'), registeredById: PERSON.baBritt };
  await expect(h.db.pubAvtal.create({ data: { ...base, id: randomUUID(), validTo: new Date('2025-12-31') } })).rejects.toThrow(/PubAvtal_period_check/);
  await expect(h.db.pubAvtal.create({ data: { ...base, id: randomUUID(), terminatedOn: new Date('2026-06-01') } })).rejects.toThrow(/PubAvtal_period_check/);
});
