import { BadRequestException, Type } from '@nestjs/common';
import { parse as parseQuery } from 'node:querystring';
import { gzipSync } from 'node:zlib';
import { getMetadataStorage } from 'class-validator';
import { findInputProblem } from '../../src/common/middleware/input-guard.middleware';
import { createValidationPipe } from '../../src/common/validation';
import { RouteInfo } from './routes';

/**
 * Generates malformed requests for a route from what the route declares: its path parameters, its
 * body DTO and its query DTO (class-validator metadata). A generated value counts as malformed only
 * when the app's own validation rules refuse it (the same ValidationPipe and input guard, run here
 * without HTTP), so a legitimately odd but valid value (an emoji message) is never sent expecting
 * a 4xx. The server must then answer every case with a 4xx and the one error body, and write nothing.
 */

/** A JSON fragment sent verbatim (values JSON.stringify cannot produce: 1e309, 2^53+1, deep nesting). */
export class Raw {
  readonly value: unknown;
  constructor(readonly text: string) {
    this.value = JSON.parse(text);
  }
}

export interface BadCase {
  route: string;
  kind: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Buffer;
  chunked?: boolean;
  /** Acceptable statuses (all 4xx). */
  expect: number[];
}

export interface CaseContext {
  /** Real values for path parameters by name (so that only the corrupted part is wrong). */
  realParams: Record<string, string>;
  bodyLimitBytes: number;
}

const JSON_HEADERS = { 'content-type': 'application/json' };
const DEPTH = 5000;

export const FIELD_VALUES: Array<[string, unknown]> = [
  ['number', 12345],
  ['negative', -1],
  ['zero', 0],
  ['float', 1.5],
  ['1e309 (overflows to Infinity)', new Raw('1e309')],
  ['-1e309', new Raw('-1e309')],
  ['2^53+1', new Raw('9007199254740993')],
  ['true', true],
  ['false', false],
  ['null', null],
  ['empty string', ''],
  ['blank string', '   '],
  ['wrong string', 'not-a-valid-value ✗'],
  ['numeric string', '42'],
  ['400-digit number string', '9'.repeat(400)],
  ['empty array', []],
  ['array of strings', ['a', 'b']],
  ['empty object', {}],
  ['object', { a: 1 }],
  ['huge string (100k)', 'x'.repeat(100_000)],
  [`array nested ${DEPTH} deep`, new Raw('['.repeat(DEPTH) + ']'.repeat(DEPTH))],
  [`object nested ${DEPTH} deep`, new Raw('{"a":'.repeat(DEPTH) + '1' + '}'.repeat(DEPTH))],
  ['lone high surrogate', 'a\ud800b'],
  ['lone low surrogate', '\udc00'],
  ['NUL character', 'a\u0000b'],
  ['RTL override', '\u202egnp.exe'],
  ['emoji', '😀🔥'.repeat(20)],
  ['zero-width space', '\u200b'],
  ['SQL quote', "' OR '1'='1"],
  ['SQL drop', "x'; DROP TABLE event_log; --"],
  ['SQL union', '1 UNION SELECT hash FROM event_log'],
  ['__proto__ object', new Raw('{"__proto__":{"polluted":true}}')],
];

export const QUERY_VALUES: Array<[string, string]> = [
  ['word', 'abc'],
  ['negative', '-1'],
  ['zero', '0'],
  ['float', '1.5'],
  ['1e309', '1e309'],
  ['2^53+1', '9007199254740993'],
  ['empty', ''],
  ['huge (8k)', 'x'.repeat(8000)],
  ['NUL', 'a%00b'],
  ['invalid UTF-8 (lone surrogate)', '%ED%A0%80'],
  ['bad escape', '%ZZ'],
  ['RTL override', '%E2%80%AEabc'],
  ['emoji', '%F0%9F%98%80'],
  ['SQL', encodeURIComponent("' OR 1=1 --")],
  ['maybe', 'maybe'],
  ['bad date', '2026-13-45T99:99:99Z'],
];

export const PATH_VALUES: Array<[string, string]> = [
  ['non-existent', 'does-not-exist-0000'],
  ['non-existent number', '987654321'],
  ['negative', '-1'],
  ['zero', '0'],
  ['1e309', '1e309'],
  ['2^53+1', '9007199254740993'],
  ['SQL quote', encodeURIComponent("1' OR '1'='1")],
  ['SQL drop', encodeURIComponent('1; DROP TABLE agents;--')],
  ['very long (5000)', 'a'.repeat(5000)],
  ['dot-dot encoded', '%2E%2E'],
  ['traversal', '..%2F..%2Fetc%2Fpasswd'],
  ['NUL', 'a%00b'],
  ['bad escape', '%ZZ'],
  ['invalid UTF-8 (lone surrogate)', '%ED%A0%80'],
  ['overlong UTF-8', '%C0%AE%C0%AE'],
  ['RTL + emoji', '%E2%80%AE%F0%9F%98%80'],
  ['quotes and brackets', '%27%22%3C%3E%7B%7D'],
];

