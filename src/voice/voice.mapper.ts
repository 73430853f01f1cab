import { VoiceState } from './entities/voice-state.entity';
import { DAENA_TARGET, VOICE_DEFAULTS } from './voice.constants';
import type { VoiceSettingsDto } from './dto/voice-response.dto';

export type VoiceSettingsResponse = VoiceSettingsDto;

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
