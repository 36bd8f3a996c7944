import path from 'node:path';

/** Absolute path of the repository root (this file lives in <repo>/scripts/lib). */
export const REPO_ROOT = path.resolve(__dirname, '..', '..');

/** Local, git-ignored state: databases, Temporal history, captured mail, lock files. */
export const DATA_DIR = path.join(REPO_ROOT, '.data');
