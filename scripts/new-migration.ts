/**
 * Authors a migration without a shadow database (which misbehaves with the JS schema engine):
 * diffs the schema snapshot stored with the newest migration against prisma/schema.prisma and
 * writes prisma/migrations/<timestamp>_<name>/{migration.sql,schema.prisma}.
 *
 *   DATABASE_URL=postgresql://… npm run db:new-migration -- add_something
 *
 * The JS schema engine opens a connection even for a datamodel-to-datamodel diff, so any
 * reachable PostgreSQL will do (nothing is written to it).
 */
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './lib/paths';
import { runPrisma } from './lib/prisma-cli';

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('usage: npm run db:new-migration -- <name in snake_case>');
  process.exit(2);
}
const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.error('Set DATABASE_URL to any reachable PostgreSQL (e.g. the one npm run dev prints).');
  process.exit(2);
}

const migrationsDir = path.join(REPO_ROOT, 'prisma', 'migrations');
const schemaPath = path.join(REPO_ROOT, 'prisma', 'schema.prisma');
fs.mkdirSync(migrationsDir, { recursive: true });
const previous = fs
  .readdirSync(migrationsDir)
  .filter((d) => fs.existsSync(path.join(migrationsDir, d, 'schema.prisma')))
  .sort()
  .at(-1);

const from = previous
  ? ['--from-schema-datamodel', path.join(migrationsDir, previous, 'schema.prisma')]
  : ['--from-empty'];
const sql = runPrisma(['migrate', 'diff', ...from, '--to-schema-datamodel', schemaPath, '--script'], databaseUrl);
if (!/\b(CREATE|ALTER|DROP)\b/.test(sql)) {
  console.log('The schema has not changed since the last migration; nothing written.');
  process.exit(0);
}

const stamp = new Date().toISOString().replace(/[-:T]/g, '').slice(0, 14);
const dir = path.join(migrationsDir, `${stamp}_${name}`);
fs.mkdirSync(dir);
fs.writeFileSync(path.join(dir, 'migration.sql'), sql);
fs.copyFileSync(schemaPath, path.join(dir, 'schema.prisma'));
console.log(`Wrote ${path.relative(REPO_ROOT, dir)}/migration.sql; review it, then apply with npm run db:migrate.`);
