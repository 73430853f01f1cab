import type { JsonObject } from '../../common/json';
import { Column, CreateDateColumn, Entity, OneToMany, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import type { CouncilMember } from './council-member.entity';

/** One expert council (e.g. "Finance Council"). */
@Entity('council_categories')
export class CouncilCategory {
  @PrimaryGeneratedColumn() id: number;
  /** Public id, e.g. `finance_council`. */
  @Column({ unique: true }) slug: string;
  @Column({ unique: true }) name: string;
  @Column({ type: 'text', nullable: true }) description: string | null;
  @Column({ type: String, nullable: true }) icon: string | null;
  @Column({ type: String, nullable: true }) color: string | null;
  @Column({ default: true }) enabled: boolean;
  @Column({ type: 'simple-json' }) metadata: JsonObject;
  @Column({ type: Date, nullable: true }) deletedAt: Date | null;
  @OneToMany('CouncilMember', (member: CouncilMember) => member.category) members?: Relation<CouncilMember>[];
  @CreateDateColumn() createdAt: Date;
  @UpdateDateColumn() updatedAt: Date;
}
