import { tokenKeys } from '../../../api/auth/keys';
import { assertLoginFailsClosed, ConfigError, loadConfig } from '../../../config';

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

describe('the API refuses a login configuration that would fail open, naming the variable', () => {
  const oidc = { OIDC_ISSUER: 'https://idp.example.se', OIDC_CLIENT_ID: 'behorighet', OIDC_CLIENT_SECRET: 's3cret' };
  const production = { ...base, ...oidc, NODE_ENV: 'production', AUTH_SECRET: 'x'.repeat(40), PUBLIC_URL: 'https://behorighet.example.se' };
  const refusal = (env: Record<string, string>) => {
    try {
      assertLoginFailsClosed(loadConfig(env));
      return null;
    } catch (err) {
      return (err as Error).message;
    }
  };

  test('a production configuration with a real identity provider over https starts', () => {
    expect(refusal(production)).toBeNull();
  });

  test('no way to log in at all', () => {
    expect(refusal(base)).toMatch(/^OIDC_ISSUER: required/);
  });

  test('the development login next to a real identity provider, even outside production (R-40: only e-legitimation there)', () => {
    expect(refusal({ ...base, ...oidc, DEV_LOGIN: 'true' })).toMatch(/^DEV_LOGIN: must not be enabled together with a real identity provider/);
    // The development identity provider on this machine is fine (npm run dev, the tests).
    expect(refusal({ ...base, ...oidc, OIDC_ISSUER: 'http://127.0.0.1:3001', DEV_LOGIN: 'true' })).toBeNull();
  });

  test('a provider without this client\'s credentials', () => {
    expect(refusal({ ...base, OIDC_ISSUER: 'https://idp.example.se', OIDC_CLIENT_ID: 'behorighet' })).toMatch(/^OIDC_CLIENT_ID and OIDC_CLIENT_SECRET/);
  });

  test('in production: http anywhere, or no secret for the session cookie', () => {
    expect(refusal({ ...production, OIDC_ISSUER: 'http://idp.example.se' })).toMatch(/^OIDC_ISSUER: must be an https/);
    expect(refusal({ ...production, PUBLIC_URL: 'http://behorighet.example.se' })).toMatch(/^PUBLIC_URL/);
    const { AUTH_SECRET: _omitted, ...withoutSecret } = production;
    expect(refusal(withoutSecret)).toMatch(/^AUTH_SECRET: required in production/);
    expect(() => loadConfig({ ...production, DEV_LOGIN: 'true' })).toThrow(/^DEV_LOGIN: must not be enabled in production/);
  });
});
