import fs from 'node:fs/promises';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import type { Log } from './log';

export interface FileLockOptions {
  /** What the holder does, for the "waiting for …" message, e.g. "installing the Temporal binaries". */
  purpose: string;
  /** Give up waiting after this long (default 10 minutes: a pip install over a slow link). */
  timeoutMs?: number;
  log?: Log;
}

const POLL_MS = 250;
// proper-lockfile refreshes a held lock's mtime every UPDATE_MS; a lock not refreshed for
// STALE_MS belongs to a process that died (killed mid-install) and is taken over.
const UPDATE_MS = 5_000;
const STALE_MS = 30_000;

/**
 * Run `fn` while holding an exclusive lock (proper-lockfile, a lock directory beside
 * `lockPath`), so that two processes (say `npm run dev` and `npm test` started together) never
 * install into the same directory at once.
 */
export async function withFileLock<T>(lockPath: string, options: FileLockOptions, fn: () => Promise<T>): Promise<T> {
  const { purpose, timeoutMs = 10 * 60_000, log } = options;
  await fs.mkdir(path.dirname(lockPath), { recursive: true });
  const deadline = Date.now() + timeoutMs;
  let announcedWait = false;
  let release: () => Promise<void>;
  for (;;) {
    try {
      // realpath: false, so the locked path itself need not exist.
      release = await lockfile.lock(lockPath, { realpath: false, stale: STALE_MS, update: UPDATE_MS });
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ELOCKED') throw err;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `Timed out after ${Math.round(timeoutMs / 1000)} s waiting for the lock ${lockPath}.lock. ` +
          `If no other process is ${purpose}, delete that directory and try again.`,
      );
    }
    if (!announcedWait) {
      log?.(`Waiting for another process that is ${purpose}…`);
      announcedWait = true;
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  try {
    return await fn();
  } finally {
    await release();
  }
}
