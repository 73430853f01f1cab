import { InvalidEnvironmentError, validateEnvironment } from './environment';
import { toConfiguration } from './configuration';

describe('validateEnvironment', () => {
  it('applies defaults for an empty environment', () => {
    const config = toConfiguration(validateEnvironment({}));
    expect(config.app).toMatchObject({ port: 3000, host: '127.0.0.1', corsOrigins: [], seedOnStart: true });
    expect(config.database).toMatchObject({ type: 'better-sqlite3', database: './data/daena.sqlite' });
    expect(config.llm).toMatchObject({ baseUrl: 'http://127.0.0.1:11434', model: 'qwen2.5:7b-instruct' });
    expect(config.auth.encryptionKey).toBeUndefined();
  });

  it('lists every bad variable at once', () => {
    let error: InvalidEnvironmentError | undefined;
    try {
      validateEnvironment({
        PORT: 'eighty',
        DB_TYPE: 'mysql',
        OLLAMA_BASE_URL: 'ftp://x',
        AUTH_TOKEN: 'short',
        ENCRYPTION_KEY: 'nope',
        LOG_LEVEL: 'loud',
        OLLAMA_CONCURRENCY: '0',
      });
    } catch (e) {
      error = e as InvalidEnvironmentError;
    }
    expect(error).toBeInstanceOf(InvalidEnvironmentError);
    const named = error!.problems.map((p) => p.split(':')[0]);
    expect(new Set(named)).toEqual(
      new Set(['PORT', 'DB_TYPE', 'OLLAMA_BASE_URL', 'AUTH_TOKEN', 'ENCRYPTION_KEY', 'LOG_LEVEL', 'OLLAMA_CONCURRENCY']),
    );
  });

  it('names the variable and the rule, never the value (values may be secrets)', () => {
    const secrets = { AUTH_TOKEN: 'tiny-secret', ENCRYPTION_KEY: 'not-a-key-but-secret', DB_TYPE: 'postgres', DB_URL: 'mysql://root:db-pass-123@h/db' } as const;
    let error: InvalidEnvironmentError | undefined;
    try {
      validateEnvironment({ ...secrets });
    } catch (e) {
      error = e as InvalidEnvironmentError;
    }
    expect(error!.problems.map((p) => p.split(':')[0]).sort()).toEqual(['AUTH_TOKEN', 'DB_URL', 'ENCRYPTION_KEY']);
    for (const value of ['tiny-secret', 'not-a-key-but-secret', 'db-pass-123']) expect(error!.message).not.toContain(value);
  });

  it('requires DB_URL only for postgres, and decodes the encryption key', () => {
    expect(() => validateEnvironment({ DB_TYPE: 'postgres' })).toThrow(/DB_URL/);
    const key = 'ab'.repeat(32);
    const config = toConfiguration(validateEnvironment({ DB_TYPE: 'postgres', DB_URL: 'postgres://u@h/db', ENCRYPTION_KEY: key }));
    expect(config.database.url).toBe('postgres://u@h/db');
    expect(config.auth.encryptionKey).toEqual(Buffer.from(key, 'hex'));
  });

  it('parses booleans and lists', () => {
    const config = toConfiguration(validateEnvironment({ SEED_ON_START: 'false', CORS_ORIGINS: 'http://a.test, http://b.test' }));
    expect(config.app.seedOnStart).toBe(false);
    expect(config.app.corsOrigins).toEqual(['http://a.test', 'http://b.test']);
  });
});
