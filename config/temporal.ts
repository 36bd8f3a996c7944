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

/**
 * Options every workflow of the product starts with. A workflow task held by a worker that died
 * is handed to another after workflowTaskTimeout (Temporal's default is 10 s). Our workflow tasks
 * take milliseconds (small histories, no I/O), so 5 s halves the stall after a crash and still
 * leaves a loaded worker ample time. Fixed at start: workflows started earlier keep 10 s.
 */
export const WORKFLOW_START_OPTIONS = { workflowTaskTimeout: '5 seconds' } as const;
