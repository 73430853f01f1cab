import { useState } from 'react';
import { api, read } from '../../api/client';
import { useConfigHistory, useDepartments, useFounderConfig, useFounderState, useHiddenDepartments } from '../../api/hooks';
import type { ConfigEntryView } from '../../api/types';
import { useSession } from '../../app/session';
import { ActionError, ConfirmButton, FounderOnlyNotice, ReadOnlyNote, useAction } from '../../components/actions';
import { configInputText, describeConstraints, historyWithDiffs, parseConfigInput, showValue } from './config-values';

const CONFIG_KEYS = [['config'], ['founder-state']];
const RESET_WORD = 'RESET';

/** Maintenance mode, emergency stop, every known setting with its history, hidden departments, reset. */
export default function FounderPanelPage() {
  const config = useFounderConfig();
  return (
    <div className="page founder-panel">
      <h1>Founder panel</h1>
      <ReadOnlyNote />
      {config.error ? (
        <FounderOnlyNotice error={config.error} what="The founder panel" />
      ) : (
        <>
          <Switches />
          <section className="card" aria-labelledby="settings-title">
            <h2 id="settings-title">Settings</h2>
            {!config.data ? (
              <p className="muted" role="status">
                Loading…
              </p>
            ) : (
              <table className="table config-table" data-testid="settings">
                <thead>
                  <tr>
                    <th scope="col">Key</th>
                    <th scope="col">Type</th>
                    <th scope="col">Default</th>
                    <th scope="col">Limits</th>
                    <th scope="col">Value</th>
                  </tr>
                </thead>
                <tbody>
                  {config.data.config.map((entry) => (
                    <ConfigRow key={entry.key} entry={entry} />
                  ))}
                </tbody>
              </table>
            )}
          </section>
          <Departments />
          <SafeReset />
        </>
      )}
    </div>
  );
}

function Switches() {
  const { readOnlyReason } = useSession();
  const state = useFounderState(true);
  const [reason, setReason] = useState('');
  const maintenance = state.data?.maintenance.enabled ?? false;
  const emergency = state.data?.emergency_stop ?? false;
  const setMaintenance = useAction(
    (on: boolean) => read(api.PUT('/api/v1/founder/config/{key}', { params: { path: { key: 'maintenance_mode' } }, body: { value: on as never } })),
    CONFIG_KEYS,
  );
  const stop = useAction(() => read(api.POST('/api/v1/founder/emergency-stop', { body: { reason: reason.trim() || undefined } })), [...CONFIG_KEYS, ['llm-status']]);
  const release = useAction(() => read(api.POST('/api/v1/founder/emergency-stop/release')), [...CONFIG_KEYS, ['llm-status']]);
  const ro = !!readOnlyReason || !state.data;
  return (
    <section className="card switches" aria-labelledby="switches-title">
      <h2 id="switches-title">Maintenance and emergency stop</h2>
      <div className="switch" data-testid="maintenance">
        <p>
          Maintenance mode: <strong className={maintenance ? 'llm-text-down' : 'llm-text-up'}>{maintenance ? 'on' : 'off'}</strong>
          <span className="muted"> · every write outside this panel answers 503 while it is on; reads keep working.</span>
        </p>
        {maintenance ? (
          <ConfirmButton label="Turn maintenance mode off" question="Accept writes again?" disabled={ro || setMaintenance.pending} onConfirm={() => setMaintenance.run(false)} />
        ) : (
          <ConfirmButton
            label="Turn maintenance mode on"
            question="Refuse every write outside the founder panel until you turn it off?"
            confirmLabel="Yes, turn it on"
            danger
            disabled={ro || setMaintenance.pending}
            onConfirm={() => setMaintenance.run(true)}
          />
        )}
        <ActionError error={setMaintenance.error} />
      </div>
      <div className="switch" data-testid="emergency">
        <p>
          Emergency stop: <strong className={emergency ? 'llm-text-down' : 'llm-text-up'}>{emergency ? 'engaged' : 'off'}</strong>
          <span className="muted"> · aborts every running generation and refuses new ones until released.</span>
        </p>
        {emergency ? (
          <ConfirmButton label="Release the emergency stop" question="Let the LLM generate again?" disabled={ro || release.pending} onConfirm={() => release.run()} />
        ) : (
          <ConfirmButton
            label="Emergency stop"
            question="Abort every running generation now?"
            confirmLabel="Yes, stop everything"
            danger
            disabled={ro || stop.pending}
            onConfirm={() => stop.run()}
          >
            <label>
              Reason <input value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} placeholder="optional" />
            </label>
          </ConfirmButton>
        )}
        <ActionError error={stop.error ?? release.error} />
      </div>
    </section>
  );
}

