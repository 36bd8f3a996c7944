import { z } from 'zod';

/**
 * All configuration, read once from the environment and validated. A bad value stops start-up
 * with a message naming the variable. `npm run dev` fills in DATABASE_URL and SMTP_URL for the
 * embedded database and the local mail catcher; production sets them.
 */
const ZBoolean = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const ZPostgresUrl = z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgresql:// URL');

const ZConfig = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  DATABASE_URL: ZPostgresUrl,
  TEMPORAL_ADDRESS: z.string().default('localhost:7233'),
  TEMPORAL_NAMESPACE: z.string().default('default'),
  TEMPORAL_TASK_QUEUE: z.string().default('behorighet'),
  TEMPORAL_TLS_CERT_PATH: z.string().optional(),
  TEMPORAL_TLS_KEY_PATH: z.string().optional(),
  TEMPORAL_API_KEY: z.string().optional(),
  SMTP_URL: z.string().regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL').default('smtp://127.0.0.1:2525'),
  MAIL_FROM: z.string().default('Behörighetsadministrationen <behorighet@uppfoljning-finsam.example>'),
  // Where overdue reminders go: BA's shared mailbox (the claimer gets a copy).
  BA_MAILBOX: z.string().email().default('behorighetsadministration@uppfoljning-finsam.example'),
  BA_DUE_WORKING_DAYS: z.coerce.number().int().min(1).max(60).default(5),
  BA_REMINDER_EVERY_WORKING_DAYS: z.coerce.number().int().min(1).max(60).default(2),
  HOST: z.string().default('127.0.0.1'),
  // Behind a proxy that terminates TLS: trust its X-Forwarded-* headers (the client's address and https).
  TRUST_PROXY: ZBoolean.default(false),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  // The development login (seeded personas): off unless asked for (`npm run dev` and the tests
  // ask). Never on in production.
  DEV_LOGIN: ZBoolean.default(false),
  // Signs the API's bearer tokens (HS256 JWTs). Required by the API unless DEV_LOGIN is on.
  AUTH_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  // Key rotation: secrets that signed tokens still in use; verified, never used to sign.
  AUTH_PREVIOUS_SECRETS: z
    .string()
    .transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean))
    .pipe(z.array(z.string().min(32, 'each secret must be at least 32 characters')))
    .default([]),
  AUTH_ISSUER: z.string().min(1).default('behorighet'),
  AUTH_AUDIENCE: z.string().min(1).default('behorighet-api'),
  // Login through an OpenID Connect identity provider: the issuer's URL (discovery), this
  // client's credentials, and where the personnummer is in the ID token.
  OIDC_ISSUER: z.string().url('must be the identity provider\'s URL').optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_SCOPE: z.string().default('openid profile https://id.oidc.se/scope/naturalPersonNumber'),
  OIDC_PERSONNUMMER_CLAIM: z.string().min(1).default('https://id.oidc.se/claim/personalIdentityNumber'),
  // Bearer tokens for API clients that are not browsers: the IdP's JWT access tokens with this audience.
  OIDC_API_AUDIENCE: z.string().min(1).optional(),
  // The address people use to reach the service (the OIDC redirect URI is PUBLIC_URL/auth/callback).
  // https makes the session cookie Secure with the __Host- prefix; production requires it.
  PUBLIC_URL: z.string().url('must be the URL people use to reach the service').optional(),
  // A browser session ends after this long without a request, and at the latest this long after login.
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
  SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(24).default(10),
  // On SIGTERM: how long the worker's running activities may finish before they are cancelled
  // (and retried by another worker), and the API's in-flight requests before it exits anyway.
  // Keep it below the orchestrator's own grace period (Kubernetes: terminationGracePeriodSeconds, 30).
  SHUTDOWN_GRACE_SECONDS: z.coerce.number().int().min(0).max(300).default(15),
  // Where the worker serves Temporal's runtime metrics, and the API its request latencies and
  // open tasks, for Prometheus (host:port; GET /metrics). Off unless set.
  WORKER_METRICS_ADDRESS: z.string().regex(/^[^:]+:\d+$/, 'must be host:port').optional(),
  API_METRICS_ADDRESS: z.string().regex(/^[^:]+:\d+$/, 'must be host:port').optional(),
  // json: one JSON object a line, for a log collector (production). pretty: readable lines with
  // pino-pretty (a development dependency; `npm run dev` sets it).
  LOG_FORMAT: z.enum(['json', 'pretty']).default('json'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type AppConfig = z.infer<typeof ZConfig>;

export class ConfigError extends Error {}

/** A URL on this machine (the development identity provider). */
export const isLoopback = (url: string | URL) => ['127.0.0.1', 'localhost', '[::1]'].includes(new URL(url).hostname);

/** People reach the service over https (PUBLIC_URL): Secure cookies, HSTS. */
export const servedOverHttps = (c: AppConfig) => c.PUBLIC_URL?.startsWith('https://') ?? false;

/**
 * The API's start-up check (the worker logs nobody in): refuses every configuration under which someone could get in who should not, naming the
 * variable: the development login in production or next to a real identity provider, no way to
 * log in at all, an identity provider without this client's credentials, and (in production) a
 * login or a session cookie over plain http.
 */
export function assertLoginFailsClosed(c: AppConfig): void {
  if (c.DEV_LOGIN && c.OIDC_ISSUER && !isLoopback(c.OIDC_ISSUER)) {
    throw new ConfigError(`DEV_LOGIN: must not be enabled together with a real identity provider (OIDC_ISSUER=${c.OIDC_ISSUER})`);
  }
  if (!c.OIDC_ISSUER && !c.DEV_LOGIN) throw new ConfigError('OIDC_ISSUER: required (the identity provider people log in with) unless DEV_LOGIN=true in development');
  if (c.OIDC_ISSUER && (!c.OIDC_CLIENT_ID || !c.OIDC_CLIENT_SECRET)) throw new ConfigError('OIDC_CLIENT_ID and OIDC_CLIENT_SECRET: required with OIDC_ISSUER');
  if (c.NODE_ENV !== 'production') return;
  if (!c.AUTH_SECRET) throw new ConfigError('AUTH_SECRET: required in production (at least 32 characters; it signs the session cookie)');
  if (new URL(c.OIDC_ISSUER!).protocol !== 'https:') throw new ConfigError('OIDC_ISSUER: must be an https:// URL in production');
  if (!c.PUBLIC_URL || new URL(c.PUBLIC_URL).protocol !== 'https:') throw new ConfigError('PUBLIC_URL: required in production, and an https:// URL (the session cookie is Secure)');
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = ZConfig.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  if (c.DEV_LOGIN && c.NODE_ENV === 'production') throw new ConfigError('DEV_LOGIN: must not be enabled in production');
  if (Boolean(c.TEMPORAL_TLS_CERT_PATH) !== Boolean(c.TEMPORAL_TLS_KEY_PATH)) {
    throw new ConfigError('TEMPORAL_TLS_CERT_PATH and TEMPORAL_TLS_KEY_PATH: set both or neither');
  }
  return c;
}