/**
 * Inputs a route's DTO accepts but its service refuses by its own rules (so the generator, which
 * asks only the ValidationPipe, cannot find them): listed per route key, each a query string or a body.
 */
export const SERVICE_RULE_CASES: Record<string, Array<{ kind: string; query?: string; body?: unknown; raw?: { type: string; text: string | Buffer }; expect: number[] }>> = {
  'GET /api/v1/search': [
    ...['"unclosed', '-only -exclusions', 'la*nch', '*', '""', 'x -', 'a*', '"a"b', '!!!', '-"q3 plan"'].map((q) => ({
      kind: `search syntax ${JSON.stringify(q)}`,
      query: `q=${encodeURIComponent(q)}`,
      expect: [400],
    })),
    { kind: 'since after until', query: 'q=x&since=2026-02-01&until=2026-01-01', expect: [400] },
    { kind: 'cursor past the last page', query: `q=x&cursor=${Buffer.from('[5000]').toString('base64url')}`, expect: [400] },
    { kind: 'cursor of another list', query: `q=x&cursor=${Buffer.from('["2026-01-01",3]').toString('base64url')}`, expect: [400] },
  ],
  'POST /api/v1/founder/import': [
    { kind: 'empty upload', raw: { type: 'application/x-ndjson', text: '' }, expect: [400] },
    { kind: 'not a bundle', raw: { type: 'application/x-ndjson', text: 'hello\n' }, expect: [400] },
    { kind: 'bundle header only', raw: { type: 'application/x-ndjson', text: '{"bundle":{"format":"daena-bundle","version":1}}\n' }, expect: [400] },
    { kind: 'wrong bundle version', raw: { type: 'application/x-ndjson', text: '{"bundle":{"format":"daena-bundle","version":2}}\n' }, expect: [400] },
    { kind: 'row before any section', raw: { type: 'application/x-ndjson', text: '{"bundle":{"format":"daena-bundle","version":1}}\n{"row":{"id":1}}\n' }, expect: [400] },
    { kind: 'corrupt gzip', raw: { type: 'application/gzip', text: Buffer.from([0x1f, 0x8b, 8, 0, 1, 2, 3]) }, expect: [400] },
    { kind: 'Open WebUI chat without "chat"', query: 'format=openwebui', raw: { type: 'application/octet-stream', text: '[{"id":"x"}]' }, expect: [400] },
    { kind: 'LibreChat without conversationId', query: 'format=librechat', raw: { type: 'application/octet-stream', text: '{"messages":[]}' }, expect: [400] },
    { kind: 'JSON body (must be raw)', body: { chats: [] }, expect: [415] },
  ],
};

const pipe = createValidationPipe();

/** Whether the app would refuse this input: the input guard, then the ValidationPipe for the DTO. */
export async function isRefused(value: unknown, metatype: Type<unknown>, type: 'body' | 'query'): Promise<boolean> {
  if (findInputProblem(value)) return true;
  try {
    await pipe.transform(value, { type, metatype, data: undefined });
    return false;
  } catch (error) {
    if (error instanceof BadRequestException) return true;
    // The DTO's own transform blew up (e.g. class-transformer on hostile input): the server must refuse it too.
    return true;
  }
}

function jsonOf(value: unknown): string {
  const raws: string[] = [];
  const text = JSON.stringify(value, (_key, v: unknown) => {
    if (v instanceof Raw) {
      raws.push(v.text);
      return `\u0001RAW${raws.length - 1}\u0001`;
    }
    return v;
  });
  return text.replace(/"\\u0001RAW(\d+)\\u0001"/g, (_m, i: string) => raws[Number(i)]);
}

function valueOf(value: unknown): unknown {
  if (value instanceof Raw) return value.value;
  if (Array.isArray(value)) return value.map(valueOf);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, valueOf(v)]));
  return value;
}

function properties(dto: Type<unknown>): string[] {
  return [...new Set(getMetadataStorage().getTargetValidationMetadatas(dto, '', true, false).map((m) => m.propertyName))];
}

