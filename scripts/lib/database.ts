import { createDb } from '../../data/prisma';
import { seedDatabase } from '../../prisma/seed';
import { runPrisma } from './prisma-cli';

/** Applies pending migrations and seeds the demo data (both idempotent). */
export async function migrateAndSeed(databaseUrl: string, opts: { quiet?: boolean } = {}): Promise<void> {
  runPrisma(['migrate', 'deploy'], databaseUrl, opts);
  const db = createDb(databaseUrl);
  try {
    await seedDatabase(db);
  } finally {
    await db.$disconnect();
  }
}
