import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { UnitOfWork } from '../database/unit-of-work';
import { EventsService } from '../events/events.service';
import { departmentRoom } from '../events/rooms';
import { Department } from './entities/department.entity';

export interface VisibilityOptions {
  /** Hidden departments (and their agents) count only when this is true. */
  includeHidden?: boolean;
}

/** One department of the seed catalogue (natural key: slug). */
export interface DepartmentSeedRow {
  slug: string;
  name: string;
  description: string;
  color: string;
  icon: string | null;
  sunflowerIndex: number;
  cellId: string;
  status: string;
  hidden: boolean;
}

export interface DepartmentSeedResult {
  inserted: number;
  updated: number;
  removed: number;
  /** slug → row id, for linking agents. */
  ids: Map<string, number>;
}

const MAX_ROW_ID = 2_147_483_647;

const SEED_FIELDS = ['name', 'description', 'color', 'icon', 'sunflowerIndex', 'cellId', 'status', 'hidden'] as const;

@Injectable()
export class DepartmentService {
  constructor(
    @InjectRepository(Department) private readonly departments: Repository<Department>,
    private readonly uow: UnitOfWork,
    private readonly events: EventsService,
  ) {}

  /** Throws 404 for an unknown slug, and for a hidden department unless `includeHidden`. */
  async findBySlug(slug: string, { includeHidden = false }: VisibilityOptions = {}): Promise<Department> {
    const department = await this.findBySlugOrNull(slug);
    if (!department || (department.hidden && !includeHidden)) {
      throw new NotFoundException(`Department '${slug}' not found`);
    }
    return department;
  }

  /** Hidden departments included; null when unknown. */
  findBySlugOrNull(slug: string): Promise<Department | null> {
    return this.departments.findOne({ where: { slug } });
  }

  /** By slug, else (a number, or digits) by row id; hidden departments included; null when unknown. */
  async findByRefOrNull(ref: string | number): Promise<Department | null> {
    const bySlug = typeof ref === 'string' ? await this.findBySlugOrNull(ref) : null;
    const id = Number(ref);
    // Beyond a 32-bit id nothing exists (and PostgreSQL would refuse the comparison).
    if (bySlug || !/^[1-9][0-9]*$/.test(String(ref)) || id > MAX_ROW_ID) return bySlug;
    return this.departments.findOne({ where: { id } });
  }

  findAll({ includeHidden = false }: VisibilityOptions = {}): Promise<Department[]> {
    return this.departments.find({
      where: includeHidden ? {} : { hidden: false },
      order: { sunflowerIndex: 'ASC' },
    });
  }

  findAllVisible(): Promise<Department[]> {
    return this.findAll({ includeHidden: false });
  }

  count({ includeHidden = false }: VisibilityOptions = {}): Promise<number> {
    return this.departments.count({ where: includeHidden ? {} : { hidden: false } });
  }

  /** Hides or shows a department (and so its agents); one `department.updated` event when it changes. */
  setHidden(slug: string, hidden: boolean, actor: string): Promise<Department> {
    return this.uow.write(async (tx) => {
      const repo = tx.manager.getRepository(Department);
      const department = await repo.findOne({ where: { slug } });
      if (!department) throw new NotFoundException(`Department '${slug}' not found`);
      if (department.hidden === hidden) return department;
      const previous = { hidden: department.hidden, status: department.status };
      const status = hidden ? 'hidden' : department.status === 'hidden' ? 'active' : department.status;
      await repo.update(department.id, { hidden, status });
      await this.events.publish({
        eventType: 'department.updated',
        entityType: 'department',
        entityId: slug,
        actor,
        rooms: [departmentRoom(slug)],
        // Hiding is itself founder business; showing is news for everyone.
        founderOnly: hidden,
        payload: { slug, changes: { hidden, status }, previous },
      });
      return repo.findOneOrFail({ where: { id: department.id } });
    });
  }

  /**
   * Seed upsert by slug. Inserts missing departments; with `reset`, also puts existing ones back to
   * their seed values. Departments cannot be created through the API, so nothing is removed.
   */
  upsertSeed(rows: DepartmentSeedRow[], { reset = false }: { reset?: boolean } = {}): Promise<DepartmentSeedResult> {
    return this.uow.write(async (tx) => {
      const repo = tx.manager.getRepository(Department);
      const existing = new Map((await repo.find()).map((d) => [d.slug, d]));
      let inserted = 0;
      let updated = 0;
      for (const row of rows) {
        const current = existing.get(row.slug);
        if (!current) {
          await repo.insert({ ...row, metadata: {} });
          inserted += 1;
          continue;
        }
        if (!reset) continue;
        const patch = Object.fromEntries(SEED_FIELDS.filter((f) => current[f] !== row[f]).map((f) => [f, row[f]]));
        if (Object.keys(patch).length) {
          await repo.update(current.id, patch);
          updated += 1;
        }
      }
      const ids = new Map((await repo.find({ select: { id: true, slug: true } })).map((d) => [d.slug, d.id]));
      return { inserted, updated, removed: 0, ids };
    });
  }
}
