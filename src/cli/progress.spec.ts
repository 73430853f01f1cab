import { Progress } from './progress';

function fakeStream(isTTY: boolean) {
  const writes: string[] = [];
  return { writes, stream: { isTTY, write: (text: string) => writes.push(text) } as unknown as NodeJS.WriteStream };
}

describe('CLI progress', () => {
  afterEach(() => jest.useRealTimers());

  it('on a TTY redraws one bar in place with counts, total and rate', () => {
    jest.useFakeTimers({ now: 0 });
    const { writes, stream } = fakeStream(true);
    const progress = new Progress({ chat_messages: 1000 }, stream);
    jest.setSystemTime(500);
    progress.update('export', 'chat_messages', 250);
    expect(writes).toHaveLength(1);
    expect(writes[0]).toMatch(/^\r\x1b\[2Kexport chat_messages +\[#{7}\.{21}\]  25% 250\/1,000 · 250 rows · 500\/s$/);
    progress.update('export', 'chat_messages', 260);
    expect(writes).toHaveLength(1);
    progress.done('Exported');
    expect(writes.at(-1)).toBe('Exported (0.5 s)\n');
  });

  it('without a TTY writes a plain line every 2 s, counting rows over sections', () => {
    jest.useFakeTimers({ now: 0 });
    const { writes, stream } = fakeStream(false);
    const progress = new Progress({}, stream);
    progress.update('write', 'departments', 8);
    jest.setSystemTime(1000);
    progress.update('write', 'agents', 40);
    expect(writes).toEqual([]);
    jest.setSystemTime(2000);
    progress.update('write', 'agents', 48);
    expect(writes).toEqual(['write: agents 48 rows; 56 rows in 2 s (28 rows/s)\n']);
    expect(writes.every((w) => !w.includes('\r') && !w.includes('\x1b'))).toBe(true);
  });
});
