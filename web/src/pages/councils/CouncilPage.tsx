import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { api, read } from '../../api/client';
import { useCouncil, useDebate, useDebates } from '../../api/hooks';
import type { CouncilMemberView, CouncilView, DebateTranscript } from '../../api/types';
import { useSession } from '../../app/session';
import { StreamAssembly } from '../../chat/stream-assembly';
import { ActionError, ConfirmButton, ReadOnlyNote, useAction } from '../../components/actions';
import { useLiveEvents, useRooms } from '../../live/LiveProvider';
import { anyStreaming, buildRounds, replayRows, transcriptRows, type ShownEntry, type ShownRound } from './debate-view';

/** One council: its settings and members, its debates, and the open debate (`?debate=<session id>`). */
export default function CouncilPage() {
  const { slug = '' } = useParams();
  const council = useCouncil(slug);
  const [params, setParams] = useSearchParams();
  const debateId = params.get('debate');
  const [deleted, setDeleted] = useState(false);
  useRooms([`council:${slug}`]);
  const open = (id: string | null) => setParams(id ? { debate: id } : {}, { replace: false });

  if (deleted) return <Deleted slug={slug} onRestored={() => setDeleted(false)} />;
  if (council.error) {
    return (
      <div className="page council">
        <Crumbs name={slug} />
        <p role="alert" className="error">
          {council.error.message}
        </p>
      </div>
    );
  }
  const c = council.data;
  return (
    <div className="page council">
      <Crumbs name={c?.name ?? slug} />
      <div className="section-head">
        <h1>{c?.name ?? slug}</h1>
        {c && !c.enabled && <span className="badge">disabled</span>}
      </div>
      {c?.description && <p className="muted">{c.description}</p>}
      <ReadOnlyNote />
      <div className="office">
        <aside className="office-side" aria-label="Debates of this council">
          {c && <StartDebate council={c} onStarted={open} />}
          <DebateList slug={slug} selected={debateId} onSelect={open} />
        </aside>
        <div className="office-main">
          {debateId ? (
            <DebateView key={debateId} slug={slug} sessionId={debateId} council={c} />
          ) : (
            <p className="card muted empty-chat">Start a debate on a topic, or open a past one.</p>
          )}
        </div>
      </div>
      {c && (
        <div className="grid-2">
          <Members council={c} />
          <Settings council={c} onDeleted={() => setDeleted(true)} />
        </div>
      )}
    </div>
  );
}

function Crumbs({ name }: { name: string }) {
  return (
    <nav aria-label="Breadcrumb" className="crumbs">
      <Link to="/councils">Councils</Link> / <span>{name}</span>
    </nav>
  );
}

function Deleted({ slug, onRestored }: { slug: string; onRestored: () => void }) {
  const restore = useAction(() => read(api.POST('/api/v1/councils/{slug}/restore', { params: { path: { slug } } })).then(onRestored), [['councils']]);
  return (
    <div className="page council">
      <Crumbs name={slug} />
      <p role="status" className="card">
        The council <code>{slug}</code> is deleted; its debates stay in the chat history.{' '}
        <button onClick={() => void restore.run()} disabled={restore.pending}>
          Undo (restore it)
        </button>{' '}
        <Link to="/councils">Back to the councils</Link>
      </p>
      <ActionError error={restore.error} />
    </div>
  );
}

/**
 * The topic form. The start request answers only once round 1 and its synthesis are written, so the
 * page opens the debate as soon as `council.debate.started` names it, and watches it live from there.
 */
function StartDebate({ council, onStarted }: { council: CouncilView; onStarted: (id: string) => void }) {
  const { readOnlyReason } = useSession();
  const [topic, setTopic] = useState('');
  const waitingFor = useRef<string | null>(null);
  const start = useAction(
    (text: string) =>
      read<DebateTranscript>(api.POST('/api/v1/councils/{slug}/debates', { params: { path: { slug: council.slug } }, body: { topic: text } })).then((t) => {
        if (waitingFor.current === text.trim()) onStarted(t.session_id);
        waitingFor.current = null;
        return t;
      }),
    [['debates', council.slug]],
  );
  useLiveEvents((e) => {
    const p = e.payload as { council_id?: string; topic?: string; session_id?: string };
    if (e.event_type === 'council.debate.started' && p.council_id === council.slug && waitingFor.current !== null && p.topic === waitingFor.current && p.session_id) {
      waitingFor.current = null;
      onStarted(p.session_id);
    }
  });
  return (
    <section className="card" aria-labelledby="start-title">
      <h2 id="start-title">New debate</h2>
      <form
        className="stack-form"
        onSubmit={(e) => {
          e.preventDefault();
          waitingFor.current = topic.trim();
          const text = topic;
          setTopic('');
          void start.run(text).then((r) => {
            // Refused (400, 409, 503): the topic comes back to the box, and no started event is awaited.
            if (r === undefined) {
              waitingFor.current = null;
              setTopic(text);
            }
          });
        }}
      >
        <label htmlFor="topic">Topic</label>
        <textarea id="topic" value={topic} onChange={(e) => setTopic(e.target.value)} disabled={!!readOnlyReason} rows={3} maxLength={4000} />
        <button type="submit" disabled={!!readOnlyReason || start.pending}>
          {start.pending ? 'Debating…' : 'Start debate'}
        </button>
      </form>
      <ActionError error={start.error} testId="start-error" />
    </section>
  );
}

