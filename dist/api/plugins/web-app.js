"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.WEB_APP_PREFIX = exports.WEB_DIST_DIR = void 0;
exports.registerWebApp = registerWebApp;
const node_fs_1 = require("node:fs");
const node_path_1 = __importDefault(require("node:path"));
const static_1 = __importDefault(require("@fastify/static"));
const errors_1 = require("../errors");
// The repository's root, also from compiled code: dist/ mirrors the repository's layout.
const up = node_path_1.default.resolve(__dirname, '../..');
const ROOT = node_path_1.default.basename(up) === 'dist' ? node_path_1.default.dirname(up) : up;
/** Where `npm run build` (vite build of web/) puts the web UI. */
exports.WEB_DIST_DIR = node_path_1.default.join(ROOT, 'web', 'dist');
exports.WEB_APP_PREFIX = '/app';
const ONE_YEAR_MS = 365 * 24 * 60 * 60 * 1000;
/**
 * The web UI (web/, a Vue app in FKUI) under /app. Files with an extension are the build's
 * assets (hashed names, cached for a year); every other path is a page of the app, answered
 * with index.html so that a reload or a shared link opens the same page (history routing).
 * Without a build the routes answer 404 with a Swedish hint, and the API works as before.
 */
async function registerWebApp(app, distDir = exports.WEB_DIST_DIR) {
    const built = (0, node_fs_1.existsSync)(node_path_1.default.join(distDir, 'index.html'));
    // serve: false — the routes below declare their access like every other route.
    await app.register(static_1.default, { root: distDir, serve: false });
    app.get(exports.WEB_APP_PREFIX, { config: { access: 'public' }, schema: { hide: true } }, (_request, reply) => reply.redirect(`${exports.WEB_APP_PREFIX}/`));
    app.get(`${exports.WEB_APP_PREFIX}/*`, { config: { access: 'public' }, schema: { hide: true } }, (request, reply) => {
        if (!built) {
            return reply.status(404).type('text/plain; charset=utf-8').send('Webbgränssnittet är inte byggt. Kör npm run build.');
        }
        const file = request.params['*'];
        if (node_path_1.default.extname(file)) {
            const full = node_path_1.default.resolve(distDir, file);
            if (!full.startsWith(distDir + node_path_1.default.sep) || !(0, node_fs_1.existsSync)(full))
                throw (0, errors_1.notFound)('Filen finns inte.');
            return reply.sendFile(file, { maxAge: ONE_YEAR_MS, immutable: true });
        }
        return reply.header('cache-control', 'no-cache').sendFile('index.html', { cacheControl: false });
    });
}
//# sourceMappingURL=web-app.js.map