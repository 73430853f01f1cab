/** Voice settings of Daena or one agent (defaults until first changed). */
export class VoiceSettingsDto {
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

export class VoiceAgentCountsDto {
  /** Agents with stored (non-default) settings. */
  with_settings: number;
  talk_active: number;
  listen_active: number;
}

/** `GET /voice/status`. */
export class VoiceStatusDto {
  status: string;
  /** Always false: this service keeps voice state only, it does not speak or listen. */
  speech_available: boolean;
  talk_active: boolean;
  listen_active: boolean;
  settings: VoiceSettingsDto;
  agents: VoiceAgentCountsDto;
}

/** `POST /voice/talk` and `/voice/listen`. */
export class VoiceToggleDto {
  success: boolean;
  mode: 'talk' | 'listen';
  enabled: boolean;
  /** False when the mode already had this value. */
  changed: boolean;
  settings: VoiceSettingsDto;
}

/** A reset to the defaults. */
export class VoiceResetDto {
  success: boolean;
  /** Whether stored settings were removed. */
  reset: boolean;
  settings: VoiceSettingsDto;
}
