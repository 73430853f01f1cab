import type { TaskStatus, TaskView } from '../../api/types';

export const TASK_STATUSES: readonly TaskStatus[] = ['pending', 'running', 'completed', 'failed', 'cancelled'];

export type TaskAction = 'start' | 'complete' | 'fail' | 'cancel';

/** The server's state machine (src/task/task.service.ts TASK_TRANSITIONS), as the buttons a status offers. */
const ACTIONS: Record<TaskStatus, readonly TaskAction[]> = {
  pending: ['start', 'cancel'],
  running: ['complete', 'fail', 'cancel'],
  completed: [],
  failed: [],
  cancelled: [],
};

export const ACTION_LABEL: Record<TaskAction, string> = { start: 'Start', complete: 'Complete', fail: 'Fail', cancel: 'Cancel' };

/** The legal moves from `status`; final states offer none. An unknown status offers none either. */
export function actionsFor(status: string): readonly TaskAction[] {
  return ACTIONS[status as TaskStatus] ?? [];
}

/**
 * What a task's status was at time `t` (ms), from its timestamps: not there before created_at;
 * pending until started_at; running until completed_at; then its final status. A task cancelled
 * while pending has no started_at. Null when it did not exist yet.
 */
export function statusAt(task: Pick<TaskView, 'status' | 'created_at' | 'started_at' | 'completed_at'>, t: number): TaskStatus | null {
  const created = Date.parse(task.created_at);
  if (t < created) return null;
  const finished = task.completed_at ? Date.parse(task.completed_at) : null;
  if (finished !== null && t >= finished) return task.status;
  const started = task.started_at ? Date.parse(task.started_at) : null;
  if (started !== null && t >= started) return 'running';
  return 'pending';
}

export interface StatusSeries {
  /** Sample times (ms). */
  at: number[];
  counts: Record<TaskStatus, number[]>;
}

/**
 * Tasks by status over time: `points` samples evenly from the oldest task's creation to `now`
 * (at least one minute wide, so a fresh board is not a single point), the last one at `now`.
 */
export function statusSeries(tasks: TaskView[], now = Date.now(), points = 30): StatusSeries {
  const counts = Object.fromEntries(TASK_STATUSES.map((s) => [s, [] as number[]])) as Record<TaskStatus, number[]>;
  const at: number[] = [];
  if (!tasks.length) return { at, counts };
  const start = Math.min(...tasks.map((t) => Date.parse(t.created_at)));
  const span = Math.max(60_000, now - start);
  const from = now - span;
  for (let i = 0; i < points; i++) {
    const t = points === 1 ? now : Math.round(from + (span * i) / (points - 1));
    at.push(t);
    const bucket = Object.fromEntries(TASK_STATUSES.map((s) => [s, 0])) as Record<TaskStatus, number>;
    for (const task of tasks) {
      const s = statusAt(task, t);
      if (s) bucket[s]++;
    }
    for (const s of TASK_STATUSES) counts[s].push(bucket[s]);
  }
  return { at, counts };
}

/** "agent:A11" or "department:engineering": who a task belongs to. */
export const ownerKey = (task: Pick<TaskView, 'owner_type' | 'owner_id'>) => `${task.owner_type}:${task.owner_id ?? ''}`;

/** Count of tasks per owner and status, owners by most tasks first (then by name). */
export function byOwner(tasks: TaskView[]): Array<{ owner: string; total: number; counts: Record<TaskStatus, number> }> {
  const map = new Map<string, Record<TaskStatus, number>>();
  for (const task of tasks) {
    const key = ownerKey(task);
    const row = map.get(key) ?? (Object.fromEntries(TASK_STATUSES.map((s) => [s, 0])) as Record<TaskStatus, number>);
    if (task.status in row) row[task.status]++;
    map.set(key, row);
  }
  return [...map.entries()]
    .map(([owner, counts]) => ({ owner, counts, total: TASK_STATUSES.reduce((a, s) => a + counts[s], 0) }))
    .sort((a, b) => b.total - a.total || a.owner.localeCompare(b.owner));
}
