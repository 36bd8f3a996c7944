import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { CapturedMail } from './mail';

/**
 * A real SMTP server (smtp-server) inside the test process, for tests that must make the mail
 * server refuse: `refuse(address, 451)` holds a recipient back (the sender retries), 550 refuses
 * it for good. Everything accepted is parsed and kept in memory.
 */
export async function startSmtpSink() {
  const received: CapturedMail[] = [];
  const refusals = new Map<string, number>();
  const delays = new Map<string, number>();
  const key = (address: string) => address.trim().toLowerCase();

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    disableReverseLookup: true,
    onRcptTo(address, _session, callback) {
      const code = refusals.get(key(address.address));
      if (code === undefined) return callback();
      const err = Object.assign(new Error(`${code >= 500 ? '5.1.1' : '4.3.0'} <${address.address}> refused by the test`), { responseCode: code });
      callback(err);
    },
    onData(stream, session, callback) {
      const delay = Math.max(0, ...session.envelope.rcptTo.map((r) => delays.get(key(r.address)) ?? 0));
      simpleParser(stream).then(async (mail) => {
        if (delay) await new Promise((r) => setTimeout(r, delay)); // a slow server: the reply comes late
        received.push({ to: session.envelope.rcptTo.map((r) => key(r.address)), subject: mail.subject ?? '', text: mail.text ?? '', html: typeof mail.html === 'string' ? mail.html : '', messageId: mail.messageId ?? null });
        callback();
      }, callback);
    },
  });
  // A sender that dies mid-exchange (a SIGKILLed worker) resets its connection: that is the
  // sender's business, not a failure of the server (unhandled, the event would end the test).
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as { port: number };

  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    mailTo: async (address: string) => received.filter((m) => m.to.includes(key(address))),
    refuse: (address: string, code: number) => void refusals.set(key(address), code),
    accept: (address: string) => void refusals.delete(key(address)),
    /** Answers mail to `address` only after `ms` (the SMTP exchange is in progress meanwhile). */
    delay: (address: string, ms: number) => void delays.set(key(address), ms),
    /** An outage: the port stops accepting connections (refused) until `up()`; mail in flight is finished. */
    down: () => new Promise<void>((resolve) => server.server.close(() => resolve())),
    up: () => new Promise<void>((resolve) => server.server.listen(port, '127.0.0.1', resolve)),
    /** Everything accepted, in order. */
    received: () => [...received],
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type SmtpSink = Awaited<ReturnType<typeof startSmtpSink>>;
