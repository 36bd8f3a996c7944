type Stop = () => Promise<void>;
const g = globalThis as typeof globalThis & { __behorighetTestStops?: Stop[] };

export default async function globalTeardown(): Promise<void> {
  for (const stop of (g.__behorighetTestStops ?? []).reverse()) await stop();
  setTimeout(() => {
    for (const h of (process as any)._getActiveHandles()) console.error('HANDLE', h.constructor?.name, h.spawnfile ?? h.remoteAddress ?? h._idleTimeout ?? '');
  }, 2000).unref();
}
