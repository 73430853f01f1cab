import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api, read } from '../../api/client';
import { useAgents, useLatestReply, useVoiceSettings } from '../../api/hooks';
import type { VoiceSettingsView } from '../../api/types';
import { useSession } from '../../app/session';
import { changedFields, speak, VOICE_LIMITS, voiceSlug, type VoiceForm } from './speech';

const SAMPLE_REPLY = 'Good morning. The departments are on track, and I have three decisions waiting for you today.';

/** The browser's voices (they load asynchronously in Chromium: `voiceschanged`). */
function useBrowserVoices(): SpeechSynthesisVoice[] | null {
  const supported = typeof window !== 'undefined' && 'speechSynthesis' in window;
  const [voices, setVoices] = useState<SpeechSynthesisVoice[]>(() => (supported ? window.speechSynthesis.getVoices() : []));
  useEffect(() => {
    if (!supported) return;
    const update = () => setVoices(window.speechSynthesis.getVoices());
    window.speechSynthesis.addEventListener('voiceschanged', update);
    return () => window.speechSynthesis.removeEventListener('voiceschanged', update);
  }, [supported]);
  return supported ? voices : null;
}

type Draft = { talk_active: boolean; listen_active: boolean; volume: string; rate: string; pitch: string; voice_id: string };
const toDraft = (s: VoiceSettingsView): Draft => ({
  talk_active: s.talk_active,
  listen_active: s.listen_active,
  volume: String(s.volume),
  rate: String(s.rate),
  pitch: String(s.pitch),
  voice_id: s.voice_id ?? '',
});
// An empty number field is sent as null (JSON of NaN), so the server's message says what is wrong.
const num = (text: string) => (text.trim() === '' ? NaN : Number(text));
const toForm = (d: Draft): VoiceForm => ({ ...d, volume: num(d.volume), rate: num(d.rate), pitch: num(d.pitch) });

