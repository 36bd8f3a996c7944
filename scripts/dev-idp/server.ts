/**
 * The development identity provider as its own process (`npm run dev` and the tests start it):
 * `oidc-provider` on its own port, with a login page of its own. Configuration comes from the
 * environment (scripts/lib/dev-idp.ts sets it):
 *   DEV_IDP_PORT, DEV_IDP_CLIENT_ID, DEV_IDP_CLIENT_SECRET, DEV_IDP_API_AUDIENCE,
 *   DEV_IDP_RP_URLS (comma-separated base URLs of the API: /auth/callback and /app/ are allowed),
 *   DEV_IDP_CODE_TTL_SECONDS (optional: how long an authorization code lives, 60 s).
 * It prints "dev-idp: listening <issuer>" when ready.
 */
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { exportJWK, generateKeyPair } from 'jose';
import { normalizePersonnummer } from '../../domain/identifiers';
import { LOGIN_METHODS, LOGIN_METHOD_IDS, LOGIN_PAGE, type LoginMethod } from '../../domain/login';
import { persons } from '../../prisma/seed-data';
import { amrOf, createProvider, rememberAccount } from './provider';
import { loginPage } from './pages';

const FORM_LIMIT = 16 * 1024;

function env(name: string): string {
  const v = process.env[name];
  if (!v) throw new Error(`${name} must be set`);
  return v;
}

async function readForm(req: http.IncomingMessage): Promise<URLSearchParams> {
  let body = '';
  for await (const chunk of req) {
    body += chunk;
    if (body.length > FORM_LIMIT) throw new Error('form too large');
  }
  return new URLSearchParams(body);
}

function send(res: http.ServerResponse, status: number, html: string) {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(html);
}

async function main() {
  const port = Number(env('DEV_IDP_PORT'));
  const issuer = `http://127.0.0.1:${port}`;
  const rpUrls = env('DEV_IDP_RP_URLS').split(',').map((u) => u.trim().replace(/\/$/, '')).filter(Boolean);
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const provider = createProvider({
    issuer,
    clientId: env('DEV_IDP_CLIENT_ID'),
    clientSecret: env('DEV_IDP_CLIENT_SECRET'),
    redirectUris: rpUrls.map((u) => `${u}/auth/callback`),
    postLogoutRedirectUris: rpUrls.map((u) => `${u}${LOGIN_PAGE}`),
    apiAudience: env('DEV_IDP_API_AUDIENCE'),
    signingKey: { ...(await exportJWK(privateKey)), alg: 'RS256', use: 'sig', kid: 'dev-idp-1' },
    cookieKeys: [randomBytes(32).toString('base64url')],
    codeTtlSeconds: Number(process.env.DEV_IDP_CODE_TTL_SECONDS ?? 60),
  });
  const providerCallback = provider.callback();

  /** The login interaction: the page, the submitted login, and cancelling. */
  async function interaction(req: http.IncomingMessage, res: http.ServerResponse, uid: string, action: string | undefined) {
    const details = await provider.interactionDetails(req, res);
    if (details.uid !== uid) return send(res, 400, 'Fel inloggningsförsök.');
    const clientName = 'Behörighet (Uppföljning Finsam)';
    if (!action && req.method === 'GET') return send(res, 200, loginPage(uid, clientName));
    if (req.method !== 'POST') return send(res, 405, 'Metoden stöds inte.');
    if (action === 'abort') {
      return provider.interactionFinished(req, res, { error: 'access_denied', error_description: 'Inloggningen avbröts.' }, { mergeWithLastSubmission: false });
    }
    const form = await readForm(req);
    const typed = form.get('personnummer')?.trim() || form.get('persona')?.trim() || '';
    const method = form.get('method') as LoginMethod | null;
    const personnummer = normalizePersonnummer(typed);
    if (!personnummer) return send(res, 400, loginPage(uid, clientName, 'Ange ett giltigt personnummer eller välj en testperson.'));
    if (!method || !LOGIN_METHOD_IDS.includes(method)) return send(res, 400, loginPage(uid, clientName, 'Välj ett inloggningssätt.'));
    const known = persons.find((p) => p.personnummer === personnummer);
    const accountId = rememberAccount({ personnummer, givenName: known?.givenName, familyName: known?.familyName });
    const acr = LOGIN_METHODS[method].acr;
    await provider.interactionFinished(req, res, { login: { accountId, acr, amr: amrOf(acr) } }, { mergeWithLastSubmission: false });
  }

  const server = http.createServer((req, res) => {
    const path = new URL(req.url ?? '/', issuer).pathname;
    const match = /^\/interaction\/([\w-]+)(?:\/(login|abort))?$/.exec(path);
    if (!match) return void providerCallback(req, res);
    interaction(req, res, match[1], match[2]).catch((err: Error) => {
      console.error('dev-idp: interaction failed:', err.message);
      if (!res.headersSent) send(res, 400, 'Inloggningen kunde inte fortsätta. Börja om från tjänsten.');
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  console.log(`dev-idp: listening ${issuer}`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => server.close(() => process.exit(0)));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
