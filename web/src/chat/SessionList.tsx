import type { ChatSessionView } from '../api/types';

/** Sessions, newest activity first, with message count and the last message's preview. */
export function SessionList({
  sessions,
  selected,
  onSelect,
  empty,
}: {
  sessions: ChatSessionView[];
  selected: string | null;
  onSelect: (sessionId: string) => void;
  empty: string;
}) {
  if (!sessions.length) return <p className="muted">{empty}</p>;
  return (
    <ul className="session-list" data-testid="sessions">
      {sessions.map((s) => (
        <li key={s.session_id}>
          <button className={`session ${s.session_id === selected ? 'selected' : ''}`} aria-current={s.session_id === selected ? 'true' : undefined} onClick={() => onSelect(s.session_id)}>
            <span className="title">{s.title || 'Untitled conversation'}</span>
            <span className="meta">
              {s.message_count} message{s.message_count === 1 ? '' : 's'} · {new Date(s.last_activity).toLocaleString()}
              {s.scope_type !== 'executive' && s.scope_id ? ` · ${s.scope_type} ${s.scope_id}` : ''}
            </span>
            {s.last_message && <span className="preview">{s.last_message}</span>}
          </button>
        </li>
      ))}
    </ul>
  );
}
