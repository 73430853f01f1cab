import { useLlmStatus } from '../../api/hooks';

/** The brain: the LLM connection's state, the active model and the models Ollama reports (read-only view). */
export default function BrainSettingsPage() {
  const status = useLlmStatus();
  if (status.error) return <p role="alert" className="error">{status.error.message}</p>;
  const s = status.data;
  return (
    <div className="page brain-settings">
      <h1>Brain settings</h1>
      {!s ? (
        <p className="muted" role="status">Loading…</p>
      ) : (
        <section className="card" aria-labelledby="llm-title">
          <h2 id="llm-title">LLM status</h2>
          <dl>
            <dt>State</dt>
            <dd><span className={`status status-${s.state}`}>{s.state}</span>{s.paused ? ' (paused)' : ''}</dd>
            <dt>Active model</dt>
            <dd>{s.active_model}</dd>
            <dt>Last check</dt>
            <dd>{s.last_check ? new Date(s.last_check).toLocaleString() : 'never'}</dd>
            {s.last_error && (
              <>
                <dt>Last error</dt>
                <dd className="error">{s.last_error}</dd>
              </>
            )}
          </dl>
          <h3>Models available in Ollama</h3>
          <ul aria-label="Models">
            {s.models.length === 0 && <li className="muted">Ollama reports no models.</li>}
            {s.models.map((m) => (
              <li key={m}>{m}{m === s.active_model ? ' (active)' : ''}</li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
