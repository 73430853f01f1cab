import { describe, expect, it } from 'vitest';
import { Outbox, type KeyValueStore, type OutboxEntry, type SendOutcome } from './outbox';

const memoryStore = (): KeyValueStore => {
  const data = new Map<string, string>();
  return { getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
};
let n = 0;
const outbox = (store = memoryStore()) => new Outbox(store, () => `cid-${++n}`);

describe('Outbox (offline outbox)', () => {
  it('keeps messages across instances (a reload) with their client_message_id', () => {
    const store = memoryStore();
    const first = outbox(store);
    const entry = first.add('s1', { kind: 'daena' }, 'hello');
    expect(outbox(store).entries('s1')).toEqual([entry]);
    expect(entry.client_message_id).toMatch(/^cid-/);
  });

  it('sends in order, keeps what must wait, and resends it with the same id later', async () => {
    const box = outbox();
    const a = box.add('s1', { kind: 'daena' }, 'a');
    const b = box.add('s1', { kind: 'daena' }, 'b');
    const sent: string[] = [];
    let online = false;
    const send = async (e: OutboxEntry): Promise<SendOutcome> => {
      if (!online) return { ok: false, retry: true };
      sent.push(e.client_message_id);
      return { ok: true };
    };
    await box.flush(send);
    expect(box.entries().map((e) => e.message)).toEqual(['a', 'b']);
    online = true;
    await box.flush(send);
    expect(sent).toEqual([a.client_message_id, b.client_message_id]);
    expect(box.entries()).toEqual([]);
  });

  it('never sends an entry twice when flushes overlap', async () => {
    const box = outbox();
    box.add('s1', { kind: 'daena' }, 'once');
    let calls = 0;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const send = async (): Promise<SendOutcome> => {
      calls += 1;
      await gate;
      return { ok: true };
    };
    const first = box.flush(send);
    const second = box.flush(send);
    release();
    await Promise.all([first, second]);
    expect(calls).toBe(1);
    expect(box.entries()).toEqual([]);
  });

  it('marks a refused message with the reason and skips it, without blocking the next', async () => {
    const box = outbox();
    box.add('s1', { kind: 'daena' }, 'bad');
    box.add('s1', { kind: 'daena' }, 'good');
    await box.flush(async (e) => (e.message === 'bad' ? { ok: false, retry: false, error: 'too long' } : { ok: true }));
    expect(box.entries()).toEqual([expect.objectContaining({ message: 'bad', error: 'too long' })]);
  });

  it('survives a corrupt store', () => {
    const store = memoryStore();
    store.setItem('daena.outbox.v1', '{not json');
    expect(outbox(store).entries()).toEqual([]);
  });
});
