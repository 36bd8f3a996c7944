import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { createDb } from '../../data/prisma';
import { seedDatabase } from '../../prisma/seed';
import { REPO_ROOT } from './paths';
import { runPrisma } from './prisma-cli';

const MIGRATIONS_DIR = path.join(REPO_ROOT, 'prisma', 'migrations');

/**
 * True when every migration folder is recorded as applied. `prisma migrate deploy` with the JS
 * schema engine lingers ~10 s on a timer of its own even when there is nothing to do, which
 * every `npm run dev` start would pay; this check lets us skip it.
 */
async function migrationsUpToDate(databaseUrl: string): Promise<boolean> {
  const wanted = fs.readdirSync(MIGRATIONS_DIR).filter((d) => fs.existsSync(path.join(MIGRATIONS_DIR, d, 'migration.sql')));
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ migration_name: string }>(
      `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const applied = new Set(rows.map((r) => r.migration_name));
    return wanted.every((name) => applied.has(name));
  } catch {
    return false; // no _prisma_migrations table yet: a new database
  } finally {
    await client.end();
  }
}

/** Applies pending migrations and seeds the demo data (both idempotent). */
export async function migrateAndSeed(databaseUrl: string, opts: { quiet?: boolean } = {}): Promise<void> {
  if (!(await migrationsUpToDate(databaseUrl))) runPrisma(['migrate', 'deploy'], databaseUrl, opts);
  const db = createDb(databaseUrl);
  try {
    await seedDatabase(db);
  } finally {
    await db.$disconnect();
  }
}
