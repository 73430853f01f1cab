// swc transpiles only; `npm run typecheck` does the type checking once.
const swc = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
    keepClassNames: true,
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};

const project = (displayName, testRegex, extra = {}) => ({
  displayName,
  moduleFileExtensions: ['js', 'json', 'ts'],
  rootDir: '.',
  testEnvironment: 'node',
  testRegex,
  transform: { '^.+\\.ts$': ['@swc/jest', swc] },
  ...extra,
});

/**
 * TEST_DB=postgres (`npm run test:pg`): the e2e tier runs on PostgreSQL (test/support/app.ts), except
 * these specs, which test SQLite itself.
 */
const onPostgres = process.env.TEST_DB === 'postgres';
const SQLITE_ONLY = {
  'test/persistence.e2e-spec.ts': 'restarts on a SQLite file',
  'test/bad-input.e2e-spec.ts': "proves each of ~2000 refused requests wrote nothing with SQLite's total_changes(); PostgreSQL has no such counter",
};
if (onPostgres && !process.argv.includes('--json')) {
  for (const [spec, reason] of Object.entries(SQLITE_ONLY)) console.log(`skipped on PostgreSQL: ${spec} (${reason})`);
}

/**
 * Test tiers (docs/architecture.md, "Tests"):
 * - unit: specs beside the code in src/, no app, no server;
 * - e2e: the real Nest app in the test process (test/support/app.ts `useTestApp`), fake Ollama;
 * - process: the real service as a child process (test/support/child-server.ts), killed, signalled,
 *   its logs read;
 * - postgres, durability, cluster: need a PostgreSQL server or a build; run by `npm run test:pg` (with
 *   the e2e tier on PostgreSQL, TEST_DB=postgres), `npm run test:durability` and `npm run test:cluster`
 *   (two built instances on one PostgreSQL), never by `npm test`.
 * - browser: Debian Chromium (playwright-core) on the dashboard served by a child server; skipped
 *   with "skipped: no Chromium" when it is not installed;
 * `npm test` runs unit, e2e, process and browser (and first the web's Vitest suite); `--selectProjects unit` (etc.) runs one tier.
 */
const TIERS = {
  unit: project('unit', 'src/.*\\.spec\\.ts$'),
  e2e: project('e2e', 'test/(?!process/|postgres/|durability/).*\\.e2e-spec\\.ts$', {
    testPathIgnorePatterns: ['/node_modules/', ...(onPostgres ? Object.keys(SQLITE_ONLY).map((spec) => `/${spec.replace(/\./g, '\\.')}$`) : [])],
  }),
  process: project('process', 'test/process/.*\\.process-spec\\.ts$'),
  postgres: project('postgres', 'test/postgres/.*\\.pg-spec\\.ts$'),
  durability: project('durability', 'test/durability/.*\\.durability-spec\\.ts$'),
  cluster: project('cluster', 'test/cluster/.*\\.cluster-spec\\.ts$'),
  browser: project('browser', 'test/browser/.*\\.browser-spec\\.ts$'),
};
const selected = (process.env.TEST_TIERS ?? 'unit,e2e,process,browser').split(',').map((name) => name.trim());
for (const name of selected) if (!TIERS[name]) throw new Error(`TEST_TIERS: unknown tier "${name}" (known: ${Object.keys(TIERS).join(', ')})`);

module.exports = {
  projects: selected.map((name) => TIERS[name]),
  globalSetup: '<rootDir>/test/support/pg-global-setup.js',
  globalTeardown: '<rootDir>/test/support/pg-global-teardown.js',
  // PostgreSQL commits over a socket: on a loaded machine a spec of a hundred sequential writes needs more.
  testTimeout: onPostgres ? 60000 : 20000,
  maxWorkers: 2,
};
