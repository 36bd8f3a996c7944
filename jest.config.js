// Two projects: pure unit tests start instantly; integration and end-to-end tests share one
// database and one Temporal dev server provisioned by test/support/global-setup.ts.
// Packages jest's module system cannot load as they are, so ts-jest transpiles them to CJS:
// fastify's dependencies `cookie` and `content-disposition`, `jose`, `openid-client` and
// `oauth4webapi` ship ESM only (Node 20 itself loads them with require(esm)), and
// `@fastify/cookie` loads `cookie` with a dynamic import(), which becomes a require().
const esmOnly = 'cookie|content-disposition|jose|openid-client|oauth4webapi|@fastify/cookie';
const transform = {
  // Transpile only (tsconfig has isolatedModules); `npm run typecheck` does the type checking.
  '^.+\\.tsx?$': 'ts-jest',
  [`/node_modules/(${esmOnly})/.+\\.js$`]: ['ts-jest', { tsconfig: { allowJs: true, isolatedModules: true } }],
};
const transformIgnorePatterns = [`/node_modules/(?!(${esmOnly})/)`];

/** @type {import('jest').Config} */
module.exports = {
  // Integration tests wait on real servers; a hung one still fails well within CI's budget.
  testTimeout: 120000,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform,
      transformIgnorePatterns,
      testMatch: ['<rootDir>/test/unit/**/*.test.ts'],
    },
    {
      displayName: 'integration',
      // Quiet while tests pass: Temporal's runtime log and the started processes' output are
      // printed only for a failing test (test/support/quiet-environment.ts).
      testEnvironment: '<rootDir>/test/support/quiet-environment.ts',
      setupFilesAfterEnv: ['<rootDir>/test/support/quiet-temporal.ts'],
      transform,
      transformIgnorePatterns,
      testMatch: ['<rootDir>/test/integration/**/*.test.ts', '<rootDir>/test/e2e/**/*.test.ts', '<rootDir>/test/browser/**/*.test.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
  ],
};
