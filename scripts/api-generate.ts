/**
 * Writes the API contract from the code, with no server, database file or Ollama needed:
 *   1. src/openapi/plugin-metadata.ts: the @nestjs/swagger plugin's view of DTOs and controllers
 *      (field types, required, validation limits, return types, doc comments as summaries);
 *   2. openapi.json: the document the app serves at /docs-json, built in-process on in-memory SQLite;
 *   3. web/src/api/schema.d.ts: the typed client's types (openapi-typescript).
 * `--check` regenerates and exits 1 when any committed file was stale (CI runs it);
 * `--print-schema-types` prints the types made from the committed openapi.json (for the contract test).
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PluginMetadataGenerator } from '@nestjs/cli/lib/compiler/plugins/plugin-metadata-generator';
import { ReadonlyVisitor } from '@nestjs/swagger/plugin';

const ROOT = join(__dirname, '..');
const METADATA_DIR = join(ROOT, 'src/openapi');
const METADATA_FILE = 'plugin-metadata.ts';
const EMPTY_METADATA = "export default async () => ({ '@nestjs/swagger': { models: [], controllers: [] } });\n";
export const OPENAPI_FILE = join(ROOT, 'openapi.json');
export const SCHEMA_FILE = join(ROOT, 'web/src/api/schema.d.ts');

function writeIfChanged(path: string, contents: string): boolean {
  const before = existsSync(path) ? readFileSync(path, 'utf8') : null;
  if (before === contents) return false;
  writeFileSync(path, contents);
  return true;
}

function generatePluginMetadata(): boolean {
  const path = join(METADATA_DIR, METADATA_FILE);
  const before = existsSync(path) ? readFileSync(path, 'utf8') : null;
  // Start from an empty file: the generator type-checks the project, and a stale file that names
  // a moved or deleted DTO would fail that check.
  writeFileSync(path, EMPTY_METADATA);
  new PluginMetadataGenerator().generate({
    visitors: [
      new ReadonlyVisitor({
        pathToSource: METADATA_DIR, // import paths in the file are relative to it
        dtoFileNameSuffix: ['.dto.ts'],
        controllerFileNameSuffix: ['.controller.ts'],
        classValidatorShim: true,
        introspectComments: true,
      }),
    ],
    outputDir: METADATA_DIR,
    filename: METADATA_FILE,
    tsconfigPath: relative(process.cwd(), join(ROOT, 'tsconfig.build.json')),
    printDiagnostics: true,
  });
  // The printer writes `import("../x/y.dto")`, which tsc (module nodenext) keeps as an ESM import
  // that Node cannot resolve without an extension; `require` loads the same CommonJS module.
  const generated = readFileSync(path, 'utf8').replace(/\bimport\(("\.{1,2}\/[^"]+")\)/g, 'require($1)');
  writeFileSync(path, generated);
  return generated !== before;
}

export function serializeDocument(document: unknown): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

async function buildDocumentJson(): Promise<string> {
  // Required only now, so that the freshly written plugin metadata is the one loaded.
  const { NestFactory } = require('@nestjs/core') as typeof import('@nestjs/core');
  const { AppModule } = require('../src/app.module') as typeof import('../src/app.module');
  const { configureApp, NEST_APP_OPTIONS } = require('../src/app.setup') as typeof import('../src/app.setup');
  const { validateEnvironment } = require('../src/config/environment') as typeof import('../src/config/environment');
  const { buildOpenApiDocument } = require('../src/openapi/openapi-document') as typeof import('../src/openapi/openapi-document');
  const environment = validateEnvironment({
    NODE_ENV: 'test',
    DB_DATABASE: ':memory:',
    AUTH_TOKEN: randomBytes(24).toString('hex'),
    OLLAMA_BASE_URL: 'http://127.0.0.1:9',
    LOG_LEVEL: 'error',
    SWAGGER_ENABLED: 'false',
  });
  const app = await NestFactory.create(AppModule.forRoot(environment), { ...NEST_APP_OPTIONS, logger: ['error'] });
  try {
    await configureApp(app);
    return serializeDocument(await buildOpenApiDocument(app));
  } finally {
    await app.close();
  }
}

export async function generateSchemaTypes(documentJson: string): Promise<string> {
  const { default: openapiTS, astToString } = await import('openapi-typescript');
  const ast = await openapiTS(documentJson, { alphabetize: false });
  return `// Generated from openapi.json by \`npm run api:generate\`. Do not edit: change the DTOs or controllers.\n\n${astToString(ast)}`;
}

async function main(): Promise<void> {
  if (process.argv.includes('--print-schema-types')) {
    // For the contract test: jest cannot load openapi-typescript's ESM dependencies itself.
    process.stdout.write(await generateSchemaTypes(readFileSync(OPENAPI_FILE, 'utf8')));
    return;
  }
  const check = process.argv.includes('--check');
  const changed: string[] = [];
  if (generatePluginMetadata()) changed.push(`src/openapi/${METADATA_FILE}`);
  const documentJson = await buildDocumentJson();
  if (writeIfChanged(OPENAPI_FILE, documentJson)) changed.push(relative(ROOT, OPENAPI_FILE));
  if (writeIfChanged(SCHEMA_FILE, await generateSchemaTypes(documentJson))) changed.push(relative(ROOT, SCHEMA_FILE));
  if (changed.length === 0) process.stdout.write('API contract up to date\n');
  else process.stdout.write(`${check ? 'Stale (regenerated now, commit them)' : 'Written'}: ${changed.join(', ')}\n`);
  if (check && changed.length) process.exitCode = 1;
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  });
}
