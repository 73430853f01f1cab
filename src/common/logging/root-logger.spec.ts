import { Writable } from 'node:stream';
import { createRootLogger, routeConsoleThrough } from './root-logger';

function collector(): { stream: Writable; lines: () => Array<Record<string, unknown>> } {
  let text = '';
  const stream = new Writable({
    write(chunk, _encoding, done) {
      text += String(chunk);
      done();
    },
  });
  return { stream, lines: () => text.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>) };
}

describe('root logger', () => {
  it('redacts authorization headers, cookies and credential fields by configuration', () => {
    const out = collector();
    const logger = createRootLogger({ logLevel: 'log', logFormat: 'json', destination: out.stream });
    logger.info({ req: { headers: { authorization: 'Bearer s3cret-1', cookie: 'sid=s3cret-2' } }, token: 's3cret-3', credentials: { key: 's3cret-4' }, connection: { password: 's3cret-5' } }, 'hello');
    const [line] = out.lines();
    expect(JSON.stringify(line)).not.toMatch(/s3cret/);
    expect(line).toMatchObject({ level: 'info', message: 'hello', token: '[redacted]', credentials: '[redacted]', connection: { password: '[redacted]' } });
  });

  it('maps LOG_LEVEL names to pino levels (verbose = trace, log = info)', () => {
    const out = collector();
    const logger = createRootLogger({ logLevel: 'warn', logFormat: 'json', destination: out.stream });
    logger.info('dropped');
    logger.warn('kept');
    expect(out.lines().map((l) => l.message)).toEqual(['kept']);
    expect(createRootLogger({ logLevel: 'verbose', logFormat: 'json', destination: out.stream }).level).toBe('trace');
  });

  it('routes console output of third-party code through the logger as JSON lines', () => {
    const out = collector();
    const restore = routeConsoleThrough(createRootLogger({ logLevel: 'log', logFormat: 'json', destination: out.stream }));
    try {
      console.warn('invalid json: ', '{"nope');
      console.log('Failed to parse error response as JSON');
    } finally {
      restore();
    }
    expect(out.lines()).toEqual([
      expect.objectContaining({ level: 'warn', context: 'console', message: 'invalid json:  {"nope' }),
      expect.objectContaining({ level: 'info', context: 'console', message: 'Failed to parse error response as JSON' }),
    ]);
  });
});
