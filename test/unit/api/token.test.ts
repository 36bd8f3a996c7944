import { SignJWT } from 'jose';
import { tokenKeys } from '../../../api/auth/keys';
import { issueToken, TOKEN_LIFETIME_SECONDS, verifyToken } from '../../../api/auth/token';
import { loadConfig } from '../../../config';

const config = (overrides: Record<string, string> = {}) =>
  loadConfig({ DATABASE_URL: 'postgresql://localhost/x', AUTH_SECRET: 'a-test-secret-that-is-long-enough-0123456789', ...overrides });
const keys = tokenKeys(config());
const personId = 'person-karin-lund';

test('a token is a JWT with iss, aud, exp and kid that names its person until it expires', async () => {
  const now = Date.UTC(2026, 10, 22, 8);
  const token = await issueToken(personId, keys, now);
  const [header, payload] = token.split('.').slice(0, 2).map((p) => JSON.parse(Buffer.from(p, 'base64url').toString()));
  expect(header).toEqual({ alg: 'HS256', typ: 'JWT', kid: keys.signing.kid });
  expect(payload).toMatchObject({ sub: personId, iss: 'behorighet', aud: 'behorighet-api', exp: now / 1000 + TOKEN_LIFETIME_SECONDS });
  // Roles are never in the token: they are read live from the database.
  expect(payload).not.toHaveProperty('roles');
  expect(await verifyToken(token, keys, now + 60_000)).toBe(personId);
  expect(await verifyToken(token, keys, now + TOKEN_LIFETIME_SECONDS * 1000 + 1000)).toBeNull();
});

test('a forged, re-signed, foreign or malformed token names nobody', async () => {
  const token = await issueToken(personId, keys);
  const [header, , signature] = token.split('.');
  const other = Buffer.from(JSON.stringify({ sub: 'person-britt-andersson', iss: 'behorighet', aud: 'behorighet-api', exp: 4102444800 })).toString('base64url');
  expect(await verifyToken(`${header}.${other}.${signature}`, keys)).toBeNull();
  expect(await verifyToken(token, tokenKeys(config({ AUTH_SECRET: 'another-secret-that-is-long-enough-98765' })))).toBeNull();
  expect(await verifyToken(token, tokenKeys(config({ AUTH_ISSUER: 'someone-else' })))).toBeNull();
  expect(await verifyToken(token, tokenKeys(config({ AUTH_AUDIENCE: 'another-api' })))).toBeNull();
  const none = `${Buffer.from(JSON.stringify({ alg: 'none', kid: keys.signing.kid })).toString('base64url')}.${other}.`;
  expect(await verifyToken(none, keys)).toBeNull();
  expect(await verifyToken('', keys)).toBeNull();
  expect(await verifyToken(`${token}.extra`, keys)).toBeNull();
  // Validly signed but without a subject: the payload is validated, not trusted.
  const noSub = await new SignJWT({}).setProtectedHeader({ alg: 'HS256', kid: keys.signing.kid }).setIssuer('behorighet').setAudience('behorighet-api').setIssuedAt().setExpirationTime('5m').sign(keys.signing.secret);
  expect(await verifyToken(noSub, keys)).toBeNull();
});

test('key rotation: tokens signed with a previous secret still verify, by kid', async () => {
  const old = 'the-old-secret-that-was-long-enough-000000';
  const oldToken = await issueToken(personId, tokenKeys(config({ AUTH_SECRET: old })));
  const rotated = tokenKeys(config({ AUTH_SECRET: 'the-new-secret-that-is-long-enough-111111', AUTH_PREVIOUS_SECRETS: old }));
  expect(await verifyToken(oldToken, rotated)).toBe(personId);
  expect(await verifyToken(oldToken, tokenKeys(config({ AUTH_SECRET: 'the-new-secret-that-is-long-enough-111111' })))).toBeNull();
});
