import type { JsonObject } from '../../common/json';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity('departments')
export class Department {
  @PrimaryGeneratedColumn() id: number;
  /** Public id in URLs. */
  @Column({ unique: true }) slug: string;
  @Column({ unique: true }) name: string;
  @Column({ type: 'text', nullable: true }) description: string | null;
  @Column({ default: '#0066cc' }) color: string;
  @Column({ type: String, nullable: true }) icon: string | null;
  @Column({ unique: true }) sunflowerIndex: number;
  @Column({ unique: true }) cellId: string;
  @Column({ default: 'active' }) status: string;
  /** Hidden departments are shown only with include_hidden=true (founder view). */
  @Column({ default: false }) hidden: boolean;
  @Column({ type: 'simple-json' }) metadata: JsonObject;
  @CreateDateColumn() createdAt: Date;
  @UpdateDateColumn() updatedAt: Date;
}
