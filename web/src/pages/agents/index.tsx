import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useAgentActivity, useDepartments } from '../../api/hooks';
import { useSession } from '../../app/session';

const STATUSES = ['idle', 'working', 'waiting', 'offline'] as const;

/** Every agent, filtered by department and status. */
export default function AgentsPage() {
  const { role } = useSession();
  const departments = useDepartments(role === 'founder');
  const activity = useAgentActivity(role === 'founder');
  const [department, setDepartment] = useState('');
  const [status, setStatus] = useState('');
  const agents = useMemo(
    () => (activity.data?.agents ?? []).filter((a) => (!department || a.department === department) && (!status || a.status === status)),
    [activity.data, department, status],
  );
  return (
    <div className="page">
      <h1>Agents</h1>
      <div className="filters">
        <label>
          Department
          <select value={department} onChange={(e) => setDepartment(e.target.value)}>
            <option value="">All departments</option>
            {(departments.data?.departments ?? []).map((d) => (
              <option key={d.slug} value={d.slug}>
                {d.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Status
          <select value={status} onChange={(e) => setStatus(e.target.value)}>
            <option value="">Any status</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <span className="muted" role="status">
          {agents.length} agent{agents.length === 1 ? '' : 's'}
        </span>
      </div>
      {activity.error && <p role="alert" className="error">{activity.error.message}</p>}
      <table className="table" data-testid="agents">
        <thead>
          <tr>
            <th scope="col">Agent</th>
            <th scope="col">Department</th>
            <th scope="col">Status</th>
            <th scope="col">Current task</th>
            <th scope="col">Last activity</th>
          </tr>
        </thead>
        <tbody>
          {agents.map((a) => (
            <tr key={a.agent_id}>
              <td>
                <Link to={`/agents/${encodeURIComponent(a.agent_id)}`}>{a.agent_name}</Link> <span className="muted">{a.agent_id}</span>
              </td>
              <td>{a.department_name ?? a.department}</td>
              <td>
                <span className={`status status-${a.status}`}>{a.status}</span>
              </td>
              <td>{a.current_task ? `${a.current_task.title} (${a.current_task.progress}%)` : '—'}</td>
              <td>{a.last_activity ? new Date(a.last_activity).toLocaleString() : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
