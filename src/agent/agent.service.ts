import { patchDiff } from '../common/utils/patch-diff';
import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { AgentRepository } from './agent.repository';
import { decodeCursor, encodeCursor } from '../common/utils/cursor';
import { UnitOfWork } from '../database/unit-of-work';
import type { VisibilityOptions } from '../department/department.service';
import { DepartmentService } from '../department/department.service';
import { Department } from '../department/entities/department.entity';
import { EventsService } from '../events/events.service';
import { agentRoom, departmentRoom } from '../events/rooms';
import { AGENT_ROLE_NAMES, SPOKESPERSON_ROLE } from './agent-roles';
import { offsetPage } from '../common/dto/offset-page';
import { AgentListResponse, AgentResponse, toAgentResponse } from './agent.mapper';
import { CreateAgentDto, DEFAULT_AGENT_ROLE } from './dto/create-agent.dto';
import { AgentQueryDto, DEFAULT_AGENT_PAGE, ListAgentsQueryDto } from './dto/list-agents-query.dto';
import { UpdateAgentDto, UpdateAgentQueryDto } from './dto/update-agent.dto';
import { Agent, AGENT_ROLES, AgentRole } from './entities/agent.entity';

/** One agent of the seed catalogue (natural key: cell_id). */
export interface AgentSeedRow {
  cellId: string;
  name: string;
  department: string;
  departmentId: number | null;
  role: AgentRole;
  type: string;
  capabilities: string;
  description: string;
  sunflowerIndex: number;
  performanceScore: number;
  status: string;
}

/** The fields `reset` puts back (voice, last_seen, training and metadata are left alone). */
const SEED_FIELDS = [
  'name',
  'department',
  'departmentId',
  'role',
  'type',
  'capabilities',
  'description',
  'sunflowerIndex',
  'performanceScore',
  'status',
] as const;

/** PATCH body field → entity property. */
const PATCHABLE = {
  name: 'name',
  role: 'role',
  type: 'type',
  status: 'status',
  is_active: 'isActive',
  description: 'description',
  capabilities: 'capabilities',
  department: 'department',
} as const satisfies Record<Exclude<keyof UpdateAgentDto, 'auto_backup'>, keyof Agent>;

const DEFAULT_PERFORMANCE_SCORE = 95;

/** `A<d><k>`, or `A<d>_<k>` once k has two digits (so that A1_10 never reads as department 11). */
export function agentCellId(departmentNumber: number, k: number): string {
  return k <= 9 ? `A${departmentNumber}${k}` : `A${departmentNumber}_${k}`;
}

@Injectable()
export class AgentService {
  constructor(
    private readonly agents: AgentRepository,
    private readonly departments: DepartmentService,
    private readonly uow: UnitOfWork,
    private readonly events: EventsService,
  ) {}

  /** `GET /agents`: keyset pages by id (or by `offset`, the original's way); `total` counts the whole filtered set. */
  async list(query: ListAgentsQueryDto): Promise<AgentListResponse> {
    const includeHidden = query.include_hidden ?? false;
    const slug = query.department ?? query.department_id;
    if (slug) await this.departments.findBySlug(slug, { includeHidden });
    const afterId = query.cursor ? (decodeCursor(query.cursor, ['number'])[0] as number) : 0;
    const qb = this.agents.live({ includeHidden });
    if (slug) qb.andWhere('a.department = :slug', { slug });
    const total = await qb.getCount();
    const limit = query.limit ?? DEFAULT_AGENT_PAGE;
    const offset = query.offset ?? 0;
    const rows = await qb.andWhere('a.id > :afterId', { afterId }).orderBy('a.id', 'ASC').offset(offset).limit(limit + 1).getMany();
    const page = rows.slice(0, limit);
    return {
      success: true,
      agents: page.map(toAgentResponse),
      total,
      next_cursor: rows.length > limit ? encodeCursor([page[page.length - 1].id]) : null,
      ...offsetPage(total, limit, offset, page.length),
    };
  }

  /** `GET /agents/:cell_id`. */
  async getOne(cellId: string, query: AgentQueryDto): Promise<AgentResponse> {
    return toAgentResponse(await this.findByCellId(cellId, { includeHidden: query.include_hidden }));
  }

  /** `POST /agents`: 400 unknown department, 409 taken cell_id or name; one `agent.created` event. */
  async create(dto: CreateAgentDto, actor: string): Promise<AgentResponse> {
    const department = await this.departmentOf(dto);
    const role = dto.role ?? DEFAULT_AGENT_ROLE;
    return this.uow.write(async () => {
      await this.assertNameFree(dto.name);
      let cellId = dto.cell_id;
      let sunflowerIndex: number;
      if (cellId) {
        await this.assertCellIdFree(cellId);
        sunflowerIndex = await this.nextSunflowerIndex(department);
      } else {
        const next = await this.nextCellId(department);
        cellId = next.cellId;
        sunflowerIndex = next.sunflowerIndex;
      }
      const id = await this.agents.insert({
        cellId,
        name: dto.name,
        department: department.slug,
        departmentId: department.id,
        role,
        type: dto.type ?? AGENT_ROLE_NAMES[role],
        capabilities: dto.capabilities ?? `Specialized in ${role} functions`,
        description: dto.description ?? `${AGENT_ROLE_NAMES[role]} for ${department.name}`,
        status: 'active',
        isActive: true,
        sunflowerIndex,
        performanceScore: DEFAULT_PERFORMANCE_SCORE,
        metadata: {},
      });
      const agent = await this.agents.withDepartment(id);
      const response = toAgentResponse(agent);
      await this.events.publish({
        eventType: 'agent.created',
        entityType: 'agent',
        entityId: cellId,
        actor,
        rooms: [agentRoom(cellId), departmentRoom(department.slug)],
        founderOnly: department.hidden,
        payload: { agent: response },
      });
      return response;
    });
  }

