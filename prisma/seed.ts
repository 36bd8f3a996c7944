/**
 * Idempotent seed: creates what is missing and leaves existing rows alone, so running it on
 * every `npm run dev` start keeps the data people made. Also the fixture loader for tests.
 */
import { createDb, type Db } from '../data/prisma';
import { forbund, mandates, organisations, persons, representatives, staff, userRoles } from './seed-data';

const DAY = 24 * 60 * 60 * 1000;

export async function seedDatabase(db: Db, now: Date = new Date()): Promise<void> {
  for (const o of organisations) {
    await db.organisation.upsert({ where: { id: o.id }, create: o, update: {} });
  }
  for (const f of forbund) {
    await db.forbund.upsert({ where: { id: f.id }, create: { id: f.id, name: f.name, organisationId: f.organisationId }, update: {} });
    await db.forbundMember.createMany({ data: f.memberIds.map((organisationId) => ({ forbundId: f.id, organisationId })), skipDuplicates: true });
  }
  // Chefs before their reports: the reporting line refers to the chef.
  const chefsFirst = [...persons].sort((a, b) => Number(Boolean(a.managerId)) - Number(Boolean(b.managerId)));
  for (const p of chefsFirst) {
    await db.person.upsert({ where: { id: p.id }, create: p, update: p.managerId ? { managerId: p.managerId } : {} });
  }
  await db.staffAssignment.createMany({ data: staff, skipDuplicates: true });
  await db.partRepresentative.createMany({ data: representatives, skipDuplicates: true });
  await db.bestallareMandate.createMany({ data: mandates(now).map((m) => ({ ...m, periodStart: m.validFrom })), skipDuplicates: true });
  await db.userRole.createMany({
    data: userRoles.map(({ sinceDaysAgo, ...r }) => ({ ...r, since: new Date(now.getTime() - sinceDaysAgo * DAY) })),
    skipDuplicates: true,
  });
}

if (require.main === module) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error('DATABASE_URL must be set');
    process.exit(2);
  }
  const db = createDb(url);
  seedDatabase(db)
    .then(() => console.log('Seeded.'))
    .finally(() => db.$disconnect());
}
