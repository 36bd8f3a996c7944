import { issueToken, verifyToken } from '../../../api/auth/token';

const secret = 'a-test-secret-that-is-long-enough-0123456789';
const caller = { personId: 'person-karin-lund', name: 'Karin Lund', roles: ['BESTALLARE' as const], organisationId: 'org-norrviks-kommun' };

test('a token names its caller until it expires after eight hours', () => {
  const now = Date.UTC(2026, 10, 22, 8);
  const token = issueToken(caller, secret, now);
  expect(verifyToken(token, secret, now + 60_000)).toEqual(caller);
  expect(verifyToken(token, secret, now + 8 * 3600_000 + 1000)).toBeNull();
});

test('a forged, re-signed or malformed token names nobody', () => {
  const token = issueToken(caller, secret);
  const [data, signature] = token.split('.');
  const elevated = Buffer.from(JSON.stringify({ ...caller, roles: ['BA'], exp: 4102444800 })).toString('base64url');
  expect(verifyToken(`${elevated}.${signature}`, secret)).toBeNull();
  expect(verifyToken(token, `${secret}-other`)).toBeNull();
  expect(verifyToken(data, secret)).toBeNull();
  expect(verifyToken(`${token}.extra`, secret)).toBeNull();
  expect(verifyToken('', secret)).toBeNull();
});
