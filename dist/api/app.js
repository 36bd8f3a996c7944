"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.buildApp = buildApp;
const fastify_1 = __importDefault(require("fastify"));
const fastify_type_provider_zod_1 = require("fastify-type-provider-zod");
const helmet_1 = __importDefault(require("@fastify/helmet"));
const config_1 = require("../config");
const keys_1 = require("./auth/keys");
const oidc_1 = require("./auth/oidc");
const plugin_1 = require("./auth/plugin");
const sessions_1 = require("./auth/sessions");
const error_handler_1 = require("./plugins/error-handler");
const metrics_1 = require("./plugins/metrics");
const swagger_1 = require("./plugins/swagger");
const auth_1 = require("./routes/auth");
const bestallare_1 = require("./routes/bestallare");
const insatser_1 = require("./routes/insatser");
const pub_avtal_1 = require("./routes/pub-avtal");
const links_1 = require("./routes/links");
const persons_1 = require("./routes/persons");
const health_1 = require("./routes/health");
const login_1 = require("./routes/login");
const me_1 = require("./routes/me");
const web_app_1 = require("./plugins/web-app");
const orders_1 = require("./routes/orders");
const reference_1 = require("./routes/reference");
const tasks_1 = require("./routes/tasks");
/**
 * Security headers on every answer (@fastify/helmet): the web UI loads nothing from elsewhere and
 * may not be framed. Over plain http (development) browsers must not be told to upgrade requests.
 */
function helmetOptions(config) {
    const https = (0, config_1.servedOverHttps)(config);
    return {
        contentSecurityPolicy: { directives: { frameAncestors: ["'none'"], upgradeInsecureRequests: https ? [] : null } },
        strictTransportSecurity: https ? { maxAge: 365 * 24 * 60 * 60 } : false,
    };
}
/** JSON lines in production; readable, coloured lines in development (LOG_FORMAT=pretty). */
function loggerOptions(config) {
    if (config.LOG_FORMAT === 'json')
        return { level: config.LOG_LEVEL };
    return { level: config.LOG_LEVEL, transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' } } };
}
/** docs/api.md: request bodies above 64 kB are refused with 413. */
const BODY_LIMIT = 64 * 1024;
async function buildApp(deps, options = {}) {
    const { config } = deps;
    // Refuses to start with no way to log in, or with one that would let the wrong people in.
    (0, config_1.assertLoginFailsClosed)(config);
    const keys = (0, keys_1.tokenKeys)(config);
    const oidc = config.OIDC_ISSUER ? (0, oidc_1.createOidcClient)(config) : null;
    const sessions = (0, sessions_1.sessionSettings)(config);
    // An id in a path that is no id is a 404 like any other unknown id, not the router's own 414
    // (its default limit is 100 URL-encoded characters, which a few non-ASCII characters exceed).
    const app = (0, fastify_1.default)({ bodyLimit: BODY_LIMIT, routerOptions: { maxParamLength: 2000 }, logger: loggerOptions(config), trustProxy: config.TRUST_PROXY, ...options });
    app.setValidatorCompiler(fastify_type_provider_zod_1.validatorCompiler);
    app.setSerializerCompiler(fastify_type_provider_zod_1.serializerCompiler);
    (0, error_handler_1.registerErrorHandler)(app);
    if (config.API_METRICS_ADDRESS)
        await (0, metrics_1.registerMetrics)(app, { db: deps.db, address: config.API_METRICS_ADDRESS });
    await app.register(helmet_1.default, helmetOptions(config));
    await (0, swagger_1.registerSwagger)(app);
    await app.register(plugin_1.authPlugin, { keys, db: deps.db, config, oidc, sessions });
    await app.register(health_1.healthRoutes, deps);
    await app.register(login_1.loginRoutes, { config, db: deps.db, oidc, sessions });
    if (config.DEV_LOGIN)
        await app.register(auth_1.devAuthRoutes, { ...deps, keys, sessions });
    await app.register(me_1.meRoutes, deps);
    await app.register(reference_1.referenceRoutes, deps);
    await app.register(orders_1.orderRoutes, deps);
    await app.register(tasks_1.taskRoutes, deps);
    await app.register(bestallare_1.bestallareRoutes, deps);
    await app.register(insatser_1.insatsRoutes, deps);
    await app.register(pub_avtal_1.pubAvtalRoutes, deps);
    await app.register(links_1.linkRoutes, deps);
    await app.register(persons_1.personRoutes, deps);
    await (0, web_app_1.registerWebApp)(app);
    return app;
}
//# sourceMappingURL=app.js.map