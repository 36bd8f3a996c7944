/**
 * The API as an OpenID Connect relying party (openid-client): authorization code with PKCE,
 * state and nonce against the identity provider OIDC_ISSUER names, found by discovery. Also the
 * check of the provider's JWT access tokens that API clients send as bearer tokens (jose, against
 * the provider's JWKS). Discovery happens at the first login, not at start-up, so the API starts
 * while the provider is down and logins work once it is back.
 */
import { createRemoteJWKSet, jwtVerify, type JWTPayload } from 'jose';
import * as oidc from 'openid-client';
import { isLoopback, type AppConfig } from '../../config';
import { normalizePersonnummer } from '../../domain/identifiers';
import { LOGIN_METHODS, LOGIN_METHOD_IDS, LOGIN_PAGE, loginMethodOfAcr, type LoginMethod, type LoginRefusal } from '../../domain/login';

/** A login on its way through the provider, kept in the (pre-login) session. */
export interface PendingLogin {
  codeVerifier: string;
  state: string;
  nonce: string;
  returnTo: string;
  startedAt: number;
}

/** Who the provider says logged in, and how. */
export interface ProvidedIdentity {
  personnummer: string;
  loginMethod: LoginMethod;
  idToken: string;
}

/** A login the provider or its answer did not allow: the page's code, and in English what happened. */
export class LoginRefused extends Error {
  constructor(readonly refusal: LoginRefusal, detail: string) {
    super(detail);
  }
}

/** An unfinished login is forgotten after this long (the provider's own limit is shorter). */
export const PENDING_LOGIN_MS = 15 * 60 * 1000;

