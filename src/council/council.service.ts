import { patchDiff } from '../common/utils/patch-diff';
import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, Repository } from 'typeorm';
import { Transaction, UnitOfWork } from '../database/unit-of-work';
import { EventsService } from '../events/events.service';
import type { EventPayload, EventType } from '../events/event-catalogue';
import { councilRoom } from '../events/rooms';
import { byDisplayOrder, CouncilResponse, MemberResponse, toCouncilResponse, toMemberResponse } from './council.mapper';
import { CreateCouncilDto, CreateMemberDto, ListCouncilsQueryDto, UpdateCouncilDto, UpdateMemberDto } from './dto/council.dto';
import { CouncilCategory } from './entities/council-category.entity';
import { CouncilMember } from './entities/council-member.entity';
import { councilSlugOf } from './council-slug';

type CouncilEvent = Exclude<Extract<EventType, `council.${string}`>, `council.member.${string}` | `council.debate.${string}`>;
type MemberEvent = Extract<EventType, `council.member.${string}`>;

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

/** PATCH body field → entity property. */
const COUNCIL_PATCHABLE = {
  name: 'name',
  description: 'description',
  icon: 'icon',
  color: 'color',
} as const satisfies Record<keyof UpdateCouncilDto, keyof CouncilCategory>;

const MEMBER_PATCHABLE = {
  name: 'name',
  role: 'role',
  persona_source: 'personaSource',
  avatar: 'avatar',
  expertise: 'expertise',
  enabled: 'enabled',
  display_order: 'displayOrder',
} as const satisfies Record<keyof UpdateMemberDto, keyof CouncilMember>;

const DEFAULT_ICON = 'users';
const DEFAULT_COLOR = '#6B7280';


const sameValue = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

@Injectable()
export class CouncilService {
  constructor(
    @InjectRepository(CouncilCategory) private readonly councils: Repository<CouncilCategory>,
    @InjectRepository(CouncilMember) private readonly members: Repository<CouncilMember>,
    private readonly uow: UnitOfWork,
    private readonly events: EventsService,
  ) {}

  /** `GET /councils`: live councils by id (disabled ones only with include_disabled), each with all its members. */
  async list(query: ListCouncilsQueryDto): Promise<{ success: true; councils: CouncilResponse[]; total: number }> {
    const rows = await this.councils.find({
      where: query.include_disabled ? { deletedAt: IsNull() } : { deletedAt: IsNull(), enabled: true },
      order: { id: 'ASC' },
    });
    const members = rows.length ? await this.members.find({ where: { categoryId: In(rows.map((c) => c.id)) } }) : [];
    const councils = rows.map((c) => toCouncilResponse(c, members.filter((m) => m.categoryId === c.id)));
    // `success`: the original's councils.js checks `data.success && data.councils`.
    return { success: true, councils, total: councils.length };
  }

  /** `GET /councils/:slug` (disabled councils too). */
  async getOne(slug: string): Promise<CouncilResponse> {
    const council = await this.findBySlug(slug);
    return toCouncilResponse(council, await this.membersOf(council));
  }

  /** `POST /councils`: the slug comes from the name; 409 when the name or slug is taken (deleted councils included). */
  create(dto: CreateCouncilDto, actor: string): Promise<CouncilResponse> {
    const slug = councilSlugOf(dto.name);
    if (!slug) throw new BadRequestException(['name must contain at least one letter or digit']);
    return this.uow.write(async (tx) => {
      const repo = tx.manager.getRepository(CouncilCategory);
      await this.assertNameFree(tx, dto.name);
      const taken = await repo.findOne({ where: { slug } });
      if (taken) throw new ConflictException(`Council id '${slug}' is already used by '${taken.name}'${taken.deletedAt ? ' (deleted)' : ''}`);
      const { identifiers } = await repo.insert({
        slug,
        name: dto.name,
        description: dto.description ?? null,
        icon: dto.icon ?? DEFAULT_ICON,
        color: dto.color ?? DEFAULT_COLOR,
        enabled: true,
        metadata: {},
        deletedAt: null,
      });
      const council = await repo.findOneByOrFail({ id: (identifiers[0] as { id: number }).id });
      const response = toCouncilResponse(council, []);
      await this.publish('council.created', council.slug, actor, { council_id: council.slug, council: response });
      return response;
    });
  }

