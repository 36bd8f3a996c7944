// ESLint, for now with one job: keep workflow code deterministic. Temporal replays workflow code
// from history, so nothing in workflows/ may do I/O or reach outside the sandbox: no Node
// built-ins, no database, mail or HTTP modules, and activities only as types (proxyActivities).
// Run by `npm run lint` and, in CI, by test/unit/lint/workflow-determinism.test.ts.
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = ['assert', 'async_hooks', 'buffer', 'child_process', 'cluster', 'crypto', 'dgram', 'dns', 'events', 'fs', 'fs/promises', 'http', 'http2', 'https', 'net', 'os', 'path', 'perf_hooks', 'process', 'readline', 'stream', 'timers', 'tls', 'url', 'util', 'v8', 'vm', 'worker_threads', 'zlib'];

const workflowRules = {
  'no-restricted-imports': ['error', {
    paths: NODE_BUILTINS.map((name) => ({ name, message: 'Workflow code is replayed and must not use Node built-ins; do it in an activity.' })),
    patterns: [
      { group: ['node:*'], message: 'Workflow code is replayed and must not use Node built-ins; do it in an activity.' },
      { group: ['@prisma/*', 'pg', 'nodemailer', 'smtp-server', 'fastify', 'jose', '@temporalio/client', '@temporalio/worker', '@temporalio/activity'], message: 'Workflow code must not do I/O; do it in an activity.' },
      { group: ['**/data/*', '**/data', '**/mail/*', '**/api/*', '**/config', '**/config/*', '**/scripts/*', '**/worker', '**/worker/*'], message: 'Workflow code must not reach I/O modules; do it in an activity.' },
      { group: ['**/activities', '**/activities/*'], allowTypeImports: true, message: 'Import activities as types only and call them through proxyActivities.' },
    ],
  }],
  '@typescript-eslint/no-floating-promises': 'error',
};

export default tseslint.config(
  { ignores: ['node_modules/**', 'generated/**', '.data/**', '.venv-temporal/**', 'dist/**'] },
  {
    files: ['workflows/**/*.ts'],
    languageOptions: {
      parser: tseslint.parser,
      // lint-probe.ts never exists on disk: test/unit/lint lints made-up code under that name.
      parserOptions: { projectService: { allowDefaultProject: ['workflows/lint-probe.ts'] }, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: workflowRules,
  },
);
