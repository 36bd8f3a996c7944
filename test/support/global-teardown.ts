type Stop = () => Promise<void>;
const g = globalThis as typeof globalThis & { __behorighetTestStops?: Stop[] };

export default async function globalTeardown(): Promise<void> {
  for (const stop of (g.__behorighetTestStops ?? []).reverse()) await stop();
}
