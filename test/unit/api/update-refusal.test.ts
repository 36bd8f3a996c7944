/**
 * How the API answers an Update that Temporal could not take (issue 18): the errors are built as
 * @temporalio/client throws them (a ServiceError around the gRPC error), and the answer goes
 * through the app's one error handler.
 */
import { ServiceError, WorkflowUpdateRPCTimeoutOrCancelledError } from '@temporalio/client';
import Fastify from 'fastify';
import { AppError } from '../../../api/errors';
import { registerErrorHandler, RETRY_AFTER_SECONDS } from '../../../api/plugins/error-handler';
import { refusalOfUpdate } from '../../../api/services/tasks';

const grpcError = (code: number, details: string) => Object.assign(new Error(`${code} ${details}`), { code, details, metadata: {} });
const updateFailed = (code: number, details: string) => new ServiceError('Workflow Update failed', { cause: grpcError(code, details) });

const refusalOf = (err: unknown): AppError => {
  try {
    refusalOfUpdate(err);
  } catch (e) {
    return e as AppError;
  }
  throw new Error('refusalOfUpdate returned');
};

test('Temporal refusing the Update while the workflow task is retried: WORKFLOW_RECOVERING, nothing changed', () => {
  const refusal = refusalOf(updateFailed(9, 'Unable to perform workflow execution update due to Workflow Task in failed state.'));
  expect(refusal).toBeInstanceOf(AppError);
  expect(refusal.code).toBe('WORKFLOW_RECOVERING');
  expect(refusal.statusCode).toBe(503);
  expect(refusal.message).toMatch(/Ingenting har ändrats; försök igen/);
});

test('no answer in time, or Temporal away while waiting: DECISION_PENDING (it may still land)', () => {
  expect(refusalOf(new WorkflowUpdateRPCTimeoutOrCancelledError('timeout')).code).toBe('DECISION_PENDING');
  expect(refusalOf(updateFailed(14, 'connection refused')).code).toBe('DECISION_PENDING');
});

test('any other failure is not dressed up as passing: it is rethrown', () => {
  const bug = updateFailed(3, 'invalid argument');
  expect(refusalOf(bug)).toBe(bug);
});

test('every 503 answers with Retry-After and the code, never a bare 5xx', async () => {
  const app = Fastify({ logger: false });
  registerErrorHandler(app);
  app.get('/decide', async () => refusalOfUpdate(updateFailed(9, 'Workflow Task in failed state')));
  const res = await app.inject({ method: 'GET', url: '/decide' });
  expect(res.statusCode).toBe(503);
  expect(res.headers['retry-after']).toBe(String(RETRY_AFTER_SECONDS));
  expect(res.json()).toEqual({ code: 'WORKFLOW_RECOVERING', message: expect.stringMatching(/försök igen/) });
  await app.close();
});