  /** `PATCH /councils/:slug`: at least one field; a rename keeps the slug (it is the public id). */
  update(slug: string, dto: UpdateCouncilDto, actor: string): Promise<CouncilResponse> {
    const given = (Object.keys(COUNCIL_PATCHABLE) as Array<keyof UpdateCouncilDto>).filter((key) => dto[key] !== undefined);
    if (!given.length) throw new BadRequestException([`give at least one of: ${Object.keys(COUNCIL_PATCHABLE).join(', ')}`]);
    return this.uow.write(async (tx) => {
      const repo = tx.manager.getRepository(CouncilCategory);
      const council = await this.findBySlug(slug, tx);
      const { patch, changes, previous } = diff(council, dto, given, COUNCIL_PATCHABLE);
      if (Object.keys(changes).length) {
        if (changes.name !== undefined) await this.assertNameFree(tx, dto.name!, council.id);
        await repo.update(council.id, patch);
        await this.publish('council.updated', council.slug, actor, { council_id: council.slug, changes, previous });
      }
      const fresh = await this.findBySlug(slug, tx);
      return toCouncilResponse(fresh, await this.membersOf(fresh, tx));
    });
  }

  /** `POST /councils/:slug/enable|disable`: idempotent (no event when nothing changes). */
  setEnabled(slug: string, enabled: boolean, actor: string): Promise<CouncilResponse> {
    return this.uow.write(async (tx) => {
      const council = await this.findBySlug(slug, tx);
      if (council.enabled !== enabled) {
        await tx.manager.getRepository(CouncilCategory).update(council.id, { enabled });
        await this.publish(enabled ? 'council.enabled' : 'council.disabled', council.slug, actor, { council_id: council.slug, name: council.name, enabled });
      }
      const fresh = await this.findBySlug(slug, tx);
      return toCouncilResponse(fresh, await this.membersOf(fresh, tx));
    });
  }

  /** `DELETE /councils/:slug`: soft delete (its debates stay in the chat history); restorable. */
  remove(slug: string, actor: string): Promise<{ success: true; id: string; deleted: true }> {
    return this.uow.write(async (tx) => {
      const council = await this.findBySlug(slug, tx);
      await tx.manager.getRepository(CouncilCategory).update(council.id, { deletedAt: new Date() });
      await this.publish('council.deleted', council.slug, actor, { council_id: council.slug, name: council.name });
      return { success: true as const, id: council.slug, deleted: true as const };
    });
  }

  /** `POST /councils/:slug/restore`: undoes a soft delete (404 when the council is not deleted). */
  restore(slug: string, actor: string): Promise<CouncilResponse> {
    return this.uow.write(async (tx) => {
      const repo = tx.manager.getRepository(CouncilCategory);
      const council = await repo.findOne({ where: { slug } });
      if (!council?.deletedAt) throw new NotFoundException(`No deleted council '${slug}'`);
      await repo.update(council.id, { deletedAt: null });
      await this.publish('council.restored', council.slug, actor, { council_id: council.slug, name: council.name });
      const fresh = await this.findBySlug(slug, tx);
      return toCouncilResponse(fresh, await this.membersOf(fresh, tx));
    });
  }

  /** `POST /councils/:slug/members`: appended after the last member; 409 on a name used in this council. */
  addMember(slug: string, dto: CreateMemberDto, actor: string): Promise<MemberResponse> {
    return this.uow.write(async (tx) => {
      const repo = tx.manager.getRepository(CouncilMember);
      const council = await this.findBySlug(slug, tx);
      const members = await this.membersOf(council, tx);
      assertMemberNameFree(members, dto.name);
      const { identifiers } = await repo.insert({
        categoryId: council.id,
        name: dto.name,
        role: dto.role,
        personaSource: dto.persona_source || null,
        avatar: dto.avatar ?? null,
        expertise: dto.expertise ?? [],
        enabled: true,
        displayOrder: members.reduce((max, m) => Math.max(max, m.displayOrder), -1) + 1,
        settings: {},
      });
      const member = await repo.findOneByOrFail({ id: (identifiers[0] as { id: number }).id });
      const response = toMemberResponse(member);
      await this.publishMember('council.member.created', council, member.id, actor, { member: response });
      return response;
    });
  }

