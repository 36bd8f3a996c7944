import type { Client } from '@temporalio/client';
import Fastify, { type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import helmet from '@fastify/helmet';
import { assertLoginFailsClosed, servedOverHttps, type AppConfig } from '../config';
import type { Db } from '../data/prisma';
import { tokenKeys } from './auth/keys';
import { createOidcClient } from './auth/oidc';
import { authPlugin } from './auth/plugin';
import { sessionSettings } from './auth/sessions';
import { registerErrorHandler } from './plugins/error-handler';
import { registerMetrics } from './plugins/metrics';
import { registerSwagger } from './plugins/swagger';
import { devAuthRoutes } from './routes/auth';
import { bestallareRoutes } from './routes/bestallare';
import { insatsRoutes } from './routes/insatser';
import { pubAvtalRoutes } from './routes/pub-avtal';
import { linkRoutes } from './routes/links';
import { personRoutes } from './routes/persons';
import { healthRoutes } from './routes/health';
import { loginRoutes } from './routes/login';
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

/**
 * Security headers on every answer (@fastify/helmet): the web UI loads nothing from elsewhere and
 * may not be framed. Over plain http (development) browsers must not be told to upgrade requests.
 */
function helmetOptions(config: AppConfig) {
  const https = servedOverHttps(config);
  return {
    contentSecurityPolicy: { directives: { frameAncestors: ["'none'"], upgradeInsecureRequests: https ? [] : null } },
    strictTransportSecurity: https ? { maxAge: 365 * 24 * 60 * 60 } : false,
  };
}

/** JSON lines in production; readable, coloured lines in development (LOG_FORMAT=pretty). */
function loggerOptions(config: AppConfig) {
  if (config.LOG_FORMAT === 'json') return { level: config.LOG_LEVEL };
  return { level: config.LOG_LEVEL, transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' } } };
}

/** docs/api.md: request bodies above 64 kB are refused with 413. */
const BODY_LIMIT = 64 * 1024;

export async function buildApp(deps: ApiDeps, options: FastifyServerOptions = {}) {
  const { config } = deps;
  // Refuses to start with no way to log in, or with one that would let the wrong people in.
  assertLoginFailsClosed(config);
  const keys = tokenKeys(config);
  const oidc = config.OIDC_ISSUER ? createOidcClient(config) : null;
  const sessions = sessionSettings(config);
  // An id in a path that is no id is a 404 like any other unknown id, not the router's own 414
  // (its default limit is 100 URL-encoded characters, which a few non-ASCII characters exceed).
  const app = Fastify({ bodyLimit: BODY_LIMIT, routerOptions: { maxParamLength: 2000 }, logger: loggerOptions(config), trustProxy: config.TRUST_PROXY, ...options });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);
  if (config.API_METRICS_ADDRESS) await registerMetrics(app, { db: deps.db, address: config.API_METRICS_ADDRESS });
  await app.register(helmet, helmetOptions(config));
  await registerSwagger(app);
  await app.register(authPlugin, { keys, db: deps.db, config, oidc, sessions });

  await app.register(healthRoutes, deps);
  await app.register(loginRoutes, { config, db: deps.db, oidc, sessions });
  if (config.DEV_LOGIN) await app.register(devAuthRoutes, { ...deps, keys, sessions });
  await app.register(meRoutes, deps);
  await app.register(referenceRoutes, deps);
  await app.register(orderRoutes, deps);
  await app.register(taskRoutes, deps);
  await app.register(bestallareRoutes, deps);
  await app.register(insatsRoutes, deps);
  await app.register(pubAvtalRoutes, deps);
  await app.register(linkRoutes, deps);
  await app.register(personRoutes, deps);
  await registerWebApp(app);
  return app;
}
