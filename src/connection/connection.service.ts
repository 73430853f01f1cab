import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { JsonObject } from '../common/json';
import type { AllConfig } from '../config/configuration';
import { UnitOfWork } from '../database/unit-of-work';
import { EventsService } from '../events/events.service';
import type { EventPayload, EventType } from '../events/event-catalogue';
import { toConnectionResponse } from './connection.mapper';
import { Credentials, CredentialsUnreadableError, openCredentials, sealCredentials } from './credentials-cipher';
import { CreateConnectionDto, UpdateConnectionDto } from './dto/connection.dto';
import { Connection } from './entities/connection.entity';
import { findTool, TOOL_REGISTRY, toToolResponse } from './tool-registry';
import { ConnectionDeletedDto, ConnectionDto, ConnectionListDto, ConnectionTestDto, ToolListDto } from './dto/connection-response.dto';

export const NO_KEY_MESSAGE =
  'Credentials cannot be stored: the server has no encryption key. Set ENCRYPTION_KEY (32 bytes as 64 hex characters, e.g. `openssl rand -hex 32`) and restart.';
export const UNREADABLE = 'credentials cannot be decrypted';
const WEBHOOK_TIMEOUT_MS = 3000;
const MAX_FIELDS = 20;
const MAX_VALUE_CHARS = 4096;
const MAX_SETTINGS_BYTES = 8192;
const FIELD_NAME = /^[a-z][a-z0-9_]{0,63}$/;
/** Settings are returned and put in events: refuse keys that look like they hold a secret. */
const SECRET_WORDS = new Set(['password', 'passwd', 'passphrase', 'secret', 'token', 'credential', 'credentials', 'auth', 'authorization']);
function looksSecret(key: string): boolean {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase().split(/[^a-z0-9]+/);
  const squashed = words.join('');
  return words.some((w) => SECRET_WORDS.has(w)) || squashed.includes('apikey') || squashed.includes('privatekey');
}

export interface ConnectionCheck {
  check: string;
  ok: boolean;
  /** Never contains a credential value. */
  detail: string;
}

/**
 * Tool connections. Credentials are encrypted with AES-256-GCM (credentials-cipher.ts) under
 * ENCRYPTION_KEY; without a key nothing is stored (409), never plaintext. Values are never returned,
 * logged or put in events: only `has_credentials` and the field names.
 */
@Injectable()
export class ConnectionService {
  private readonly key: Buffer | undefined;

  constructor(
    @InjectRepository(Connection) private readonly connections: Repository<Connection>,
    private readonly uow: UnitOfWork,
    private readonly events: EventsService,
    config: ConfigService<AllConfig, true>,
  ) {
    this.key = config.get('auth', { infer: true }).encryptionKey;
  }

  tools(): ToolListDto {
    return { tools: TOOL_REGISTRY.map(toToolResponse), total: TOOL_REGISTRY.length };
  }

  async list(): Promise<ConnectionListDto> {
    const rows = await this.connections.find({ order: { id: 'ASC' } });
    return { connections: rows.map(toConnectionResponse), total: rows.length };
  }

  async findOne(id: number): Promise<ConnectionDto> {
    return toConnectionResponse(await this.requireRow(this.connections, id));
  }

  /** `POST /connections`: upsert by tool_name; new credentials replace the old ones and need a new test. */
  async upsert(dto: CreateConnectionDto, actor: string): Promise<ConnectionDto> {
    const credentials = validateCredentials(dto.tool_name, dto.credentials);
    const settings = dto.settings === undefined ? undefined : validateSettings(dto.settings);
    const sealed = sealCredentials(this.requireKey(), dto.tool_name, credentials);
    return this.uow.write(async (tx) => {
      const repo = tx.manager.getRepository(Connection);
      const existing = await repo.findOne({ where: { toolName: dto.tool_name } });
      const fields = {
        credentialsEncrypted: sealed,
        status: 'configured',
        lastChecked: null,
        lastError: null,
        ...(dto.display_name !== undefined ? { displayName: dto.display_name } : {}),
        ...(settings !== undefined ? { settings } : {}),
      };
      let id: number;
      if (existing) {
        id = existing.id;
        await repo.update(id, fields);
      } else {
        const { identifiers } = await repo.insert({
          toolName: dto.tool_name,
          displayName: defaultDisplayName(dto.tool_name),
          settings: {},
          ...fields,
        });
        id = (identifiers[0] as { id: number }).id;
      }
      const response = toConnectionResponse(await this.requireRow(repo, id));
      const changed = ['credentials', ...(settings !== undefined ? ['settings'] : []), ...(dto.display_name !== undefined ? ['display_name'] : [])];
      await this.publish(existing ? 'connection.updated' : 'connection.created', id, actor, {
        connection: response,
        ...(existing ? { changed } : {}),
      });
      return response;
    });
  }

