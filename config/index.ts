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
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type AppConfig = z.infer<typeof ZConfig>;

export class ConfigError extends Error {}

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
