import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One version of one SystemConfig key (history and rollback). A null value records a deletion. */
@Entity('system_config_revisions')
@Index(['configKey', 'version'], { unique: true })
export class SystemConfigRevision {
  @PrimaryGeneratedColumn() id: number;
  @Column() configKey: string;
  @Column() version: number;
  @Column({ type: 'text', nullable: true }) configValue: string | null;
  @Column({ default: 'string' }) configType: string;
  @Column({ default: 'system' }) actor: string;
  @CreateDateColumn() createdAt: Date;
}
