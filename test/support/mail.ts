import type { CapturedMail } from '../../mail/catcher/store';

/** The mail a mail catcher (scripts/mail-catcher.ts) holds for one recipient. */
export async function mailTo(httpPort: number, address: string): Promise<CapturedMail[]> {
  const res = await fetch(`http://127.0.0.1:${httpPort}/messages?to=${encodeURIComponent(address)}`);
  if (!res.ok) throw new Error(`mail catcher answered ${res.status}`);
  return (await res.json()) as CapturedMail[];
}

export async function waitFor<T>(what: string, probe: () => Promise<T | undefined | null | false>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
