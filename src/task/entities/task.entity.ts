import type { JsonObject } from '../../common/json';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const TASK_STATUSES = ['pending', 'running', 'completed', 'failed', 'cancelled'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];
export const TASK_PRIORITIES = ['low', 'medium', 'high', 'urgent'] as const;
export type TaskPriority = (typeof TASK_PRIORITIES)[number];

@Entity('tasks')
@Index(['assignedAgentId', 'status'])
@Index(['departmentId', 'status'])
export class Task {
  @PrimaryGeneratedColumn() id: number;
  @Column({ unique: true }) taskId: string;
  @Column() ownerType: string;
  @Column({ type: String, nullable: true }) ownerId: string | null;
  /** Department slug. */
  @Column({ type: String, nullable: true }) departmentId: string | null;
  @Column() title: string;
  @Column({ type: 'text', nullable: true }) description: string | null;
  @Column({ type: 'varchar', default: 'pending' }) status: TaskStatus;
  @Column({ type: 'varchar', default: 'medium' }) priority: TaskPriority;
  /** 0–100. */
  @Column({ type: 'real', default: 0 }) progress: number;
  @Column({ type: 'simple-json', nullable: true }) payload: JsonObject | null;
  @Column({ type: 'simple-json', nullable: true }) result: JsonObject | null;
  @Column({ type: String, nullable: true }) assignedAgentId: string | null;
  @Column({ type: Date, nullable: true }) startedAt: Date | null;
  @Column({ type: Date, nullable: true }) completedAt: Date | null;
  @CreateDateColumn() createdAt: Date;
  @UpdateDateColumn() updatedAt: Date;
}
