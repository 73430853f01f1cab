import type { ConfigEntryView, ConfigType } from '../../api/types';

/**
 * What the edit box sends for a key of `type`. Text that does not read as the type is sent as it is,
 * so the server's validation message (never a client-side guess) is what the founder sees.
 */
export function parseConfigInput(type: ConfigType, text: string, nullable = false): unknown {
  const trimmed = text.trim();
  if (nullable && trimmed === '') return null;
  switch (type) {
    case 'bool':
      return trimmed === 'true' ? true : trimmed === 'false' ? false : text;
    case 'int':
    case 'float':
      return trimmed !== '' && Number.isFinite(Number(trimmed)) ? Number(trimmed) : text;
    case 'json':
      try {
        return JSON.parse(text) as unknown;
      } catch {
        return text;
      }
    case 'string':
      return text;
  }
}

/** The edit box's text for a stored value (the inverse of parseConfigInput). */
export function configInputText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** A value as the history shows it; null is "not set" for a nullable key. */
export function showValue(value: unknown): string {
  if (value === undefined) return '(deleted)';
  if (value === null) return 'null';
  return typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value, null, 2);
}

/** The key's limits in words: "1–86400", "≤ 200 chars, pattern …, may be null". */
export function describeConstraints(entry: Pick<ConfigEntryView, 'constraints'>): string {
  const c = entry.constraints ?? {};
  const parts: string[] = [];
  if (c.min !== undefined && c.max !== undefined) parts.push(`${c.min}–${c.max}`);
  else if (c.min !== undefined) parts.push(`≥ ${c.min}`);
  else if (c.max !== undefined) parts.push(`≤ ${c.max}`);
  if (c.enum) parts.push(`one of ${c.enum.join(', ')}`);
  if (c.max_length !== undefined) parts.push(`≤ ${c.max_length} chars`);
  if (c.pattern) parts.push(`pattern ${c.pattern}`);
  if (c.nullable) parts.push('empty = null (the default)');
  return parts.join('; ') || '—';
}

export type DiffLine = { op: 'same' | 'add' | 'del'; text: string };

/** Line diff of two values' JSON text (longest common subsequence; values here are small). */
export function diffValues(before: unknown, after: unknown): DiffLine[] {
  const a = showValue(before).split('\n');
  const b = showValue(after).split('\n');
  // lcs[i][j] = length of the LCS of a[i..] and b[j..]
  const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  }
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      out.push({ op: 'same', text: a[i] });
      i++;
      j++;
    } else if (lcs[i + 1][j] >= lcs[i][j + 1]) out.push({ op: 'del', text: a[i++] });
    else out.push({ op: 'add', text: b[j++] });
  }
  while (i < a.length) out.push({ op: 'del', text: a[i++] });
  while (j < b.length) out.push({ op: 'add', text: b[j++] });
  return out;
}

/**
 * The history as the panel lists it: newest first, each version with the diff from the one before
 * (the default, for the first version). A version whose value is null on a non-nullable key is a
 * recorded deletion.
 */
export function historyWithDiffs<V extends { version: number; value: unknown }>(versions: V[], defaultValue: unknown): Array<V & { diff: DiffLine[]; previous: unknown }> {
  const ascending = [...versions].sort((x, y) => x.version - y.version);
  const withDiffs = ascending.map((v, index) => {
    const previous = index === 0 ? defaultValue : ascending[index - 1].value;
    return { ...v, previous, diff: diffValues(previous, v.value) };
  });
  return withDiffs.reverse();
}
