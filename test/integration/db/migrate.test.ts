/**
 * `prisma migrate deploy` on an empty database, through the JS schema engine and the catalog
 * workaround (prisma/pg-catalog-workaround.ts, prisma/orm#27403), and the constraints the
 * hand-written part of the first migration adds.
 */
import pg from 'pg';
import { runPrisma } from '../../../scripts/lib/prisma-cli';
import { recreateDatabase } from '../../support/test-database';

let url: string;
let client: pg.Client;

beforeAll(async () => {
  url = await recreateDatabase(process.env.DATABASE_URL!, 'behorighet_migrate_test');
  runPrisma(['migrate', 'deploy'], url, { quiet: true });
  client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`INSERT INTO "Organisation" (id, name, type, "organisationNumber") VALUES ('o', 'Norrviks kommun', 'KOMMUN', '212000-2106'), ('f', 'SF', 'SAMORDNINGSFORBUND', '222000-1016')`);
  await client.query(`INSERT INTO "Forbund" (id, name, "organisationId") VALUES ('fb', 'SF', 'f')`);
  await client.query(`INSERT INTO "Person" (id, personnummer, "givenName", "familyName", email, "employerId") VALUES ('p', '19750920-2623', 'Karin', 'Lund', 'k@x.se', 'o')`);
  for (const n of [1, 2, 3, 4, 9]) {
    await client.query(`INSERT INTO "Person" (id, personnummer, "givenName", "familyName", email, "employerId") VALUES ($1, $2, 'Test', 'Person', 't@x.se', 'o')`, [`p${n}`, `pnr-${n}`]);
  }
});

afterAll(async () => {
  await client?.end();
});

test('applies every migration to an empty database, and a second deploy is a no-op', async () => {
  const { rows } = await client.query(`SELECT count(*)::int AS n FROM _prisma_migrations WHERE finished_at IS NOT NULL`);
  expect(rows[0].n).toBeGreaterThan(0);
  // Slow (~10 s: the JS schema engine lingers on a timer when there is nothing to do), so once.
  expect(runPrisma(['migrate', 'deploy'], url, { quiet: true })).toMatch(/No pending migrations/);
});

test('the same order twice: a second open order for person, förbund and role is refused by the database', async () => {
  const insert = (id: string, status: string) => client.query(
    `INSERT INTO "Order" (id, status, role, "forbundId", personnummer, "givenName", "familyName", email, "employerId", "protectedIdentity", "submittedById", "updatedAt")
     VALUES ($1, $2, 'FORBUNDSADMINISTRATOR', 'fb', '19900305-1233', 'L', 'Å', 'l@x.se', 'o', false, 'p', now())`, [id, status]);
  await insert('o1', 'IN_REVIEW');
  await expect(insert('o2', 'SUBMITTED')).rejects.toThrow(/Order_open_per_person_forbund_role_key/);
  await insert('o3', 'REJECTED'); // closed orders do not count
});

test('R-21: a beställare mandate period longer than two years is refused by the database; a renewed one counts from where its period began', async () => {
  const insert = (id: string, person: string, periodStart: string, to: string) => client.query(
    `INSERT INTO "BestallareMandate" (id, "personId", "organisationId", "validFrom", "periodStart", "validTo") VALUES ($1, $2, 'o', '2026-01-01', $3, $4)`, [id, person, periodStart, to]);
  await insert('m1', 'p1', '2026-01-01', '2028-01-01');
  await expect(insert('m2', 'p2', '2026-01-01', '2028-01-02')).rejects.toThrow(/BestallareMandate_period_check/);
  await insert('m3', 'p3', '2027-06-01', '2029-06-01'); // renewed at its end, 1 June 2027
  await expect(insert('m4', 'p4', '2025-12-31', '2027-01-01')).rejects.toThrow(/BestallareMandate_period_check/); // a period before the mandate
});

test('R-21: one mandate per person and organisation that is not revoked', async () => {
  const insert = (id: string, status: string) => client.query(
    `INSERT INTO "BestallareMandate" (id, "personId", "organisationId", "validFrom", "periodStart", "validTo", status) VALUES ($1, 'p9', 'o', '2026-01-01', '2026-01-01', '2027-01-01', $2::"MandateStatus")`, [id, status]);
  await insert('r1', 'REVOKED');
  await insert('r2', 'EXPIRED');
  await expect(insert('r3', 'ACTIVE')).rejects.toThrow(/BestallareMandate_one_live_per_person_organisation/);
});
