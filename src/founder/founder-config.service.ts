import type { ConfigEntryDto } from './dto/founder-response.dto';
import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { SettingsService } from '../config/settings/settings.service';
import { SystemConfig } from '../config/settings/system-config.entity';
import { configValueError, findKnownKey, KNOWN_CONFIG_KEYS, KnownConfigKey, sameValue } from './founder-config.registry';
import type { ConfigHistoryDto } from './dto/founder-response.dto';

export type ConfigView = ConfigEntryDto;

/** Why a value changed, carried in the `config.updated` payload. */
export type ConfigChangeReason = 'set' | 'rollback' | 'default' | 'reset' | 'emergency_stop' | 'emergency_release';

/** Founder overrides: only the known keys, typed and validated, each change a new SystemConfig version. */
@Injectable()
export class FounderConfigService {
  constructor(private readonly settings: SettingsService) {}

  async list(): Promise<{ config: ConfigView[]; total: number }> {
    const rows = new Map((await this.settings.listRows()).map((row) => [row.configKey, row]));
    const config = KNOWN_CONFIG_KEYS.map((def) => toConfigView(def, rows.get(def.key) ?? null));
    return { config, total: config.length };
  }

  async get(key: string): Promise<ConfigView> {
    const def = this.known(key);
    return toConfigView(def, await this.settings.findRow(key));
  }

  /** The stored value, or the default when the key has never been stored. */
  async currentValue(def: KnownConfigKey): Promise<unknown> {
    const row = await this.settings.findRow(def.key);
    return row ? decode(row.configValue) : def.default;
  }

  async set(key: string, value: unknown, actor: string): Promise<ConfigView> {
    const def = this.known(key);
    const error = configValueError(def, value);
    if (error) throw new BadRequestException([error]);
    return this.write(def, value, actor, { reason: 'set' });
  }

  async history(key: string): Promise<ConfigHistoryDto> {
    this.known(key);
    const versions = (await this.settings.history(key)).map((rev) => ({
      version: rev.version,
      value: rev.configValue === null ? null : decode(rev.configValue),
      type: rev.configType,
      actor: rev.actor,
      created_at: rev.createdAt.toISOString(),
    }));
    return { key, versions, total: versions.length };
  }

  /** The value of an older version becomes a new version (history is never rewritten). */
  async rollback(key: string, version: number, actor: string): Promise<ConfigView> {
    const def = this.known(key);
    const revision = (await this.settings.history(key)).find((rev) => rev.version === version);
    if (!revision) throw new NotFoundException(`Version ${version} of '${key}' not found`);
    if (revision.configValue === null) throw new ConflictException(`Version ${version} of '${key}' records a deletion, not a value`);
    const value = decode(revision.configValue);
    const error = configValueError(def, value);
    if (error) throw new ConflictException(`Version ${version} of '${key}' is not valid today: ${error}`);
    return this.write(def, value, actor, { reason: 'rollback', restored_version: version });
  }

  /** Back to the default, recorded as a new version. */
  async restoreDefault(key: string, actor: string): Promise<ConfigView> {
    const def = this.known(key);
    return this.write(def, def.default, actor, { reason: 'default' });
  }

  /** Writes inside the caller's unit of work when there is one (reset, emergency stop). */
  async write(def: KnownConfigKey, value: unknown, actor: string, details: { reason: ConfigChangeReason } & Record<string, unknown>) {
    const row = await this.settings.set(def.key, value, { type: def.type, description: def.description, actor, details });
    return toConfigView(def, row);
  }

  private known(key: string): KnownConfigKey {
    const def = findKnownKey(key);
    if (!def) {
      throw new NotFoundException(`Unknown config key '${key}'; known keys: ${KNOWN_CONFIG_KEYS.map((k) => k.key).join(', ')}`);
    }
    return def;
  }
}

function decode(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

export function toConfigView(def: KnownConfigKey, row: SystemConfig | null): ConfigView {
  const value = row ? decode(row.configValue) : def.default;
  const constraints = Object.fromEntries(
    Object.entries({
      min: def.min,
      max: def.max,
      enum: def.enum,
      pattern: def.pattern?.source,
      max_length: def.maxLength,
      nullable: def.nullable,
    }).filter(([, v]) => v !== undefined),
  );
  return {
    key: def.key,
    type: def.type,
    description: def.description,
    value,
    default: def.default,
    is_default: sameValue(value, def.default),
    version: row?.version ?? 0,
    updated_at: row?.updatedAt ? new Date(row.updatedAt).toISOString() : null,
    constraints,
  };
}
