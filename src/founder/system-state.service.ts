import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { SettingsService } from '../config/settings/settings.service';
import { EventBus, TypedEnvelope } from '../events/event-bus';
import { LlmService } from '../llm/llm.service';
import { EMERGENCY_STOP, findKnownKey, MAINTENANCE_MODE, MAINTENANCE_RETRY_AFTER } from './founder-config.registry';

const EMERGENCY_REASON = 'emergency stop by the founder';

/**
 * The switches every request consults, held in memory: loaded from SystemConfig at boot, then kept
 * current from committed `config.updated` events (whoever wrote them), so no request reads the DB.
 * Single-process: another node's writes are not seen (the event bus is in-process).
 */
@Injectable()
export class SystemStateService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(SystemStateService.name);
  private maintenance = false;
  private retryAfter = findKnownKey(MAINTENANCE_RETRY_AFTER)!.default as number;
  private emergency = false;
  private unsubscribe: (() => void) | null = null;

  constructor(
    private readonly settings: SettingsService,
    private readonly bus: EventBus,
    private readonly llm: LlmService,
  ) {}

  async onModuleInit(): Promise<void> {
    this.unsubscribe = this.bus.on('config.updated', (envelope) => this.onConfigUpdated(envelope));
    for (const key of [MAINTENANCE_MODE, MAINTENANCE_RETRY_AFTER, EMERGENCY_STOP]) {
      const value = await this.settings.get<unknown>(key);
      if (value !== undefined) this.apply(key, value);
    }
  }

  onModuleDestroy(): void {
    this.unsubscribe?.();
  }

  get maintenanceMode(): boolean {
    return this.maintenance;
  }

  get retryAfterSeconds(): number {
    return this.retryAfter;
  }

  get emergencyStop(): boolean {
    return this.emergency;
  }

  llmPaused(): boolean {
    return this.llm.isPaused();
  }

  /** Pauses generation now, before the switch is persisted (the write may queue behind others). */
  engageEmergency(): { aborted: number; dropped: number; llm_available: boolean } {
    this.emergency = true;
    const result = !this.llm.isPaused() ? this.llm.pause(EMERGENCY_REASON) : { aborted: 0, dropped: 0 };
    return { ...result, llm_available: true };
  }

  private onConfigUpdated(envelope: TypedEnvelope<'config.updated'>): void {
    if (envelope.entity_id === null || !('value' in envelope.payload)) return;
    this.apply(envelope.entity_id, envelope.payload.value);
  }

  private apply(key: string, value: unknown): void {
    if (key === MAINTENANCE_MODE) {
      if (this.maintenance !== (value === true)) this.logger.warn(`maintenance mode ${value === true ? 'on' : 'off'}`);
      this.maintenance = value === true;
    } else if (key === MAINTENANCE_RETRY_AFTER) {
      const fallback = findKnownKey(MAINTENANCE_RETRY_AFTER)!.default as number;
      this.retryAfter = typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : fallback;
    } else if (key === EMERGENCY_STOP) {
      this.emergency = value === true;
      if (this.emergency && !this.llm.isPaused()) this.llm.pause(EMERGENCY_REASON);
      if (!this.emergency && this.llm.isPaused()) this.llm.resume();
    }
  }
}
