import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';

/** OpenAPI at /docs/json, browsable at /docs; built from the routes' zod schemas. */
export async function registerSwagger(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      info: { title: 'Behörighet — beställning av behörighet till Uppföljning Finsam', version: '0.1.0' },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', description: 'An access token for this API from the identity provider (or the development login\'s token)' },
          session: {
            type: 'apiKey',
            in: 'cookie',
            name: 'behorighet-session',
            description: 'The browser session from GET /auth/login (`__Host-behorighet-session` over https); POSTs also need the x-csrf-token header from GET /auth/session',
          },
        },
      },
      security: [{ bearer: [] }, { session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  // Its own CSP for its pages (hashes of its inline scripts) in place of the app's; Swagger UI
  // also sets inline styles, which only this documentation page is allowed.
  await app.register(swaggerUi, {
    routePrefix: '/docs',
    staticCSP: true,
    transformStaticCSP: (header) => header.replace(/style-src ([^;]*)/, (d, sources: string) => (sources.includes("'unsafe-inline'") ? d : `style-src ${sources} 'unsafe-inline'`)),
  });
}