function ConfigRow({ entry }: { entry: ConfigEntryView }) {
  const { readOnlyReason } = useSession();
  const [text, setText] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const editing = text ?? configInputText(entry.value);
  const save = useAction(
    () =>
      read(
        api.PUT('/api/v1/founder/config/{key}', {
          params: { path: { key: entry.key } },
          body: { value: parseConfigInput(entry.type, editing, entry.constraints.nullable) as never },
        }),
      ).then(() => setText(null)),
    CONFIG_KEYS,
  );
  const toDefault = useAction(() => read(api.DELETE('/api/v1/founder/config/{key}', { params: { path: { key: entry.key } } })).then(() => setText(null)), CONFIG_KEYS);
  const id = `cfg-${entry.key.replace(/\W/g, '-')}`;
  const ro = !!readOnlyReason;
  return (
    <>
      <tr data-testid={`config-${entry.key}`}>
        <th scope="row">
          <code>{entry.key}</code>
          <div className="muted small">{entry.description}</div>
        </th>
        <td>{entry.type}</td>
        <td>
          <code>{showValue(entry.default)}</code>
        </td>
        <td className="small">{describeConstraints(entry)}</td>
        <td>
          <form
            className="inline-edit"
            onSubmit={(e) => {
              e.preventDefault();
              void save.run();
            }}
          >
            <label htmlFor={id} className="sr-only">
              Value of {entry.key}
            </label>
            {entry.type === 'bool' ? (
              <select id={id} value={editing} disabled={ro} onChange={(e) => setText(e.target.value)}>
                <option value="true">true</option>
                <option value="false">false</option>
              </select>
            ) : (
              <input id={id} value={editing} disabled={ro} onChange={(e) => setText(e.target.value)} inputMode={entry.type === 'int' || entry.type === 'float' ? 'decimal' : undefined} />
            )}
            <button type="submit" disabled={ro || save.pending || text === null}>
              Save
            </button>
            <button type="button" className="link-button" disabled={ro || entry.is_default || toDefault.pending} onClick={() => void toDefault.run()}>
              Default
            </button>
            <button type="button" className="link-button" aria-expanded={open} onClick={() => setOpen(!open)}>
              History (v{entry.version})
            </button>
          </form>
          <ActionError error={save.error ?? toDefault.error} testId={`config-error-${entry.key}`} />
          {entry.updated_at && <div className="muted small">changed {new Date(entry.updated_at).toLocaleString()}</div>}
        </td>
      </tr>
      {open && (
        <tr className="history-row">
          <td colSpan={5}>
            <History entry={entry} />
          </td>
        </tr>
      )}
    </>
  );
}

