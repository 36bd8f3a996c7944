/**
 * Builds the web UI (web/ → web/dist, served by the API under /app): the API types from the
 * OpenAPI document, a type check of the whole UI against them (vue-tsc), then Vite's build.
 * Skipped when nothing it reads has changed since the last build (a hash in web/dist).
 */
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../lib/paths';
import { writeApiTypes } from './openapi-types';

const WEB = path.join(REPO_ROOT, 'web');
const DIST = path.join(WEB, 'dist');
const STAMP = path.join(DIST, '.source-hash');
// The UI is built from web/ and imports the API's forms, schemas and domain labels.
const SOURCES = ['web', 'api', 'forms', 'domain', 'package-lock.json'];

function filesUnder(p: string): string[] {
  const full = path.join(REPO_ROOT, p);
  if (!fs.statSync(full).isDirectory()) return [p];
  return fs.readdirSync(full).flatMap((name) => (name === 'dist' || name === 'node_modules' || name.endsWith('.gen.ts') ? [] : filesUnder(path.join(p, name))));
}

function sourceHash(): string {
  const hash = crypto.createHash('sha256');
  for (const file of SOURCES.flatMap(filesUnder).sort()) hash.update(file).update(fs.readFileSync(path.join(REPO_ROOT, file)));
  return hash.digest('hex');
}

export async function buildWeb(options: { force?: boolean; quiet?: boolean } = {}): Promise<void> {
  const hash = sourceHash();
  if (!options.force && fs.existsSync(STAMP) && fs.readFileSync(STAMP, 'utf8') === hash) return;
  await writeApiTypes();
  execFileSync(process.execPath, [require.resolve('vue-tsc/bin/vue-tsc.js'), '--noEmit', '-p', path.join(WEB, 'tsconfig.json')], { stdio: 'inherit' });
  // Vite in its own process: under tsx's loader its resolver misreads vite's own exports.
  const vite = path.join(path.dirname(require.resolve('vite/package.json')), 'bin', 'vite.js');
  execFileSync(process.execPath, [vite, 'build', '--config', path.join(WEB, 'vite.config.mts'), '--logLevel', options.quiet ? 'warn' : 'info'], { stdio: 'inherit', cwd: REPO_ROOT });
  fs.writeFileSync(STAMP, hash);
}

if (require.main === module) {
  buildWeb({ force: process.argv.includes('--force'), quiet: process.argv.includes('--quiet') }).catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
