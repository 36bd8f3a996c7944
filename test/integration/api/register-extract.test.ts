/**
 * The register extract (GDPR art. 15, issue 10): BA finds the person and gets everything the
 * service holds about them. The list of places a person is referred to is derived from
 * prisma/schema.prisma here, so a new table or column that refers to a person fails this test
 * until the extract searches it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { REGISTER_EXTRACT_SOURCES } from '../../../api/services/register-extract';
import { formatStockholmDate } from '../../../domain/stockholm-time';
import { ORG, PERSON } from '../../../prisma/seed-data';
import { startApiHarness } from '../../support/api-app';
import { registerForbund } from '../../support/forbund';
import { insertOrder } from '../../support/orders';

/** `Model.column` of every column that refers to a person, read from the schema itself. */
function personReferencesInSchema(): { found: Set<string>; columns: Set<string> } {
  const schema = fs.readFileSync(path.join(__dirname, '../../../prisma/schema.prisma'), 'utf8');
  const found = new Set<string>();
  const columns = new Set<string>();
  for (const [, model, body] of schema.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)) {
    for (const line of body!.split('\n')) {
      const field = /^\s+(\w+)\s+(\w+)(\??|\[\])/.exec(line);
      if (!field) continue;
      const [, name, type] = field;
      columns.add(`${model}.${name}`);
      // A relation to Person: its foreign-key columns.
      const fk = /@relation\([^)]*fields:\s*\[([^\]]+)\]/.exec(line);
      if (type === 'Person' && fk) for (const column of fk[1]!.split(',')) found.add(`${model}.${column.trim()}`);
      // A person's id, personnummer or e-mail address kept without a relation.
      if (type === 'String' && (/^(personId|actorId)$|PersonId$|ById$/.test(name!) || name === 'personnummer' || name === 'recipient')) found.add(`${model}.${name}`);
    }
  }
  found.delete('Person.personnummer'); // the person's own row: Person.id
  return { found, columns };
}

test('every column of the schema that refers to a person is searched by the extract, and every source it names exists', () => {
  const { found, columns } = personReferencesInSchema();
  expect(found.size).toBeGreaterThan(20);
  const missing = [...found].filter((c) => !(REGISTER_EXTRACT_SOURCES as readonly string[]).includes(c));
  expect(missing).toEqual([]);
  expect(REGISTER_EXTRACT_SOURCES.filter((s) => !columns.has(s))).toEqual([]);
});

describe('GET /persons/:id/registerutdrag', () => {
  let h: Awaited<ReturnType<typeof startApiHarness>>;
  beforeAll(async () => {
    h = await startApiHarness();
  });
  afterAll(async () => {
    await h?.stop();
  });

  test('BA finds the person by personnummer and gets their identity, employment, roles, requests, links, e-mails and processing log; taking it is recorded', async () => {
    const f = await registerForbund(h.db, ORG.norrvikKommun);
    const britt = await h.login(PERSON.baBritt);
    const today = formatStockholmDate(new Date());
    await britt.post(`/forbund/${f.forbund.id}/pub-avtal`, { signedOn: today, validFrom: today });
    const admin = await h.login(f.admin.id);
    const linked = await admin.post(`/insatser/${f.insats.id}/deltagaransvariga`, { personnummer: f.deltagaransvarig.personnummer });
    expect(linked.statusCode).toBe(201);
    await admin.get(`/insatser/${f.insats.id}/deltagaransvariga`);
    const person = f.deltagaransvarig;
    const order = await insertOrder(h.db, { personnummer: person.personnummer, givenName: person.givenName, familyName: person.familyName, email: person.email, role: 'DELTAGARANSVARIG', forbundId: f.forbund.id });
    await h.db.emailOutbox.create({ data: { id: randomUUID(), subjectType: 'ORDER', subjectId: order.id, orderId: order.id, template: 'ORDER_APPROVED_USER', recipient: person.email.toUpperCase(), subject: 'Behörighet beviljad', html: '<p>x</p>', text: 'x', status: 'SENT', sentAt: new Date() } });

    const found = await britt.post('/persons/lookup', { personnummer: person.personnummer });
    expect(found.json()).toEqual({ id: person.id, name: `${person.givenName} ${person.familyName}`, employerName: expect.any(String) });
    const extract = await britt.get(`/persons/${person.id}/registerutdrag`);
    expect(extract.statusCode).toBe(200);
    const x = extract.json();
    expect(x.person).toMatchObject({ id: person.id, personnummer: person.personnummer, email: person.email, employer: { id: ORG.norrvikKommun } });
    expect(x.roles).toEqual([expect.objectContaining({ role: 'DELTAGARANSVARIG', forbundId: f.forbund.id })]);
    expect(x.requests.about).toEqual([expect.objectContaining({ id: order.id })]);
    expect(x.links.held).toEqual([expect.objectContaining({ id: linked.json().id, status: 'LINKED', insatsName: f.insats.name })]);
    expect(x.emails).toEqual([expect.objectContaining({ subject: 'Behörighet beviljad', status: 'SENT' })]);
    expect(x.processingLog.about.map((e: { action: string }) => e.action)).toEqual(['LINK', 'READ_LINKS']);
    expect(x.sources).toEqual([...REGISTER_EXTRACT_SOURCES]);
    // The förbundsadministratör's extract shows what they did: the link they asked for, their processing, their audit trail.
    const adminExtract = (await britt.get(`/persons/${f.admin.id}/registerutdrag`)).json();
    expect(adminExtract.links.requested).toHaveLength(1);
    expect(adminExtract.processingLog.by.map((e: { action: string }) => e.action)).toEqual(['LINK', 'READ_LINKS']);
    expect(adminExtract.insatserKept).toEqual([expect.objectContaining({ id: f.insats.id, created: true })]);
    expect(adminExtract.auditEvents.map((e: { event: string }) => e.event)).toContain('LINK_REQUESTED');

    expect(await h.db.auditEvent.count({ where: { subjectType: 'PERSON', subjectId: person.id, event: 'REGISTER_EXTRACT_TAKEN', actorId: PERSON.baBritt } })).toBe(1);
  });

  test('only BA; an unknown person or personnummer is 404', async () => {
    const britt = await h.login(PERSON.baBritt);
    expect((await britt.get(`/persons/${randomUUID()}/registerutdrag`)).statusCode).toBe(404);
    expect((await britt.post('/persons/lookup', { personnummer: '19121212-1212' })).statusCode).toBe(404);
    expect((await britt.post('/persons/lookup', { personnummer: 'nej' })).statusCode).toBe(400);
    const anna = await h.login(PERSON.userAnna);
    expect((await anna.get(`/persons/${PERSON.userJohan}/registerutdrag`)).json()).toMatchObject({ code: 'FORBIDDEN_ROLE' });
    expect((await anna.post('/persons/lookup', { personnummer: '19121212-1212' })).statusCode).toBe(403);
  });
});
