import type { JsonObject } from '../../common/json';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A tool/integration connection; credentials are stored only encrypted (AES-256-GCM). */
@Entity('connections')
export class Connection {
  @PrimaryGeneratedColumn() id: number;
  @Column({ unique: true }) toolName: string;
  @Column({ type: String, nullable: true }) displayName: string | null;
  @Column({ default: 'disconnected' }) status: string;
  @Column({ type: 'text', nullable: true }) credentialsEncrypted: string | null;
  /** Non-secret settings only. */
  @Column({ type: 'simple-json' }) settings: JsonObject;
  @Column({ type: Date, nullable: true }) lastChecked: Date | null;
  @Column({ type: String, nullable: true }) lastError: string | null;
  @CreateDateColumn() createdAt: Date;
  @UpdateDateColumn() updatedAt: Date;
}
