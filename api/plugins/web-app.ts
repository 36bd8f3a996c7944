import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { notFound } from '../errors';

// The repository's root, also from compiled code: dist/ mirrors the repository's layout.
const up = path.resolve(__dirname, '../..');
const ROOT = path.basename(up) === 'dist' ? path.dirname(up) : up;
/** Where `npm run build` (vite build of web/) puts the web UI. */
export const WEB_DIST_DIR = path.join(ROOT, 'web', 'dist');
export const WEB_APP_PREFIX = '/app';
const ONE_YEAR_MS = 365 * 24 * 60 * 60 * 1000;

/**
 * The web UI (web/, a Vue app in FKUI) under /app. Files with an extension are the build's
 * assets (hashed names, cached for a year); every other path is a page of the app, answered
 * with index.html so that a reload or a shared link opens the same page (history routing).
 * Without a build the routes answer 404 with a Swedish hint, and the API works as before.
 */
export async function registerWebApp(app: FastifyInstance, distDir = WEB_DIST_DIR): Promise<void> {
  const built = existsSync(path.join(distDir, 'index.html'));
  // serve: false — the routes below declare their access like every other route.
  await app.register(fastifyStatic, { root: distDir, serve: false });

  app.get(WEB_APP_PREFIX, { config: { access: 'public' }, schema: { hide: true } }, (_request, reply) => reply.redirect(`${WEB_APP_PREFIX}/`));
  app.get(`${WEB_APP_PREFIX}/*`, { config: { access: 'public' }, schema: { hide: true } }, (request, reply) => {
    if (!built) {
      return reply.status(404).type('text/plain; charset=utf-8').send('Webbgränssnittet är inte byggt. Kör npm run build.');
    }
    const file = (request.params as { '*': string })['*'];
    if (path.extname(file)) {
      const full = path.resolve(distDir, file);
      if (!full.startsWith(distDir + path.sep) || !existsSync(full)) throw notFound('Filen finns inte.');
      return reply.sendFile(file, { maxAge: ONE_YEAR_MS, immutable: true });
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html', { cacheControl: false });
  });
}
