"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.TOKEN_LIFETIME_SECONDS = void 0;
exports.issueToken = issueToken;
exports.verifyToken = verifyToken;
const jose_1 = require("jose");
const zod_1 = require("zod");
/**
 * Bearer tokens are standard JWTs (HS256, `kid` in the header for key rotation) that say only
 * who the caller is (`sub`, a person id). Roles and organisation are read from the database on
 * every request (api/auth/plugin.ts), so a revoked right bites at once, whatever the token says.
 */
exports.TOKEN_LIFETIME_SECONDS = 60 * 60;
const ZClaims = zod_1.z.object({
    sub: zod_1.z.string().min(1),
    iss: zod_1.z.string(),
    aud: zod_1.z.union([zod_1.z.string(), zod_1.z.array(zod_1.z.string())]),
    iat: zod_1.z.number().int(),
    exp: zod_1.z.number().int(),
});
async function issueToken(personId, keys, now = Date.now()) {
    const iat = Math.floor(now / 1000);
    return new jose_1.SignJWT({})
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT', kid: keys.signing.kid })
        .setSubject(personId)
        .setIssuer(keys.issuer)
        .setAudience(keys.audience)
        .setIssuedAt(iat)
        .setExpirationTime(iat + exports.TOKEN_LIFETIME_SECONDS)
        .sign(keys.signing.secret);
}
/**
 * The person id a token names, or null when it is malformed, forged, signed with an unknown
 * key, for another issuer or audience, expired, or carries claims of the wrong shape.
 */
async function verifyToken(token, keys, now = Date.now()) {
    try {
        const { payload } = await (0, jose_1.jwtVerify)(token, (header) => {
            const secret = header.kid ? keys.verifying.get(header.kid) : undefined;
            if (!secret)
                throw new Error('unknown key id');
            return secret;
        }, { algorithms: ['HS256'], issuer: keys.issuer, audience: keys.audience, currentDate: new Date(now), requiredClaims: ['sub', 'iat', 'exp'] });
        const claims = ZClaims.safeParse(payload);
        return claims.success ? claims.data.sub : null;
    }
    catch {
        return null;
    }
}
//# sourceMappingURL=token.js.map