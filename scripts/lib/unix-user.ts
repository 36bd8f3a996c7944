import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';

export interface UnixIds {
  uid: number;
  gid: number;
}

/** uid and primary gid of a local user, or undefined if there is no such user. */
export function lookupUser(name: string): UnixIds | undefined {
  try {
    const uid = Number.parseInt(execFileSync('id', ['-u', name], { encoding: 'utf8', stdio: 'pipe' }), 10);
    const gid = Number.parseInt(execFileSync('id', ['-g', name], { encoding: 'utf8', stdio: 'pipe' }), 10);
    return Number.isInteger(uid) && Number.isInteger(gid) ? { uid, gid } : undefined;
  } catch {
    return undefined;
  }
}

export interface Blocked {
  dir: string;
  mode: string;
}

/**
 * The first existing ancestor of `target` that `user` cannot enter (no x permission for it), or
 * undefined if all can be entered. Checks owner, primary group, then "other" bits — the way the
 * kernel decides for a process started by Node with { uid, gid }, which carries no supplementary
 * groups. With `user` undefined (not created yet) only the "other" bits count.
 */
export async function firstUntraversableAncestor(target: string, user: UnixIds | undefined): Promise<Blocked | undefined> {
  let dir = path.dirname(path.resolve(target));
  for (;;) {
    const stat = await fs.stat(dir).catch(() => undefined);
    if (stat) {
      const canEnter =
        user && stat.uid === user.uid
          ? (stat.mode & 0o100) !== 0
          : user && stat.gid === user.gid
            ? (stat.mode & 0o010) !== 0
            : (stat.mode & 0o001) !== 0;
      if (!canEnter) return { dir, mode: (stat.mode & 0o777).toString(8) };
    }
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
