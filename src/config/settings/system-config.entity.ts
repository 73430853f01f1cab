import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const CONFIG_TYPES = ['string', 'int', 'float', 'bool', 'json'] as const;
export type ConfigType = (typeof CONFIG_TYPES)[number];

/** Typed key/value settings and founder overrides. */
@Entity('system_config')
export class SystemConfig {
  @PrimaryGeneratedColumn() id: number;
  @Column({ unique: true }) configKey: string;
  /** JSON-encoded value. */
  @Column({ type: 'text' }) configValue: string;
  @Column({ type: 'varchar', default: 'string' }) configType: ConfigType;
  @Column({ type: String, nullable: true }) description: string | null;
  @Column({ default: false }) isSensitive: boolean;
  @Column({ default: 1 }) version: number;
  @CreateDateColumn() createdAt: Date;
  @UpdateDateColumn() updatedAt: Date;
}
