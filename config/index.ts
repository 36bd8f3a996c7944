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
  // The development login (seeded personas). Never on in production.
  DEV_LOGIN: ZBoolean.optional(),
  AUTH_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type AppConfig = z.infer<typeof ZConfig> & { DEV_LOGIN: boolean; AUTH_SECRET: string };

// A fixed secret is acceptable only with the development login, whose tokens protect nothing real.
const DEV_AUTH_SECRET = 'development-only-secret-not-for-production-use';

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = ZConfig.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  const devLogin = c.DEV_LOGIN ?? c.NODE_ENV !== 'production';
  if (devLogin && c.NODE_ENV === 'production') throw new ConfigError('DEV_LOGIN: must not be enabled in production');
  if (!devLogin && !c.AUTH_SECRET) throw new ConfigError('AUTH_SECRET: required when DEV_LOGIN is off');
  if (Boolean(c.TEMPORAL_TLS_CERT_PATH) !== Boolean(c.TEMPORAL_TLS_KEY_PATH)) {
    throw new ConfigError('TEMPORAL_TLS_CERT_PATH and TEMPORAL_TLS_KEY_PATH: set both or neither');
  }
  return { ...c, DEV_LOGIN: devLogin, AUTH_SECRET: c.AUTH_SECRET ?? DEV_AUTH_SECRET };
}
