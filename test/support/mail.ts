/** An e-mail as the tests read it, from MailDev's REST API or the in-process SMTP sink. */
export interface CapturedMail {
  /** Envelope recipients, lower-cased. */
  to: string[];
  subject: string;
  text: string;
  html: string;
  messageId: string | null;
}

/** The mail MailDev (scripts/lib/maildev.ts) holds for one recipient. */
export async function maildevMailTo(webPort: number, address: string): Promise<CapturedMail[]> {
  const res = await fetch(`http://127.0.0.1:${webPort}/api/email`);
  if (!res.ok) throw new Error(`maildev answered ${res.status}`);
  const all = (await res.json()) as { subject?: string; text?: string; html?: string; headers?: Record<string, string>; envelope?: { to?: { address: string }[] } }[];
  return all
    .map((m) => ({ to: (m.envelope?.to ?? []).map((t) => t.address.toLowerCase()), subject: m.subject ?? '', text: m.text ?? '', html: m.html ?? '', messageId: m.headers?.['message-id'] ?? null }))
    .filter((m) => m.to.includes(address.toLowerCase()));
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
