// The mail catcher's SMTP side: accepts everything (any or no login, no TLS) except the
// recipients a test has asked it to hold back, and hands each message to the store.

import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import type { RecipientRejections } from './rejections';
import type { MailStore } from './store';

export interface RunningServer {
  port: number;
  close(): Promise<void>;
}

const MAX_MESSAGE_BYTES = 25 * 1024 * 1024;

function smtpError(message: string, responseCode: number): Error {
  return Object.assign(new Error(message), { responseCode });
}

export function startSmtp(options: {
  host: string;
  port: number;
  store: MailStore;
  rejections: RecipientRejections;
}): Promise<RunningServer> {
  const { store, rejections } = options;
  const server = new SMTPServer({
    // Any client configuration must work against the catcher, with or without credentials.
    authOptional: true,
    allowInsecureAuth: true,
    onAuth: (auth, _session, callback) => callback(null, { user: auth.username ?? 'anonymous' }),
    // No certificate to offer; nodemailer would otherwise try STARTTLS and fail.
    disabledCommands: ['STARTTLS'],
    size: MAX_MESSAGE_BYTES,
    logger: false,
    // Clients are local; a reverse DNS lookup per connection only adds latency to every send.
    disableReverseLookup: true,
    // Connections left open by a client must not keep close() waiting for smtp-server's 30 s default.
    closeTimeout: 1000,
    onRcptTo(address, _session, callback) {
      const code = rejections.codeFor(address.address);
      if (code !== undefined && code < 500) {
        // 4xx: a temporary failure, so the sender keeps the message and retries later.
        return callback(smtpError(`4.3.0 <${address.address}> held back by mail catcher, try again later`, code));
      }
      if (code !== undefined) {
        return callback(smtpError(`5.1.1 <${address.address}> refused by mail catcher: no such mailbox`, code));
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', callback);
      stream.on('end', () => {
        if (stream.sizeExceeded) {
          return callback(smtpError('5.3.4 Message too big', 552));
        }
        const envelope = {
          mailFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          rcptTo: session.envelope.rcptTo.map((rcpt) => rcpt.address),
        };
        store.add(Buffer.concat(chunks), envelope).then(
          () => callback(),
          // Tell the client, so the message is not lost without anyone noticing.
          (err: Error) => callback(smtpError(`4.3.0 Could not store message: ${err.message}`, 451)),
        );
      });
    },
  });

  return new Promise((resolve, reject) => {
    const onError = (err: Error) => reject(err);
    server.once('error', onError);
    server.listen(options.port, options.host, () => {
      server.off('error', onError);
      // Later errors are per-connection (client went away etc.); they must not crash the catcher.
      server.on('error', (err: Error) => process.stderr.write(`mail-catcher smtp: ${err.message}\n`));
      resolve({
        port: (server.server.address() as AddressInfo).port,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