function DebateList({ slug, selected, onSelect }: { slug: string; selected: string | null; onSelect: (id: string) => void }) {
  const debates = useDebates(slug);
  const list = debates.data?.debates ?? [];
  return (
    <section aria-labelledby="past-title">
      <h2 id="past-title">Debates {debates.data && <span className="muted">({debates.data.total})</span>}</h2>
      <ul className="session-list" data-testid="debates">
        {list.length === 0 && <li className="muted">No debates yet.</li>}
        {list.map((d) => (
          <li key={d.session_id}>
            <button className={`session${d.session_id === selected ? ' selected' : ''}`} aria-current={d.session_id === selected} onClick={() => onSelect(d.session_id)}>
              <span className="title">{d.topic}</span>
              <span className="meta">
                round {d.round} · {new Date(d.last_activity).toLocaleString()} {d.running && <span className="badge">running</span>}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * One debate: the stored rows (GET transcript) merged with the live feed — each position's deltas
 * as it is generated, the final rows, then the synthesis. Leaving and coming back reads the rows
 * again (streaming ones with their checkpointed text) and carries on live.
 */
function DebateView({ slug, sessionId, council }: { slug: string; sessionId: string; council: CouncilView | undefined }) {
  const { readOnlyReason } = useSession();
  const queryClient = useQueryClient();
  const debate = useDebate(slug, sessionId);
  const assembly = useMemo(() => new StreamAssembly(sessionId), [sessionId]);
  const [version, setVersion] = useState(0);
  const [replay, setReplay] = useState<number | null>(null);
  const [message, setMessage] = useState('');
  useRooms([`session:${sessionId}`]);

  useEffect(() => {
    if (!debate.data) return;
    for (const row of transcriptRows(debate.data)) assembly.upsertRow(row);
    setVersion((v) => v + 1);
  }, [debate.data, assembly]);
  useLiveEvents((e) => {
    if (assembly.apply(e)) setVersion((v) => v + 1);
  });
  // Replay: one more stored row every 600 ms, until all are shown.
  const total = debate.data ? transcriptRows(debate.data).length : 0;
  useEffect(() => {
    if (replay === null) return;
    if (replay >= total) {
      setReplay(null);
      return;
    }
    const timer = setTimeout(() => setReplay(replay + 1), 600);
    return () => clearTimeout(timer);
  }, [replay, total]);

  const rounds = useMemo(() => {
    const rows = assembly.list();
    return buildRounds(replay === null ? rows : replayRows(rows, replay));
  }, [assembly, version, replay]);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['debates', slug] });
  const path = { slug, session_id: sessionId };
  const say = useAction(
    () => read(api.POST('/api/v1/councils/{slug}/debates/{session_id}/messages', { params: { path }, body: { message } })).then(() => setMessage('')),
    [['debates', slug]],
  );
  const nextRound = useAction(() => read(api.POST('/api/v1/councils/{slug}/debates/{session_id}/rounds', { params: { path } })), [['debates', slug]]);
  const resynth = useAction(() => read(api.POST('/api/v1/councils/{slug}/debates/{session_id}/synthesize', { params: { path } })), [['debates', slug]]);

  if (debate.error) return <p role="alert" className="error">{debate.error.message}</p>;
  const t = debate.data;
  if (!t) return <p className="muted">Loading the debate…</p>;
  const running = t.running || anyStreaming(rounds) || nextRound.pending || resynth.pending;
  const latest = rounds.at(-1)?.round ?? 1;
  const ro = !!readOnlyReason;
  return (
    <section className="card debate" aria-labelledby="debate-title" data-testid="debate" data-running={running}>
      <div className="section-head">
        <h2 id="debate-title">{t.topic}</h2>
        <span className="muted" data-testid="debate-state">
          {running ? `Round ${latest} running…` : `Round ${latest} of at most ${t.max_rounds}`}
        </span>
        <button className="link-button" onClick={() => setReplay(replay === null ? 1 : null)} disabled={running || total === 0}>
          {replay === null ? 'Replay' : 'Show all'}
        </button>
        <button className="link-button" onClick={() => void refresh()}>
          Refresh
        </button>
      </div>
      {rounds.map((r) => (
        <Round key={r.round} round={r} />
      ))}
      <div className="debate-controls">
        <form
          className="composer"
          onSubmit={(e) => {
            e.preventDefault();
            void say.run();
          }}
        >
          <label htmlFor="founder-message" className="sr-only">
            Your message to the council
          </label>
          <textarea id="founder-message" value={message} onChange={(e) => setMessage(e.target.value)} placeholder="Add your view before the next round…" disabled={ro} rows={2} />
          <button type="submit" disabled={ro || say.pending || !message.trim()}>
            Add message
          </button>
        </form>
        <div className="session-tools">
          <button onClick={() => void nextRound.run()} disabled={ro || running || latest >= t.max_rounds || council?.enabled === false}>
            Another round
          </button>
          <button onClick={() => void resynth.run()} disabled={ro || running || council?.enabled === false}>
            Re-synthesise
          </button>
          {latest >= t.max_rounds && <span className="muted small">council.max_rounds ({t.max_rounds}) reached</span>}
        </div>
        <ActionError error={say.error ?? nextRound.error ?? resynth.error} testId="debate-error" />
      </div>
    </section>
  );
}

function Round({ round: r }: { round: ShownRound }) {
  return (
    <section className="round" aria-label={`Round ${r.round}`} data-testid={`round-${r.round}`}>
      <h3>Round {r.round}</h3>
      {r.founder
        .filter((f) => f.kind === 'topic')
        .map((f) => (
          <p key={f.id} className="topic">
            <strong>Topic:</strong> {f.content}
          </p>
        ))}
      <ol className="positions">
        {r.positions.map((p) => (
          <Entry key={p.id} entry={p} testId="position" />
        ))}
      </ol>
      {r.synthesis && (
        <div className="synthesis-box" data-testid="synthesis" data-status={r.synthesis.status}>
          <h4>Synthesis by {r.synthesis.author ?? 'Daena'}</h4>
          <p className="text">{r.synthesis.content || '…'}</p>
          {r.synthesis.status !== 'complete' && <p className="status-note small">{statusNote(r.synthesis)}</p>}
          {r.earlier.length > 0 && <p className="muted small">Re-synthesised ({r.earlier.length} earlier synthesis kept).</p>}
        </div>
      )}
      {r.founder
        .filter((f) => f.kind === 'founder')
        .map((f) => (
          <p key={f.id} className="bubble mine founder-note" data-testid="founder-message">
            <strong>You:</strong> {f.content}
          </p>
        ))}
    </section>
  );
}

function statusNote(e: ShownEntry): string {
  if (e.status === 'streaming') return 'generating…';
  if (e.status === 'offline') return `offline${e.reason ? ` (${e.reason})` : ''}`;
  if (e.status === 'interrupted') return `interrupted${e.reason ? ` (${e.reason})` : ''}: partial text kept`;
  return e.status;
}

function Entry({ entry: e, testId }: { entry: ShownEntry; testId: string }) {
  return (
    <li className={`bubble position status-${e.status}`} data-testid={testId} data-status={e.status} data-author={e.author ?? ''}>
      <header>
        <span className="author">{e.author ?? 'A member'}</span>
        {e.member_role && <span>{e.member_role}</span>}
        {e.status !== 'complete' && <span className="status-note">{statusNote(e)}</span>}
      </header>
      <p className="text">{e.content || (e.status === 'streaming' ? '…' : '')}</p>
    </li>
  );
}

function Members({ council }: { council: CouncilView }) {
  const { readOnlyReason } = useSession();
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const keys = [['councils']];
  const add = useAction(
    () =>
      read(api.POST('/api/v1/councils/{slug}/members', { params: { path: { slug: council.slug } }, body: { name, role } })).then(() => {
        setName('');
        setRole('');
      }),
    keys,
  );
  return (
    <section className="card" aria-labelledby="members-title">
      <h2 id="members-title">Members</h2>
      <ul className="members" data-testid="members">
        {council.members.length === 0 && <li className="muted">No members yet: a debate needs at least one enabled member.</li>}
        {council.members.map((m) => (
          <Member key={m.id} slug={council.slug} member={m} />
        ))}
      </ul>
      <form
        className="inline-edit"
        onSubmit={(e) => {
          e.preventDefault();
          void add.run();
        }}
      >
        <label>
          Name <input value={name} onChange={(e) => setName(e.target.value)} disabled={!!readOnlyReason} maxLength={80} />
        </label>
        <label>
          Role <input value={role} onChange={(e) => setRole(e.target.value)} disabled={!!readOnlyReason} maxLength={80} />
        </label>
        <button type="submit" disabled={!!readOnlyReason || add.pending}>
          Add member
        </button>
      </form>
      <ActionError error={add.error} />
    </section>
  );
}

function Member({ slug, member: m }: { slug: string; member: CouncilMemberView }) {
  const { readOnlyReason } = useSession();
  const path = { slug, member_id: m.id };
  const keys = [['councils']];
  const toggle = useAction(() => read(api.PATCH('/api/v1/councils/{slug}/members/{member_id}', { params: { path }, body: { enabled: !m.enabled } })), keys);
  const remove = useAction(() => read(api.DELETE('/api/v1/councils/{slug}/members/{member_id}', { params: { path } })), keys);
  const ro = !!readOnlyReason;
  return (
    <li className={m.enabled ? '' : 'muted'} data-testid="member">
      <span>
        <strong>{m.name}</strong> · {m.role ?? 'member'}
        {m.persona_source ? ` (after ${m.persona_source})` : ''} {!m.enabled && <span className="badge">disabled</span>}
      </span>
      <span className="row-tools">
        <button className="small-button" disabled={ro || toggle.pending} onClick={() => void toggle.run()}>
          {m.enabled ? 'Disable' : 'Enable'}
        </button>
        <ConfirmButton label="Remove" question={`Remove ${m.name}?`} danger disabled={ro || remove.pending} onConfirm={() => remove.run()} />
      </span>
      <ActionError error={toggle.error ?? remove.error} />
    </li>
  );
}

function Settings({ council, onDeleted }: { council: CouncilView; onDeleted: () => void }) {
  const { readOnlyReason } = useSession();
  const [form, setForm] = useState({ name: council.name, description: council.description ?? '', icon: council.icon ?? '', color: council.color ?? '' });
  useEffect(() => setForm({ name: council.name, description: council.description ?? '', icon: council.icon ?? '', color: council.color ?? '' }), [council]);
  const keys = [['councils']];
  const path = { slug: council.slug };
  const save = useAction(() => {
    // Only what changed: the server refuses an empty patch (400) and a name clash (409).
    const patch: Record<string, string> = {};
    if (form.name !== council.name) patch.name = form.name;
    if (form.description !== (council.description ?? '')) patch.description = form.description;
    if (form.icon !== (council.icon ?? '')) patch.icon = form.icon;
    if (form.color !== (council.color ?? '')) patch.color = form.color;
    return read(api.PATCH('/api/v1/councils/{slug}', { params: { path }, body: patch }));
  }, keys);
  const enable = useAction(() => read(council.enabled ? api.POST('/api/v1/councils/{slug}/disable', { params: { path } }) : api.POST('/api/v1/councils/{slug}/enable', { params: { path } })), keys);
  const remove = useAction(() => read(api.DELETE('/api/v1/councils/{slug}', { params: { path } })).then(onDeleted), keys);
  const ro = !!readOnlyReason;
  const field = (name: keyof typeof form) => ({ value: form[name], disabled: ro, onChange: (e: { target: { value: string } }) => setForm({ ...form, [name]: e.target.value }) });
  return (
    <section className="card" aria-labelledby="settings-title">
      <h2 id="settings-title">Settings</h2>
      <form
        className="stack-form"
        onSubmit={(e) => {
          e.preventDefault();
          void save.run();
        }}
      >
        <label>
          Name <input {...field('name')} maxLength={80} />
        </label>
        <label>
          Description <input {...field('description')} maxLength={1000} />
        </label>
        <label>
          Icon <input {...field('icon')} placeholder="users" />
        </label>
        <label>
          Colour <input {...field('color')} placeholder="#6B7280" />
        </label>
        <button type="submit" disabled={ro || save.pending}>
          Save settings
        </button>
      </form>
      <ActionError error={save.error} testId="settings-error" />
      <p className="muted small">The slug {council.slug} stays the same after a rename (routes and rooms use it).</p>
      <div className="session-tools">
        <button disabled={ro || enable.pending} onClick={() => void enable.run()}>
          {council.enabled ? 'Disable council' : 'Enable council'}
        </button>
        <ConfirmButton label="Delete council" question={`Delete ${council.name}? Its debates stay in the chat history.`} danger disabled={ro || remove.pending} onConfirm={() => remove.run()} />
      </div>
      <ActionError error={enable.error ?? remove.error} />
    </section>
  );
}
