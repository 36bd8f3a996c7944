import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Caller } from './roles';

/**
 * A compact signed bearer token: base64url(JSON payload).base64url(HMAC-SHA256). Enough for
 * the development login and for a gateway that authenticates with OIDC and mints these.
 */
const TOKEN_LIFETIME_SECONDS = 8 * 60 * 60;

interface Payload extends Caller {
  exp: number;
}

const sign = (data: string, secret: string) => createHmac('sha256', secret).update(data).digest('base64url');

export function issueToken(caller: Caller, secret: string, now = Date.now()): string {
  const payload: Payload = { ...caller, exp: Math.floor(now / 1000) + TOKEN_LIFETIME_SECONDS };
  const data = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return `${data}.${sign(data, secret)}`;
}

/** The caller a token names, or null if it is malformed, forged or expired. */
export function verifyToken(token: string, secret: string, now = Date.now()): Caller | null {
  const [data, signature, ...rest] = token.split('.');
  if (!data || !signature || rest.length > 0) return null;
  const expected = Buffer.from(sign(data, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const { exp, ...caller } = JSON.parse(Buffer.from(data, 'base64url').toString('utf8')) as Payload;
    return exp * 1000 > now ? caller : null;
  } catch {
    return null;
  }
}
