"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.tokenKeys = tokenKeys;
const node_crypto_1 = require("node:crypto");
const config_1 = require("../../config");
// The key id names a secret without revealing it, so rotating AUTH_SECRET needs no extra variable.
const keyId = (secret) => (0, node_crypto_1.createHash)('sha256').update(secret).digest('base64url').slice(0, 16);
/**
 * AUTH_SECRET signs (the session cookie and the development login's tokens); AUTH_PREVIOUS_SECRETS
 * only verify. With neither the development login nor AUTH_SECRET the API refuses to start. The development login without a secret gets a random
 * one per process: no default secret exists anywhere, and a restart logs everybody out.
 */
function tokenKeys(config) {
    if (!config.AUTH_SECRET && !config.DEV_LOGIN) {
        throw new config_1.ConfigError('AUTH_SECRET: required (at least 32 characters) unless DEV_LOGIN=true in development');
    }
    const currentText = config.AUTH_SECRET ?? (0, node_crypto_1.randomBytes)(32).toString('base64url');
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
//# sourceMappingURL=keys.js.map