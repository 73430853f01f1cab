import { patchDiff } from '../common/utils/patch-diff';
import { BadRequestException, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, Not, Repository } from 'typeorm';
import { AgentService } from '../agent/agent.service';
import { UnitOfWork } from '../database/unit-of-work';
import { EventsService } from '../events/events.service';
import type { EventPayload } from '../events/event-catalogue';
import { agentRoom, departmentRoom } from '../events/rooms';
import { UpdateVoiceSettingsDto } from './dto/update-voice-settings.dto';
import { VoiceState } from './entities/voice-state.entity';
import { toVoiceResponse, VoiceSettingsResponse } from './voice.mapper';
import { DAENA_TARGET, VOICE_DEFAULTS } from './voice.constants';
import { VoiceResetDto, VoiceStatusDto, VoiceToggleDto } from './dto/voice-response.dto';

type VoiceFields = typeof VOICE_DEFAULTS;

/** Request field → entity property. */
const FIELDS = {
  talk_active: 'talkActive',
  listen_active: 'listenActive',
  voice_id: 'voiceId',
  volume: 'volume',
  rate: 'rate',
  pitch: 'pitch',
} as const satisfies Record<keyof UpdateVoiceSettingsDto, keyof VoiceFields>;

/** Whose voice: Daena (agentId null) or one agent. */
/** What a settings change publishes. */
type VoiceEvent =
  | { eventType: 'voice.settings.updated'; payload: EventPayload<'voice.settings.updated'> }
  | { eventType: 'voice.talk.toggled' | 'voice.listen.toggled'; payload: EventPayload<'voice.talk.toggled'> };

interface VoiceTarget {
  agentId: string | null;
  name: string;
  rooms: string[];
  founderOnly: boolean;
}

const DAENA: VoiceTarget = { agentId: null, name: 'Daena', rooms: [], founderOnly: false };

/**
 * Voice state only (talk/listen modes, voice id, volume, rate, pitch), stored in VoiceState.
 * Speech synthesis and recognition are not part of this service. A missing row means defaults; the
 * row is created by the first write that changes something. Writes that change nothing emit nothing.
 */
@Injectable()
export class VoiceService {
  constructor(
    @InjectRepository(VoiceState) private readonly states: Repository<VoiceState>,
    private readonly agents: AgentService,
    private readonly uow: UnitOfWork,
    private readonly events: EventsService,
  ) {}

  /** `GET /voice/status`: Daena's state plus how many agents have voice settings of their own. */
  async status(): Promise<VoiceStatusDto> {
    const settings = await this.getDaena();
    const agentRows = { agentId: Not(IsNull()) };
    const [withSettings, talking, listening] = await Promise.all([
      this.states.count({ where: agentRows }),
      this.states.count({ where: { ...agentRows, talkActive: true } }),
      this.states.count({ where: { ...agentRows, listenActive: true } }),
    ]);
    return {
      status: 'online',
      // State only: nothing here speaks or listens.
      speech_available: false,
      talk_active: settings.talk_active,
      listen_active: settings.listen_active,
      settings,
      agents: { with_settings: withSettings, talk_active: talking, listen_active: listening },
    };
  }

  async getDaena(): Promise<VoiceSettingsResponse> {
    return toVoiceResponse(await this.findRow(this.states, null), null, DAENA.name);
  }

  updateDaena(dto: UpdateVoiceSettingsDto, actor: string): Promise<VoiceSettingsResponse> {
    return this.updateSettings(DAENA, dto, actor);
  }

  /** `POST /voice/talk` and `/voice/listen`: persisted toggles of Daena's modes. */
  async toggle(mode: 'talk' | 'listen', enabled: boolean, actor: string): Promise<VoiceToggleDto> {
    const patch: Partial<VoiceFields> = mode === 'talk' ? { talkActive: enabled } : { listenActive: enabled };
    const { settings, changed } = await this.apply(DAENA, patch, actor, (_, previous) => ({
      eventType: mode === 'talk' ? 'voice.talk.toggled' : 'voice.listen.toggled',
      payload: { target: DAENA_TARGET, agent_id: null, mode, enabled, previous: previous[`${mode}_active`] },
    }));
    return { success: true, mode, enabled, changed, settings };
  }

  /** `POST /voice/reset`: Daena (and with include_agents every agent) back to defaults; rows are removed. */
  reset(includeAgents: boolean, actor: string): Promise<VoiceResetDto> {
    return this.uow.write(async (tx) => {
      const repo = tx.manager.getRepository(VoiceState);
      const rows = await repo.find({ where: includeAgents ? {} : { agentId: IsNull() } });
      if (rows.length) {
        await repo.delete({ id: In(rows.map((r) => r.id)) });
        await this.events.publish({
          eventType: 'voice.reset',
          entityType: 'voice',
          entityId: DAENA_TARGET,
          actor,
          payload: {
            target: DAENA_TARGET,
            include_agents: includeAgents,
            agents_reset: rows.filter((r) => r.agentId !== null).length,
          },
        });
      }
      return { success: true, reset: rows.length > 0, settings: toVoiceResponse(null, null, DAENA.name) };
    });
  }

