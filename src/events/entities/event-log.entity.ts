import type { JsonObject } from '../../common/json';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** The spine: every change is one row, written in the change's own transaction, hash-chained. */
@Entity('event_log')
@Index(['entityType', 'entityId'])
@Index(['actor'])
@Index(['createdAt'])
export class EventLog {
  @PrimaryGeneratedColumn() id: number;
  @Index() @Column() eventType: string;
  @Column() entityType: string;
  @Column({ type: String, nullable: true }) entityId: string | null;
  @Column({ type: 'simple-json' }) payload: JsonObject;
  @Column({ default: 'system' }) actor: string;
  /** Socket.IO rooms the event goes to (besides `all`), e.g. ["session:…", "department:engineering"]. */
  @Column({ type: 'simple-json' }) rooms: string[];
  /** Set by the service (not the database) so that the hash covers the exact stored value. */
  @Column({ type: Date }) createdAt: Date;
  @Column() prevHash: string;
  @Column() hash: string;
}
