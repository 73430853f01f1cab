import type { JsonObject } from '../../common/json';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const SCOPE_TYPES = ['executive', 'department', 'agent', 'council', 'general'] as const;
export type ScopeType = (typeof SCOPE_TYPES)[number];

@Entity('chat_sessions')
@Index(['scopeType', 'scopeId'])
@Index(['updatedAt'])
export class ChatSession {
  @PrimaryGeneratedColumn() id: number;
  /** Public id (UUID v4). */
  @Column({ unique: true }) sessionId: string;
  @Column({ default: 'general' }) category: string;
  @Column({ type: Number, nullable: true }) categoryId: number | null;
  @Column({ default: 'New Chat' }) title: string;
  @Column({ default: 'user' }) ownerType: string;
  @Column({ type: String, nullable: true }) ownerId: string | null;
  @Column({ type: 'varchar', default: 'general' }) scopeType: ScopeType;
  @Column({ type: String, nullable: true }) scopeId: string | null;
  /** Fully qualified `<scope_type>/<scope_id>/<key>`; unique so that get-or-create never forks a thread. */
  @Column({ type: String, nullable: true, unique: true }) threadKey: string | null;
  /**
   * `<scope_type>/<scope_id>/<client_message_id>` of the send that opened the session without a
   * session_id: unique, so a retry of that first send finds this session instead of opening another.
   */
  @Index('IDX_chat_sessions_opening_key', { unique: true })
  @Column({ type: String, nullable: true })
  openingKey: string | null;
  @Column({ type: 'simple-json' }) context: JsonObject;
  @Column({ default: true }) isActive: boolean;
  @Column({ default: 0 }) messageCount: number;
  @Column({ type: String, nullable: true }) lastMessagePreview: string | null;
  @Column({ type: Date, nullable: true }) deletedAt: Date | null;
  @CreateDateColumn() createdAt: Date;
  /** Bumped on every message: lists sort by it (newest activity first). */
  @UpdateDateColumn() updatedAt: Date;
}