function VoiceEditor({ settings, voices }: { settings: VoiceSettingsView; voices: SpeechSynthesisVoice[] | null }) {
  const { readOnlyReason } = useSession();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<Draft>(() => toDraft(settings));
  const latest = useLatestReply(settings.target);
  const [typed, setText] = useState<string | null>(null);
  // The newest stored reply of this speaker, until the founder types something else.
  const text = typed ?? latest.data ?? SAMPLE_REPLY;
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const readOnly = Boolean(readOnlyReason);
  const isDaena = settings.target === 'daena';
  useEffect(() => setDraft(toDraft(settings)), [settings]);

  const write = async (label: string, call: () => Promise<unknown>) => {
    setBusy(true);
    setMessage(null);
    try {
      await call();
      setMessage({ kind: 'ok', text: label });
    } catch (e) {
      setMessage({ kind: 'error', text: (e as Error).message });
    } finally {
      setBusy(false);
      void queryClient.invalidateQueries({ queryKey: ['voice'] });
    }
  };
  const save = () => {
    const body = changedFields(settings, toForm(draft));
    if (!Object.keys(body).length) return setMessage({ kind: 'ok', text: 'Nothing to save.' });
    return write('Saved.', () =>
      isDaena
        ? read(api.PATCH('/api/v1/voice/settings', { body }))
        : read(api.PATCH('/api/v1/voice/agents/{cell_id}', { params: { path: { cell_id: settings.target } }, body })),
    );
  };
  const reset = () =>
    write('Back to the defaults.', () =>
      isDaena
        ? read(api.POST('/api/v1/voice/reset', { body: { include_agents: false } }))
        : read(api.POST('/api/v1/voice/agents/{cell_id}/reset', { params: { path: { cell_id: settings.target } } })),
    );
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const numberInput = (key: 'volume' | 'rate' | 'pitch', label: string, unit: string) => {
    const l = VOICE_LIMITS[key];
    return (
      <label className="voice-field">
        {label}{' '}
        <input type="range" min={l.min} max={l.max} step={l.step} value={Number.isFinite(num(draft[key])) ? draft[key] : l.min} disabled={readOnly} aria-hidden="true" tabIndex={-1} onChange={(e) => set({ [key]: e.target.value })} />
        <input type="number" min={l.min} max={l.max} step={l.step} value={draft[key]} disabled={readOnly} aria-label={label} onChange={(e) => set({ [key]: e.target.value })} />
        <span className="hint">
          {l.min}–{l.max} {unit}
        </span>
      </label>
    );
  };

  return (
    <form
      className="card voice-editor"
      noValidate
      aria-label={`Voice of ${settings.name}`}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h2>
        {settings.name} <span className="muted">{settings.is_default ? '(defaults)' : `(changed ${settings.updated_at ? new Date(settings.updated_at).toLocaleString() : ''})`}</span>
      </h2>
      <label>
        <input type="checkbox" checked={draft.talk_active} disabled={readOnly} onChange={(e) => set({ talk_active: e.target.checked })} /> Talk mode (speak replies aloud)
      </label>
      <label>
        <input type="checkbox" checked={draft.listen_active} disabled={readOnly} onChange={(e) => set({ listen_active: e.target.checked })} /> Listen (wake word)
      </label>
      {numberInput('volume', 'Volume', '')}
      {numberInput('rate', 'Rate', 'words per minute')}
      {numberInput('pitch', 'Pitch', '× natural')}
      <label>
        Voice{' '}
        <input value={draft.voice_id} disabled={readOnly} onChange={(e) => set({ voice_id: e.target.value })} list="browser-voices" placeholder="browser default" maxLength={100} />
        <datalist id="browser-voices">
          {(voices ?? []).map((v) => (
            <option key={v.voiceURI} value={voiceSlug(v.name)}>
              {v.name} ({v.lang})
            </option>
          ))}
        </datalist>
      </label>
      {!readOnly && (
        <div className="form-actions">
          <button disabled={busy}>Save</button>
          <button type="button" disabled={busy} onClick={() => void reset()}>
            Reset to defaults
          </button>
        </div>
      )}
      {message && (
        <p role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind === 'error' ? 'error' : 'muted'}>
          {message.text}
        </p>
      )}
      <fieldset>
        <legend>Try it</legend>
        <label>
          {latest.data && typed === null ? `${settings.name}'s latest reply` : 'Text to read'} <textarea rows={2} value={text} onChange={(e) => setText(e.target.value)} />
        </label>
        {voices === null ? (
          <p className="muted">This browser has no speech synthesis, so nothing can be read aloud here.</p>
        ) : (
          <button type="button" onClick={() => speak(text, toForm(draft))} disabled={!text.trim()}>
            Speak
          </button>
        )}
        <p className="hint">Speech is made by this browser (Web Speech API) with the values above, saved or not; the server stores settings only.</p>
      </fieldset>
    </form>
  );
}

/** Daena's and each agent's voice settings, with a "speak" preview where the browser can speak. */
export default function VoicePanelPage() {
  const { role, readOnlyReason } = useSession();
  const [target, setTarget] = useState('daena');
  const agents = useAgents(undefined, role === 'founder');
  const status = useQuery({
    queryKey: ['voice', 'status'],
    queryFn: () => read<{ talk_active: boolean; listen_active: boolean; agents: { with_settings: number; talk_active: number; listen_active: number } }>(api.GET('/api/v1/voice/status')),
  });
  const settings = useVoiceSettings(target);
  const voices = useBrowserVoices();
  return (
    <div className="page voice-panel">
      <div className="section-head">
        <h1>Voice panel</h1>
        <label className="filters">
          Whose voice{' '}
          <select value={target} onChange={(e) => setTarget(e.target.value)}>
            <option value="daena">Daena</option>
            {(agents.data?.agents ?? []).map((a) => (
              <option key={a.cell_id} value={a.cell_id}>
                {a.name} ({a.department_name ?? a.department})
              </option>
            ))}
          </select>
        </label>
      </div>
      {readOnlyReason && <p className="hint">{readOnlyReason}</p>}
      {status.data && (
        <p className="muted" data-testid="voice-status">
          Daena: talk {status.data.talk_active ? 'on' : 'off'}, listen {status.data.listen_active ? 'on' : 'off'} · agents with their own settings: {status.data.agents.with_settings} (
          {status.data.agents.talk_active} talking)
        </p>
      )}
      {settings.error ? (
        <p role="alert" className="error">
          {settings.error.message}
        </p>
      ) : !settings.data ? (
        <p className="muted" role="status">Loading…</p>
      ) : (
        <VoiceEditor key={target} settings={settings.data} voices={voices} />
      )}
    </div>
  );
}