/** Values the validator's own constraints name (IsIn, Equals), then plain guesses. */
function candidates(dto: Type<unknown>, property: string): unknown[] {
  const named = getMetadataStorage()
    .getTargetValidationMetadatas(dto, '', true, false)
    .filter((m) => m.propertyName === property)
    .flatMap((m) => (m.name === 'isIn' ? (m.constraints[0] as unknown[]) : m.name === 'equals' ? [m.constraints[0]] : []));
  return [...named, 'hello', 'user', 'engineering', 'A11', 'github', 'a', 1, 2, true, {}, [], 'test-1', 'x'];
}

/** The smallest body the DTO accepts (required fields only), found by asking the validator itself. */
export async function minimalValid(dto: Type<unknown>, type: 'body' | 'query' = 'body'): Promise<Record<string, unknown>> {
  const body: Record<string, unknown> = {};
  for (const property of properties(dto)) {
    if (!(await isRefused({ ...body }, dto, type))) break;
    // Required when leaving it out is refused whatever else is present: find a value it accepts.
    const missingErrors = await fieldErrors(dto, body, property, type);
    if (!missingErrors) continue;
    for (const candidate of candidates(dto, property)) {
      if (!(await fieldErrors(dto, { ...body, [property]: candidate }, property, type))) {
        body[property] = candidate;
        break;
      }
    }
  }
  return body;
}

async function fieldErrors(dto: Type<unknown>, body: Record<string, unknown>, property: string, type: 'body' | 'query'): Promise<boolean> {
  try {
    await pipe.transform(body, { type, metatype: dto, data: undefined });
    return false;
  } catch (error) {
    const messages = (error as BadRequestException).getResponse?.() as { message?: string[] } | undefined;
    return (messages?.message ?? []).some((m) => m === property || m.startsWith(`${property} `) || m.startsWith(`${property}:`) || m.startsWith(`${property}.`));
  }
}

function fillPath(route: RouteInfo, ctx: CaseContext, override?: { name: string; raw: string }): string {
  return route.path.replace(/:(\w+)/g, (_m, name: string) =>
    override?.name === name ? override.raw : encodeURIComponent(ctx.realParams[name] ?? (route.params.find((p) => p.name === name)?.numeric ? '987654321' : 'zz-none')),
  );
}