export function createOidcClient(config: AppConfig) {
  const issuer = new URL(config.OIDC_ISSUER!);
  const publicUrl = config.PUBLIC_URL ?? `http://${config.HOST}:${config.PORT}`;
  const redirectUri = `${publicUrl}/auth/callback`;
  const afterLogout = `${publicUrl}${LOGIN_PAGE}`;
  let discovered: Promise<oidc.Configuration> | undefined;
  let jwks: ReturnType<typeof createRemoteJWKSet> | undefined;

  /** The provider's metadata, fetched once; a failure is forgotten so the next call tries again. */
  function configuration(): Promise<oidc.Configuration> {
    discovered ??= oidc
      .discovery(issuer, config.OIDC_CLIENT_ID!, undefined, oidc.ClientSecretBasic(config.OIDC_CLIENT_SECRET!), {
        // Plain http only for a provider on this machine (the development IdP); production refuses http at start-up.
        execute: isLoopback(issuer) && issuer.protocol === 'http:' ? [oidc.allowInsecureRequests] : [],
        timeout: 10,
      })
      .catch((err: unknown) => {
        discovered = undefined;
        throw err;
      });
    return discovered;
  }

  return {
    redirectUri,

    /** Where to send the browser to log in, and what the callback will check. */
    async startLogin(returnTo: string): Promise<{ url: string; pending: PendingLogin }> {
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
        acr_values: LOGIN_METHOD_IDS.map((id) => LOGIN_METHODS[id].acr).join(' '),
      });
      return { url: url.href, pending };
    },

    /**
     * The provider's answer at the callback: the code exchanged (PKCE), and state, nonce, issuer,
     * audience and signature checked by openid-client. Then the personnummer and method.
     */
    async finishLogin(callbackUrl: URL, pending: PendingLogin | undefined): Promise<ProvidedIdentity> {
      if (!pending || Date.now() - pending.startedAt > PENDING_LOGIN_MS) {
        throw new LoginRefused('LOGIN_FAILED', 'no login in progress in this session (expired, another browser, or replayed callback)');
      }
      // Another API process may meet the provider first here, at the callback: unreachable is a page too, never a 5xx.
      const c = await configuration().catch((err: unknown) => {
        throw refusalOf(err);
      });
      let tokens: Awaited<ReturnType<typeof oidc.authorizationCodeGrant>>;
      try {
        tokens = await oidc.authorizationCodeGrant(c, callbackUrl, {
          pkceCodeVerifier: pending.codeVerifier,
          expectedState: pending.state,
          expectedNonce: pending.nonce,
          idTokenExpected: true,
        }, { redirect_uri: redirectUri });
      } catch (err) {
        throw refusalOf(err);
      }
      const claims = tokens.claims()!;
      const loginMethod = loginMethodOfAcr(claims.acr);
      if (!loginMethod) throw new LoginRefused('METHOD_NOT_ALLOWED', `login method (acr) ${String(claims.acr)} is not one of R-40's`);
      const personnummer = personnummerOf(claims[config.OIDC_PERSONNUMMER_CLAIM]);
      if (!personnummer) throw new LoginRefused('LOGIN_FAILED', `the ID token has no valid personnummer in ${config.OIDC_PERSONNUMMER_CLAIM}`);
      return { personnummer, loginMethod, idToken: tokens.id_token! };
    },

    /** RP-initiated logout: the provider's end-session address, or null when it has none. */
    async logoutUrl(idToken: string | undefined): Promise<string | null> {
      const c = await configuration().catch(() => null);
      if (!c?.serverMetadata().end_session_endpoint) return null;
      return oidc.buildEndSessionUrl(c, { post_logout_redirect_uri: afterLogout, ...(idToken ? { id_token_hint: idToken } : {}) }).href;
    },

    /**
     * An API client's bearer token: a JWT access token (RFC 9068) from the provider, for this
     * API (OIDC_API_AUDIENCE), signed with a key in the provider's JWKS, not expired. Returns the
     * person and method it names.
     */
    async verifyAccessToken(token: string): Promise<{ personnummer: string; loginMethod: LoginMethod }> {
      if (!config.OIDC_API_AUDIENCE) throw new LoginRefused('LOGIN_FAILED', 'bearer tokens from the identity provider are not accepted (OIDC_API_AUDIENCE is not set)');
      let payload: JWTPayload;
      try {
        const meta = (await configuration()).serverMetadata();
        jwks ??= createRemoteJWKSet(new URL(meta.jwks_uri!));
        ({ payload } = await jwtVerify(token, jwks, { issuer: meta.issuer, audience: config.OIDC_API_AUDIENCE, typ: 'at+jwt', requiredClaims: ['exp', 'sub'] }));
      } catch (err) {
        throw new LoginRefused('LOGIN_FAILED', `bearer token refused: ${(err as Error).message}`);
      }
      const personnummer = personnummerOf(payload[config.OIDC_PERSONNUMMER_CLAIM]);
      if (!personnummer) throw new LoginRefused('LOGIN_FAILED', 'the access token names no person (no personnummer claim)');
      const loginMethod = loginMethodOfAcr(payload.acr);
      if (!loginMethod) throw new LoginRefused('METHOD_NOT_ALLOWED', `the access token's login method (acr) ${String(payload.acr)} is not one of R-40's`);
      return { personnummer, loginMethod };
    },
  };
}

export type OidcClient = ReturnType<typeof createOidcClient>;

/** The register's form (ÅÅÅÅMMDD-NNNN) of a personnummer claim, or null when it is not one. */
const personnummerOf = (claim: unknown) => (typeof claim === 'string' ? normalizePersonnummer(claim) : null);

/** What went wrong at the token endpoint or in the answer, as a refusal; an unreachable provider is not the user's fault. */
function refusalOf(err: unknown): LoginRefused {
  if (err instanceof oidc.AuthorizationResponseError) return new LoginRefused('LOGIN_FAILED', `the identity provider answered ${err.error}: ${err.error_description ?? ''}`);
  if (err instanceof oidc.ResponseBodyError) return new LoginRefused('LOGIN_FAILED', `the token endpoint refused: ${err.error} ${err.error_description ?? ''}`);
  // openid-client gives a failed check a code; a network failure ("something went wrong"), a timeout or an abort has none, or one of these.
  if (err instanceof oidc.ClientError && err.code && !['OAUTH_TIMEOUT', 'OAUTH_ABORT'].includes(err.code)) {
    const cause = err.cause instanceof Error ? ` (${err.cause.message})` : '';
    return new LoginRefused('LOGIN_FAILED', `the identity provider's answer failed a check: ${err.message}${cause}`);
  }
  return new LoginRefused('IDP_UNAVAILABLE', `the identity provider could not be reached: ${(err as Error).message}`);
}
