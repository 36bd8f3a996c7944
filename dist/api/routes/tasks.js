"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.taskRoutes = void 0;
const zod_1 = require("zod");
const request_kinds_1 = require("../../domain/request-kinds");
const roles_1 = require("../../domain/roles");
const plugin_1 = require("../auth/plugin");
const common_1 = require("../schemas/common");
const tasks_1 = require("../schemas/tasks");
const tasks_2 = require("../services/tasks");
const taskRoutes = async (app, { db, temporal }) => {
    app.get('/tasks', {
        config: { access: roles_1.STAFF_ROLES },
        schema: {
            tags: ['köer'],
            summary: "Every stage's queue the caller acts on (BA, AF's service desk, the manager for external information exchange), and overdue tasks escalated to the caller's role",
            querystring: zod_1.z.object({
                status: zod_1.z.enum(['OPEN', 'CLOSED'], { error: 'Status ska vara OPEN eller CLOSED.' }).default('OPEN'),
                kind: zod_1.z.enum(request_kinds_1.REQUEST_KIND_IDS, { error: `Okänd ärendetyp. Välj en av ${request_kinds_1.REQUEST_KIND_IDS.join(', ')}.` }).optional(),
                stage: zod_1.z.string().max(100).optional(),
                forbundId: zod_1.z.string().optional(),
                overdue: zod_1.z.enum(['true', 'false'], { error: 'overdue ska vara true eller false.' }).transform((v) => v === 'true').optional(),
                sort: zod_1.z.enum(['due', 'submitted'], { error: 'Sortera på due eller submitted.' }).default('due'),
                cursor: zod_1.z.string().optional(),
                limit: zod_1.z.coerce.number({ error: 'limit ska vara ett heltal 1–100.' }).int().min(1, 'limit ska vara minst 1.').max(100, 'limit får vara högst 100.').default(20),
            }),
            response: { 200: tasks_1.ZTaskPage },
        },
    }, async (request) => (0, tasks_2.listTasks)(db, (0, plugin_1.callerOf)(request), request.query));
    app.get('/tasks/:id', {
        config: { access: roles_1.STAFF_ROLES },
        schema: { tags: ['köer'], summary: 'One task of the caller\'s queues, with what its decider must weigh', params: common_1.ZIdParams, response: { 200: tasks_1.ZTaskView, ...(0, common_1.errorResponses)(404) } },
    }, async (request) => (0, tasks_2.getTask)(db, (0, plugin_1.callerOf)(request), request.params.id));
    app.post('/tasks/:id/claim', {
        config: { access: roles_1.STAFF_ROLES },
        schema: { tags: ['köer'], params: common_1.ZIdParams, response: { 200: tasks_1.ZTaskView, ...(0, common_1.errorResponses)(404, 409) } },
    }, async (request) => (0, tasks_2.claimTask)(db, (0, plugin_1.callerOf)(request), request.params.id));
    app.post('/tasks/:id/release', {
        config: { access: roles_1.STAFF_ROLES },
        schema: { tags: ['köer'], summary: 'Give a claimed task back to its queue (its claimer or anyone acting on the stage)', params: common_1.ZIdParams, response: { 200: tasks_1.ZTaskView, ...(0, common_1.errorResponses)(404, 409) } },
    }, async (request) => (0, tasks_2.releaseTask)(db, (0, plugin_1.callerOf)(request), request.params.id));
    app.post('/tasks/:id/decision', {
        config: { access: roles_1.STAFF_ROLES },
        schema: {
            tags: ['köer'],
            summary: "Decide the task's stage: APPROVE, REJECT, RETURN (to the orderer, with a reason) or FORWARD, as the task's decisions allow",
            params: common_1.ZIdParams,
            body: tasks_1.ZDecision,
            response: { 200: tasks_1.ZDecisionResult, ...(0, common_1.errorResponses)(404, 409, 422, 503) },
        },
    }, async (request) => (0, tasks_2.decideTask)(db, temporal, (0, plugin_1.callerOf)(request), request.params.id, request.body));
};
exports.taskRoutes = taskRoutes;
//# sourceMappingURL=tasks.js.map