import { tokenKeys } from '../../../api/auth/keys';
import { ConfigError, loadConfig } from '../../../config';

const base = { DATABASE_URL: 'postgresql://localhost:5432/behorighet' };

test('defaults: no development login unless asked for, no secret, the documented ports', () => {
  const c = loadConfig(base);
  expect(c).toMatchObject({ DEV_LOGIN: false, PORT: 3000, TEMPORAL_ADDRESS: 'localhost:7233', BA_DUE_WORKING_DAYS: 5 });
  expect(c.AUTH_SECRET).toBeUndefined();
  expect(loadConfig({ ...base, DEV_LOGIN: 'true' }).DEV_LOGIN).toBe(true);
});

test('the API refuses to start with neither the development login nor a secret, naming the variable', () => {
  expect(() => tokenKeys(loadConfig(base))).toThrow(/AUTH_SECRET/);
  expect(() => tokenKeys(loadConfig({ ...base, NODE_ENV: 'production' }))).toThrow(ConfigError);
  expect(() => loadConfig({ ...base, AUTH_SECRET: 'too-short' })).toThrow(/AUTH_SECRET/);
  expect(() => loadConfig({ ...base, AUTH_SECRET: 'x'.repeat(40), AUTH_PREVIOUS_SECRETS: 'short' })).toThrow(/AUTH_PREVIOUS_SECRETS/);
  // The development login has no fixed secret either: each process draws its own.
  const a = tokenKeys(loadConfig({ ...base, DEV_LOGIN: 'true' }));
  const b = tokenKeys(loadConfig({ ...base, DEV_LOGIN: 'true' }));
  expect(a.signing.kid).not.toBe(b.signing.kid);
});

test('a bad value stops start-up with a message naming the variable', () => {
  expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
  expect(() => loadConfig({ ...base, PORT: 'eighty' })).toThrow(/PORT/);
  expect(() => loadConfig({ ...base, SMTP_URL: 'http://mail' })).toThrow(/SMTP_URL/);
  expect(() => loadConfig({ ...base, BA_DUE_WORKING_DAYS: '0' })).toThrow(/BA_DUE_WORKING_DAYS/);
  expect(() => loadConfig({})).toThrow(ConfigError);
});

test('production: never the development login', () => {
  expect(() => loadConfig({ ...base, NODE_ENV: 'production', DEV_LOGIN: 'true', AUTH_SECRET: 'x'.repeat(40) })).toThrow(/DEV_LOGIN/);
  expect(loadConfig({ ...base, NODE_ENV: 'production', AUTH_SECRET: 'x'.repeat(40) }).DEV_LOGIN).toBe(false);
  expect(() => loadConfig({ ...base, TEMPORAL_TLS_CERT_PATH: '/c.pem' })).toThrow(/TEMPORAL_TLS_KEY_PATH/);
});
