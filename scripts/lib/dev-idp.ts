/**
 * Starts the development identity provider (scripts/dev-idp/server.ts) as a child process, for
 * `npm run dev` and the tests, and says how the API reaches it (the OIDC_* variables).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { REPO_ROOT } from './paths';

export interface DevIdp {
  issuer: string;
  process: ChildProcess;
  /** The API's configuration for this provider. */
  env: { OIDC_ISSUER: string; OIDC_CLIENT_ID: string; OIDC_CLIENT_SECRET: string; OIDC_API_AUDIENCE: string };
  stop(): Promise<void>;
}

export const DEV_IDP_CLIENT_ID = 'behorighet-dev';

/**
 * `rpUrls`: the API's base URLs the provider sends browsers back to. `apiAudience`: the audience
 * of access tokens for the API (by default the first URL). `codeTtlSeconds`: how long an
 * authorization code lives (60 s; shorter to test an expired one).
 */
export async function startDevIdp(opts: { port: number; rpUrls: string[]; apiAudience?: string; codeTtlSeconds?: number; quiet?: boolean }): Promise<DevIdp> {
  const clientSecret = randomBytes(32).toString('base64url'); // fresh for every start
  const apiAudience = opts.apiAudience ?? opts.rpUrls[0];
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/dev-idp/server.ts'], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      DEV_IDP_PORT: String(opts.port),
      DEV_IDP_CLIENT_ID: DEV_IDP_CLIENT_ID,
      DEV_IDP_CLIENT_SECRET: clientSecret,
      DEV_IDP_API_AUDIENCE: apiAudience,
      DEV_IDP_RP_URLS: opts.rpUrls.join(','),
      ...(opts.codeTtlSeconds ? { DEV_IDP_CODE_TTL_SECONDS: String(opts.codeTtlSeconds) } : {}),
      // oidc-provider warns that it is meant for Node 22+; it works on 20, and the warning is noise.
      NODE_NO_WARNINGS: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    if (!opts.quiet) process.stderr.write(chunk);
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  const issuer = `http://127.0.0.1:${opts.port}`;
  const deadline = Date.now() + 30_000;
  while (!output.includes('dev-idp: listening')) {
    if (child.exitCode !== null) throw new Error(`the development IdP exited with ${child.exitCode}:\n${output}`);
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the development IdP did not start within 30 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    issuer,
    process: child,
    env: { OIDC_ISSUER: issuer, OIDC_CLIENT_ID: DEV_IDP_CLIENT_ID, OIDC_CLIENT_SECRET: clientSecret, OIDC_API_AUDIENCE: apiAudience },
    stop,
  };
}