  /**
   * `PATCH /agents/:cell_id`: at least one field; 409 on a name clash; `agent.updated` lists the changes.
   * `auto_backup` (the original's flag, in the body or the query) is stored in the agent's metadata.
   */
  async update(cellId: string, dto: UpdateAgentDto, actor: string, query: UpdateAgentQueryDto = {}): Promise<AgentResponse> {
    const given = (Object.keys(PATCHABLE) as Array<keyof typeof PATCHABLE>).filter((key) => dto[key] !== undefined);
    const autoBackup = dto.auto_backup ?? query.auto_backup;
    if (!given.length && autoBackup === undefined) {
      throw new BadRequestException([`give at least one of: ${[...Object.keys(PATCHABLE), 'auto_backup'].join(', ')}`]);
    }
    const target = dto.department !== undefined ? await this.requireDepartment(dto.department) : null;
    return this.uow.write(async () => {
      const agent = await this.findForWrite(cellId);
      const { patch, changes, previous } = patchDiff(agent, given.map((key) => [key, PATCHABLE[key], dto[key]] as const));
      if (autoBackup !== undefined && agent.metadata.auto_backup !== autoBackup) {
        changes.auto_backup = autoBackup;
        previous.auto_backup = agent.metadata.auto_backup ?? null;
        patch.metadata = { ...agent.metadata, auto_backup: autoBackup };
      }
      if (!Object.keys(changes).length) return toAgentResponse(agent);
      if (changes.name !== undefined) await this.assertNameFree(dto.name!, agent.id);
      if (target) patch.departmentId = target.id;
      await this.agents.update(agent.id, patch);
      const updated = await this.agents.withDepartment(agent.id);
      const rooms = new Set([agentRoom(cellId), departmentRoom(agent.department), departmentRoom(updated.department)]);
      await this.events.publish({
        eventType: 'agent.updated',
        entityType: 'agent',
        entityId: cellId,
        actor,
        rooms: [...rooms],
        founderOnly: Boolean(agent.departmentRef?.hidden || updated.departmentRef?.hidden),
        payload: { cell_id: cellId, department: updated.department, changes, previous },
      });
      return toAgentResponse(updated);
    });
  }

  /**
   * The original's reset-to-default: the role its cell implies (k of `A<d><k>`, by sunflower_index),
   * that role's display name, status active; through `update`, so `agent.updated` lists what changed.
   */
  async resetToDefault(cellId: string, actor: string): Promise<AgentResponse> {
    const agent = await this.findByCellId(cellId, { includeHidden: true });
    const index = agent.sunflowerIndex ?? 0;
    const k = index % 10;
    const role = AGENT_ROLES[k >= 1 && k <= AGENT_ROLES.length ? k - 1 : index % AGENT_ROLES.length];
    return this.update(cellId, { role, type: AGENT_ROLE_NAMES[role], status: 'active', is_active: true }, actor);
  }

  /** `DELETE /agents/:cell_id`: soft delete; the agent vanishes from every read. */
  remove(cellId: string, actor: string): Promise<{ success: true; cell_id: string; deleted: true }> {
    return this.uow.write(async () => {
      const agent = await this.findForWrite(cellId);
      await this.agents.update(agent.id, { deletedAt: new Date() });
      await this.events.publish({
        eventType: 'agent.deleted',
        entityType: 'agent',
        entityId: cellId,
        actor,
        rooms: [agentRoom(cellId), departmentRoom(agent.department)],
        founderOnly: Boolean(agent.departmentRef?.hidden),
        payload: { cell_id: cellId, name: agent.name, department: agent.department },
      });
      return { success: true as const, cell_id: cellId, deleted: true as const };
    });
  }

  /** A live agent (with `departmentRef`); 404 when unknown, deleted, or hidden without `includeHidden`. */
  async findByCellId(cellId: string, options: VisibilityOptions = {}): Promise<Agent> {
    const agent = await this.agents.liveByCellId(cellId, options);
    if (!agent) throw new NotFoundException(`Agent '${cellId}' not found`);
    return agent;
  }

  /** A department's live agents by sunflower_index (the seeded six come in role order). */
  findByDepartment(slug: string): Promise<Agent[]> {
    return this.findByDepartments([slug]);
  }

