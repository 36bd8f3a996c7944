"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.PENDING_LOGIN_MS = exports.LoginRefused = void 0;
exports.createOidcClient = createOidcClient;
/**
 * The API as an OpenID Connect relying party (openid-client): authorization code with PKCE,
 * state and nonce against the identity provider OIDC_ISSUER names, found by discovery. Also the
 * check of the provider's JWT access tokens that API clients send as bearer tokens (jose, against
 * the provider's JWKS). Discovery happens at the first login, not at start-up, so the API starts
 * while the provider is down and logins work once it is back.
 */
const jose_1 = require("jose");
const oidc = __importStar(require("openid-client"));
const config_1 = require("../../config");
const identifiers_1 = require("../../domain/identifiers");
const login_1 = require("../../domain/login");
/** A login the provider or its answer did not allow: the page's code, and in English what happened. */
class LoginRefused extends Error {
    refusal;
    constructor(refusal, detail) {
        super(detail);
        this.refusal = refusal;
    }
}
exports.LoginRefused = LoginRefused;
/** An unfinished login is forgotten after this long (the provider's own limit is shorter). */
exports.PENDING_LOGIN_MS = 15 * 60 * 1000;
function createOidcClient(config) {
    const issuer = new URL(config.OIDC_ISSUER);
    const publicUrl = config.PUBLIC_URL ?? `http://${config.HOST}:${config.PORT}`;
    const redirectUri = `${publicUrl}/auth/callback`;
    const afterLogout = `${publicUrl}${login_1.LOGIN_PAGE}`;
    let discovered;
    let jwks;
    /** The provider's metadata, fetched once; a failure is forgotten so the next call tries again. */
    function configuration() {
        discovered ??= oidc
            .discovery(issuer, config.OIDC_CLIENT_ID, undefined, oidc.ClientSecretBasic(config.OIDC_CLIENT_SECRET), {
            // Plain http only for a provider on this machine (the development IdP); production refuses http at start-up.
            execute: (0, config_1.isLoopback)(issuer) && issuer.protocol === 'http:' ? [oidc.allowInsecureRequests] : [],
            timeout: 10,
        })
            .catch((err) => {
            discovered = undefined;
            throw err;
        });
        return discovered;
    }
    return {
        redirectUri,
        /** Where to send the browser to log in, and what the callback will check. */
        async startLogin(returnTo) {
            const c = await configuration();
            const pending = { codeVerifier: oidc.randomPKCECodeVerifier(), state: oidc.randomState(), nonce: oidc.randomNonce(), returnTo, startedAt: Date.now() };
            const url = oidc.buildAuthorizationUrl(c, {
                redirect_uri: redirectUri,
                scope: config.OIDC_SCOPE,
                code_challenge: await oidc.calculatePKCECodeChallenge(pending.codeVerifier),
                code_challenge_method: 'S256',
                state: pending.state,
                nonce: pending.nonce,
                // the methods this service accepts, so the provider offers only those.
                acr_values: login_1.LOGIN_METHOD_IDS.map((id) => login_1.LOGIN_METHODS[id].acr).join(' '),
            });
            return { url: url.href, pending };
        },
        /**
         * The provider's answer at the callback: the code exchanged (PKCE), and state, nonce, issuer,
         * audience and signature checked by openid-client. Then the personnummer and method.
         */
        async finishLogin(callbackUrl, pending) {
            if (!pending || Date.now() - pending.startedAt > exports.PENDING_LOGIN_MS) {
                throw new LoginRefused('LOGIN_FAILED', 'no login in progress in this session (expired, another browser, or replayed callback)');
            }
            // Another API process may meet the provider first here, at the callback: unreachable is a page too, never a 5xx.
            const c = await configuration().catch((err) => {
                throw refusalOf(err);
            });
            let tokens;
            try {
                tokens = await oidc.authorizationCodeGrant(c, callbackUrl, {
                    pkceCodeVerifier: pending.codeVerifier,
                    expectedState: pending.state,
                    expectedNonce: pending.nonce,
                    idTokenExpected: true,
                }, { redirect_uri: redirectUri });
            }
            catch (err) {
                throw refusalOf(err);
            }
            const claims = tokens.claims();
            const loginMethod = (0, login_1.loginMethodOfAcr)(claims.acr);
            if (!loginMethod)
                throw new LoginRefused('METHOD_NOT_ALLOWED', `login method (acr) ${String(claims.acr)} is not one of R-40's`);
            const personnummer = personnummerOf(claims[config.OIDC_PERSONNUMMER_CLAIM]);
            if (!personnummer)
                throw new LoginRefused('LOGIN_FAILED', `the ID token has no valid personnummer in ${config.OIDC_PERSONNUMMER_CLAIM}`);
            return { personnummer, loginMethod, idToken: tokens.id_token };
        },
        /** RP-initiated logout: the provider's end-session address, or null when it has none. */
        async logoutUrl(idToken) {
            const c = await configuration().catch(() => null);
            if (!c?.serverMetadata().end_session_endpoint)
                return null;
            return oidc.buildEndSessionUrl(c, { post_logout_redirect_uri: afterLogout, ...(idToken ? { id_token_hint: idToken } : {}) }).href;
        },
        /**
         * An API client's bearer token: a JWT access token (RFC 9068) from the provider, for this
         * API (OIDC_API_AUDIENCE), signed with a key in the provider's JWKS, not expired. Returns the
         * person and method it names.
         */
        async verifyAccessToken(token) {
            if (!config.OIDC_API_AUDIENCE)
                throw new LoginRefused('LOGIN_FAILED', 'bearer tokens from the identity provider are not accepted (OIDC_API_AUDIENCE is not set)');
            let payload;
            try {
                const meta = (await configuration()).serverMetadata();
                jwks ??= (0, jose_1.createRemoteJWKSet)(new URL(meta.jwks_uri));
                ({ payload } = await (0, jose_1.jwtVerify)(token, jwks, { issuer: meta.issuer, audience: config.OIDC_API_AUDIENCE, typ: 'at+jwt', requiredClaims: ['exp', 'sub'] }));
            }
            catch (err) {
                throw new LoginRefused('LOGIN_FAILED', `bearer token refused: ${err.message}`);
            }
            const personnummer = personnummerOf(payload[config.OIDC_PERSONNUMMER_CLAIM]);
            if (!personnummer)
                throw new LoginRefused('LOGIN_FAILED', 'the access token names no person (no personnummer claim)');
            const loginMethod = (0, login_1.loginMethodOfAcr)(payload.acr);
            if (!loginMethod)
                throw new LoginRefused('METHOD_NOT_ALLOWED', `the access token's login method (acr) ${String(payload.acr)} is not one of R-40's`);
            return { personnummer, loginMethod };
        },
    };
}
/** The register's form (ÅÅÅÅMMDD-NNNN) of a personnummer claim, or null when it is not one. */
const personnummerOf = (claim) => (typeof claim === 'string' ? (0, identifiers_1.normalizePersonnummer)(claim) : null);
/** What went wrong at the token endpoint or in the answer, as a refusal; an unreachable provider is not the user's fault. */
function refusalOf(err) {
    if (err instanceof oidc.AuthorizationResponseError)
        return new LoginRefused('LOGIN_FAILED', `the identity provider answered ${err.error}: ${err.error_description ?? ''}`);
    if (err instanceof oidc.ResponseBodyError)
        return new LoginRefused('LOGIN_FAILED', `the token endpoint refused: ${err.error} ${err.error_description ?? ''}`);
    // openid-client gives a failed check a code; a network failure ("something went wrong"), a timeout or an abort has none, or one of these.
    if (err instanceof oidc.ClientError && err.code && !['OAUTH_TIMEOUT', 'OAUTH_ABORT'].includes(err.code)) {
        const cause = err.cause instanceof Error ? ` (${err.cause.message})` : '';
        return new LoginRefused('LOGIN_FAILED', `the identity provider's answer failed a check: ${err.message}${cause}`);
    }
    return new LoginRefused('IDP_UNAVAILABLE', `the identity provider could not be reached: ${err.message}`);
}
//# sourceMappingURL=oidc.js.map