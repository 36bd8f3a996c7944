/**
 * Provisions what the project needs beyond node modules, quickly when it is already there:
 * the Temporal CLI and test server, the Prisma client, the embedded PostgreSQL's library links,
 * the web UI's build, and (with --browser, for `npm test`) Debian's Chromium.
 * Run by `npm run dev` and `npm test` (after scripts/bootstrap.js).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ensureEmbeddedPostgresSymlinks } from './embedded-db';
import { ensureChromium } from './lib/chromium';
import { createLog } from './lib/log';
import { REPO_ROOT } from './lib/paths';
import { runPrisma } from './lib/prisma-cli';
import { temporalCliPath, temporalTestServerPath } from './temporal-binaries';

const quiet = process.argv.includes('--quiet');
// `npm test` drives the UI in a real browser; `npm run dev` does not need one.
const browser = process.argv.includes('--browser');
const log = createLog('setup', quiet);

/** `prisma generate` only when the schema changed since the last generation. */
function generatePrismaClient(): void {
  const schema = fs.readFileSync(path.join(REPO_ROOT, 'prisma', 'schema.prisma'));
  const hash = crypto.createHash('sha256').update(schema).digest('hex');
  const stamp = path.join(REPO_ROOT, 'generated', 'prisma', '.schema-hash');
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === hash) return;
  log('generating the Prisma client');
  // generate reads no database, but the CLI insists on a well-formed URL.
  runPrisma(['generate'], 'postgresql://localhost:5432/unused', { quiet: true });
  fs.writeFileSync(stamp, hash);
}

export async function setup(): Promise<void> {
  generatePrismaClient();
  await ensureEmbeddedPostgresSymlinks();
  await temporalCliPath({ quiet });
  await temporalTestServerPath({ quiet });
  log('building the web UI (when changed)');
  // Imported only now: the build reads the API's OpenAPI document, which loads the Prisma
  // client that generatePrismaClient() has just generated (a fresh clone has none before).
  const { buildWeb } = await import('./web/build');
  await buildWeb({ quiet: true });
  if (browser) ensureChromium(log, quiet);
}

if (require.main === module) {
  setup().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
