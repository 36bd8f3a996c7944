import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { REQUEST_KIND_IDS } from '../../domain/request-kinds';
import { STAFF_ROLES } from '../../domain/roles';
import { callerOf } from '../auth/plugin';
import { errorResponses, ZIdParams } from '../schemas/common';
import { ZDecision, ZDecisionResult, ZTaskPage, ZTaskView } from '../schemas/tasks';
import { claimTask, decideTask, getTask, listTasks, releaseTask } from '../services/tasks';
import type { ApiDeps } from '../app';

export const taskRoutes: FastifyPluginAsyncZod<ApiDeps> = async (app, { db, temporal }) => {
  app.get('/tasks', {
    config: { access: STAFF_ROLES },
    schema: {
      tags: ['köer'],
      summary: "Every stage's queue the caller acts on (BA, AF's service desk, the manager for external information exchange), and overdue tasks escalated to the caller's role",
      querystring: z.object({
        status: z.enum(['OPEN', 'CLOSED'], { error: 'Status ska vara OPEN eller CLOSED.' }).default('OPEN'),
        kind: z.enum(REQUEST_KIND_IDS, { error: `Okänd ärendetyp. Välj en av ${REQUEST_KIND_IDS.join(', ')}.` }).optional(),
        stage: z.string().max(100).optional(),
        forbundId: z.string().optional(),
        overdue: z.enum(['true', 'false'], { error: 'overdue ska vara true eller false.' }).transform((v) => v === 'true').optional(),
        sort: z.enum(['due', 'submitted'], { error: 'Sortera på due eller submitted.' }).default('due'),
        cursor: z.string().optional(),
        limit: z.coerce.number({ error: 'limit ska vara ett heltal 1–100.' }).int().min(1, 'limit ska vara minst 1.').max(100, 'limit får vara högst 100.').default(20),
      }),
      response: { 200: ZTaskPage },
    },
  }, async (request) => listTasks(db, callerOf(request), request.query));

  app.get('/tasks/:id', {
    config: { access: STAFF_ROLES },
    schema: { tags: ['köer'], summary: 'One task of the caller\'s queues, with what its decider must weigh', params: ZIdParams, response: { 200: ZTaskView, ...errorResponses(404) } },
  }, async (request) => getTask(db, callerOf(request), request.params.id));

  app.post('/tasks/:id/claim', {
    config: { access: STAFF_ROLES },
    schema: { tags: ['köer'], params: ZIdParams, response: { 200: ZTaskView, ...errorResponses(404, 409) } },
  }, async (request) => claimTask(db, callerOf(request), request.params.id));

  app.post('/tasks/:id/release', {
    config: { access: STAFF_ROLES },
    schema: { tags: ['köer'], summary: 'Give a claimed task back to its queue (its claimer or anyone acting on the stage)', params: ZIdParams, response: { 200: ZTaskView, ...errorResponses(404, 409) } },
  }, async (request) => releaseTask(db, callerOf(request), request.params.id));

  app.post('/tasks/:id/decision', {
    config: { access: STAFF_ROLES },
    schema: {
      tags: ['köer'],
      summary: "Decide the task's stage: APPROVE, REJECT, RETURN (to the orderer, with a reason) or FORWARD, as the task's decisions allow",
      params: ZIdParams,
      body: ZDecision,
      response: { 200: ZDecisionResult, ...errorResponses(404, 409, 422, 503) },
    },
  }, async (request) => decideTask(db, temporal, callerOf(request), request.params.id, request.body));
};
