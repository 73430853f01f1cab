import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { decodeCursor } from '../common/utils/cursor';
import { UnitOfWork } from '../database/unit-of-work';
import { Task, TaskStatus } from './entities/task.entity';

export interface TaskListFilter {
  status?: TaskStatus;
  agent?: string;
  department?: string;
  /** Departments whose tasks are left out (hidden ones, for viewers). */
  excludeDepartments: string[];
  cursor?: string;
  limit: number;
}

/** Queries of `tasks`, in the current transaction. */
@Injectable()
export class TaskRepository {
  constructor(private readonly uow: UnitOfWork) {}

  private get repo() {
    return this.uow.manager.getRepository(Task);
  }

  byTaskId(taskId: string): Promise<Task | null> {
    return this.repo.findOne({ where: { taskId } });
  }

  async insert(row: Partial<Task>): Promise<void> {
    await this.repo.insert(row);
  }

  async update(id: number, patch: Partial<Task>): Promise<void> {
    await this.repo.update(id, patch);
  }

  async delete(id: number): Promise<void> {
    await this.repo.delete(id);
  }

  /** Newest first, keyset by id, one more than `limit` (so the caller sees whether more follow), with the filter's total. */
  async list(filter: TaskListFilter): Promise<{ rows: Task[]; total: number }> {
    const qb = this.repo.createQueryBuilder('t').where('1 = 1');
    if (filter.excludeDepartments.length) qb.andWhere('(t.departmentId IS NULL OR t.departmentId NOT IN (:...hidden))', { hidden: filter.excludeDepartments });
    if (filter.status) qb.andWhere('t.status = :status', { status: filter.status });
    if (filter.agent) qb.andWhere('t.assignedAgentId = :agent', { agent: filter.agent });
    if (filter.department) qb.andWhere('t.departmentId = :department', { department: filter.department });
    const total = await qb.getCount();
    if (filter.cursor) qb.andWhere('t.id < :beforeId', { beforeId: decodeCursor(filter.cursor, ['number'])[0] });
    const rows = await qb.orderBy('t.id', 'DESC').limit(filter.limit + 1).getMany();
    return { rows, total };
  }

  /** An agent's tasks, newest first. */
  ofAgent(cellId: string, status: TaskStatus | undefined, take: number): Promise<Task[]> {
    return this.repo.find({ where: { assignedAgentId: cellId, ...(status ? { status } : {}) }, order: { id: 'DESC' }, take });
  }

  countsByStatusAndPriority() {
    return this.repo
      .createQueryBuilder('t')
      .select('t.status', 'status')
      .addSelect('t.priority', 'priority')
      .addSelect('COUNT(*)', 'count')
      .groupBy('t.status')
      .addGroupBy('t.priority')
      .getRawMany<{ status: string; priority: string; count: string | number }>();
  }

  countsByAgentAndStatus(cellIds: string[]) {
    return this.repo
      .createQueryBuilder('t')
      .select('t.assignedAgentId', 'agent')
      .addSelect('t.status', 'status')
      .addSelect('COUNT(*)', 'count')
      .addSelect('MAX(t.updatedAt)', 'last')
      .where('t.assignedAgentId IN (:...cellIds)', { cellIds })
      .groupBy('t.assignedAgentId')
      .addGroupBy('t.status')
      .getRawMany<{ agent: string; status: TaskStatus; count: string | number; last: unknown }>();
  }

  /** The agents' running tasks, most recently started first. */
  runningOf(cellIds: string[]): Promise<Task[]> {
    return this.repo.find({ where: { assignedAgentId: In(cellIds), status: 'running' }, order: { startedAt: 'DESC', id: 'DESC' } });
  }
}
