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
});
