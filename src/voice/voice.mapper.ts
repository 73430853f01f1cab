import { VoiceState } from './entities/voice-state.entity';
import { DAENA_TARGET, VOICE_DEFAULTS } from './voice.constants';

export interface VoiceSettingsResponse {
  /** `daena` or the agent's cell_id. */
  target: string;
  /** null for Daena. */
  agent_id: string | null;
  name: string;
  talk_active: boolean;
  listen_active: boolean;
  voice_id: string | null;
  volume: number;
  rate: number;
  pitch: number;
  /** True when nothing is stored yet and the defaults apply. */
  is_default: boolean;
  updated_at: string | null;
}

/** `row` null means defaults. */
export function toVoiceResponse(row: VoiceState | null, agentId: string | null, name: string): VoiceSettingsResponse {
  const state = row ?? VOICE_DEFAULTS;
  return {
    target: agentId ?? DAENA_TARGET,
    agent_id: agentId,
    name,
    talk_active: state.talkActive,
    listen_active: state.listenActive,
    voice_id: state.voiceId,
    volume: state.volume,
    rate: state.rate,
    pitch: state.pitch,
    is_default: row === null,
    updated_at: row ? new Date(row.updatedAt).toISOString() : null,
  };
}
