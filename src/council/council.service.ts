import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, Repository } from 'typeorm';
import { UnitOfWork } from '../database/unit-of-work';
import { CouncilCategory } from './entities/council-category.entity';
import { CouncilMember } from './entities/council-member.entity';

/** One expert of a seed council (natural key: name within its council). */
export interface CouncilMemberSeedRow {
  name: string;
  role: string;
  personaSource: string;
  avatar: string;
  expertise: string[];
  displayOrder: number;
}

/** One seed council (natural key: slug). */
export interface CouncilSeedRow {
  slug: string;
  name: string;
  description: string;
  icon: string;
  color: string;
  members: CouncilMemberSeedRow[];
}

export interface SeedCounts {
  inserted: number;
  updated: number;
  removed: number;
}

const COUNCIL_FIELDS = ['name', 'description', 'icon', 'color'] as const;
const MEMBER_FIELDS = ['role', 'personaSource', 'avatar', 'displayOrder'] as const;

@Injectable()
export class CouncilService {
  constructor(
    @InjectRepository(CouncilCategory) private readonly councils: Repository<CouncilCategory>,
    @InjectRepository(CouncilMember) private readonly members: Repository<CouncilMember>,
    private readonly uow: UnitOfWork,
  ) {}

  /** Live (not deleted) councils. */
  count(): Promise<number> {
    return this.councils.count({ where: { deletedAt: IsNull() } });
  }

  /** Members of live councils. */
  countMembers(): Promise<number> {
    return this.members.count({ where: { category: { deletedAt: IsNull() } } });
  }

  /**
   * Seed upsert: councils by slug, members by name within their council. Inserts what is missing;
   * with `reset`, puts seed councils and members back to their seed values (undeleting, re-enabling),
   * deletes the other members of seed councils and soft-deletes councils that are not in the seed.
   */
  upsertSeed(rows: CouncilSeedRow[], { reset = false }: { reset?: boolean } = {}): Promise<{ councils: SeedCounts; members: SeedCounts }> {
    return this.uow.write(async (tx) => {
      const councilRepo = tx.manager.getRepository(CouncilCategory);
      const memberRepo = tx.manager.getRepository(CouncilMember);
      const councils: SeedCounts = { inserted: 0, updated: 0, removed: 0 };
      const members: SeedCounts = { inserted: 0, updated: 0, removed: 0 };
      const existing = new Map((await councilRepo.find()).map((c) => [c.slug, c]));

      for (const row of rows) {
        let council = existing.get(row.slug);
        if (!council) {
          const { identifiers } = await councilRepo.insert({
            slug: row.slug,
            name: row.name,
            description: row.description,
            icon: row.icon,
            color: row.color,
            enabled: true,
            metadata: {},
            deletedAt: null,
          });
          council = await councilRepo.findOneByOrFail({ id: (identifiers[0] as { id: number }).id });
          councils.inserted += 1;
        } else if (reset) {
          const patch: Partial<CouncilCategory> = Object.fromEntries(
            COUNCIL_FIELDS.filter((f) => council![f] !== row[f]).map((f) => [f, row[f]]),
          );
          if (!council.enabled) patch.enabled = true;
          if (council.deletedAt !== null) patch.deletedAt = null;
          if (Object.keys(patch).length) {
            await councilRepo.update(council.id, patch);
            councils.updated += 1;
          }
        }
        const counts = await this.upsertMembers(memberRepo, council.id, row.members, reset);
        members.inserted += counts.inserted;
        members.updated += counts.updated;
        members.removed += counts.removed;
      }

      if (reset) {
        const seeded = new Set(rows.map((r) => r.slug));
        const extra = [...existing.values()].filter((c) => !seeded.has(c.slug) && c.deletedAt === null).map((c) => c.id);
        // Soft: debates may refer to them.
        if (extra.length) await councilRepo.update({ id: In(extra) }, { deletedAt: new Date() });
        councils.removed = extra.length;
      }
      return { councils, members };
    });
  }

  private async upsertMembers(repo: Repository<CouncilMember>, categoryId: number, rows: CouncilMemberSeedRow[], reset: boolean): Promise<SeedCounts> {
    const counts: SeedCounts = { inserted: 0, updated: 0, removed: 0 };
    const existing = new Map((await repo.find({ where: { categoryId } })).map((m) => [m.name, m]));
    for (const row of rows) {
      const current = existing.get(row.name);
      if (!current) {
        await repo.insert({ ...row, categoryId, enabled: true, settings: {} });
        counts.inserted += 1;
        continue;
      }
      if (!reset) continue;
      const patch: Partial<CouncilMember> = Object.fromEntries(
        MEMBER_FIELDS.filter((f) => current[f] !== row[f]).map((f) => [f, row[f]]),
      );
      if (JSON.stringify(current.expertise) !== JSON.stringify(row.expertise)) patch.expertise = row.expertise;
      if (!current.enabled) patch.enabled = true;
      if (Object.keys(patch).length) {
        await repo.update(current.id, patch);
        counts.updated += 1;
      }
    }
    if (reset) {
      const seeded = new Set(rows.map((r) => r.name));
      const extra = [...existing.values()].filter((m) => !seeded.has(m.name)).map((m) => m.id);
      if (extra.length) await repo.delete({ id: In(extra) });
      counts.removed = extra.length;
    }
    return counts;
  }
}
