import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getMetadataStorage } from 'class-validator';
import { AppEnvironment, AuthEnvironment, DatabaseEnvironment, LlmEnvironment } from './environment';

const ROOT = join(__dirname, '..', '..');

/** `| \`A\`, \`B\` | \`1\`, \`2\` | meaning |` rows of docs/configuration.md: variable → documented default (null: none). */
function documentedDefaults(): Map<string, string | null> {
  const defaults = new Map<string, string | null>();
  for (const line of readFileSync(join(ROOT, 'docs/configuration.md'), 'utf8').split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    if (cells.length < 4 || !/^`[A-Z][A-Z0-9_]*`/.test(cells[1])) continue;
    const names = [...cells[1].matchAll(/`([A-Z][A-Z0-9_]*)`/g)].map((m) => m[1]);
    const values = [...cells[2].matchAll(/`([^`]*)`/g)].map((m) => m[1]);
    names.forEach((name, i) => defaults.set(name, cells[2] === 'empty' ? '' : (values[i] ?? null)));
  }
  return defaults;
}

/** `VAR=value` or `# VAR=value` lines of .env.example, with the line before each. */
function exampleEntries(): Map<string, { value: string; commented: boolean; comment: string }> {
  const lines = readFileSync(join(ROOT, '.env.example'), 'utf8').split('\n');
  const entries = new Map<string, { value: string; commented: boolean; comment: string }>();
  lines.forEach((line, i) => {
    const match = /^(# )?([A-Z][A-Z0-9_]*)=(.*)$/.exec(line);
    if (!match) return;
    if (entries.has(match[2])) throw new Error(`${match[2]} appears twice in .env.example`);
    entries.set(match[2], { value: match[3], commented: Boolean(match[1]), comment: lines[i - 1] ?? '' });
  });
  return entries;
}

function variablesInCode(): string[] {
  return [AppEnvironment, DatabaseEnvironment, LlmEnvironment, AuthEnvironment].flatMap((cls) =>
    getMetadataStorage().getTargetValidationMetadatas(cls, '', true, false).map((meta) => meta.propertyName),
  );
}

describe('.env.example and docs/configuration.md', () => {
  const documented = documentedDefaults();
  const example = exampleEntries();

  it('document every variable the code reads, and only those', () => {
    expect([...documented.keys()].sort()).toEqual([...new Set(variablesInCode())].sort());
  });

  it('list every documented variable in .env.example, and only those', () => {
    expect([...example.keys()].sort()).toEqual([...documented.keys()].sort());
  });

  it('give each variable its documented default and a one-line comment', () => {
    for (const [name, fallback] of documented) {
      const entry = example.get(name)!;
      expect({ name, comment: /^# \S/.test(entry.comment) && !/^# [A-Z][A-Z0-9_]*=/.test(entry.comment) }).toEqual({ name, comment: true });
      // A documented default is written out as is; a variable without one is a commented example.
      if (fallback === null) expect({ name, commented: entry.commented }).toEqual({ name, commented: true });
      else expect({ name, value: entry.value }).toEqual({ name, value: fallback });
    }
  });
});
