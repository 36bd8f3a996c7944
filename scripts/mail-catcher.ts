// A local SMTP server that captures everything the system sends, with an HTTP API and a page
// to read it. `npm run dev` runs it so people can see the e-mails; end-to-end tests run it as a
// separate process and read the mail back over HTTP.
//
//   tsx scripts/mail-catcher.ts --smtp-port 2525 --http-port 8025 [--dir .data/mail] [--host 127.0.0.1]
//
// Port 0 picks a free port. Once both servers listen, exactly one line goes to stdout:
//   MAILCATCHER_READY {"smtpPort":2525,"httpPort":8025}
// (everything else goes to stderr, so a parent process can wait for that line).

import { parseArgs } from 'node:util';
import { startHttp } from '../mail/catcher/http';
import { RecipientRejections } from '../mail/catcher/rejections';
import { startSmtp } from '../mail/catcher/smtp';
import { MailStore } from '../mail/catcher/store';

export interface MailCatcherOptions {
  smtpPort: number;
  httpPort: number;
  /** Keep messages as .eml files here and reload them on start. */
  dir?: string;
  host?: string;
}

export interface MailCatcher {
  smtpPort: number;
  httpPort: number;
  close(): Promise<void>;
}

export async function startMailCatcher(options: MailCatcherOptions): Promise<MailCatcher> {
  const host = options.host ?? '127.0.0.1';
  const store = await MailStore.open(options.dir);
  const rejections = new RecipientRejections();
  const smtp = await startSmtp({ host, port: options.smtpPort, store, rejections });
  const http = await startHttp({ host, port: options.httpPort, store, rejections }).catch(async (err: unknown) => {
    // Do not leave the SMTP port bound when the HTTP port is taken.
    await smtp.close();
    throw err;
  });
  return {
    smtpPort: smtp.port,
    httpPort: http.port,
    close: async () => {
      await Promise.all([smtp.close(), http.close()]);
    },
  };
}

function parsePort(value: string | undefined, fallback: number, flag: string): number {
  if (value === undefined) return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`${flag} must be a port number (0 picks a free one), got ${JSON.stringify(value)}`);
  }
  return port;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'smtp-port': { type: 'string' },
      'http-port': { type: 'string' },
      dir: { type: 'string' },
      host: { type: 'string' },
    },
  });
  const catcher = await startMailCatcher({
    smtpPort: parsePort(values['smtp-port'], 2525, '--smtp-port'),
    httpPort: parsePort(values['http-port'], 8025, '--http-port'),
    dir: values.dir,
    host: values.host,
  });

  const host = values.host ?? '127.0.0.1';
  process.stderr.write(
    `mail-catcher: SMTP on ${host}:${catcher.smtpPort}, read the mail at http://${host}:${catcher.httpPort}/` +
      (values.dir ? ` (stored in ${values.dir})` : '') +
      '\n',
  );
  process.stdout.write(
    `MAILCATCHER_READY ${JSON.stringify({ smtpPort: catcher.smtpPort, httpPort: catcher.httpPort })}\n`,
  );

  let closing = false;
  const shutdown = (signal: NodeJS.Signals) => {
    // A process group kill and a wrapper (npx, tsx) may each deliver the signal: close once.
    if (closing) return;
    closing = true;
    process.stderr.write(`mail-catcher: ${signal}, closing\n`);
    // Never hang on shutdown, whatever a client connection does.
    setTimeout(() => process.exit(1), 5000).unref();
    catcher.close().then(
      () => process.exit(0),
      (err: Error) => {
        process.stderr.write(`mail-catcher: close failed: ${err.message}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

if (require.main === module) {
  main().catch((err: Error) => {
    process.stderr.write(`mail-catcher: ${err.message}\n`);
    process.exit(1);
  });
}