  async getAgent(cellId: string): Promise<VoiceSettingsResponse> {
    const target = await this.agentTarget(cellId);
    return toVoiceResponse(await this.findRow(this.states, target.agentId), target.agentId, target.name);
  }

  async updateAgent(cellId: string, dto: UpdateVoiceSettingsDto, actor: string): Promise<VoiceSettingsResponse> {
    return this.updateSettings(await this.agentTarget(cellId), dto, actor);
  }

  async resetAgent(cellId: string, actor: string): Promise<VoiceResetDto> {
    const target = await this.agentTarget(cellId);
    return this.uow.write(async (tx) => {
      const repo = tx.manager.getRepository(VoiceState);
      const row = await this.findRow(repo, target.agentId);
      if (row) {
        await repo.delete({ id: row.id });
        await this.events.publish({
          eventType: 'voice.reset',
          entityType: 'voice',
          entityId: target.agentId,
          actor,
          rooms: target.rooms,
          founderOnly: target.founderOnly,
          payload: { target: target.agentId, agent_id: target.agentId },
        });
      }
      return { success: true, reset: row !== null, settings: toVoiceResponse(null, target.agentId, target.name) };
    });
  }

  private async updateSettings(target: VoiceTarget, dto: UpdateVoiceSettingsDto, actor: string): Promise<VoiceSettingsResponse> {
    const given = (Object.keys(FIELDS) as Array<keyof UpdateVoiceSettingsDto>).filter((key) => dto[key] !== undefined);
    if (!given.length) throw new BadRequestException([`give at least one of: ${Object.keys(FIELDS).join(', ')}`]);
    const patch: Partial<VoiceFields> = Object.fromEntries(given.map((key) => [FIELDS[key], dto[key]]));
    const { settings } = await this.apply(target, patch, actor, (changes, previous) => ({
      eventType: 'voice.settings.updated',
      payload: { target: target.agentId ?? DAENA_TARGET, agent_id: target.agentId, changes, previous },
    }));
    return settings;
  }

  /** Applies `patch` in one write with its event; creates the row on the first real change. */
  private apply(
    target: VoiceTarget,
    patch: Partial<VoiceFields>,
    actor: string,
    event: (changes: Record<string, unknown>, previous: Record<string, unknown>) => VoiceEvent,
  ): Promise<{ settings: VoiceSettingsResponse; changed: boolean }> {
    return this.uow.write(async (tx) => {
      const repo = tx.manager.getRepository(VoiceState);
      const row = await this.findRow(repo, target.agentId);
      const current: VoiceFields = row ?? VOICE_DEFAULTS;
      const given = Object.entries(FIELDS).filter(([, property]) => patch[property] !== undefined);
      const { changes, previous } = patchDiff(current, given.map(([field, property]) => [field, property, patch[property]] as const));
      if (!Object.keys(changes).length) return { settings: toVoiceResponse(row, target.agentId, target.name), changed: false };
      const next = { ...pick(current), ...patch };
      const isActive = next.talkActive || next.listenActive;
      if (row) await repo.update(row.id, { ...patch, isActive });
      else await repo.insert({ agentId: target.agentId, ...next, isActive, settings: {} });
      const saved = await this.findRow(repo, target.agentId);
      const { eventType, payload } = event(changes, previous);
      await this.events.publish({
        eventType,
        entityType: 'voice',
        entityId: target.agentId ?? DAENA_TARGET,
        actor,
        rooms: target.rooms,
        founderOnly: target.founderOnly,
        payload,
      });
      return { settings: toVoiceResponse(saved, target.agentId, target.name), changed: true };
    });
  }

  /** 404 for an unknown agent (AgentService's contract); hidden departments' agents have voices too. */
  private async agentTarget(cellId: string): Promise<VoiceTarget> {
    const agent = await this.agents.findByCellId(cellId, { includeHidden: true });
    return {
      agentId: agent.cellId,
      name: agent.name,
      rooms: [agentRoom(agent.cellId), departmentRoom(agent.department)],
      founderOnly: Boolean(agent.departmentRef?.hidden),
    };
  }

  private findRow(repo: Repository<VoiceState>, agentId: string | null): Promise<VoiceState | null> {
    return repo.findOne({ where: { agentId: agentId ?? IsNull() } });
  }
}

function pick(state: VoiceFields): VoiceFields {
  const { talkActive, listenActive, voiceId, volume, rate, pitch } = state;
  return { talkActive, listenActive, voiceId, volume, rate, pitch };
}
