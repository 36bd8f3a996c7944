import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { withFileLock } from '../../../scripts/lib/file-lock';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('two holders of one lock never overlap; the second waits and says why', async () => {
  const lockPath = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'lock-')), 'install.lock');
  const events: string[] = [];
  const messages: string[] = [];
  const hold = (name: string) => withFileLock(lockPath, { purpose: 'installing', log: (m) => messages.push(m) }, async () => {
    events.push(`${name} in`);
    await sleep(300);
    events.push(`${name} out`);
  });
  await Promise.all([hold('a'), sleep(50).then(() => hold('b'))]);
  expect(events).toEqual(['a in', 'a out', 'b in', 'b out']);
  expect(messages).toEqual(['Waiting for another process that is installing…']);
});

test('a lock left by a dead process (not refreshed for 30 s) is taken over', async () => {
  const lockPath = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'lock-')), 'install.lock');
  await fs.mkdir(`${lockPath}.lock`);
  const old = new Date(Date.now() - 60_000);
  await fs.utimes(`${lockPath}.lock`, old, old);
  await expect(withFileLock(lockPath, { purpose: 'installing' }, async () => 'ran')).resolves.toBe('ran');
});

test('waiting gives up after the timeout with a message that names the lock', async () => {
  const lockPath = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'lock-')), 'install.lock');
  await fs.mkdir(`${lockPath}.lock`); // fresh: held by someone alive
  await expect(withFileLock(lockPath, { purpose: 'installing', timeoutMs: 300 }, async () => 'ran')).rejects.toThrow(/install\.lock\.lock/);
});
