import fs from 'node:fs';
import type { AppConfig } from './index';

/** Connection options shared by the worker (NativeConnection) and the API (Connection). */
export function temporalConnectionOptions(config: AppConfig) {
  const tls = config.TEMPORAL_TLS_CERT_PATH && config.TEMPORAL_TLS_KEY_PATH
    ? { clientCertPair: { crt: fs.readFileSync(config.TEMPORAL_TLS_CERT_PATH), key: fs.readFileSync(config.TEMPORAL_TLS_KEY_PATH) } }
    : config.TEMPORAL_API_KEY ? true : undefined;
  return {
    address: config.TEMPORAL_ADDRESS,
    tls,
    apiKey: config.TEMPORAL_API_KEY,
  };
}