function History({ entry }: { entry: ConfigEntryView }) {
  const { readOnlyReason } = useSession();
  const history = useConfigHistory(entry.key, true);
  const rollback = useAction(
    (version: number) => read(api.POST('/api/v1/founder/config/{key}/rollback', { params: { path: { key: entry.key } }, body: { version } })),
    CONFIG_KEYS,
  );
  if (history.error) return <p className="error">{history.error.message}</p>;
  if (!history.data) return <p className="muted">Loading…</p>;
  const versions = historyWithDiffs(history.data.versions, entry.default);
  return (
    <div className="history" data-testid={`history-${entry.key}`}>
      <h3>History of {entry.key}</h3>
      <ActionError error={rollback.error} />
      {versions.length === 0 && <p className="muted">Never changed: the value is the default.</p>}
      <ol className="versions">
        {versions.map((v) => (
          <li key={v.version} data-testid="version">
            <div className="version-head">
              <strong>v{v.version}</strong> <span className="muted">{new Date(v.created_at).toLocaleString()} · {v.actor ?? 'system'}</span>
              {v.version === entry.version ? (
                <span className="badge current">current</span>
              ) : (
                <button className="small-button" disabled={!!readOnlyReason || rollback.pending} onClick={() => void rollback.run(v.version)}>
                  Roll back to v{v.version}
                </button>
              )}
            </div>
            <pre className="diff" aria-label={`Change in version ${v.version}`}>
              {v.diff.map((line, i) => (
                <span key={i} className={`diff-${line.op}`}>
                  {line.op === 'add' ? '+ ' : line.op === 'del' ? '- ' : '  '}
                  {line.text}
                  {'\n'}
                </span>
              ))}
            </pre>
          </li>
        ))}
      </ol>
    </div>
  );
}

function Departments() {
  const { readOnlyReason } = useSession();
  const all = useDepartments(true);
  const hidden = useHiddenDepartments();
  const toggle = useAction(
    (slug: string, hide: boolean) =>
      read(hide ? api.POST('/api/v1/founder/departments/{slug}/hide', { params: { path: { slug } } }) : api.POST('/api/v1/founder/departments/{slug}/reveal', { params: { path: { slug } } })),
    [['departments']],
  );
  const hiddenSlugs = new Set((hidden.data?.hidden_departments ?? []).map((d) => d.slug));
  return (
    <section className="card" aria-labelledby="depts-title">
      <h2 id="depts-title">Departments</h2>
      <p className="muted">Hidden departments are invisible to viewer tokens (their chats and tasks too).</p>
      <ActionError error={toggle.error} />
      <ul className="dept-visibility" data-testid="department-visibility">
        {(all.data?.departments ?? []).map((d) => {
          const isHidden = hiddenSlugs.has(d.slug) || d.hidden;
          return (
            <li key={d.slug}>
              <span>
                {d.name} {isHidden && <span className="badge">hidden</span>}
              </span>
              <button className="small-button" disabled={!!readOnlyReason || toggle.pending} onClick={() => void toggle.run(d.slug, !isHidden)}>
                {isHidden ? 'Reveal' : 'Hide'}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function SafeReset() {
  const { readOnlyReason } = useSession();
  const [typed, setTyped] = useState('');
  const reset = useAction(
    () => read<{ keys_reset: string[] }>(api.POST('/api/v1/founder/reset', { body: { confirm: true } })).then((r) => (setTyped(''), r)),
    CONFIG_KEYS,
  );
  return (
    <section className="card" aria-labelledby="reset-title">
      <h2 id="reset-title">Safe reset</h2>
      <p className="muted">
        Puts every setting above back to its default (maintenance and emergency stop released). Chats, events and the history are kept.
      </p>
      <form
        className="inline-edit"
        onSubmit={(e) => {
          e.preventDefault();
          void reset.run();
        }}
      >
        <label>
          Type {RESET_WORD} to confirm <input value={typed} onChange={(e) => setTyped(e.target.value)} disabled={!!readOnlyReason} autoComplete="off" />
        </label>
        <button type="submit" className="danger" disabled={!!readOnlyReason || typed !== RESET_WORD || reset.pending}>
          Reset settings
        </button>
      </form>
      <ActionError error={reset.error} />
      {reset.data && (
        <p role="status" data-testid="reset-result">
          {reset.data.keys_reset.length ? `Reset to default: ${reset.data.keys_reset.join(', ')}.` : 'Every setting was already at its default.'}
        </p>
      )}
    </section>
  );
}
