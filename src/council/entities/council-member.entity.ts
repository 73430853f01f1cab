import type { JsonObject } from '../../common/json';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { CouncilCategory } from './council-category.entity';

/** One expert of a council, with the persona it is inspired by. */
@Entity('council_members')
export class CouncilMember {
  @PrimaryGeneratedColumn() id: number;
  @Index() @Column() categoryId: number;
  @ManyToOne(() => CouncilCategory, (category) => category.members, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'category_id' })
  category?: Relation<CouncilCategory>;
  @Column() name: string;
  @Column({ type: String, nullable: true }) personaSource: string | null;
  @Column({ type: String, nullable: true }) role: string | null;
  @Column({ type: String, nullable: true }) avatar: string | null;
  @Column({ type: 'simple-json' }) expertise: string[];
  @Column({ default: true }) enabled: boolean;
  @Column({ default: 0 }) displayOrder: number;
  @Column({ type: 'simple-json' }) settings: JsonObject;
  @CreateDateColumn() createdAt: Date;
  @UpdateDateColumn() updatedAt: Date;
}
