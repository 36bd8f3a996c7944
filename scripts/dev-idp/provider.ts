/**
 * The development identity provider's OpenID Connect configuration (`oidc-provider`): one
 * confidential client (the API), authorization code with PKCE, the Swedish eID profile's
 * personnummer claim in the ID token, a choice of login method reported as `acr`, JWT
 * access tokens for the API as a resource server, and RP-initiated logout. Accounts are anyone
 * with a valid personnummer, as with BankID: whether they may use the product is the API's call.
 */
import { createHash } from 'node:crypto';
import Provider, { errors, type Configuration, type KoaContextWithOIDC } from 'oidc-provider';
import { LOGIN_METHODS } from '../../domain/login';
import { errorPage, logoutPage } from './pages';

export const PERSONNUMMER_SCOPE = 'https://id.oidc.se/scope/naturalPersonNumber';
export const PERSONNUMMER_CLAIM = 'https://id.oidc.se/claim/personalIdentityNumber';

export interface DevIdpOptions {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Where the API wants the browser back: its /auth/callback, and where logout returns to. */
  redirectUris: string[];
  postLogoutRedirectUris: string[];
  /** The API as a resource server: the audience of the JWT access tokens issued for it. */
  apiAudience: string;
  signingKey: Record<string, unknown>;
  cookieKeys: string[];
  codeTtlSeconds: number;
}

export interface DevAccount {
  personnummer: string;
  givenName?: string;
  familyName?: string;
}

/** Accounts by subject: a pairwise-looking opaque `sub`, never the personnummer itself. */
const accounts = new Map<string, DevAccount>();

export function subjectOf(personnummer: string): string {
  return createHash('sha256').update(`dev-idp:${personnummer}`).digest('base64url').slice(0, 22);
}

export function rememberAccount(account: DevAccount): string {
  const sub = subjectOf(account.personnummer);
  accounts.set(sub, account);
  return sub;
}

const ACR_VALUES = Object.values(LOGIN_METHODS).map((m) => m.acr);
// RFC 8176: a card is a hardware key with a PIN; BankID is a software key (or a phone) with a PIN.
const AMR_OF: Record<string, string[]> = {
  [LOGIN_METHODS.EFOS.acr]: ['hwk', 'pin', 'mfa'],
  [LOGIN_METHODS.AF_ETJANSTEKORT.acr]: ['hwk', 'pin', 'mfa'],
  [LOGIN_METHODS.BANKID.acr]: ['swk', 'pin', 'mfa'],
  [LOGIN_METHODS.MOBILT_BANKID.acr]: ['swk', 'pin', 'mfa'],
};
export const amrOf = (acr: string) => AMR_OF[acr] ?? [];

function claimsOf(sub: string) {
  const a = accounts.get(sub);
  if (!a) return undefined;
  const name = [a.givenName, a.familyName].filter(Boolean).join(' ');
  return {
    sub,
    [PERSONNUMMER_CLAIM]: a.personnummer.replace('-', ''), // 12 digits, as the Swedish eID profile has it
    ...(a.givenName ? { given_name: a.givenName } : {}),
    ...(a.familyName ? { family_name: a.familyName } : {}),
    ...(name ? { name } : {}),
  };
}

export function createProvider(o: DevIdpOptions): Provider {
  const configuration: Configuration = {
    clients: [{
      client_id: o.clientId,
      client_secret: o.clientSecret,
      redirect_uris: o.redirectUris,
      post_logout_redirect_uris: o.postLogoutRedirectUris,
      grant_types: ['authorization_code', 'client_credentials'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
    }],
    jwks: { keys: [o.signingKey] },
    cookies: { keys: o.cookieKeys },
    scopes: ['openid', 'profile', PERSONNUMMER_SCOPE],
    // The login method (acr, amr) and time go with the openid scope: every ID token says how the person logged in.
    claims: { sid: null, iss: null, openid: ['sub', 'acr', 'amr', 'auth_time'], profile: ['name', 'given_name', 'family_name'], [PERSONNUMMER_SCOPE]: [PERSONNUMMER_CLAIM] },
    // The Swedish eID profile puts the personnummer in the ID token, where the API reads it.
    conformIdTokenClaims: false,
    acrValues: ACR_VALUES,
    pkce: { required: () => true },
    findAccount: (_ctx, sub) => {
      const claims = claimsOf(sub);
      return claims ? { accountId: sub, claims: () => claims } : undefined;
    },
    // The API is a first-party client: no consent screen, the requested scope is granted.
    loadExistingGrant: async (ctx) => {
      const grantId = ctx.oidc.result?.consent?.grantId ?? ctx.oidc.session!.grantIdFor(ctx.oidc.client!.clientId);
      if (grantId) return ctx.oidc.provider.Grant.find(grantId);
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client!.clientId, accountId: ctx.oidc.session!.accountId! });
      grant.addOIDCScope('openid profile ' + PERSONNUMMER_SCOPE);
      const resource = ctx.oidc.params?.resource;
      if (typeof resource === 'string') grant.addResourceScope(resource, 'api');
      await grant.save();
      return grant;
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    features: {
      devInteractions: { enabled: false },
      clientCredentials: { enabled: true },
      rpInitiatedLogout: { enabled: true, logoutSource: async (ctx, form) => { ctx.body = logoutPage(form); } },
      resourceIndicators: {
        enabled: true,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, resource) => {
          if (resource !== o.apiAudience) throw new errors.InvalidTarget();
          return { scope: 'api', audience: o.apiAudience, accessTokenFormat: 'jwt', accessTokenTTL: 60 * 60, jwt: { sign: { alg: 'RS256' } } };
        },
      },
    },
    // The person's personnummer and login method travel in the API's access token too.
    extraTokenClaims: (ctx: KoaContextWithOIDC, token) => {
      if (token.kind !== 'AccessToken' || !token.accountId) return undefined;
      const claims = claimsOf(token.accountId);
      const code = ctx.oidc.entities.AuthorizationCode;
      return { ...(claims ? { [PERSONNUMMER_CLAIM]: claims[PERSONNUMMER_CLAIM] } : {}), ...(code?.acr ? { acr: code.acr } : {}) };
    },
    ttl: { AuthorizationCode: o.codeTtlSeconds, IdToken: 60 * 60, AccessToken: 60 * 60, Interaction: 10 * 60, Session: 8 * 60 * 60, Grant: 8 * 60 * 60 },
    renderError: async (ctx, out) => {
      ctx.type = 'html';
      ctx.body = errorPage(String(out.error_description ?? out.error));
    },
  };
  return new Provider(o.issuer, configuration);
}