  /** `PATCH /connections/:id`: display_name, settings and/or credentials (replaced as a whole). */
  async update(id: number, dto: UpdateConnectionDto, actor: string): Promise<ConnectionDto> {
    if (dto.display_name === undefined && dto.credentials === undefined && dto.settings === undefined) {
      throw new BadRequestException(['give at least one of: display_name, credentials, settings']);
    }
    const current = await this.requireRow(this.connections, id);
    const settings = dto.settings === undefined ? undefined : validateSettings(dto.settings);
    let sealed: string | undefined;
    if (dto.credentials !== undefined) {
      const credentials = validateCredentials(current.toolName, dto.credentials);
      sealed = sealCredentials(this.requireKey(), current.toolName, credentials);
    }
    return this.uow.write(async (tx) => {
      const repo = tx.manager.getRepository(Connection);
      await this.requireRow(repo, id);
      const patch: Partial<Connection> = {};
      if (dto.display_name !== undefined) patch.displayName = dto.display_name ?? defaultDisplayName(current.toolName);
      if (settings !== undefined) patch.settings = settings;
      if (sealed !== undefined) Object.assign(patch, { credentialsEncrypted: sealed, status: 'configured', lastChecked: null, lastError: null });
      await repo.update(id, patch);
      const response = toConnectionResponse(await this.requireRow(repo, id));
      const changed = [
        ...(dto.display_name !== undefined ? ['display_name'] : []),
        ...(sealed !== undefined ? ['credentials'] : []),
        ...(settings !== undefined ? ['settings'] : []),
      ];
      await this.publish('connection.updated', id, actor, { connection: response, changed });
      return response;
    });
  }

  remove(id: number, actor: string): Promise<ConnectionDeletedDto> {
    return this.uow.write(async (tx) => {
      const repo = tx.manager.getRepository(Connection);
      const row = await this.requireRow(repo, id);
      await repo.delete(id);
      await this.publish('connection.deleted', id, actor, { id, tool_name: row.toolName });
      return { success: true, id, deleted: true };
    });
  }

  /**
   * `POST /connections/:id/test`: a local check. Decrypts (proving the key and the row are intact),
   * checks the fields of known tools, and for http_webhook asks the URL (HEAD, 3 s; any answer below
   * 500 counts). The outcome is stored as status / last_checked / last_error.
   */
  async test(id: number, actor: string): Promise<ConnectionTestDto> {
    const row = await this.requireRow(this.connections, id);
    // Outside the write: the webhook probe is network I/O.
    const checks = await this.runChecks(row);
    const failed = checks.find((c) => !c.ok);
    return this.uow.write(async (tx) => {
      const repo = tx.manager.getRepository(Connection);
      await this.requireRow(repo, id);
      await repo.update(id, { status: failed ? 'error' : 'connected', lastChecked: new Date(), lastError: failed ? failed.detail : null });
      const response = toConnectionResponse(await this.requireRow(repo, id));
      await this.publish('connection.tested', id, actor, {
        id,
        tool_name: row.toolName,
        ok: !failed,
        status: response.status,
        last_error: response.last_error,
        checks: checks.map(({ check, ok }) => ({ check, ok })),
      });
      return { success: !failed, connection: response, checks };
    });
  }

  private async runChecks(row: Connection): Promise<ConnectionCheck[]> {
    if (!row.credentialsEncrypted) return [{ check: 'credentials', ok: false, detail: 'no credentials stored' }];
    if (!this.key) return [{ check: 'decrypt', ok: false, detail: `${UNREADABLE}: ENCRYPTION_KEY is not set` }];
    let credentials: Credentials;
    try {
      credentials = openCredentials(this.key, row.toolName, row.credentialsEncrypted);
    } catch (error) {
      if (error instanceof CredentialsUnreadableError) return [{ check: 'decrypt', ok: false, detail: UNREADABLE }];
      throw error;
    }
    const checks: ConnectionCheck[] = [{ check: 'decrypt', ok: true, detail: 'credentials decrypted' }];
    const tool = findTool(row.toolName);
    if (!tool) {
      for (const [name, value] of Object.entries(credentials)) {
        const ok = typeof value === 'string' && value.trim().length > 0;
        checks.push({ check: `field:${name}`, ok, detail: ok ? 'present' : `credentials.${name} is empty` });
      }
      return checks;
    }
    for (const field of tool.required) {
      const value = credentials[field.name];
      if (typeof value !== 'string' || !value.trim()) {
        checks.push({ check: `field:${field.name}`, ok: false, detail: `credentials.${field.name} is missing` });
        continue;
      }
      const ok = field.pattern.test(value);
      checks.push({ check: `field:${field.name}`, ok, detail: ok ? 'well-formed' : `credentials.${field.name} is not ${field.format}` });
    }
    for (const field of tool.optional) {
      const value = credentials[field.name];
      if (value === undefined) continue;
      const ok = typeof value === 'string' && field.pattern.test(value);
      checks.push({ check: `field:${field.name}`, ok, detail: ok ? 'well-formed' : `credentials.${field.name} is not ${field.format}` });
    }
    if (tool.liveCheck && checks.every((c) => c.ok)) checks.push(await probeWebhook(credentials.url));
    return checks;
  }

