/**
 * The production build (`npm run build`, after provisioning and the web UI): compiles the API,
 * the worker and the scripts a deployment runs to JavaScript in dist/ (mirroring the
 * repository's layout), and bundles the workflow code once into dist/workflow-bundle.js with its
 * hash. `npm run api` and `npm run worker` run that: no tsx, no webpack at start.
 * Type checking is `npm run typecheck`'s job; the build only emits (tsc --noCheck).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { bundleWorkflowCode } from '@temporalio/worker';
import { writeWorkflowBundle } from '../worker/workflow-bundle';
import { createLog, elapsed } from './lib/log';
import { REPO_ROOT } from './lib/paths';

export const DIST_DIR = path.join(REPO_ROOT, 'dist');

const noop = () => undefined;
const silentLogger = { trace: noop, debug: noop, info: noop, warn: noop, error: noop, log: noop };

export async function buildProduction(options: { quiet?: boolean } = {}): Promise<void> {
  const log = createLog('build', options.quiet);
  const started = Date.now();
  fs.rmSync(DIST_DIR, { recursive: true, force: true });
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(REPO_ROOT, 'tsconfig.build.json'), '--noCheck'], { stdio: 'inherit', cwd: REPO_ROOT });
  log(`compiled to dist/ in ${elapsed(started)}`);
  const bundled = Date.now();
  const { code } = await bundleWorkflowCode({ workflowsPath: require.resolve('../workflows'), logger: silentLogger });
  const manifest = writeWorkflowBundle(DIST_DIR, code);
  log(`workflow bundle dist/workflow-bundle.js (${(manifest.bytes / 1e6).toFixed(2)} MB, sha256 ${manifest.sha256.slice(0, 12)}) in ${elapsed(bundled)}`);
}

if (require.main === module) {
  buildProduction().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
