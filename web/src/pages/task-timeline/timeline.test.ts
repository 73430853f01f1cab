import { describe, expect, it } from 'vitest';
import type { TaskView } from '../../api/types';
import { actionsFor, byOwner, statusAt, statusSeries } from './timeline';

const T0 = Date.parse('2026-12-01T10:00:00.000Z');
const at = (min: number) => new Date(T0 + min * 60_000).toISOString();
function task(over: Partial<TaskView>): TaskView {
  return {
    task_id: 'task_000000000000',
    title: 't',
    description: null,
    status: 'pending',
    status_text: '',
    priority: 'medium',
    progress: 0,
    owner_type: 'agent',
    owner_id: 'A11',
    assigned_agent_id: 'A11',
    department_id: 'engineering',
    result: null,
    started_at: null,
    completed_at: null,
    created_at: at(0),
    updated_at: at(0),
    ...over,
  };
}

describe('actionsFor', () => {
  it('offers only the legal moves of the server state machine', () => {
    expect(actionsFor('pending')).toEqual(['start', 'cancel']);
    expect(actionsFor('running')).toEqual(['complete', 'fail', 'cancel']);
    for (const final of ['completed', 'failed', 'cancelled', 'bogus']) expect(actionsFor(final)).toEqual([]);
  });
});

describe('statusAt', () => {
  const done = task({ status: 'completed', started_at: at(10), completed_at: at(20) });
  it('follows created → pending → running → final from the timestamps', () => {
    expect(statusAt(done, T0 - 1)).toBeNull();
    expect(statusAt(done, T0)).toBe('pending');
    expect(statusAt(done, T0 + 10 * 60_000)).toBe('running');
    expect(statusAt(done, T0 + 19 * 60_000)).toBe('running');
    expect(statusAt(done, T0 + 20 * 60_000)).toBe('completed');
  });
  it('a task cancelled while pending was never running', () => {
    const cancelled = task({ status: 'cancelled', completed_at: at(5) });
    expect(statusAt(cancelled, T0 + 4 * 60_000)).toBe('pending');
    expect(statusAt(cancelled, T0 + 6 * 60_000)).toBe('cancelled');
  });
});

describe('statusSeries', () => {
  it('samples from the oldest creation to now and counts each task once per sample', () => {
    const tasks = [
      task({ task_id: 'a', status: 'completed', started_at: at(10), completed_at: at(20) }),
      task({ task_id: 'b', status: 'running', created_at: at(15), started_at: at(16) }),
      task({ task_id: 'c', status: 'pending', created_at: at(30) }),
    ];
    const now = T0 + 40 * 60_000;
    const s = statusSeries(tasks, now, 5); // samples at 0, 10, 20, 30, 40 min
    expect(s.at).toEqual([0, 10, 20, 30, 40].map((m) => T0 + m * 60_000));
    expect(s.counts.pending).toEqual([1, 0, 0, 1, 1]);
    expect(s.counts.running).toEqual([0, 1, 1, 1, 1]);
    expect(s.counts.completed).toEqual([0, 0, 1, 1, 1]);
    expect(s.counts.failed).toEqual([0, 0, 0, 0, 0]);
    // The last sample is the board now.
    const last = (k: keyof typeof s.counts) => s.counts[k][4];
    expect(last('pending') + last('running') + last('completed')).toBe(tasks.length);
  });
  it('is at least a minute wide and empty without tasks', () => {
    const s = statusSeries([task({})], T0 + 1000, 3);
    expect(s.at[2] - s.at[0]).toBe(60_000);
    expect(s.counts.pending).toEqual([0, 0, 1]);
    expect(statusSeries([], T0).at).toEqual([]);
  });
});

describe('byOwner', () => {
  it('counts per owner and status, most tasks first', () => {
    const rows = byOwner([
      task({ status: 'pending' }),
      task({ status: 'running' }),
      task({ owner_type: 'department', owner_id: 'finance', status: 'failed' }),
    ]);
    expect(rows.map((r) => [r.owner, r.total])).toEqual([
      ['agent:A11', 2],
      ['department:finance', 1],
    ]);
    expect(rows[0].counts).toMatchObject({ pending: 1, running: 1, completed: 0 });
  });
});
