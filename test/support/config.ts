import fs from 'node:fs';
import { loadConfig, type AppConfig } from '../../config';

/** Configuration for tests: the real parts global-setup started, plus overrides. */
export function testConfig(overrides: Record<string, string> = {}): AppConfig {
  return loadConfig({ ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'silent', DEV_LOGIN: 'true', ...overrides });
}

/** The workflow bundle global-setup built once for the whole run. */
export function workflowBundle(): { code: string } {
  return { code: fs.readFileSync(process.env.TEST_WORKFLOW_BUNDLE!, 'utf8') };
}