/** Every generated case for one route. */
export async function generateCases(route: RouteInfo, ctx: CaseContext): Promise<BadCase[]> {
  const cases: BadCase[] = [];
  const base = fillPath(route, ctx);
  const validBody = route.body ? await minimalValid(route.body) : undefined;
  const add = (kind: string, c: Omit<BadCase, 'route' | 'kind' | 'method'>) => cases.push({ route: route.key, kind, method: route.method, ...c });
  const withBody: { headers: Record<string, string>; body?: string } = validBody === undefined ? { headers: {} } : { headers: JSON_HEADERS, body: jsonOf(validBody) };

  // Raw bodies: apply to every route (the parser runs before routing).
  for (const [kind, text] of [
    ['invalid JSON', '{bad'],
    ['truncated JSON', '{"a":'],
    ['trailing comma', '{"a":1,}'],
    ['single quotes', "{'a':1}"],
    ['NaN literal', '{"a":NaN}'],
    ['top-level string', '"just a string"'],
    ['top-level number', '123'],
    ['top-level null', 'null'],
  ] as const) {
    add(`raw: ${kind}`, { path: base, headers: JSON_HEADERS, body: text, expect: [400] });
  }
  add('raw: body over the limit (Content-Length)', { path: base, headers: JSON_HEADERS, body: `{"a":"${'x'.repeat(ctx.bodyLimitBytes)}"}`, expect: [413] });
  add('raw: text/plain body', { path: base, headers: { 'content-type': 'text/plain' }, body: '{"a":1}', expect: [415] });
  add('raw: form body', { path: base, headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'a=1&b=2', expect: [415] });
  add('raw: body without a content type', { path: base, headers: {}, body: '{"a":1}', expect: [415] });
  // A route without @Body() refuses content instead of ignoring it (the import route: 415, it wants a file).
  if (!route.body) add('raw: JSON body on a route that takes none', { path: base, headers: JSON_HEADERS, body: '{"unexpected":true}', expect: [400, 415] });
  if (route.body) {
    add('raw: chunked body over the limit', { path: base, headers: JSON_HEADERS, body: `{"a":"${'x'.repeat(ctx.bodyLimitBytes)}"}`, chunked: true, expect: [413] });
    add('raw: multipart body', { path: base, headers: { 'content-type': 'multipart/form-data; boundary=X' }, body: '--X\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--X--\r\n', expect: [415] });
    add('raw: XML body', { path: base, headers: { 'content-type': 'application/xml' }, body: '<a>1</a>', expect: [415] });
    add('raw: JSON in latin1', { path: base, headers: { 'content-type': 'application/json; charset=latin1' }, body: '{}', expect: [415] });
    add('raw: unknown content-encoding', { path: base, headers: { ...JSON_HEADERS, 'content-encoding': 'bogus' }, body: '{}', expect: [415] });
    add('raw: corrupt gzip', { path: base, headers: { ...JSON_HEADERS, 'content-encoding': 'gzip' }, body: Buffer.from('not gzip at all'), expect: [400] });
    add('raw: gzip bomb over the limit', {
      path: base,
      headers: { ...JSON_HEADERS, 'content-encoding': 'gzip' },
      body: gzipSync(Buffer.from(`{"a":"${'x'.repeat(ctx.bodyLimitBytes * 4)}"}`)),
      expect: [413],
    });
  }

  // Path parameters: one corrupted at a time, the others real.
  for (const param of route.params) {
    for (const [kind, raw] of PATH_VALUES) {
      add(`path :${param.name} ${kind}`, { path: fillPath(route, ctx, { name: param.name, raw }), ...withBody, expect: [400, 404] });
    }
  }

  // Body DTO: structure, then every field with every value the DTO refuses.
  if (route.body && validBody) {
    const dto = route.body;
    const bodyCase = async (kind: string, value: unknown) => {
      if (await isRefused(valueOf(value), dto, 'body')) add(`body ${kind}`, { path: base, headers: JSON_HEADERS, body: jsonOf(value), expect: [400] });
    };
    await bodyCase('{} (required fields missing)', {});
    await bodyCase('unknown field', { ...validBody, zz_unknown_field: 1 });
    // ValidationPipe drops `__proto__` and class-transformer skips `constructor` (both then pass): sent
    // with an unknown field, so they are refused, and the test checks that nothing got polluted.
    await bodyCase('__proto__ key', new Raw(jsonOf({ ...validBody, zz_unknown_field: 1 }).replace(/^\{/, '{"__proto__":{"polluted":true},')));
    await bodyCase('constructor key', { ...validBody, zz_unknown_field: 1, constructor: { prototype: { polluted: true } } });
    // Invalid UTF-8 inside an otherwise valid body: decoded, it would be stored as U+FFFD (not what was sent).
    const text = jsonOf(validBody);
    const at = text.indexOf('":"') + 3;
    if (at > 2) {
      const body = Buffer.concat([Buffer.from(text.slice(0, at)), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(text.slice(at))]);
      add('raw: invalid UTF-8 in a string', { path: base, headers: JSON_HEADERS, body, expect: [400] });
    }
    await bodyCase('top-level array', [validBody]);
    await bodyCase('top-level empty array', []);
    for (const property of properties(dto)) {
      for (const [kind, value] of FIELD_VALUES) await bodyCase(`${property}=${kind}`, { ...validBody, [property]: value });
    }
  }

  // Query DTO: per field, then structure (repeated and bracketed keys, unknown keys).
  if (route.query) {
    const dto = route.query;
    const queryCase = async (kind: string, qs: string) => {
      if (await isRefused({ ...parseQuery(qs) }, dto, 'query')) add(`query ${kind}`, { path: `${base}?${qs}`, ...withBody, expect: [400] });
    };
    await queryCase('unknown parameter', 'zz_unknown=1');
    await queryCase('__proto__ parameter', '__proto__=1');
    await queryCase('constructor parameter', 'constructor=x');
    for (const property of properties(dto)) {
      for (const [kind, raw] of QUERY_VALUES) await queryCase(`${property}=${kind}`, `${property}=${raw}`);
      await queryCase(`${property} repeated`, `${property}=1&${property}=2`);
      await queryCase(`${property}[a] (bracketed)`, `${property}[a]=1`);
    }
  }
  for (const rule of SERVICE_RULE_CASES[route.key] ?? []) {
    const body = rule.raw
      ? { headers: { 'content-type': rule.raw.type }, body: rule.raw.text }
      : rule.body === undefined
        ? withBody
        : { headers: JSON_HEADERS, body: jsonOf(rule.body) };
    add(`rule: ${rule.kind}`, { path: rule.query === undefined ? base : `${base}?${rule.query}`, ...body, expect: rule.expect });
  }
  return cases;
}
