import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { api, read } from '../../api/client';
import { useAgents, useTasks, useTaskStats } from '../../api/hooks';
import type { TaskStatus, TaskView } from '../../api/types';
import { useSession } from '../../app/session';
import { LineChart } from '../../components/Chart';
import { ACTION_LABEL, actionsFor, byOwner, ownerKey, statusSeries, TASK_STATUSES, type TaskAction } from './timeline';

export const STATUS_COLOR: Record<TaskStatus, string> = {
  pending: '#9a7b1c',
  running: '#4f6bed',
  completed: '#2f9e44',
  failed: '#d6336c',
  cancelled: '#868e96',
};

const ACTION_PATH = {
  start: '/api/v1/tasks/{task_id}/start',
  complete: '/api/v1/tasks/{task_id}/complete',
  fail: '/api/v1/tasks/{task_id}/fail',
  cancel: '/api/v1/tasks/{task_id}/cancel',
} as const;

function OwnerLink({ task, names }: { task: TaskView; names: Map<string, string> }) {
  if (!task.owner_id) return <span>—</span>;
  if (task.owner_type === 'agent') return <Link to={`/agents/${encodeURIComponent(task.owner_id)}`}>{names.get(task.owner_id) ?? task.owner_id}</Link>;
  return <Link to={`/departments/${encodeURIComponent(task.owner_id)}`}>{task.owner_id}</Link>;
}

/** One task: its state, progress and the moves the state machine allows from here (founder only). */
function TaskCard({ task, names, error, setError }: { task: TaskView; names: Map<string, string>; error?: string; setError(message: string | null): void }) {
  const { readOnlyReason } = useSession();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState(String(task.progress));
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['tasks'] });

  const run = async (fn: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await fn();
    } catch (e) {
      // A 409 (someone else moved it first) is shown as the server says it, then the board reloads.
      setError((e as Error).message);
    } finally {
      setBusy(false);
      void refresh();
    }
  };
  const act = (action: TaskAction) => run(() => read(api.POST(ACTION_PATH[action], { params: { path: { task_id: task.task_id } }, body: {} })));
  const setProgressNow = () => run(() => read(api.PATCH('/api/v1/tasks/{task_id}', { params: { path: { task_id: task.task_id } }, body: { progress: Number(progress) } })));

  return (
    <li className="task-card" data-testid={`task-${task.task_id}`} data-status={task.status}>
      <div className="task-head">
        <strong>{task.title}</strong> <span className={`badge priority-${task.priority}`}>{task.priority}</span>
      </div>
      <div className="muted">
        <OwnerLink task={task} names={names} /> · {task.status_text}
      </div>
      <progress max={100} value={task.progress} aria-label={`Progress of ${task.title}`} /> <span>{Math.round(task.progress)}%</span>
      {!readOnlyReason && (
        <div className="task-actions">
          {actionsFor(task.status).map((action) => (
            <button key={action} disabled={busy} className={action === 'fail' || action === 'cancel' ? 'danger' : undefined} onClick={() => void act(action)}>
              {ACTION_LABEL[action]}
            </button>
          ))}
          {task.status === 'running' && (
            <span className="progress-edit">
              <label>
                Progress <input type="number" min={0} max={100} value={progress} onChange={(e) => setProgress(e.target.value)} />
              </label>
              <button disabled={busy} onClick={() => void setProgressNow()}>
                Set
              </button>
            </span>
          )}
        </div>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </li>
  );
}

/** Tasks by status and owner, the legal moves as buttons, and the board over time. */
export default function TaskTimelinePage() {
  const { role, readOnlyReason } = useSession();
  const tasks = useTasks();
  const stats = useTaskStats();
  const agents = useAgents(undefined, role === 'founder');
  const [owner, setOwner] = useState('');
  // Kept here, not in the card: a card moves to another column (and remounts) when its task changes.
  const [errors, setErrors] = useState<Record<string, string>>({});
  const names = useMemo(() => new Map((agents.data?.agents ?? []).map((a) => [a.cell_id, a.name])), [agents.data]);
  const all = tasks.data?.tasks ?? [];
  const shown = owner ? all.filter((t) => ownerKey(t) === owner) : all;
  const owners = useMemo(() => byOwner(all), [all]);
  const series = useMemo(() => statusSeries(shown), [shown]);
  const lines = useMemo(() => TASK_STATUSES.map((s) => ({ label: s, color: STATUS_COLOR[s], values: series.counts[s] })), [series]);
  const ownerLabel = (key: string) => {
    const [type, id] = key.split(':');
    return type === 'agent' ? `${names.get(id) ?? id} (agent)` : `${id} (department)`;
  };

  if (tasks.error) return <p role="alert" className="error">{tasks.error.message}</p>;
  return (
    <div className="page task-timeline">
      <div className="section-head">
        <h1>Task timeline</h1>
        <label className="filters">
          Owner{' '}
          <select value={owner} onChange={(e) => setOwner(e.target.value)}>
            <option value="">Everyone</option>
            {owners.map((o) => (
              <option key={o.owner} value={o.owner}>
                {ownerLabel(o.owner)} — {o.total}
              </option>
            ))}
          </select>
        </label>
      </div>
      {readOnlyReason && <p className="hint">{readOnlyReason}</p>}
      {stats.data && (
        <p className="muted" data-testid="task-stats">
          {stats.data.total} tasks, {stats.data.active} active
          {stats.data.success_rate != null ? `, success rate ${Math.round(stats.data.success_rate * 100)}%` : ''}
          {tasks.data && tasks.data.total > all.length ? ` (showing the newest ${all.length})` : ''}
        </p>
      )}
      <section className="card">
        <LineChart title="Tasks by status over time" at={series.at} series={lines} />
      </section>
      {!tasks.data ? (
        <p className="muted" role="status">Loading…</p>
      ) : (
        <div className="task-board">
          {TASK_STATUSES.map((status) => {
            const column = shown.filter((t) => t.status === status);
            return (
              <section key={status} className="task-column" aria-labelledby={`col-${status}`} data-testid={`column-${status}`}>
                <h2 id={`col-${status}`}>
                  <span className="dot" style={{ background: STATUS_COLOR[status] }} aria-hidden="true" /> {status} <span className="muted">({column.length})</span>
                </h2>
                <ul>
                  {column.map((task) => (
                    <TaskCard
                      key={`${task.task_id}:${task.progress}`}
                      task={task}
                      names={names}
                      error={errors[task.task_id]}
                      setError={(message) =>
                        setErrors(({ [task.task_id]: _old, ...rest }) => (message ? { ...rest, [task.task_id]: message } : rest))
                      }
                    />
                  ))}
                </ul>
              </section>
            );
          })}
        </div>
      )}
      {owners.length > 0 && (
        <section className="card" aria-labelledby="by-owner">
          <h2 id="by-owner">By owner</h2>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Owner</th>
                {TASK_STATUSES.map((s) => (
                  <th key={s} scope="col">
                    {s}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {owners.map((o) => (
                <tr key={o.owner}>
                  <th scope="row">{ownerLabel(o.owner)}</th>
                  {TASK_STATUSES.map((s) => (
                    <td key={s} data-label={s}>
                      {o.counts[s]}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </div>
  );
}
