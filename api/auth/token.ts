import { jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';
import type { TokenKeys } from './keys';

/**
 * Bearer tokens are standard JWTs (HS256, `kid` in the header for key rotation) that say only
 * who the caller is (`sub`, a person id). Roles and organisation are read from the database on
 * every request (api/auth/plugin.ts), so a revoked right bites at once, whatever the token says.
 */
export const TOKEN_LIFETIME_SECONDS = 60 * 60;

const ZClaims = z.object({
  sub: z.string().min(1),
  iss: z.string(),
  aud: z.union([z.string(), z.array(z.string())]),
  iat: z.number().int(),
  exp: z.number().int(),
});

export async function issueToken(personId: string, keys: TokenKeys, now = Date.now()): Promise<string> {
  const iat = Math.floor(now / 1000);
  return new SignJWT({})
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT', kid: keys.signing.kid })
    .setSubject(personId)
    .setIssuer(keys.issuer)
    .setAudience(keys.audience)
    .setIssuedAt(iat)
    .setExpirationTime(iat + TOKEN_LIFETIME_SECONDS)
    .sign(keys.signing.secret);
}

/**
 * The person id a token names, or null when it is malformed, forged, signed with an unknown
 * key, for another issuer or audience, expired, or carries claims of the wrong shape.
 */
export async function verifyToken(token: string, keys: TokenKeys, now = Date.now()): Promise<string | null> {
  try {
    const { payload } = await jwtVerify(
      token,
      (header) => {
        const secret = header.kid ? keys.verifying.get(header.kid) : undefined;
        if (!secret) throw new Error('unknown key id');
        return secret;
      },
      { algorithms: ['HS256'], issuer: keys.issuer, audience: keys.audience, currentDate: new Date(now), requiredClaims: ['sub', 'iat', 'exp'] },
    );
    const claims = ZClaims.safeParse(payload);
    return claims.success ? claims.data.sub : null;
  } catch {
    return null;
  }
}
