/** Allowed ranges; out-of-range input is refused with 400, never clamped. */
export const VOICE_LIMITS = {
  volume: { min: 0, max: 1 },
  /** Words per minute, as the original's TTS engines take it. */
  rate: { min: 50, max: 400 },
  /** A multiplier: 1 is the voice's natural pitch, 0.5 an octave down, 2 an octave up. */
  pitch: { min: 0.5, max: 2 },
} as const;

/** What a missing VoiceState row means (the same values as the table's column defaults). */
export const VOICE_DEFAULTS = {
  talkActive: false,
  listenActive: false,
  voiceId: null as string | null,
  volume: 1,
  rate: 175,
  pitch: 1,
};

/** The event entity id of Daena's own voice state (her row has agent_id null). */
export const DAENA_TARGET = 'daena';
