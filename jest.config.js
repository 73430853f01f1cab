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

const project = (displayName, testRegex) => ({
  displayName,
  moduleFileExtensions: ['js', 'json', 'ts'],
  rootDir: '.',
  testEnvironment: 'node',
  testRegex,
  transform: { '^.+\\.ts$': ['@swc/jest', swc] },
});

/**
 * Test tiers (docs/architecture.md, "Tests"):
 * - unit: specs beside the code in src/, no app, no server;
 * - e2e: the real Nest app in the test process (test/support/app.ts `useTestApp`), fake Ollama;
 * - process: the real service as a child process (test/support/child-server.ts), killed, signalled,
 *   its logs read;
 * - postgres, durability: need a PostgreSQL server or a build; run by `npm run test:pg` and
 *   `npm run test:durability`, never by `npm test`.
 * - browser: Debian Chromium (playwright-core) on the dashboard served by a child server; skipped
 *   with "skipped: no Chromium" when it is not installed;
 * `npm test` runs unit, e2e, process and browser (and first the web's Vitest suite); `--selectProjects unit` (etc.) runs one tier.
 */
const TIERS = {
  unit: project('unit', 'src/.*\\.spec\\.ts$'),
  e2e: project('e2e', 'test/(?!process/|postgres/|durability/).*\\.e2e-spec\\.ts$'),
  process: project('process', 'test/process/.*\\.process-spec\\.ts$'),
  postgres: project('postgres', 'test/postgres/.*\\.pg-spec\\.ts$'),
  durability: project('durability', 'test/durability/.*\\.durability-spec\\.ts$'),
  browser: project('browser', 'test/browser/.*\\.browser-spec\\.ts$'),
};
const selected = (process.env.TEST_TIERS ?? 'unit,e2e,process,browser').split(',').map((name) => name.trim());
for (const name of selected) if (!TIERS[name]) throw new Error(`TEST_TIERS: unknown tier "${name}" (known: ${Object.keys(TIERS).join(', ')})`);

module.exports = {
  projects: selected.map((name) => TIERS[name]),
  testTimeout: 20000,
  maxWorkers: 2,
};
