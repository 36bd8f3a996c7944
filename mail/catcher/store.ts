// The mail catcher's mailbox: every captured message in memory and, optionally, on disk as
// `<timestamp>-<n>.eml` so a restarted dev environment still shows what was sent before.
//
// The SMTP envelope (who the message was actually delivered to) is not part of a message, so
// it is written into the stored file as X-Mailcatcher-* header lines in front of the original
// headers. A live message and one reloaded from disk then go through the same parse.

import { mkdir, readdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { simpleParser, type HeaderValue } from 'mailparser';

export interface CapturedMail {
  /** `<timestamp>-<n>`, the stored file's name without `.eml`; stable across restarts. */
  id: string;
  /** The Message-ID header with its angle brackets, as mailparser gives it; null if absent. */
  messageId: string | null;
  /** Address of the From header (falls back to the envelope sender). */
  from: string;
  /** Envelope recipients (RCPT TO), i.e. who the message was delivered to, Bcc included. */
  to: string[];
  subject: string;
  text: string;
  html: string;
  /** ISO 8601. */
  receivedAt: string;
}

export interface Envelope {
  mailFrom: string;
  rcptTo: string[];
}

interface Entry {
  mail: CapturedMail;
  raw: Buffer;
  sortKey: readonly [number, number];
}

const FILE_NAME = /^(\d+)-(\d+)\.eml$/;
const HEADER_RCPT_TO = 'x-mailcatcher-rcpt-to';
const HEADER_MAIL_FROM = 'x-mailcatcher-mail-from';
const HEADER_RECEIVED_AT = 'x-mailcatcher-received-at';

function headerStrings(value: HeaderValue | undefined): string[] {
  if (value === undefined) return [];
  const values = Array.isArray(value) ? value : [value];
  return values.filter((v): v is string => typeof v === 'string');
}

function withEnvelope(raw: Buffer, envelope: Envelope, receivedAt: Date): Buffer {
  const lines = [
    `X-Mailcatcher-Received-At: ${receivedAt.toISOString()}`,
    `X-Mailcatcher-Mail-From: ${envelope.mailFrom}`,
    ...envelope.rcptTo.map((address) => `X-Mailcatcher-Rcpt-To: ${address}`),
  ];
  return Buffer.concat([Buffer.from(lines.join('\r\n') + '\r\n', 'utf8'), raw]);
}

async function parse(id: string, raw: Buffer): Promise<CapturedMail> {
  // Show the parts as sent: by default mailparser invents a text part from the HTML and folds
  // plain-text parts into `html`, which would hide a missing part from tests.
  const parsed = await simpleParser(raw, { skipHtmlToText: true, skipTextToHtml: true });
  const envelopeFrom = headerStrings(parsed.headers.get(HEADER_MAIL_FROM))[0] ?? '';
  const receivedAt = headerStrings(parsed.headers.get(HEADER_RECEIVED_AT))[0];
  return {
    id,
    messageId: parsed.messageId ?? null,
    from: parsed.from?.value.find((a) => a.address)?.address ?? envelopeFrom,
    to: headerStrings(parsed.headers.get(HEADER_RCPT_TO)).map((a) => a.trim()),
    subject: parsed.subject ?? '',
    text: parsed.text ?? '',
    // mailparser gives `false` when the message has no HTML part.
    html: parsed.html || '',
    receivedAt: receivedAt ?? new Date(0).toISOString(),
  };
}

function compareKeys(a: Entry, b: Entry): number {
  return a.sortKey[0] - b.sortKey[0] || a.sortKey[1] - b.sortKey[1];
}

export class MailStore {
  private entries: Entry[] = [];
  private nextSeq = 1;

  private constructor(private readonly dir: string | undefined) {}

  /** Opens a store; with a directory, creates it if needed and loads the messages in it. */
  static async open(dir?: string): Promise<MailStore> {
    const store = new MailStore(dir);
    if (dir) {
      await mkdir(dir, { recursive: true });
      await store.load(dir);
    }
    return store;
  }

  private async load(dir: string): Promise<void> {
    for (const name of await readdir(dir)) {
      const match = FILE_NAME.exec(name);
      if (!match) continue;
      const sortKey = [Number(match[1]), Number(match[2])] as const;
      try {
        const raw = await readFile(path.join(dir, name));
        this.entries.push({ mail: await parse(name.slice(0, -'.eml'.length), raw), raw, sortKey });
      } catch (err) {
        // One unreadable file must not stop the dev environment from starting.
        process.stderr.write(`mail-catcher: skipping ${name}: ${(err as Error).message}\n`);
      }
      // Continue numbering after the highest stored message so names never collide.
      this.nextSeq = Math.max(this.nextSeq, sortKey[1] + 1);
    }
    this.entries.sort(compareKeys);
  }

  /** Stores one message as received over SMTP. */
  async add(message: Buffer, envelope: Envelope, receivedAt: Date = new Date()): Promise<CapturedMail> {
    // The sequence number is taken before any await so concurrent deliveries keep their order.
    const sortKey = [receivedAt.getTime(), this.nextSeq++] as const;
    const id = `${sortKey[0]}-${sortKey[1]}`;
    const raw = withEnvelope(message, envelope, receivedAt);
    if (this.dir) {
      // Write then rename, so a crash mid-write never leaves a half file that is loaded later.
      const file = path.join(this.dir, `${id}.eml`);
      await writeFile(`${file}.tmp`, raw);
      await rename(`${file}.tmp`, file);
    }
    const mail = await parse(id, raw);
    this.entries.push({ mail, raw, sortKey });
    this.entries.sort(compareKeys);
    return mail;
  }

  /** Messages oldest first, optionally only those delivered to `to` (case-insensitive). */
  list(filter: { to?: string } = {}): CapturedMail[] {
    const wanted = filter.to?.trim().toLowerCase();
    return this.entries
      .map((entry) => entry.mail)
      .filter((mail) => !wanted || mail.to.some((address) => address.toLowerCase() === wanted));
  }

  get(id: string): CapturedMail | undefined {
    return this.entries.find((entry) => entry.mail.id === id)?.mail;
  }

  /** The stored message source, envelope header lines included. */
  raw(id: string): Buffer | undefined {
    return this.entries.find((entry) => entry.mail.id === id)?.raw;
  }

  /** Forgets every message, on disk too, so a restart does not bring them back. */
  async clear(): Promise<void> {
    const removed = this.entries;
    this.entries = [];
    const dir = this.dir;
    if (dir) {
      // A file already gone is fine: the goal is that it does not exist.
      await Promise.all(removed.map((entry) => unlink(path.join(dir, `${entry.mail.id}.eml`)).catch(() => undefined)));
    }
  }
}
