import fs from 'node:fs';
import path from 'node:path';
import { temporal } from '@temporalio/proto';

type History = temporal.api.history.v1.IHistory;
const { History } = temporal.api.history.v1;

/**
 * Recorded histories of real order workflows, replayed against the current workflow code in CI
 * (test/integration/workflows/replay.test.ts) so a change that would break orders already
 * waiting for BA fails the build. Stored as binary protobuf: under jest, the SDK's JSON
 * conversion trips over its two copies of protobufjs ("type must be a Type"). Never edit or delete a fixture: orders recorded with older
 * code keep running in production for as long as BA takes to decide them.
 */
export const HISTORY_DIR = path.join(__dirname, '..', 'fixtures', 'workflow-histories');

/**
 * With RECORD_HISTORIES=1 the tests that drive the scenarios save their histories here
 * (`RECORD_HISTORIES=1 npx jest test/integration/workflows/order-9480.test.ts test/e2e/worker-crash.test.ts`).
 * Record with new names after a workflow change; keep the old files.
 */
export async function recordHistory(name: string, handle: { fetchHistory(): Promise<History> }): Promise<void> {
  if (process.env.RECORD_HISTORIES !== '1') return;
  fs.mkdirSync(HISTORY_DIR, { recursive: true });
  // 'wx': an existing fixture is never overwritten (record under a new name instead).
  fs.writeFileSync(path.join(HISTORY_DIR, `${name}.binpb`), History.encode(await handle.fetchHistory()).finish(), { flag: 'wx' });
}

export function recordedHistories(): { workflowId: string; history: History }[] {
  return fs
    .readdirSync(HISTORY_DIR)
    .filter((f) => f.endsWith('.binpb'))
    .sort()
    .map((f) => ({ workflowId: f.replace(/\.binpb$/, ''), history: History.decode(fs.readFileSync(path.join(HISTORY_DIR, f))) }));
}
