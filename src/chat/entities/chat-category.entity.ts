import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('chat_categories')
export class ChatCategory {
  @PrimaryGeneratedColumn() id: number;
  @Column({ unique: true }) name: string;
  @Column({ type: String, nullable: true }) description: string | null;
  @Column({ type: String, nullable: true }) icon: string | null;
  @Column({ type: String, nullable: true }) color: string | null;
  @Column({ default: 0 }) sortOrder: number;
  @Column({ default: true }) isActive: boolean;
  @CreateDateColumn() createdAt: Date;
}
