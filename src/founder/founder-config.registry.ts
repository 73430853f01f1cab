import type { ConfigType } from '../config/settings/system-config.entity';

/** A SystemConfig key the founder panel may read and override, with its type and limits. */
export interface KnownConfigKey {
  key: string;
  type: ConfigType;
  description: string;
  default: unknown;
  /** null is a valid value (it means "not overridden"). */
  nullable?: boolean;
  min?: number;
  max?: number;
  enum?: readonly string[];
  pattern?: RegExp;
  maxLength?: number;
}

export const MAINTENANCE_MODE = 'maintenance_mode';
export const MAINTENANCE_RETRY_AFTER = 'maintenance_retry_after_s';
export const EMERGENCY_STOP = 'emergency_stop';

/** Ollama model names: `qwen2.5:7b-instruct`, `library/llama3:latest`, `hf.co/user/repo:Q4_K_M`. */
const OLLAMA_MODEL_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*(\/[A-Za-z0-9][A-Za-z0-9._-]*)*(:[A-Za-z0-9][A-Za-z0-9._-]*)?$/;

/** Defaults match seeds/system-config.json (a test checks it). */
export const KNOWN_CONFIG_KEYS: readonly KnownConfigKey[] = [
  { key: MAINTENANCE_MODE, type: 'bool', default: false, description: 'Every write outside the founder panel answers 503 with retry_after' },
  { key: MAINTENANCE_RETRY_AFTER, type: 'int', default: 120, min: 1, max: 86_400, description: 'Seconds clients are told to wait in maintenance mode' },
  { key: EMERGENCY_STOP, type: 'bool', default: false, description: 'Pause every LLM generation at once (running ones are aborted)' },
  {
    key: 'llm.active_model',
    type: 'string',
    default: null,
    nullable: true,
    pattern: OLLAMA_MODEL_NAME,
    maxLength: 200,
    description: 'Ollama model for generation; null means OLLAMA_MODEL from the environment',
  },
  { key: 'consensus_threshold', type: 'float', default: 0.7, min: 0, max: 1, description: 'Share of agreement a council needs to call a consensus' },
  { key: 'enable_voice', type: 'bool', default: true, description: 'Voice features on or off' },
  { key: 'council.max_rounds', type: 'int', default: 3, min: 1, max: 10, description: 'Maximum debate rounds per council session' },
];

const BY_KEY = new Map(KNOWN_CONFIG_KEYS.map((k) => [k.key, k]));

export function findKnownKey(key: string): KnownConfigKey | undefined {
  return BY_KEY.get(key);
}

/** Why `value` is not acceptable for `def`, or null when it is. Never coerces ("1" is not an int). */
export function configValueError(def: KnownConfigKey, value: unknown): string | null {
  if (value === null) return def.nullable ? null : `${def.key} must not be null`;
  switch (def.type) {
    case 'bool':
      return typeof value === 'boolean' ? null : `${def.key} must be a boolean`;
    case 'int':
      if (typeof value !== 'number' || !Number.isInteger(value)) return `${def.key} must be an integer`;
      return rangeError(def, value);
    case 'float':
      if (typeof value !== 'number' || !Number.isFinite(value)) return `${def.key} must be a number`;
      return rangeError(def, value);
    case 'string':
      if (typeof value !== 'string') return `${def.key} must be a string`;
      if (def.maxLength !== undefined && value.length > def.maxLength) return `${def.key} must be at most ${def.maxLength} characters`;
      if (def.enum && !def.enum.includes(value)) return `${def.key} must be one of: ${def.enum.join(', ')}`;
      if (def.pattern && !def.pattern.test(value)) return `${def.key} has an invalid format`;
      return null;
    case 'json':
      return value === undefined ? `${def.key} is required` : null;
  }
}

function rangeError(def: KnownConfigKey, value: number): string | null {
  if (def.min !== undefined && value < def.min) return `${def.key} must not be less than ${def.min}`;
  if (def.max !== undefined && value > def.max) return `${def.key} must not be greater than ${def.max}`;
  return null;
}

/** Value equality for JSON values (a reset skips keys already at their default). */
export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
