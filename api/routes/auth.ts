import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditAuth } from '../auth/auth-audit';
import { listPersonas } from '../auth/callers';
import { startSession, type SessionSettings } from '../auth/sessions';
import type { TokenKeys } from '../auth/keys';
import { issueToken } from '../auth/token';
import { AppError } from '../errors';
import { errorResponses } from '../schemas/common';
import { ZAuthSession } from '../schemas/login';
import { authSessionOf } from './login';
import { ZPersona, ZToken } from '../schemas/reference';
import type { ApiDeps } from '../app';

/** The clearly marked development login (docs/api.md): only registered when DEV_LOGIN is on. */
export const devAuthRoutes: FastifyPluginAsyncZod<ApiDeps & { keys: TokenKeys; sessions: SessionSettings }> = async (app, { db, keys, config, sessions }) => {
  app.get('/auth/dev/personas', {
    config: { access: 'public' },
    schema: { tags: ['utvecklingsinloggning'], summary: 'Seeded personas (development only)', response: { 200: z.array(ZPersona) } },
  }, async () => (await listPersonas(db, new Date())).map((p) => ({ id: p.personId, name: p.name, roles: p.roles, organisationId: p.organisationId })));

  const ZPersonaChoice = z.strictObject({ personaId: z.string({ error: 'Ange personaId.' }).min(1, 'Ange personaId.') });
  async function persona(personaId: string) {
    const found = (await listPersonas(db, new Date())).find((p) => p.personId === personaId);
    if (!found) throw new AppError('UNKNOWN_PERSONA', 'Det finns ingen sådan persona. Se GET /auth/dev/personas.');
    return found;
  }

  app.post('/auth/dev/login', {
    config: { access: 'public' },
    schema: {
      tags: ['utvecklingsinloggning'],
      summary: 'Log in as a persona (development only)',
      body: ZPersonaChoice,
      response: { 200: ZToken, ...errorResponses(404) },
    },
  }, async (request) => {
    const { personId } = await persona(request.body.personaId);
    await auditAuth(db, request, { event: 'LOGIN', personId, authMethod: 'DEV_LOGIN' });
    return { token: await issueToken(personId, keys) };
  });

  app.post('/auth/dev/session', {
    config: { access: 'public' },
    schema: {
      tags: ['utvecklingsinloggning'],
      summary: 'Log in as a persona with a browser session cookie (development only): the session, as GET /auth/session',
      body: ZPersonaChoice,
      response: { 200: ZAuthSession, ...errorResponses(404) },
    },
  }, async (request, reply) => {
    const { personId } = await persona(request.body.personaId);
    await startSession(request, { personId, authMethod: 'DEV_LOGIN' });
    await auditAuth(db, request, { event: 'LOGIN', personId, authMethod: 'DEV_LOGIN' });
    return authSessionOf(request, reply, config, sessions);
  });
};
