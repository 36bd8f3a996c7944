import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Log } from './log';

export interface FileLockOptions {
  /** What the holder does, for the "waiting for …" message, e.g. "installing the Temporal binaries". */
  purpose: string;
  /** Give up waiting after this long (default 10 minutes: a pip install over a slow link). */
  timeoutMs?: number;
  /** A lock older than this is taken to be left by a crashed process even if its pid is alive. */
  staleAfterMs?: number;
  log?: Log;
}

interface LockContent {
  pid: number;
  hostname: string;
  createdAt: number;
}

const POLL_MS = 250;

/**
 * Run `fn` while holding an exclusive lock file, so that two processes (say `npm run dev` and
 * `npm test` started together) never install into the same directory at once.
 *
 * The lock is a file created with O_EXCL ('wx'), holding the owner's pid. A lock whose owner is
 * gone (killed mid-install) is broken instead of waited for.
 */
export async function withFileLock<T>(lockPath: string, options: FileLockOptions, fn: () => Promise<T>): Promise<T> {
  const { purpose, timeoutMs = 10 * 60_000, staleAfterMs = 30 * 60_000, log } = options;
  await fs.mkdir(path.dirname(lockPath), { recursive: true });
  const deadline = Date.now() + timeoutMs;
  let announcedWait = false;

  for (;;) {
    const content: LockContent = { pid: process.pid, hostname: os.hostname(), createdAt: Date.now() };
    try {
      await fs.writeFile(lockPath, JSON.stringify(content), { flag: 'wx' });
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }

    const holder = await readLock(lockPath);
    if (holder && isStale(holder, staleAfterMs)) {
      log?.(`Removing stale lock ${lockPath} (left by pid ${holder.pid}, which is no longer running).`);
      await breakLock(lockPath, holder);
      continue;
    }
    if (!holder && (await isOldUnreadableLock(lockPath))) {
      // Its creator died between creating the file and writing its pid into it.
      log?.(`Removing unreadable stale lock ${lockPath}.`);
      await fs.rm(lockPath, { force: true });
      continue;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `Timed out after ${Math.round(timeoutMs / 1000)} s waiting for the lock ${lockPath}` +
          (holder ? ` held by pid ${holder.pid} on ${holder.hostname}` : '') +
          `. If no other process is ${purpose}, delete that file and try again.`,
      );
    }
    if (!announcedWait) {
      log?.(`Waiting for another process${holder ? ` (pid ${holder.pid})` : ''} that is ${purpose}…`);
      announcedWait = true;
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }

  try {
    return await fn();
  } finally {
    await fs.rm(lockPath, { force: true });
  }
}

async function readLock(lockPath: string): Promise<LockContent | undefined> {
  try {
    return JSON.parse(await fs.readFile(lockPath, 'utf8')) as LockContent;
  } catch {
    // Vanished meanwhile, or caught half-written by its creator: just try again.
    return undefined;
  }
}

async function isOldUnreadableLock(lockPath: string): Promise<boolean> {
  try {
    const { mtimeMs } = await fs.stat(lockPath);
    return Date.now() - mtimeMs > 10_000;
  } catch {
    return false;
  }
}

function isStale(holder: LockContent, staleAfterMs: number): boolean {
  if (Date.now() - holder.createdAt > staleAfterMs) return true;
  // A pid only means something on the machine that wrote it.
  if (holder.hostname !== os.hostname()) return false;
  return !isProcessAlive(holder.pid);
}

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to another user.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Rename before deleting: if two waiters see the same stale lock, only one rename succeeds. The
 * loser might instead rename a fresh lock that a third process created in between; it notices
 * (the pid differs from the stale one it saw) and puts that lock back with link(), which
 * fails rather than overwrite. The remaining race needs four processes within microseconds.
 */
async function breakLock(lockPath: string, stale: LockContent): Promise<void> {
  const aside = `${lockPath}.stale-${process.pid}-${Date.now()}`;
  try {
    await fs.rename(lockPath, aside);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw err;
  }
  const taken = await readLock(aside);
  if (taken && (taken.pid !== stale.pid || taken.createdAt !== stale.createdAt)) {
    await fs.link(aside, lockPath).catch(() => undefined);
  }
  await fs.rm(aside, { force: true });
}