  /** `PATCH /councils/:slug/members/:member_id`: at least one field; `council.member.updated` lists the changes. */
  updateMember(slug: string, memberId: number, dto: UpdateMemberDto, actor: string): Promise<MemberResponse> {
    const given = (Object.keys(MEMBER_PATCHABLE) as Array<keyof UpdateMemberDto>).filter((key) => dto[key] !== undefined);
    if (!given.length) throw new BadRequestException([`give at least one of: ${Object.keys(MEMBER_PATCHABLE).join(', ')}`]);
    return this.uow.write(async (tx) => {
      const council = await this.findBySlug(slug, tx);
      const members = await this.membersOf(council, tx);
      const member = findMember(members, memberId, slug);
      const normalised = { ...dto, ...(dto.persona_source !== undefined ? { persona_source: dto.persona_source || null } : {}) };
      const { patch, changes, previous } = diff(member, normalised, given, MEMBER_PATCHABLE);
      if (Object.keys(changes).length) {
        if (changes.name !== undefined) assertMemberNameFree(members, dto.name!, member.id);
        await tx.manager.getRepository(CouncilMember).update(member.id, patch);
        await this.publishMember('council.member.updated', council, member.id, actor, { member_id: member.id, name: dto.name ?? member.name, changes, previous });
      }
      return toMemberResponse(await tx.manager.getRepository(CouncilMember).findOneByOrFail({ id: member.id }));
    });
  }

  /** `DELETE /councils/:slug/members/:member_id`: the row goes; past debate messages keep the name as author. */
  removeMember(slug: string, memberId: number, actor: string): Promise<{ success: true; id: number; deleted: true }> {
    return this.uow.write(async (tx) => {
      const council = await this.findBySlug(slug, tx);
      const member = findMember(await this.membersOf(council, tx), memberId, slug);
      await tx.manager.getRepository(CouncilMember).delete(member.id);
      await this.publishMember('council.member.deleted', council, member.id, actor, { member_id: member.id, name: member.name });
      return { success: true as const, id: member.id, deleted: true as const };
    });
  }

  /** A live (not deleted) council, enabled or not; 404 otherwise. */
  async findBySlug(slug: string, tx?: Transaction): Promise<CouncilCategory> {
    const repo = tx ? tx.manager.getRepository(CouncilCategory) : this.councils;
    const council = await repo.findOne({ where: { slug, deletedAt: IsNull() } });
    if (!council) throw new NotFoundException(`Council '${slug}' not found`);
    return council;
  }

  /** A council's members in display order (disabled ones too). */
  async membersOf(council: CouncilCategory, tx?: Transaction): Promise<CouncilMember[]> {
    const repo = tx ? tx.manager.getRepository(CouncilMember) : this.members;
    return (await repo.find({ where: { categoryId: council.id } })).sort(byDisplayOrder);
  }

  private async assertNameFree(tx: Transaction, name: string, exceptId?: number): Promise<void> {
    const clash = await tx.manager
      .getRepository(CouncilCategory)
      .createQueryBuilder('c')
      .where('LOWER(c.name) = LOWER(:name)', { name })
      .andWhere(exceptId ? 'c.id <> :exceptId' : '1 = 1', { exceptId })
      .getOne();
    if (clash) throw new ConflictException(`A council named '${clash.name}' already exists${clash.deletedAt ? ' (deleted; restore it instead)' : ''}`);
  }

  private publish<T extends CouncilEvent>(eventType: T, slug: string, actor: string, payload: EventPayload<T>) {
    return this.events.publish({ eventType, entityType: 'council', entityId: slug, actor, rooms: [councilRoom(slug)], payload });
  }

  private publishMember<T extends MemberEvent>(eventType: T, council: CouncilCategory, memberId: number, actor: string, payload: Omit<EventPayload<T>, 'council_id'>) {
    return this.events.publish({
      eventType,
      entityType: 'council_member',
      entityId: memberId,
      actor,
      rooms: [councilRoom(council.slug)],
      payload: { council_id: council.slug, ...payload } as EventPayload<T>,
    });
  }

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

function findMember(members: CouncilMember[], memberId: number, slug: string): CouncilMember {
  const member = members.find((m) => m.id === memberId);
  if (!member) throw new NotFoundException(`Council '${slug}' has no member ${memberId}`);
  return member;
}

function assertMemberNameFree(members: CouncilMember[], name: string, exceptId?: number): void {
  const clash = members.find((m) => m.id !== exceptId && m.name.toLowerCase() === name.toLowerCase());
  if (clash) throw new ConflictException(`This council already has a member named '${clash.name}'`);
}

/** The entity patch and the wire-named changes/previous values for the given DTO keys that differ. */
function diff<D extends object, E extends object>(entity: E, dto: D, keys: Array<keyof D>, map: Record<string, string>) {
  return patchDiff(
    entity,
    keys.map((key) => [key as string, map[key as string] as keyof E, dto[key]] as const),
    { same: sameValue, previousOrNull: true },
  );
}
