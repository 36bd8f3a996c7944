"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.registerSwagger = registerSwagger;
const swagger_1 = __importDefault(require("@fastify/swagger"));
const swagger_ui_1 = __importDefault(require("@fastify/swagger-ui"));
const fastify_type_provider_zod_1 = require("fastify-type-provider-zod");
/** OpenAPI at /docs/json, browsable at /docs; built from the routes' zod schemas. */
async function registerSwagger(app) {
    await app.register(swagger_1.default, {
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
        transform: fastify_type_provider_zod_1.jsonSchemaTransform,
    });
    // Its own CSP for its pages (hashes of its inline scripts) in place of the app's; Swagger UI
    // also sets inline styles, which only this documentation page is allowed.
    await app.register(swagger_ui_1.default, {
        routePrefix: '/docs',
        staticCSP: true,
        transformStaticCSP: (header) => header.replace(/style-src ([^;]*)/, (d, sources) => (sources.includes("'unsafe-inline'") ? d : `style-src ${sources} 'unsafe-inline'`)),
    });
}
//# sourceMappingURL=swagger.js.map