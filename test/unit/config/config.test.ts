import { ConfigError, loadConfig } from '../../../config';

const base = { DATABASE_URL: 'postgresql://localhost:5432/behorighet' };

test('defaults: development login on, a dev secret, the documented ports', () => {
  const c = loadConfig(base);
  expect(c).toMatchObject({ DEV_LOGIN: true, PORT: 3000, TEMPORAL_ADDRESS: 'localhost:7233', BA_DUE_WORKING_DAYS: 5 });
  expect(c.AUTH_SECRET.length).toBeGreaterThanOrEqual(32);
});

test('a bad value stops start-up with a message naming the variable', () => {
  expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
  expect(() => loadConfig({ ...base, PORT: 'eighty' })).toThrow(/PORT/);
  expect(() => loadConfig({ ...base, SMTP_URL: 'http://mail' })).toThrow(/SMTP_URL/);
  expect(() => loadConfig({ ...base, BA_DUE_WORKING_DAYS: '0' })).toThrow(/BA_DUE_WORKING_DAYS/);
  expect(() => loadConfig({})).toThrow(ConfigError);
});

test('production: no development login, and a real secret is required', () => {
  expect(() => loadConfig({ ...base, NODE_ENV: 'production' })).toThrow(/AUTH_SECRET/);
  expect(() => loadConfig({ ...base, NODE_ENV: 'production', DEV_LOGIN: 'true', AUTH_SECRET: 'x'.repeat(40) })).toThrow(/DEV_LOGIN/);
  expect(loadConfig({ ...base, NODE_ENV: 'production', AUTH_SECRET: 'x'.repeat(40) }).DEV_LOGIN).toBe(false);
  expect(() => loadConfig({ ...base, TEMPORAL_TLS_CERT_PATH: '/c.pem' })).toThrow(/TEMPORAL_TLS_KEY_PATH/);
});
