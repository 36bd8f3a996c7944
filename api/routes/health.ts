import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorReply } from '../errors';
import { errorResponses } from '../schemas/common';
import { ZHealth, ZReady } from '../schemas/reference';
import type { ApiDeps } from '../app';

const withTimeout = <T>(p: Promise<T>, ms: number) =>
  Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref())]);

export const healthRoutes: FastifyPluginAsyncZod<ApiDeps> = async (app, { db, temporal }) => {
  app.get('/health', { config: { access: 'public' }, schema: { tags: ['drift'], response: { 200: ZHealth } } }, async () => ({ status: 'ok' as const }));

  app.get('/ready', { config: { access: 'public' }, schema: { tags: ['drift'], response: { 200: ZReady, ...errorResponses(503) } } }, async (request, reply) => {
    const checks = {
      database: () => db.$queryRaw`SELECT 1`,
      temporal: () => temporal.workflowService.getSystemInfo({}),
    };
    const failing: { component: string; message: string }[] = [];
    await Promise.all(Object.entries(checks).map(async ([component, check]) => {
      try {
        await withTimeout(check(), 2000);
      } catch (err) {
        request.log.warn({ err, component }, 'readiness check failed');
        failing.push({ component, message: `${component} svarar inte.` });
      }
    }));
    if (failing.length === 0) return { status: 'ready' as const, database: 'ok' as const, temporal: 'ok' as const };
    const { body } = errorReply('NOT_READY', `Tjänsten är inte redo: ${failing.map((f) => f.component).join(', ')} svarar inte.`, failing);
    return reply.status(503).send(body);
  });
};
