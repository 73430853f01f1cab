import { describe, expect, it } from 'vitest';
import { configInputText, describeConstraints, diffValues, historyWithDiffs, parseConfigInput } from './config-values';

describe('parseConfigInput', () => {
  it('reads the key type, and sends unreadable text unchanged for the server to refuse', () => {
    expect(parseConfigInput('bool', 'true')).toBe(true);
    expect(parseConfigInput('bool', 'false')).toBe(false);
    expect(parseConfigInput('bool', 'yes')).toBe('yes');
    expect(parseConfigInput('int', ' 42 ')).toBe(42);
    expect(parseConfigInput('int', '3.5')).toBe(3.5);
    expect(parseConfigInput('int', 'ten')).toBe('ten');
    expect(parseConfigInput('int', '')).toBe('');
    expect(parseConfigInput('float', '0.25')).toBe(0.25);
    expect(parseConfigInput('json', '{"a":1}')).toEqual({ a: 1 });
    expect(parseConfigInput('json', '{a')).toBe('{a');
    expect(parseConfigInput('string', ' llama3 ')).toBe(' llama3 ');
  });
  it('empty text is null for a nullable key only', () => {
    expect(parseConfigInput('string', '', true)).toBeNull();
    expect(parseConfigInput('string', '')).toBe('');
  });
  it('configInputText is its inverse', () => {
    for (const [type, value] of [['int', 120], ['float', 0.7], ['bool', true], ['string', 'qwen2.5:7b'], ['json', { a: [1] }]] as const) {
      expect(parseConfigInput(type, configInputText(value))).toEqual(value);
    }
    expect(configInputText(null)).toBe('');
  });
});

describe('describeConstraints', () => {
  it('names ranges, lengths, patterns and null', () => {
    expect(describeConstraints({ constraints: { min: 1, max: 10 } })).toBe('1–10');
    expect(describeConstraints({ constraints: { max_length: 200, nullable: true } })).toBe('≤ 200 chars; empty = null (the default)');
    expect(describeConstraints({ constraints: {} })).toBe('—');
  });
});

describe('diffValues', () => {
  it('a scalar change is one removed and one added line', () => {
    expect(diffValues(3, 5)).toEqual([
      { op: 'del', text: '3' },
      { op: 'add', text: '5' },
    ]);
    expect(diffValues(true, true)).toEqual([{ op: 'same', text: 'true' }]);
  });
  it('keeps the unchanged lines of an object', () => {
    const diff = diffValues({ a: 1, b: 2, c: 3 }, { a: 1, b: 20, c: 3, d: 4 });
    expect(diff.filter((l) => l.op === 'del').map((l) => l.text.trim())).toEqual(['"b": 2,', '"c": 3']);
    expect(diff.filter((l) => l.op === 'add').map((l) => l.text.trim())).toEqual(['"b": 20,', '"c": 3,', '"d": 4']);
    expect(diff.filter((l) => l.op === 'same').map((l) => l.text.trim())).toEqual(['{', '"a": 1,', '}']);
  });
  it('shows strings quoted and null as null', () => {
    expect(diffValues(null, 'llama3')).toEqual([
      { op: 'del', text: 'null' },
      { op: 'add', text: '"llama3"' },
    ]);
  });
});

describe('historyWithDiffs', () => {
  it('lists newest first, each diffed against the version before (the first against the default)', () => {
    const h = historyWithDiffs(
      [
        { version: 2, value: 7 },
        { version: 1, value: 5 },
        { version: 3, value: 5 },
      ],
      3,
    );
    expect(h.map((v) => [v.version, v.previous, v.value])).toEqual([
      [3, 7, 5],
      [2, 5, 7],
      [1, 3, 5],
    ]);
    expect(h[2].diff).toEqual([
      { op: 'del', text: '3' },
      { op: 'add', text: '5' },
    ]);
  });
});
