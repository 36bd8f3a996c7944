/**
 * The workflow code as one prebuilt bundle (`npm run build` writes it beside the compiled code):
 * a production worker loads it instead of running webpack at every start, which was most of a
 * worker's 3–5 s cold start. The manifest holds the bundle's SHA-256; a worker refuses a bundle
 * that does not match it, and logs the hash, so an operator sees which workflow code each
 * worker runs (two hashes on one task queue during a rollout is the moment replay tests guard).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const WORKFLOW_BUNDLE_FILE = 'workflow-bundle.js';
export const WORKFLOW_BUNDLE_MANIFEST = 'workflow-bundle.json';

export interface BundleManifest {
  sha256: string;
  bytes: number;
  builtAt: string;
}

export const sha256 = (code: string) => createHash('sha256').update(code).digest('hex');

/** Writes the bundle and its manifest into `dir` (the build's output). */
export function writeWorkflowBundle(dir: string, code: string): BundleManifest {
  const manifest: BundleManifest = { sha256: sha256(code), bytes: Buffer.byteLength(code), builtAt: new Date().toISOString() };
  fs.writeFileSync(path.join(dir, WORKFLOW_BUNDLE_FILE), code);
  fs.writeFileSync(path.join(dir, WORKFLOW_BUNDLE_MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/**
 * Checks the bundle in `dir` against its manifest (throws naming what is wrong) and returns its
 * path for the worker (`workflowBundle: { codePath }`: the SDK then keeps the bundle's source
 * map as it is, instead of re-encoding it under another file name at every start).
 */
export function verifiedWorkflowBundle(dir: string): { codePath: string; sha256: string } {
  const file = path.join(dir, WORKFLOW_BUNDLE_FILE);
  const manifestFile = path.join(dir, WORKFLOW_BUNDLE_MANIFEST);
  if (!fs.existsSync(file) || !fs.existsSync(manifestFile)) {
    throw new Error(`no prebuilt workflow bundle in ${dir}: run \`npm run build\` first`);
  }
  const code = fs.readFileSync(file, 'utf8');
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as BundleManifest;
  const actual = sha256(code);
  if (actual !== manifest.sha256) {
    throw new Error(`${file} does not match its manifest (sha256 ${actual}, expected ${manifest.sha256}): run \`npm run build\` again`);
  }
  return { codePath: file, sha256: actual };
}
