import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

/**
 * The web UI: built into web/dist and served by the API under /app (api/plugins/web-app.ts).
 * `npx vite --config web/vite.config.mts` serves it with hot reload against an API on :3000.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/app/',
  plugins: [vue()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  server: {
    // The UI imports the API's own forms and labels (one definition) from outside web/.
    fs: { allow: ['..'] },
    proxy: Object.fromEntries(['/auth', '/me', '/orders', '/tasks', '/forbund', '/organisations', '/roles', '/request-kinds'].map((p) => [p, 'http://127.0.0.1:3000'])),
  },
});
