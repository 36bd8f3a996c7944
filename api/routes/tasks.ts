import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf } from '../auth/plugin';
import { errorResponses, ZIdParams } from '../schemas/common';
import { ZDecision, ZDecisionResult, ZTaskPage, ZTaskView } from '../schemas/tasks';
import { claimTask, decideTask, listTasks, releaseTask } from '../services/tasks';
import type { ApiDeps } from '../app';

export const taskRoutes: FastifyPluginAsyncZod<ApiDeps> = async (app, { db, temporal }) => {
  app.get('/tasks', {
    config: { access: ['BA'] },
    schema: {
      tags: ['BA-kö'],
      querystring: z.object({
        status: z.enum(['OPEN', 'CLOSED'], { error: 'Status ska vara OPEN eller CLOSED.' }).default('OPEN'),
        kind: z.enum(['USER_9480'], { error: 'Okänd ärendetyp.' }).optional(),
        forbundId: z.string().optional(),
        sort: z.enum(['due', 'submitted'], { error: 'Sortera på due eller submitted.' }).default('due'),
        cursor: z.string().optional(),
        limit: z.coerce.number({ error: 'limit ska vara ett heltal 1–100.' }).int().min(1, 'limit ska vara minst 1.').max(100, 'limit får vara högst 100.').default(20),
      }),
      response: { 200: ZTaskPage },
    },
  }, async (request) => listTasks(db, request.query));

  app.post('/tasks/:id/claim', {
    config: { access: ['BA'] },
    schema: { tags: ['BA-kö'], params: ZIdParams, response: { 200: ZTaskView, ...errorResponses(404, 409) } },
  }, async (request) => claimTask(db, callerOf(request), request.params.id));

  app.post('/tasks/:id/release', {
    config: { access: ['BA'] },
    schema: { tags: ['BA-kö'], summary: 'Give a claimed task back to the queue (its claimer or any BA)', params: ZIdParams, response: { 200: ZTaskView, ...errorResponses(404, 409) } },
  }, async (request) => releaseTask(db, callerOf(request), request.params.id));

  app.post('/tasks/:id/decision', {
    config: { access: ['BA'] },
    schema: { tags: ['BA-kö'], params: ZIdParams, body: ZDecision, response: { 200: ZDecisionResult, ...errorResponses(404, 409, 422, 503) } },
  }, async (request) => decideTask(db, temporal, callerOf(request), request.params.id, request.body));
};
