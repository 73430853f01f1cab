import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useAgentActivity, useDepartment, useSessions } from '../../api/hooks';
import type { ChatMessageView } from '../../api/types';
import { useSession } from '../../app/session';
import { ChatPanel, type AgentNote } from '../../chat/ChatPanel';
import { SessionList } from '../../chat/SessionList';
import { useRooms } from '../../live/LiveProvider';

/** A department office: its 6 agents and their activity, the spokesperson chat, its own sessions. */
export default function DepartmentPage() {
  const { slug = '' } = useParams();
  const { role } = useSession();
  const department = useDepartment(slug, role === 'founder');
  const activity = useAgentActivity(role === 'founder');
  const sessions = useSessions({ kind: 'department', slug });
  const [sessionId, setSessionId] = useState<string | null>(null);
  useRooms([`department:${slug}`]);
  const d = department.data;
  const team = (activity.data?.agents ?? []).filter((a) => a.department === slug);
  const list = sessions.data?.sessions ?? [];
  const openId = sessionId ?? list[0]?.session_id ?? null;

  if (department.error) return <p role="alert" className="error">{department.error.message}</p>;
  return (
    <div className="page department">
      <nav aria-label="Breadcrumb" className="crumbs">
        <Link to="/departments">Departments</Link> / <span>{d?.name ?? slug}</span>
      </nav>
      <h1>
        {d?.name ?? slug} {d?.hidden && <span className="badge">Hidden (founder only)</span>}
      </h1>
      {d?.description && <p className="muted">{d.description}</p>}
      <section aria-labelledby="team-title">
        <h2 id="team-title">Team</h2>
        <ul className="team" data-testid="team">
          {team.map((a) => (
            <li key={a.agent_id} className="card agent-card">
              <Link to={`/agents/${encodeURIComponent(a.agent_id)}`}>{a.agent_name}</Link>
              <span className={`status status-${a.status}`}>{a.status}</span>
              {a.current_task ? (
                <span className="task">
                  {a.current_task.title} <progress max={100} value={a.current_task.progress} aria-label={`Progress of ${a.current_task.title}`} />
                </span>
              ) : (
                <span className="muted">{a.pending_tasks ? `${a.pending_tasks} pending` : 'No task'}</span>
              )}
            </li>
          ))}
        </ul>
      </section>
      <div className="office">
        <aside className="office-side" aria-label={`${d?.name ?? slug} conversations`}>
          <div className="section-head">
            <h2>Conversations</h2>
            <button onClick={() => setSessionId('')}>New chat</button>
          </div>
          <SessionList sessions={list} selected={openId} onSelect={setSessionId} empty="No conversations with this department yet." />
        </aside>
        <div className="office-main">
          <ChatPanel
            key={`${slug}:${sessionId === '' ? 'new' : openId}`}
            target={{ kind: 'department', slug }}
            sessionId={sessionId === '' ? null : openId}
            onSessionCreated={setSessionId}
            speaker={`${d?.name ?? slug} spokesperson`}
            renderReplyExtras={(m) => <Synthesis message={m} />}
          />
        </div>
      </div>
    </div>
  );
}

/** "Synthesised from N agents", with the stored notes when the reply carries them. */
function Synthesis({ message }: { message: ChatMessageView }) {
  const meta = message.metadata ?? {};
  const n = Number(meta.synthesized_from ?? NaN);
  if (message.role !== 'assistant' || Number.isNaN(n)) return null;
  const notes = (Array.isArray(meta.notes) ? meta.notes : []) as AgentNote[];
  return (
    <details className="synthesis" data-testid="synthesis">
      <summary>
        Synthesised from {n} agent{n === 1 ? '' : 's'}
        {Array.isArray(meta.consulted) && meta.consulted.length ? `: ${(meta.consulted as string[]).join(', ')}` : ''}
      </summary>
      {notes.length > 0 && (
        <ul>
          {notes.map((note, i) => (
            <li key={i}>
              <strong>{note.agent_name}</strong>: {note.note}
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
