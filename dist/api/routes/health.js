"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.healthRoutes = void 0;
const errors_1 = require("../errors");
const common_1 = require("../schemas/common");
const reference_1 = require("../schemas/reference");
const withTimeout = (p, ms) => Promise.race([p, new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref())]);
const healthRoutes = async (app, { db, temporal }) => {
    app.get('/health', { config: { access: 'public' }, schema: { tags: ['drift'], response: { 200: reference_1.ZHealth } } }, async () => ({ status: 'ok' }));
    app.get('/ready', { config: { access: 'public' }, schema: { tags: ['drift'], response: { 200: reference_1.ZReady, ...(0, common_1.errorResponses)(503) } } }, async (request, reply) => {
        const checks = {
            database: () => db.$queryRaw `SELECT 1`,
            temporal: () => temporal.workflowService.getSystemInfo({}),
        };
        const failing = [];
        await Promise.all(Object.entries(checks).map(async ([component, check]) => {
            try {
                await withTimeout(check(), 2000);
            }
            catch (err) {
                request.log.warn({ err, component }, 'readiness check failed');
                failing.push({ component, message: `${component} svarar inte.` });
            }
        }));
        if (failing.length === 0)
            return { status: 'ready', database: 'ok', temporal: 'ok' };
        const { body } = (0, errors_1.errorReply)('NOT_READY', `Tjänsten är inte redo: ${failing.map((f) => f.component).join(', ')} svarar inte.`, failing);
        return reply.status(503).send(body);
    });
};
exports.healthRoutes = healthRoutes;
//# sourceMappingURL=health.js.map