import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { AgentService } from '../agent/agent.service';
import { ChatService } from '../chat/chat.service';
import { AllConfig } from '../config/configuration';
import { SettingsService } from '../config/settings/settings.service';
import { CouncilService, SeedCounts } from '../council/council.service';
import { UnitOfWork } from '../database/unit-of-work';
import { DepartmentService } from '../department/department.service';
import { EventsService } from '../events/events.service';
import { buildSeedCatalogue } from './seed-catalogue';

export interface SeedOptions {
  /** Put the catalogue back to its seed values and drop what is not in it (chats, tasks, events stay). */
  reset?: boolean;
  actor?: string;
}

export interface SeedChanges {
  departments: SeedCounts;
  agents: SeedCounts;
  councils: SeedCounts;
  council_members: SeedCounts;
  /** ChatService reports inserted and restored rows as one number. */
  chat_categories: { changed: number };
  config_defaults: { inserted: number };
}

export interface SeedResult {
  reset: boolean;
  changed: boolean;
  inserted: number;
  updated: number;
  removed: number;
  changes: SeedChanges;
  /** Row counts after the run (hidden departments and their agents included). */
  totals: {
    departments: number;
    agents: number;
    councils: number;
    council_members: number;
    chat_categories: number;
    config_keys: number;
  };
  /** Id of the `system.seeded` event, null when nothing changed. */
  event_id: number | null;
}

const sum = (counts: SeedCounts[], key: keyof SeedCounts) => counts.reduce((total, c) => total + c[key], 0);

/** Loads the catalogue in `seeds/` through each module's service, in one transaction. */
@Injectable()
export class SeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger(SeedService.name);

  constructor(
    private readonly departments: DepartmentService,
    private readonly agents: AgentService,
    private readonly councils: CouncilService,
    private readonly chat: ChatService,
    private readonly settings: SettingsService,
    private readonly events: EventsService,
    private readonly uow: UnitOfWork,
    private readonly config: ConfigService<AllConfig, true>,
  ) {}

  /** `npm start` on an empty database comes up seeded. */
  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.get('app', { infer: true }).seedOnStart) return;
    if ((await this.departments.count({ includeHidden: true })) > 0) return;
    const result = await this.run({ actor: 'system' });
    this.logger.debug(`Empty database seeded: ${result.totals.departments} departments, ${result.totals.agents} agents`);
  }

  /**
   * Idempotent: upserts by natural key (slug, cell_id, council slug, member name, category name,
   * config key), so a second run changes nothing and publishes nothing. One `system.seeded` event
   * per run that changed something, in the same transaction as the changes.
   */
  async run({ reset = false, actor = 'system' }: SeedOptions = {}): Promise<SeedResult> {
    const catalogue = buildSeedCatalogue();
    const { changes, eventId } = await this.uow.write(async () => {
      const departments = await this.departments.upsertSeed(catalogue.departments, { reset });
      const agents = await this.agents.upsertSeed(
        catalogue.agents.map((agent) => ({ ...agent, departmentId: departments.ids.get(agent.department) ?? null })),
        { reset },
      );
      const councils = await this.councils.upsertSeed(catalogue.councils, { reset });
      const chatCategories = await this.chat.upsertCategories(catalogue.chatCategories);
      let configInserted = 0;
      for (const row of catalogue.configDefaults) {
        if (await this.settings.ensureDefault(row.key, row.value, row.type, row.description)) configInserted += 1;
      }
      const changes: SeedChanges = {
        departments: { inserted: departments.inserted, updated: departments.updated, removed: departments.removed },
        agents,
        councils: councils.councils,
        council_members: councils.members,
        chat_categories: { changed: chatCategories },
        config_defaults: { inserted: configInserted },
      };
      if (!hasChanges(changes)) return { changes, eventId: null };
      const event = await this.events.publish({
        eventType: 'system.seeded',
        entityType: 'system',
        entityId: 'seed',
        actor,
        payload: { reset, ...summarise(changes), changes },
      });
      return { changes, eventId: event.id };
    });
    return { reset, changed: eventId !== null, ...summarise(changes), changes, totals: await this.totals(), event_id: eventId };
  }

  private async totals(): Promise<SeedResult['totals']> {
    return {
      departments: await this.departments.count({ includeHidden: true }),
      agents: await this.agents.count({ includeHidden: true }),
      councils: await this.councils.count(),
      council_members: await this.councils.countMembers(),
      chat_categories: await this.chat.countCategories(),
      config_keys: await this.settings.count(),
    };
  }
}

function summarise(changes: SeedChanges) {
  const tables = [changes.departments, changes.agents, changes.councils, changes.council_members];
  return {
    inserted: sum(tables, 'inserted') + changes.config_defaults.inserted,
    updated: sum(tables, 'updated'),
    removed: sum(tables, 'removed'),
  };
}

function hasChanges(changes: SeedChanges): boolean {
  const { inserted, updated, removed } = summarise(changes);
  return inserted + updated + removed + changes.chat_categories.changed > 0;
}
