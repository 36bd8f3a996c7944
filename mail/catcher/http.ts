// The mail catcher's HTTP side (node:http, no framework): a JSON API for tests, pages for
// people, and a control endpoint that makes the SMTP side hold back chosen recipients.
//
//   GET    /                             list page (HTML)
//   GET    /messages[?to=addr]           captured mail, oldest first (JSON)
//   DELETE /messages                     forget all mail
//   GET    /messages/:id                 one message (JSON)
//   GET    /messages/:id.html            the message's HTML part
//   GET    /messages/:id.eml             the stored source
//   GET    /control/reject-recipient     addresses currently held back (JSON)
//   POST   /control/reject-recipient     {"address": "x@y.se", "code"?: 451|550…}: answer RCPT TO
//                                        with that code (default 451, temporary)
//   DELETE /control/reject-recipient     stop holding back (?address=x@y.se for just one)

import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { renderIndexPage, renderTextOnlyPage } from './pages';
import type { RecipientRejections } from './rejections';
import type { RunningServer } from './smtp';
import type { MailStore } from './store';

const MAX_BODY_BYTES = 64 * 1024;

// Captured HTML is untrusted (it is whatever was sent); shown on the catcher's own origin it
// must not run scripts or load anything, hence a sandboxing CSP on every page.
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox allow-popups";

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function send(res: ServerResponse, status: number, contentType: string | undefined, body?: string | Buffer): void {
  const headers: Record<string, string> = { 'Cache-Control': 'no-store', 'Content-Security-Policy': CSP };
  if (contentType) headers['Content-Type'] = contentType;
  res.writeHead(status, headers);
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, 'Request body too large');
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new HttpError(400, 'Body must be JSON');
  }
}

function requireMethod(req: IncomingMessage, allowed: string[]): string {
  const method = req.method ?? 'GET';
  if (!allowed.includes(method)) throw new HttpError(405, `Use ${allowed.join(' or ')}`);
  return method;
}

async function route(req: IncomingMessage, res: ServerResponse, store: MailStore, rejections: RecipientRejections) {
  const url = new URL(req.url ?? '/', 'http://mail-catcher.invalid');
  const pathname = url.pathname.replace(/\/+$/, '') || '/';

  if (pathname === '/') {
    requireMethod(req, ['GET']);
    return send(res, 200, 'text/html; charset=utf-8', renderIndexPage(store.list()));
  }

  if (pathname === '/messages') {
    if (requireMethod(req, ['GET', 'DELETE']) === 'DELETE') {
      await store.clear();
      return send(res, 204, undefined);
    }
    return sendJson(res, 200, store.list({ to: url.searchParams.get('to') ?? undefined }));
  }

  // Ids are `<timestamp>-<n>` (see store.ts); anything else cannot name a message.
  const message = /^\/messages\/(\d+-\d+)(\.html|\.eml)?$/.exec(pathname);
  if (message) {
    requireMethod(req, ['GET']);
    const id = message[1];
    const mail = store.get(id);
    if (!mail) throw new HttpError(404, `No message ${id}`);
    if (message[2] === '.html') {
      return send(res, 200, 'text/html; charset=utf-8', mail.html || renderTextOnlyPage(mail));
    }
    if (message[2] === '.eml') {
      return send(res, 200, 'text/plain; charset=utf-8', store.raw(id));
    }
    return sendJson(res, 200, mail);
  }

  if (pathname === '/control/reject-recipient') {
    const method = requireMethod(req, ['GET', 'POST', 'DELETE']);
    if (method === 'POST') {
      const body = (await readJson(req)) as { address?: unknown; code?: unknown } | null;
      const address = body?.address;
      const code = body?.code ?? 451;
      if (typeof address !== 'string' || !address.includes('@') || typeof code !== 'number' || !Number.isInteger(code) || code < 400 || code > 599) {
        throw new HttpError(400, 'Expected {"address": "name@domain", "code"?: 400–599}');
      }
      rejections.add(address, code);
      return send(res, 204, undefined);
    }
    if (method === 'DELETE') {
      const address = url.searchParams.get('address');
      if (address) rejections.delete(address);
      else rejections.clear();
      return send(res, 204, undefined);
    }
    return sendJson(res, 200, rejections.list());
  }

  throw new HttpError(404, `Not found: ${pathname}`);
}

export function createRequestHandler(store: MailStore, rejections: RecipientRejections) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    route(req, res, store, rejections).catch((err: unknown) => {
      const status = err instanceof HttpError ? err.status : 500;
      if (status === 500) process.stderr.write(`mail-catcher http: ${(err as Error).stack ?? String(err)}\n`);
      if (res.headersSent) return res.destroy();
      sendJson(res, status, { error: (err as Error).message });
    });
  };
}

export function startHttp(options: {
  host: string;
  port: number;
  store: MailStore;
  rejections: RecipientRejections;
}): Promise<RunningServer> {
  const server = http.createServer(createRequestHandler(options.store, options.rejections));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve({
        port: (server.address() as AddressInfo).port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            // Browsers and fetch keep connections alive; without this close() waits for them.
            server.closeAllConnections();
          }),
      });
    });
  });
}
