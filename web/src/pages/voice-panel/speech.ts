import type { VoiceSettingsView } from '../../api/types';

/** The server's ranges (src/voice/voice.constants.ts); the inputs show them, the server enforces them. */
export const VOICE_LIMITS = {
  volume: { min: 0, max: 1, step: 0.05 },
  rate: { min: 50, max: 400, step: 1 },
  pitch: { min: 0.5, max: 2, step: 0.05 },
} as const;

/** Words per minute the Web Speech API's rate 1 is taken to be (a typical speaking pace; also the server default). */
export const NATURAL_WPM = 175;

/** The stored rate (words per minute) as SpeechSynthesisUtterance.rate (a multiplier, 0.1–10). */
export function speechRate(wpm: number): number {
  return Math.min(10, Math.max(0.1, wpm / NATURAL_WPM));
}

/** A browser voice's name as a voice_id the server accepts (1–100 of letters, digits, _ . : -). */
export function voiceSlug(name: string): string {
  return name.replace(/[^A-Za-z0-9_.:-]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 100) || 'voice';
}

/** The browser voice a stored voice_id names (by slug of its name or URI), or null for the browser's default. */
export function pickVoice<V extends { name: string; voiceURI: string }>(voices: readonly V[], voiceId: string | null): V | null {
  if (!voiceId) return null;
  return voices.find((v) => voiceSlug(v.name) === voiceId || voiceSlug(v.voiceURI) === voiceId) ?? null;
}

export type VoiceForm = Pick<VoiceSettingsView, 'talk_active' | 'listen_active' | 'volume' | 'rate' | 'pitch'> & { voice_id: string };

/** What changed between the stored settings and the form, as the PATCH body (numbers as typed; the server validates). */
export function changedFields(stored: VoiceSettingsView, form: VoiceForm): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (form.talk_active !== stored.talk_active) body.talk_active = form.talk_active;
  if (form.listen_active !== stored.listen_active) body.listen_active = form.listen_active;
  for (const key of ['volume', 'rate', 'pitch'] as const) if (form[key] !== stored[key]) body[key] = form[key];
  const voiceId = form.voice_id.trim() || null;
  if (voiceId !== stored.voice_id) body.voice_id = voiceId;
  return body;
}

/** Speaks `text` with the settings (Web Speech API). Returns false when the browser cannot speak. */
export function speak(text: string, form: VoiceForm): boolean {
  if (typeof window === 'undefined' || !('speechSynthesis' in window)) return false;
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.volume = form.volume;
  utterance.rate = speechRate(form.rate);
  utterance.pitch = form.pitch;
  const voice = pickVoice(window.speechSynthesis.getVoices(), form.voice_id.trim() || null);
  if (voice) utterance.voice = voice;
  window.speechSynthesis.cancel();
  window.speechSynthesis.speak(utterance);
  return true;
}
