import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { UnitOfWork } from '../../database/unit-of-work';
import { EventsService } from '../../events/events.service';
import { ConfigType, SystemConfig } from './system-config.entity';
import { SystemConfigRevision } from './system-config-revision.entity';

export interface SettingWrite {
  type?: ConfigType;
  description?: string | null;
  sensitive?: boolean;
  actor?: string;
  /** Extra fields for the `config.updated` payload, saying why it changed (e.g. `{ reason: 'rollback' }`). */
  details?: Record<string, unknown>;
}

/** Typed SystemConfig access; every change is versioned and evented (sensitive values never leave). */
@Injectable()
export class SettingsService {
  constructor(
    @InjectRepository(SystemConfig) private readonly configs: Repository<SystemConfig>,
    @InjectRepository(SystemConfigRevision) private readonly revisions: Repository<SystemConfigRevision>,
    private readonly uow: UnitOfWork,
    private readonly events: EventsService,
  ) {}

  async get<T>(key: string): Promise<T | undefined> {
    const row = await this.configs.findOne({ where: { configKey: key } });
    return row ? (JSON.parse(row.configValue) as T) : undefined;
  }

  findRow(key: string): Promise<SystemConfig | null> {
    return this.configs.findOne({ where: { configKey: key } });
  }

  listRows(): Promise<SystemConfig[]> {
    return this.configs.find({ order: { configKey: 'ASC' } });
  }

  history(key: string): Promise<SystemConfigRevision[]> {
    return this.revisions.find({ where: { configKey: key }, order: { version: 'DESC' } });
  }

  /**
   * Read-modify-write in one write transaction: `change` gets the stored value (undefined when
   * unset) and returns the new one, so two processes changing one key never lose an update.
   */
  update<T>(key: string, change: (current: T | undefined) => T, options: SettingWrite = {}): Promise<SystemConfig> {
    return this.uow.write(async (tx) => {
      const existing = await tx.manager.getRepository(SystemConfig).findOne({ where: { configKey: key } });
      const current = existing ? (JSON.parse(existing.configValue) as T) : undefined;
      return this.set(key, change(current), options);
    });
  }

  /** Writes a value (JSON-encoded), bumps its version, records the revision and one event. */
  set(key: string, value: unknown, options: SettingWrite = {}): Promise<SystemConfig> {
    return this.uow.write(async (tx) => {
      const repo = tx.manager.getRepository(SystemConfig);
      const existing = await repo.findOne({ where: { configKey: key } });
      const encoded = JSON.stringify(value);
      const row =
        existing ??
        repo.create({ configKey: key, version: 0, description: null, isSensitive: false, configType: 'string' });
      row.configValue = encoded;
      row.configType = options.type ?? row.configType ?? inferType(value);
      if (options.description !== undefined) row.description = options.description;
      if (options.sensitive !== undefined) row.isSensitive = options.sensitive;
      row.version += 1;
      const saved = await repo.save(row);
      await tx.manager.getRepository(SystemConfigRevision).insert({
        configKey: key,
        version: saved.version,
        configValue: encoded,
        configType: saved.configType,
        actor: options.actor ?? 'system',
      });
      await this.events.publish({
        eventType: 'config.updated',
        entityType: 'system_config',
        entityId: key,
        actor: options.actor ?? 'system',
        founderOnly: true,
        payload: { ...options.details, key, version: saved.version, type: saved.configType, ...(saved.isSensitive ? {} : { value }) },
      });
      return saved;
    });
  }

  /** Seeds a default without an event per key (the seed run publishes one summary event). */
  async ensureDefault(key: string, value: unknown, type: ConfigType, description: string | null): Promise<boolean> {
    return this.uow.write(async (tx) => {
      const repo = tx.manager.getRepository(SystemConfig);
      if (await repo.exists({ where: { configKey: key } })) return false;
      const encoded = JSON.stringify(value);
      await repo.insert({ configKey: key, configValue: encoded, configType: type, description, isSensitive: false, version: 1 });
      await tx.manager.getRepository(SystemConfigRevision).insert({ configKey: key, version: 1, configValue: encoded, configType: type, actor: 'seed' });
      return true;
    });
  }

  count(): Promise<number> {
    return this.configs.count();
  }
}

export function inferType(value: unknown): ConfigType {
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'float';
  if (typeof value === 'string') return 'string';
  return 'json';
}
