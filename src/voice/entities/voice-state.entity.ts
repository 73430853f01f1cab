import type { JsonObject } from '../../common/json';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** Voice settings of Daena (agent_id null) or of one agent (agent cell_id). */
@Entity('voice_state')
export class VoiceState {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: String, nullable: true, unique: true }) agentId: string | null;
  @Column({ type: String, nullable: true }) voiceId: string | null;
  @Column({ type: String, nullable: true }) voiceFilePath: string | null;
  @Column({ default: false }) talkActive: boolean;
  @Column({ default: false }) listenActive: boolean;
  @Column({ type: 'real', default: 1 }) volume: number;
  @Column({ default: 175 }) rate: number;
  @Column({ type: 'real', default: 1 }) pitch: number;
  @Column({ default: false }) isActive: boolean;
  @Column({ type: 'simple-json' }) settings: JsonObject;
  @CreateDateColumn() createdAt: Date;
  @UpdateDateColumn() updatedAt: Date;
}
