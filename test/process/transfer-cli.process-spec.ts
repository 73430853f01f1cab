import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { ROOT } from '../support/child-server';

/** `npm run cli -- export|import` as an operator runs it: its own process, file databases, no TTY. */
describe('CLI export / import (the real process)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'daena-transfer-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const cli = (database: string, ...args: string[]) =>
    spawnSync(process.execPath, ['-r', '@swc-node/register', join(ROOT, 'src/cli.ts'), ...args], {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: 'test', DB_DATABASE: join(dir, database), AUTH_TOKEN: 'cli-founder-token-0123456789abcdef', LOG_LEVEL: 'warn' },
      encoding: 'utf8',
    });
  const sections = (text: string) => text.trimEnd().split('\n').filter((l) => !l.startsWith('{"bundle"') && !l.startsWith('{"manifest"'));
  const count = (database: string, table: string) => {
    const db = new Database(join(dir, database), { readonly: true });
    try {
      return (db.prepare(`SELECT COUNT(*) AS n FROM "${table}"`).get() as { n: number }).n;
    } finally {
      db.close();
    }
  };

  it('exports (gzip), dry-runs, restores into a fresh database and re-exports identical sections', () => {
    expect(cli('source.sqlite', 'seed').status).toBe(0);
    const exported = cli('source.sqlite', 'export', join(dir, 'company.jsonl.gz'));
    expect(exported.status).toBe(0);
    expect(exported.stdout).toMatch(/company\.jsonl\.gz: [\d,]+ bytes \(gzip\)/);
    expect(exported.stdout).toMatch(/agents\s+\d+/);
    // Not a TTY: plain lines only, never a carriage return or an escape sequence.
    expect(exported.stderr).toMatch(/Exported [\d,]+ rows to .*company\.jsonl\.gz/);
    expect(exported.stderr).not.toMatch(/[\r\x1b]/);

    const dry = cli('target.sqlite', 'import', join(dir, 'company.jsonl.gz'), '--dry-run');
    expect(dry.status).toBe(0);
    expect(JSON.parse(dry.stdout.slice(dry.stdout.indexOf('{')))).toMatchObject({ format: 'daena', mode: 'restore', dry_run: true });
    expect(count('target.sqlite', 'departments')).toBe(0);

    const restored = cli('target.sqlite', 'import', join(dir, 'company.jsonl.gz'));
    expect(restored.status).toBe(0);
    expect(JSON.parse(restored.stdout.slice(restored.stdout.indexOf('{')))).toMatchObject({ mode: 'restore', dry_run: false, conflicts_total: 0 });
    expect(count('target.sqlite', 'agents')).toBe(count('source.sqlite', 'agents'));
    expect(cli('target.sqlite', 'export', join(dir, 'again.jsonl')).status).toBe(0);
    expect(sections(readFileSync(join(dir, 'again.jsonl'), 'utf8'))).toEqual(sections(gunzipSync(readFileSync(join(dir, 'company.jsonl.gz'))).toString('utf8')));
    expect(cli('target.sqlite', 'events', '--verify').stdout).toMatch(/Chain OK/);
  });

  it('refuses a changed bundle with exit code 1, naming the section, and writes nothing', () => {
    const text = readFileSync(join(dir, 'again.jsonl'), 'utf8');
    const at = text.indexOf('"slug":"engineering"') + '"slug":"e'.length;
    writeFileSync(join(dir, 'changed.jsonl'), `${text.slice(0, at)}N${text.slice(at + 1)}`);
    const refused = cli('empty.sqlite', 'import', join(dir, 'changed.jsonl'));
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/Bundle refused in section departments at line \d+: checksum mismatch/);
    expect(count('empty.sqlite', 'departments')).toBe(0);
  });
});
