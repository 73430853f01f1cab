import type { JsonObject } from '../../common/json';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ChatSession } from './chat-session.entity';

export const MESSAGE_ROLES = ['user', 'assistant', 'system'] as const;
export type MessageRole = (typeof MESSAGE_ROLES)[number];
export const MESSAGE_STATUSES = ['complete', 'streaming', 'interrupted', 'offline', 'error'] as const;
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];

@Entity('chat_messages')
@Index(['sessionId', 'id'])
@Index(['sessionId', 'clientMessageId'], { unique: true })
@Index(['status'])
export class ChatMessage {
  @PrimaryGeneratedColumn() id: number;
  @Column() sessionId: string;
  @ManyToOne(() => ChatSession, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', referencedColumnName: 'sessionId' })
  session?: ChatSession;
  @Column({ type: 'varchar' }) role: MessageRole;
  /** Speaker name for assistant turns (agent, spokesperson, council member); null for the founder. */
  @Column({ type: String, nullable: true }) author: string | null;
  @Column('text') content: string;
  @Column({ type: String, nullable: true }) model: string | null;
  @Column({ type: 'varchar', default: 'complete' }) status: MessageStatus;
  @Column({ type: String, nullable: true }) clientMessageId: string | null;
  /** For an assistant reply: the user message it answers (used by idempotent sends and regenerate). */
  @Column({ type: Number, nullable: true }) replyToId: number | null;
  @Column({ type: Number, nullable: true }) promptTokens: number | null;
  @Column({ type: Number, nullable: true }) tokens: number | null;
  @Column({ type: Number, nullable: true }) latencyMs: number | null;
  @Column({ type: 'simple-json', nullable: true }) metadata: JsonObject | null;
  @CreateDateColumn() createdAt: Date;
  @UpdateDateColumn() updatedAt: Date;
}
