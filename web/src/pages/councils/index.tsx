import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { api, read } from '../../api/client';
import { useCouncils } from '../../api/hooks';
import type { CouncilView } from '../../api/types';
import { useSession } from '../../app/session';
import { ActionError, ReadOnlyNote, useAction } from '../../components/actions';

/** The expert councils with their members; the founder creates new ones here. */
export default function CouncilsPage() {
  const councils = useCouncils();
  return (
    <div className="page councils">
      <h1>Councils</h1>
      <ReadOnlyNote />
      {councils.error && (
        <p role="alert" className="error">
          {councils.error.message}
        </p>
      )}
      {!councils.data && !councils.error && <p className="muted">Loading…</p>}
      <ul className="grid" data-testid="councils">
        {(councils.data?.councils ?? []).map((c) => (
          <li key={c.slug}>
            <CouncilCard council={c} />
          </li>
        ))}
      </ul>
      <CreateCouncil />
    </div>
  );
}

function CouncilCard({ council: c }: { council: CouncilView }) {
  const enabled = c.members.filter((m) => m.enabled);
  return (
    <Link to={`/councils/${encodeURIComponent(c.slug)}`} className={`card dept${c.enabled ? '' : ' hidden-dept'}`} style={c.color ? { borderTopColor: c.color } : undefined}>
      <span className="title">
        {c.name} {!c.enabled && <span className="badge">disabled</span>}
      </span>
      <span className="muted small">{c.slug}</span>
      {c.description && <span className="desc">{c.description}</span>}
      <span className="small">
        {enabled.length} member{enabled.length === 1 ? '' : 's'}: {enabled.map((m) => m.name).join(', ') || 'none enabled'}
      </span>
    </Link>
  );
}

function CreateCouncil() {
  const { readOnlyReason } = useSession();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const create = useAction(
    () =>
      read<CouncilView>(api.POST('/api/v1/councils', { body: { name, description: description.trim() || undefined } })).then((c) => {
        setName('');
        setDescription('');
        void navigate(`/councils/${encodeURIComponent(c.slug)}`);
        return c;
      }),
    [['councils']],
  );
  return (
    <section className="card" aria-labelledby="new-council">
      <h2 id="new-council">New council</h2>
      <form
        className="stack-form"
        onSubmit={(e) => {
          e.preventDefault();
          void create.run();
        }}
      >
        <label>
          Name <input value={name} onChange={(e) => setName(e.target.value)} disabled={!!readOnlyReason} maxLength={80} />
        </label>
        <label>
          Description <input value={description} onChange={(e) => setDescription(e.target.value)} disabled={!!readOnlyReason} maxLength={1000} />
        </label>
        <button type="submit" disabled={!!readOnlyReason || create.pending}>
          Create council
        </button>
      </form>
      <ActionError error={create.error} testId="create-council-error" />
    </section>
  );
}