  private requireKey(): Buffer {
    if (!this.key) throw new ConflictException(NO_KEY_MESSAGE);
    return this.key;
  }

  private async requireRow(repo: Repository<Connection>, id: number): Promise<Connection> {
    const row = await repo.findOne({ where: { id } });
    if (!row) throw new NotFoundException(`Connection ${id} not found`);
    return row;
  }

  private publish<T extends Extract<EventType, `connection.${string}`>>(eventType: T, id: number, actor: string, payload: EventPayload<T>) {
    return this.events.publish({ eventType, entityType: 'connection', entityId: id, actor, founderOnly: true, payload });
  }
}

function defaultDisplayName(toolName: string): string {
  return findTool(toolName)?.displayName ?? toolName;
}

/** A real request to the configured URL. The URL itself is a credential: it never appears in `detail`. */
async function probeWebhook(url: string): Promise<ConnectionCheck> {
  try {
    const response = await fetch(url, { method: 'HEAD', redirect: 'manual', signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS) });
    await response.body?.cancel();
    const ok = response.status < 500;
    return { check: 'reachable', ok, detail: `webhook answered HTTP ${response.status}` };
  } catch (error) {
    const timedOut = (error as Error)?.name === 'TimeoutError';
    return { check: 'reachable', ok: false, detail: timedOut ? `webhook did not answer within ${WEBHOOK_TIMEOUT_MS / 1000} s` : 'webhook unreachable' };
  }
}

/** Flat string fields; for known tools the required ones present and nothing unknown. Messages name fields, never values. */
function validateCredentials(toolName: string, raw: Record<string, unknown>): Credentials {
  const errors: string[] = [];
  const entries = Object.entries(raw);
  if (!entries.length) errors.push('credentials must have at least one field');
  if (entries.length > MAX_FIELDS) errors.push(`credentials may have at most ${MAX_FIELDS} fields`);
  for (const [name, value] of entries.slice(0, MAX_FIELDS + 1)) {
    if (!FIELD_NAME.test(name)) {
      errors.push('credentials field names must be 1-64 lower-case letters, digits or _, starting with a letter');
      continue;
    }
    if (typeof value !== 'string' || !value.trim()) errors.push(`credentials.${name} must be a non-empty string`);
    else if (value.length > MAX_VALUE_CHARS) errors.push(`credentials.${name} must be at most ${MAX_VALUE_CHARS} characters`);
  }
  const tool = findTool(toolName);
  if (tool) {
    const known = new Set([...tool.required, ...tool.optional].map((f) => f.name));
    for (const field of tool.required) if (!(field.name in raw)) errors.push(`credentials.${field.name} is required for ${toolName}`);
    for (const [name] of entries) {
      if (FIELD_NAME.test(name) && !known.has(name)) errors.push(`credentials.${name} is not a ${toolName} field (expected: ${[...known].join(', ')})`);
    }
  }
  if (errors.length) throw new BadRequestException([...new Set(errors)]);
  return Object.fromEntries(entries) as Credentials;
}

function validateSettings(settings: Record<string, unknown>): JsonObject {
  const errors: string[] = [];
  if (Buffer.byteLength(JSON.stringify(settings)) > MAX_SETTINGS_BYTES) errors.push(`settings must be at most ${MAX_SETTINGS_BYTES} bytes of JSON`);
  const walk = (value: unknown, path: string) => {
    if (!value || typeof value !== 'object') return;
    for (const [key, child] of Object.entries(value)) {
      const here = path ? `${path}.${key}` : key;
      if (looksSecret(key)) errors.push(`settings.${here} looks like a secret: put it in credentials`);
      walk(child, here);
    }
  };
  walk(settings, '');
  if (errors.length) throw new BadRequestException(errors);
  return settings;
}
