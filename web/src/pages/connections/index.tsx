import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, ApiError, read } from '../../api/client';
import { useConnections, useTools } from '../../api/hooks';
import type { ConnectionTestView, ConnectionView, ToolView } from '../../api/types';
import { useSession } from '../../app/session';
import { credentialsToSend, fieldsFor, fieldState, parseSettings } from './form';

const CUSTOM = '__custom__';

/**
 * Add or edit one connection. Secret inputs start empty and are cleared after saving: the page never
 * holds a stored value (the server never sends one), only the names of the fields that are set.
 */
function ConnectionForm({ tools, editing, onDone }: { tools: ToolView[]; editing: ConnectionView | null; onDone(message: string): void }) {
  const queryClient = useQueryClient();
  const known = editing ? tools.find((t) => t.tool_name === editing.tool_name) : undefined;
  const [toolChoice, setToolChoice] = useState(editing ? (known ? editing.tool_name : CUSTOM) : (tools[0]?.tool_name ?? CUSTOM));
  const [customName, setCustomName] = useState(editing && !known ? editing.tool_name : '');
  const [displayName, setDisplayName] = useState(editing?.display_name ?? '');
  const [values, setValues] = useState<Record<string, string>>({});
  const [customFields, setCustomFields] = useState<string[]>(editing && !known ? editing.credential_fields : ['']);
  const [settings, setSettings] = useState(editing && Object.keys(editing.settings).length ? JSON.stringify(editing.settings) : '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const tool = tools.find((t) => t.tool_name === toolChoice);
  const fields = toolChoice === CUSTOM ? customFields.map((name) => ({ name, description: '', format: 'any text', required: false })) : fieldsFor(tool);

  const submit = async () => {
    setError(null);
    const parsed = parseSettings(settings);
    if (!parsed.ok) return setError(parsed.error);
    const credentials = credentialsToSend(values);
    setBusy(true);
    try {
      if (editing) {
        await read(
          api.PATCH('/api/v1/connections/{id}', {
            params: { path: { id: editing.id } },
            body: { display_name: (displayName.trim() || null) as never, ...(credentials ? { credentials } : {}), ...(parsed.value ? { settings: parsed.value } : {}) },
          }),
        );
      } else {
        await read(
          api.POST('/api/v1/connections', {
            body: {
              tool_name: toolChoice === CUSTOM ? customName.trim() : toolChoice,
              credentials: credentials ?? {},
              ...(displayName.trim() ? { display_name: displayName.trim() } : {}),
              ...(parsed.value ? { settings: parsed.value } : {}),
            },
          }),
        );
      }
      setValues({});
      void queryClient.invalidateQueries({ queryKey: ['connections'] });
      onDone(editing ? 'Connection saved.' : 'Connection added.');
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="card connection-form"
      aria-label={editing ? `Edit ${editing.tool_name}` : 'Add a connection'}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h2>{editing ? `Edit ${editing.display_name ?? editing.tool_name}` : 'Add a connection'}</h2>
      {!editing && (
        <label>
          Tool{' '}
          <select value={toolChoice} onChange={(e) => setToolChoice(e.target.value)}>
            {tools.map((t) => (
              <option key={t.tool_name} value={t.tool_name}>
                {t.display_name}
              </option>
            ))}
            <option value={CUSTOM}>Other tool…</option>
          </select>
        </label>
      )}
      {toolChoice === CUSTOM && !editing && (
        <label>
          Tool name <input value={customName} onChange={(e) => setCustomName(e.target.value)} placeholder="my_tool" required />
        </label>
      )}
      {tool && <p className="muted">{tool.description}</p>}
      <label>
        Display name <input value={displayName} onChange={(e) => setDisplayName(e.target.value)} maxLength={100} placeholder={tool?.display_name ?? ''} />
      </label>
      <fieldset>
        <legend>Credentials {editing ? '(leave empty to keep the stored ones; a new set replaces them all)' : ''}</legend>
        {fields.map((f, i) => (
          <div key={toolChoice === CUSTOM ? `custom-${i}` : f.name} className="field-row">
            {toolChoice === CUSTOM ? (
              <input
                aria-label={`Field name ${i + 1}`}
                value={f.name}
                placeholder="field name"
                onChange={(e) => setCustomFields((list) => list.map((n, j) => (j === i ? e.target.value : n)))}
              />
            ) : null}
            <label>
              {toolChoice === CUSTOM ? 'Value' : f.name}
              {f.required ? ' *' : ''}{' '}
              <input
                type="password"
                autoComplete="new-password"
                value={values[f.name] ?? ''}
                onChange={(e) => setValues((v) => ({ ...v, [f.name]: e.target.value }))}
                placeholder={editing && fieldState(editing, f.name) === 'set' ? 'set (enter a new value to replace)' : f.format}
              />
            </label>
            {f.description && <span className="hint">{f.description}</span>}
          </div>
        ))}
        {toolChoice === CUSTOM && (
          <button type="button" onClick={() => setCustomFields((l) => [...l, ''])}>
            Add a field
          </button>
        )}
      </fieldset>
      <label>
        Settings (JSON, not secret){' '}
        <textarea rows={2} value={settings} onChange={(e) => setSettings(e.target.value)} placeholder='{"channel": "#general"}' />
      </label>
      <div className="form-actions">
        <button disabled={busy}>{editing ? 'Save' : 'Add'}</button>
        <button type="button" className="link-button" onClick={() => onDone('')}>
          Cancel
        </button>
      </div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </form>
  );
}

function ConnectionRow({ connection, tools, onEdit }: { connection: ConnectionView; tools: ToolView[]; onEdit(): void }) {
  const queryClient = useQueryClient();
  const [result, setResult] = useState<ConnectionTestView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const tool = tools.find((t) => t.tool_name === connection.tool_name);
  const names = tool ? fieldsFor(tool).map((f) => f.name) : connection.credential_fields;

  const run = async (fn: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await fn();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
      void queryClient.invalidateQueries({ queryKey: ['connections'] });
    }
  };
  const test = () => run(async () => setResult(await read<ConnectionTestView>(api.POST('/api/v1/connections/{id}/test', { params: { path: { id: connection.id } } }))));
  const remove = () =>
    run(async () => {
      if (!window.confirm(`Delete the ${connection.tool_name} connection and its stored credentials?`)) return;
      await read(api.DELETE('/api/v1/connections/{id}', { params: { path: { id: connection.id } } }));
    });

  return (
    <li className="card connection" data-testid={`connection-${connection.tool_name}`}>
      <div className="section-head">
        <h3>
          {connection.display_name ?? tool?.display_name ?? connection.tool_name} <span className="muted">({connection.tool_name})</span>
        </h3>
        <span className={`status status-${connection.status}`}>{connection.status}</span>
      </div>
      <dl className="fields">
        {names.map((name) => (
          <div key={name}>
            <dt>{name}</dt>
            <dd data-testid={`field-${name}`}>{fieldState(connection, name)}</dd>
          </div>
        ))}
      </dl>
      {Object.keys(connection.settings).length > 0 && (
        <p className="muted">
          Settings: <code>{JSON.stringify(connection.settings)}</code>
        </p>
      )}
      <p className="muted">
        Last test: {connection.last_checked ? new Date(connection.last_checked).toLocaleString() : 'never'}
        {connection.last_error ? ` — ${connection.last_error}` : ''}
      </p>
      <div className="form-actions">
        <button disabled={busy} onClick={() => void test()}>
          Test
        </button>
        <button disabled={busy} onClick={onEdit}>
          Edit
        </button>
        <button disabled={busy} className="danger" onClick={() => void remove()}>
          Delete
        </button>
      </div>
      {result && (
        <div role="status" data-testid="test-result">
          <strong>{result.success ? 'Test passed' : 'Test failed'}</strong>
          <ul>
            {result.checks.map((c) => (
              <li key={c.check} className={c.ok ? undefined : 'error'}>
                {c.ok ? '✓' : '✗'} {c.check}
                {c.detail ? `: ${c.detail}` : ''}
              </li>
            ))}
          </ul>
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

/** Tool connections: the known tools and their fields, add/edit/delete, test. Founder only, reads included. */
export default function ConnectionsPage() {
  const { readOnlyReason } = useSession();
  const tools = useTools();
  const connections = useConnections();
  const [editing, setEditing] = useState<ConnectionView | 'new' | null>(null);
  const [notice, setNotice] = useState('');
  const forbidden = [tools.error, connections.error].some((e) => e instanceof ApiError && e.status === 403);

  if (readOnlyReason || forbidden) {
    return (
      <div className="page connections">
        <h1>Connections</h1>
        <p className="hint" data-testid="founder-only">
          Connections hold the company's credentials and are founder-only: a viewer token can neither read nor change them.
        </p>
      </div>
    );
  }
  const error = tools.error ?? connections.error;
  if (error) return <p role="alert" className="error">{error.message}</p>;
  const toolList = tools.data?.tools ?? [];
  const list = connections.data?.connections ?? [];
  const done = (message: string) => {
    setEditing(null);
    setNotice(message);
  };
  return (
    <div className="page connections">
      <div className="section-head">
        <h1>Connections</h1>
        {editing === null && (
          <button
            onClick={() => {
              setNotice('');
              setEditing('new');
            }}
          >
            Add a connection
          </button>
        )}
      </div>
      <p className="muted">Secrets are write-only: once saved they are encrypted on the server and shown here only as “set” or “not set”.</p>
      {notice && <p role="status">{notice}</p>}
      {editing !== null && tools.data && (
        <ConnectionForm key={editing === 'new' ? 'new' : editing.id} tools={toolList} editing={editing === 'new' ? null : editing} onDone={done} />
      )}
      <section aria-labelledby="stored">
        <h2 id="stored">Stored connections</h2>
        {!connections.data ? (
          <p className="muted" role="status">Loading…</p>
        ) : list.length === 0 ? (
          <p className="muted">No connection yet.</p>
        ) : (
          <ul className="connection-list">
            {list.map((c) => (
              <ConnectionRow key={c.id} connection={c} tools={toolList} onEdit={() => setEditing(c)} />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="known">
        <h2 id="known">Known tools</h2>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Tool</th>
              <th scope="col">Required fields</th>
              <th scope="col">Optional fields</th>
              <th scope="col">Test</th>
            </tr>
          </thead>
          <tbody>
            {toolList.map((t) => (
              <tr key={t.tool_name}>
                <th scope="row">
                  {t.display_name} <span className="muted">({t.category})</span>
                </th>
                <td data-label="Required">{t.required_fields.map((f) => `${f.name} (${f.format})`).join(', ') || '—'}</td>
                <td data-label="Optional">{t.optional_fields.map((f) => `${f.name} (${f.format})`).join(', ') || '—'}</td>
                <td data-label="Test">{t.live_check ? 'format + a real request' : 'format only'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="muted">Other tool names are accepted with free-form fields.</p>
      </section>
    </div>
  );
}