  findByDepartments(slugs: string[]): Promise<Agent[]> {
    if (!slugs.length) return Promise.resolve([]);
    return this.agents
      .live({ includeHidden: true })
      .andWhere('a.department IN (:...slugs)', { slugs })
      .orderBy('a.sunflowerIndex', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .getMany();
  }

  /** Who answers for a department: its synth, else its first agent; 404 when it has none. */
  async spokespersonOf(slug: string): Promise<Agent> {
    const agents = await this.findByDepartment(slug);
    if (!agents.length) throw new NotFoundException(`Department '${slug}' has no agents`);
    return agents.find((a) => a.role === SPOKESPERSON_ROLE) ?? agents[0];
  }

  count(options: VisibilityOptions = {}): Promise<number> {
    return this.agents.live(options).getCount();
  }

  /** Live agents per department slug. */
  countByDepartment(): Promise<Map<string, number>> {
    return this.agents.countByDepartment();
  }

  /**
   * Seed upsert by cell_id. Inserts missing agents (a deleted seed agent stays deleted); with `reset`,
   * puts seed agents back to their seed values (undeleting them) and soft-deletes every other agent.
   */
  upsertSeed(rows: AgentSeedRow[], { reset = false }: { reset?: boolean } = {}) {
    return this.uow.write(async () => {
      const existing = new Map((await this.agents.all()).map((a) => [a.cellId, a]));
      const missing: Array<Partial<Agent>> = [];
      let updated = 0;
      for (const row of rows) {
        const current = existing.get(row.cellId);
        if (!current) {
          missing.push({ ...row, isActive: true, metadata: {} });
          continue;
        }
        if (!reset) continue;
        const patch: Partial<Agent> = Object.fromEntries(
          SEED_FIELDS.filter((f) => current[f] !== row[f]).map((f) => [f, row[f]]),
        );
        if (!current.isActive) patch.isActive = true;
        if (current.deletedAt !== null) patch.deletedAt = null;
        if (Object.keys(patch).length) {
          await this.agents.update(current.id, patch);
          updated += 1;
        }
      }
      // Chunked: SQLite caps the number of bound parameters per statement.
      for (let i = 0; i < missing.length; i += 50) await this.agents.insertMany(missing.slice(i, i + 50));
      let removed = 0;
      if (reset) {
        const seeded = new Set(rows.map((r) => r.cellId));
        const extra = [...existing.values()].filter((a) => !seeded.has(a.cellId) && a.deletedAt === null).map((a) => a.id);
        if (extra.length) await this.agents.updateMany(extra, { deletedAt: new Date() });
        removed = extra.length;
      }
      return { inserted: missing.length, updated, removed };
    });
  }

  /** Writes reach hidden agents too (writes are founder-only). */
  private async findForWrite(cellId: string): Promise<Agent> {
    const agent = await this.agents.liveByCellId(cellId, { includeHidden: true });
    if (!agent) throw new NotFoundException(`Agent '${cellId}' not found`);
    return agent;
  }

  /** `department` (a slug) or the original's `department_id` (slug or numeric id); both must agree when both are given. */
  private async departmentOf(dto: CreateAgentDto): Promise<Department> {
    const refs = [dto.department, dto.department_id].filter((ref) => ref !== undefined);
    const found = await Promise.all(refs.map((ref) => this.departments.findByRefOrNull(ref)));
    const missing = refs.find((_ref, i) => !found[i]);
    if (missing !== undefined) throw new BadRequestException([`department '${missing}' does not exist`]);
    if (found.length === 2 && found[0]!.id !== found[1]!.id) throw new BadRequestException(['department and department_id name different departments']);
    return found[0]!;
  }

  private async requireDepartment(slug: string): Promise<Department> {
    const department = await this.departments.findBySlugOrNull(slug);
    if (!department) throw new BadRequestException([`department '${slug}' does not exist`]);
    return department;
  }

  private async assertNameFree(name: string, exceptId?: number): Promise<void> {
    if (await this.agents.nameTaken(name, exceptId)) throw new ConflictException(`An agent named '${name}' already exists`);
  }

  /** Deleted agents keep their cell_id: it names rooms, events and chat scopes. */
  private async assertCellIdFree(cellId: string): Promise<void> {
    if (await this.agents.cellIdTaken(cellId)) throw new ConflictException(`An agent with cell_id '${cellId}' already exists`);
  }

  /** The first free k of `A<d><k>`, d = the department's sunflower_index + 1. */
  private async nextCellId(department: Department): Promise<{ cellId: string; sunflowerIndex: number }> {
    const d = department.sunflowerIndex + 1;
    const taken = new Set((await this.agents.cellIdsStartingWith(`A${d}`)).map((cellId) => cellId.toUpperCase()));
    let k = 1;
    while (taken.has(agentCellId(d, k))) k += 1;
    return { cellId: agentCellId(d, k), sunflowerIndex: d * 10 + k };
  }

  private async nextSunflowerIndex(department: Department): Promise<number> {
    const max = await this.agents.maxSunflowerIndex(department.slug);
    return (max ?? (department.sunflowerIndex + 1) * 10) + 1;
  }
}
