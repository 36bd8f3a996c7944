import { createHash, randomBytes } from 'node:crypto';
import { ConfigError, type AppConfig } from '../../config';

/** The keys that sign and verify the development login's bearer tokens and the session cookie. */
export interface TokenKeys {
  issuer: string;
  audience: string;
  signing: { kid: string; secret: Uint8Array };
  /** By key id: the current secret and the previous ones still accepted during a rotation. */
  verifying: ReadonlyMap<string, Uint8Array>;
  /** The session cookie's signing secrets: the current one signs, all of them verify. */
  cookieSecrets: string[];
}

// The key id names a secret without revealing it, so rotating AUTH_SECRET needs no extra variable.
const keyId = (secret: Uint8Array) => createHash('sha256').update(secret).digest('base64url').slice(0, 16);

/**
 * AUTH_SECRET signs (the session cookie and the development login's tokens); AUTH_PREVIOUS_SECRETS
 * only verify. With neither the development login nor AUTH_SECRET the API refuses to start. The development login without a secret gets a random
 * one per process: no default secret exists anywhere, and a restart logs everybody out.
 */
export function tokenKeys(config: AppConfig): TokenKeys {
  if (!config.AUTH_SECRET && !config.DEV_LOGIN) {
    throw new ConfigError('AUTH_SECRET: required (at least 32 characters) unless DEV_LOGIN=true in development');
  }
  const currentText = config.AUTH_SECRET ?? randomBytes(32).toString('base64url');
  const current = new TextEncoder().encode(currentText);
  const all = [current, ...config.AUTH_PREVIOUS_SECRETS.map((s) => new TextEncoder().encode(s))];
  return {
    issuer: config.AUTH_ISSUER,
    audience: config.AUTH_AUDIENCE,
    signing: { kid: keyId(current), secret: current },
    verifying: new Map(all.map((secret) => [keyId(secret), secret])),
    cookieSecrets: [currentText, ...config.AUTH_PREVIOUS_SECRETS],
  };
}
