import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { OPENAPI_FILE, SCHEMA_FILE, serializeDocument } from '../scripts/api-generate';
import { createTestApp, TestApp } from './support/app';

const run = promisify(execFile);
const REGENERATE = 'run `npm run api:generate` and commit openapi.json and web/src/api/schema.d.ts';

describe('API contract (openapi.json)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ SWAGGER_ENABLED: 'true' });
  });
  afterAll(() => t.close());

  it('the served /docs-json is the committed openapi.json, byte for byte', async () => {
    const res = await t.api(null).get('/docs-json').expect(200);
    const served = serializeDocument(res.body);
    const committed = readFileSync(OPENAPI_FILE, 'utf8');
    if (served !== committed) throw new Error(`The served spec differs from openapi.json: ${REGENERATE}`);
    expect(JSON.parse(committed)).toEqual(res.body);
  });

  it('declares an opaque bearer scheme, a server and the one ErrorBody schema', () => {
    const document = JSON.parse(readFileSync(OPENAPI_FILE, 'utf8'));
    expect(document.components.securitySchemes.bearer).toEqual(expect.objectContaining({ type: 'http', scheme: 'bearer' }));
    expect(document.components.securitySchemes.bearer.bearerFormat).toBeUndefined();
    expect(document.servers).toEqual([expect.objectContaining({ url: '/' })]);
    expect(Object.keys(document.components.schemas.ErrorBody.properties)).toEqual(
      expect.arrayContaining(['status_code', 'error', 'message', 'path', 'request_id', 'timestamp']),
    );
  });

  it('web/src/api/schema.d.ts is what openapi-typescript makes of the committed openapi.json', async () => {
    // In a child process: jest cannot load openapi-typescript's ESM dependencies.
    const { stdout } = await run(process.execPath, ['-r', '@swc-node/register', 'scripts/api-generate.ts', '--print-schema-types'], {
      cwd: join(__dirname, '..'),
      maxBuffer: 64 * 1024 * 1024,
    });
    const expected = stdout;
    if (expected !== readFileSync(SCHEMA_FILE, 'utf8')) throw new Error(`schema.d.ts is stale: ${REGENERATE}`);
  });

  describe('every operation is described', () => {
    const document = JSON.parse(readFileSync(OPENAPI_FILE, 'utf8'));
    const schemas: Record<string, { type?: string; properties?: object; additionalProperties?: unknown }> = document.components.schemas;
    const operations: Array<[string, any]> = Object.entries(document.paths as Record<string, Record<string, any>>).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => [`${method.toUpperCase()} ${path}`, operation] as [string, any]),
    );
    /** A schema a client can type: a $ref to a component with properties, or a typed non-object (string for streams). */
    const typed = (schema: any): boolean => {
      if (!schema) return false;
      if (schema.$ref) {
        const target = schemas[String(schema.$ref).replace('#/components/schemas/', '')];
        return Boolean(target && (target.properties || target.additionalProperties));
      }
      if (schema.type === 'array') return typed(schema.items);
      if (schema.type === 'object') return Boolean(schema.properties || schema.additionalProperties);
      return typeof schema.type === 'string';
    };

    it('has operations to check', () => {
      expect(operations.length).toBeGreaterThan(100);
    });

    it('each has a summary, tags and a typed 2xx response schema', () => {
      const problems = operations.flatMap(([name, operation]) => {
        const found: string[] = [];
        if (!operation.summary?.trim()) found.push('no summary');
        if (!operation.tags?.length) found.push('no tags');
        const success = Object.entries(operation.responses ?? {}).filter(([status]) => /^2\d\d$/.test(status));
        if (!success.length) found.push('no 2xx response');
        for (const [status, response] of success as Array<[string, any]>) {
          const media = Object.entries(response.content ?? {}) as Array<[string, any]>;
          if (!media.length) found.push(`${status} has no content`);
          for (const [type, content] of media) if (!typed(content.schema)) found.push(`${status} ${type} is untyped`);
        }
        return found.map((problem) => `${name}: ${problem}`);
      });
      expect(problems).toEqual([]);
    });

    it('each documented error response references ErrorBody; every route behind the token documents 401', () => {
      const problems = operations.flatMap(([name, operation]) => {
        const errors = Object.entries(operation.responses ?? {}).filter(([status]) => /^[45]\d\d$/.test(status)) as Array<[string, any]>;
        const found = errors
          .filter(([, response]) => response.content?.['application/json']?.schema?.$ref !== '#/components/schemas/ErrorBody')
          .map(([status]) => `${name}: ${status} does not reference ErrorBody`);
        const bearer = (operation.security ?? []).some((requirement: object) => 'bearer' in requirement);
        if (bearer && !errors.some(([status]) => status === '401')) found.push(`${name}: needs a token but documents no 401`);
        return found;
      });
      expect(problems).toEqual([]);
    });

    it('the generated client types have no untyped success response', () => {
      const types = readFileSync(SCHEMA_FILE, 'utf8');
      expect(types).not.toMatch(/\b2\d\d: \{\s*headers: \{[^}]*\};\s*content\?: never;/);
      expect(types).not.toMatch(/\b2\d\d: \{\s*headers: \{[^}]*\};\s*content: \{\s*"application\/json": unknown;/);
    });
  });
});
