import type { JsonObject } from '../../common/json';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Department } from '../../department/entities/department.entity';

export const AGENT_ROLES = ['advisor_a', 'advisor_b', 'scout_internal', 'scout_external', 'synth', 'executor'] as const;
export type AgentRole = (typeof AGENT_ROLES)[number];

@Entity('agents')
@Index(['department', 'sunflowerIndex'])
export class Agent {
  @PrimaryGeneratedColumn() id: number;
  /** Public id in URLs (A11..A86 for the seeded company). */
  @Column({ unique: true }) cellId: string;
  @Column() name: string;
  /** Department slug. */
  @Column() department: string;
  @ManyToOne(() => Department, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'department_id' })
  departmentRef?: Department | null;
  @Column({ type: Number, nullable: true }) departmentId: number | null;
  /** Human-readable role name, e.g. "Knowledge Synthesizer". */
  @Column() type: string;
  @Index() @Column() role: string;
  @Column({ type: 'text', nullable: true }) capabilities: string | null;
  @Column({ type: 'text', nullable: true }) description: string | null;
  @Column({ default: 'active' }) status: string;
  @Column({ default: true }) isActive: boolean;
  @Column({ type: Number, nullable: true }) sunflowerIndex: number | null;
  @Column({ type: String, nullable: true }) voiceId: string | null;
  @Column({ type: Date, nullable: true }) lastSeen: Date | null;
  @Column({ type: 'real', default: 0 }) performanceScore: number;
  @Column({ default: 'untrained' }) trainingStatus: string;
  @Column({ type: 'simple-json' }) metadata: JsonObject;
  @Column({ type: Date, nullable: true }) deletedAt: Date | null;
  @CreateDateColumn() createdAt: Date;
  @UpdateDateColumn() updatedAt: Date;
}
