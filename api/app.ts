import type { Client } from '@temporalio/client';
import Fastify, { type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { AppConfig } from '../config';
import type { Db } from '../data/prisma';
import { tokenKeys } from './auth/keys';
import { authPlugin } from './auth/plugin';
import { registerErrorHandler } from './plugins/error-handler';
import { registerSwagger } from './plugins/swagger';
import { devAuthRoutes } from './routes/auth';
import { healthRoutes } from './routes/health';
import { meRoutes } from './routes/me';
import { registerWebApp } from './plugins/web-app';
import { orderRoutes } from './routes/orders';
import { referenceRoutes } from './routes/reference';
import { taskRoutes } from './routes/tasks';

export interface ApiDeps {
  config: AppConfig;
  db: Db;
  temporal: Client;
}

/** docs/api.md: request bodies above 64 kB are refused with 413. */
const BODY_LIMIT = 64 * 1024;

export async function buildApp(deps: ApiDeps, options: FastifyServerOptions = {}) {
  const keys = tokenKeys(deps.config); // refuses to start without a way to verify callers
  const app = Fastify({ bodyLimit: BODY_LIMIT, logger: { level: deps.config.LOG_LEVEL }, ...options });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);
  await registerSwagger(app);
  await app.register(authPlugin, { keys, db: deps.db });

  await app.register(healthRoutes, deps);
  if (deps.config.DEV_LOGIN) await app.register(devAuthRoutes, { ...deps, keys });
  await app.register(meRoutes, deps);
  await app.register(referenceRoutes, deps);
  await app.register(orderRoutes, deps);
  await app.register(taskRoutes, deps);
  await registerWebApp(app);
  return app;
}
