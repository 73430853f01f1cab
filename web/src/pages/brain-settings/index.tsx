import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, read } from '../../api/client';
import { useConfigKey, useEventsOfType, useLlmStatus } from '../../api/hooks';
import type { EventEnvelope } from '../../api/types';
import { useSession } from '../../app/session';
import { useLiveEvents } from '../../live/LiveProvider';
import { llmTransitions } from './transitions';

const MODEL_KEY = 'llm.active_model';

/**
 * The brain: the LLM connection in detail, the models Ollama reports (`/api/tags`), the founder's
 * choice of model (SystemConfig `llm.active_model`) and the state machine's transitions as they happen.
 */
export default function BrainSettingsPage() {
  const { role, readOnlyReason } = useSession();
  const founder = role === 'founder';
  const status = useLlmStatus();
  const override = useConfigKey(MODEL_KEY, founder);
  const stored = useEventsOfType('llm.status.changed');
  const [live, setLive] = useState<EventEnvelope[]>([]);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [custom, setCustom] = useState('');
  const queryClient = useQueryClient();
  useLiveEvents((e) => {
    if (e.event_type === 'llm.status.changed') setLive((l) => [e, ...l].slice(0, 20));
  });

  const change = async (label: string, call: () => Promise<unknown>) => {
    setBusy(true);
    setMessage(null);
    try {
      await call();
      // The server drops its cached probe when the key changes: read the new state now.
      await read(api.POST('/api/v1/llm/status/refresh'));
      setMessage({ kind: 'ok', text: label });
    } catch (e) {
      setMessage({ kind: 'error', text: (e as Error).message });
    } finally {
      setBusy(false);
      void queryClient.invalidateQueries({ queryKey: ['llm-status'] });
      void queryClient.invalidateQueries({ queryKey: ['config', MODEL_KEY] });
    }
  };
  const choose = (model: string) =>
    change(`Active model set to ${model}.`, () => read(api.PUT('/api/v1/founder/config/{key}', { params: { path: { key: MODEL_KEY } }, body: { value: model as never } })));
  const useDefault = () => change('Back to the server default model.', () => read(api.DELETE('/api/v1/founder/config/{key}', { params: { path: { key: MODEL_KEY } } })));

  if (status.error) return <p role="alert" className="error">{status.error.message}</p>;
  const s = status.data;
  const transitions = llmTransitions([...live, ...(stored.data ?? [])]);
  const overrideValue = override.data ? (override.data.value as string | null) : undefined;
  return (
    <div className="page brain-settings">
      <h1>Brain settings</h1>
      {readOnlyReason && <p className="hint">{readOnlyReason}</p>}
      {!s ? (
        <p className="muted" role="status">Loading…</p>
      ) : (
        <div className="grid-2">
          <section className="card" aria-labelledby="llm-title">
            <h2 id="llm-title">LLM status</h2>
            <dl data-testid="llm-detail">
              <dt>State</dt>
              <dd>
                <span className={`status status-${s.state}`}>{s.state}</span>
                {s.paused ? ' (paused: emergency stop)' : ''}
              </dd>
              <dt>Ollama</dt>
              <dd>
                <code>{s.base_url ?? '—'}</code>
                {s.version ? ` (version ${s.version})` : ''}
              </dd>
              <dt>Active model</dt>
              <dd data-testid="active-model">{s.active_model}</dd>
              <dt>Fallback model</dt>
              <dd>{s.fallback_model ?? 'none'}</dd>
              <dt>Queue</dt>
              <dd data-testid="queue">
                {s.queue ? `${s.queue.running} running, ${s.queue.waiting} waiting (at most ${s.queue.concurrency} at once)` : '—'}
              </dd>
              <dt>Last check</dt>
              <dd>{s.last_check ? new Date(s.last_check).toLocaleString() : 'never'}</dd>
              <dt>Last error</dt>
              <dd className={s.last_error ? 'error' : 'muted'}>{s.last_error ?? 'none'}</dd>
            </dl>
            {founder && (
              <button disabled={busy} onClick={() => void change('Status refreshed.', () => Promise.resolve())}>
                Check Ollama now
              </button>
            )}
          </section>
          <section className="card" aria-labelledby="models-title">
            <h2 id="models-title">Models available in Ollama</h2>
            {founder && (
              <p className="muted" data-testid="override">
                {overrideValue === undefined
                  ? 'Reading the override…'
                  : overrideValue === null
                    ? 'No founder override: the server default (OLLAMA_MODEL) is used.'
                    : `Founder override: ${overrideValue} (version ${override.data?.version}).`}
              </p>
            )}
            <ul aria-label="Models" className="model-list">
              {s.models.length === 0 && <li className="muted">Ollama reports no models.</li>}
              {s.models.map((m) => (
                <li key={m}>
                  <span>{m}</span>
                  {m === s.active_model ? (
                    <strong> (active)</strong>
                  ) : (
                    founder && (
                      <button disabled={busy} onClick={() => void choose(m)} aria-label={`Use ${m}`}>
                        Use
                      </button>
                    )
                  )}
                </li>
              ))}
            </ul>
            {founder && (
              <>
                <form
                  className="inline-form"
                  onSubmit={(e) => {
                    e.preventDefault();
                    if (custom.trim()) void choose(custom.trim());
                  }}
                >
                  <label>
                    Other model <input value={custom} onChange={(e) => setCustom(e.target.value)} placeholder="name:tag" maxLength={200} />
                  </label>
                  <button disabled={busy || !custom.trim()}>Use this model</button>
                </form>
                {overrideValue && (
                  <button disabled={busy} onClick={() => void useDefault()}>
                    Back to the server default
                  </button>
                )}
              </>
            )}
            {message && (
              <p role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind === 'error' ? 'error' : 'muted'}>
                {message.text}
              </p>
            )}
          </section>
        </div>
      )}
      <section className="card" aria-labelledby="transitions-title">
        <h2 id="transitions-title">State transitions</h2>
        <p className="muted">up · model_missing · overloaded · down — each change is logged and shows here as it happens.</p>
        {transitions.length === 0 ? (
          <p className="muted">No change of state since the server started logging.</p>
        ) : (
          <table className="table" data-testid="transitions">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">From</th>
                <th scope="col">To</th>
                <th scope="col">Model</th>
                <th scope="col">Error</th>
              </tr>
            </thead>
            <tbody>
              {transitions.map((t) => (
                <tr key={t.id}>
                  <td data-label="When">{new Date(t.at).toLocaleString()}</td>
                  <td data-label="From">{t.previous ?? '—'}</td>
                  <td data-label="To">
                    <span className={`status status-${t.state}`}>{t.state}</span>
                  </td>
                  <td data-label="Model">{t.model ?? '—'}</td>
                  <td data-label="Error">{t.error ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
