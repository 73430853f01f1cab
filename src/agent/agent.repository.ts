import { Injectable } from '@nestjs/common';
import { Brackets, In, SelectQueryBuilder } from 'typeorm';
import { UnitOfWork } from '../database/unit-of-work';
import { Agent } from './entities/agent.entity';

/** Queries of `agents`, in the current transaction. */
@Injectable()
export class AgentRepository {
  constructor(private readonly uow: UnitOfWork) {}

  private get repo() {
    return this.uow.manager.getRepository(Agent);
  }

  /** Live agents joined with their department; hidden departments' agents only with `includeHidden`. */
  live({ includeHidden = false }: { includeHidden?: boolean } = {}): SelectQueryBuilder<Agent> {
    const qb = this.repo.createQueryBuilder('a').leftJoinAndSelect('a.departmentRef', 'd').where('a.deletedAt IS NULL');
    if (!includeHidden) {
      qb.andWhere(new Brackets((b) => b.where('d.id IS NULL').orWhere('d.hidden = :hidden', { hidden: false })));
    }
    return qb;
  }

  liveByCellId(cellId: string, options: { includeHidden?: boolean } = {}): Promise<Agent | null> {
    return this.live(options).andWhere('a.cellId = :cellId', { cellId }).getOne();
  }

  withDepartment(id: number): Promise<Agent> {
    return this.repo.findOneOrFail({ where: { id }, relations: { departmentRef: true } });
  }

  /** Every row, deleted ones too (the seed). */
  all(): Promise<Agent[]> {
    return this.repo.find();
  }

  /** Returns the new row's id. */
  async insert(row: Partial<Agent>): Promise<number> {
    const { identifiers } = await this.repo.insert(row);
    return Number(identifiers[0].id);
  }

  async insertMany(rows: Array<Partial<Agent>>): Promise<void> {
    await this.repo.insert(rows);
  }

  async update(id: number, patch: Partial<Agent>): Promise<void> {
    await this.repo.update(id, patch);
  }

  async updateMany(ids: number[], patch: Partial<Agent>): Promise<void> {
    await this.repo.update({ id: In(ids) }, patch);
  }

  /** A live agent with this name (case-insensitive), other than `exceptId`. */
  nameTaken(name: string, exceptId?: number): Promise<boolean> {
    const qb = this.repo.createQueryBuilder('a').where('a.deletedAt IS NULL').andWhere('LOWER(a.name) = LOWER(:name)', { name });
    if (exceptId !== undefined) qb.andWhere('a.id != :exceptId', { exceptId });
    return qb.getExists();
  }

  /** Any agent, deleted or not, with this cell id (case-insensitive). */
  cellIdTaken(cellId: string): Promise<boolean> {
    return this.repo.createQueryBuilder('a').where('LOWER(a.cellId) = LOWER(:cellId)', { cellId }).getExists();
  }

  async cellIdsStartingWith(prefix: string): Promise<string[]> {
    const rows = await this.repo.createQueryBuilder('a').select('a.cellId', 'cellId').where('a.cellId LIKE :prefix', { prefix: `${prefix}%` }).getRawMany<{ cellId: string }>();
    return rows.map((r) => r.cellId);
  }

  async maxSunflowerIndex(departmentSlug: string): Promise<number | null> {
    const row = await this.repo
      .createQueryBuilder('a')
      .select('MAX(a.sunflowerIndex)', 'max')
      .where('a.department = :slug', { slug: departmentSlug })
      .getRawOne<{ max: number | string | null }>();
    return row?.max === null || row?.max === undefined ? null : Number(row.max);
  }

  /** Live agents per department slug. */
  async countByDepartment(): Promise<Map<string, number>> {
    const rows = await this.repo
      .createQueryBuilder('a')
      .select('a.department', 'department')
      .addSelect('COUNT(*)', 'count')
      .where('a.deletedAt IS NULL')
      .groupBy('a.department')
      .getRawMany<{ department: string; count: string | number }>();
    return new Map(rows.map((r) => [r.department, Number(r.count)]));
  }
}
