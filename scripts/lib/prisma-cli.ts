import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from './paths';
const PRISMA_BIN = path.join(REPO_ROOT, 'node_modules', 'prisma', 'build', 'index.js');

/**
 * Runs the Prisma CLI (JS schema engine, see prisma.config.ts) against `databaseUrl` and
 * returns its stdout. Telemetry is off: this machine has no internet and must not wait for it.
 */
export function runPrisma(args: string[], databaseUrl: string, opts: { quiet?: boolean } = {}): string {
  return execFileSync(process.execPath, [PRISMA_BIN, ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, CHECKPOINT_DISABLE: '1', PRISMA_HIDE_UPDATE_MESSAGE: '1' },
    stdio: ['ignore', 'pipe', opts.quiet ? 'pipe' : 'inherit'],
    encoding: 'utf8',
  });
}

