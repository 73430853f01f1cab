import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { roomsForSession } from '../chat/chat-scope';
import { runSql } from '../database/insert-row';
import { UnitOfWork } from '../database/unit-of-work';
import { EventsService } from '../events/events.service';
import { writeOrDryRun } from './dry-run';
import { ForeignChat } from './foreign-chats';
import { TransferRepository } from './transfer.repository';

export interface ForeignImportReport {
  format: 'openwebui' | 'librechat';
  dry_run: boolean;
  chats_in_file: number;
  sessions_created: number;
  messages_created: number;
  /** Chats imported before (same tool and chat id): left as they are. */
  already_imported: number;
  sessions: Array<{ session_id: string; title: string; messages: number; source_id: string }>;
}

const PREVIEW_CHARS = 100;
const MAX_TITLE_CHARS = 200;

/**
 * Foreign chats become sessions of scope `general`, with their titles, message order and timestamps.
 * Each chat's thread key names its origin (`import:<tool>:<chat id>`): importing the same file
 * again adds nothing. One transaction for the whole file; one `chat.session.imported` event per session.
 */
@Injectable()
export class ForeignImportService {
  constructor(
    private readonly repository: TransferRepository,
    private readonly uow: UnitOfWork,
    private readonly events: EventsService,
  ) {}

  async importChats(format: ForeignImportReport['format'], chats: ForeignChat[], { dryRun = false, actor = 'system' }: { dryRun?: boolean; actor?: string } = {}): Promise<ForeignImportReport> {
    return writeOrDryRun(this.uow, dryRun, async (tx) => {
      const report: ForeignImportReport = { format, dry_run: dryRun, chats_in_file: chats.length, sessions_created: 0, messages_created: 0, already_imported: 0, sessions: [] };
      const [general] = await runSql<Array<{ id: number }>>(tx.manager, 'SELECT id FROM chat_categories WHERE name = ?', ['general']);
      for (const chat of chats) {
        const threadKey = `general//import:${chat.source}:${chat.sourceId}`;
        const [known] = await runSql<Array<{ id: number }>>(tx.manager, 'SELECT id FROM chat_sessions WHERE thread_key = ?', [threadKey]);
        if (known) {
          report.already_imported += 1;
          continue;
        }
        const sessionId = randomUUID();
        const last = chat.messages.at(-1);
        const sessions = this.repository.inserter(tx.manager, 'chat_sessions', { keepIds: false });
        await sessions.add({
          session_id: sessionId,
          category: 'general',
          category_id: general?.id ?? null,
          title: chat.title.replace(/\s+/g, ' ').trim().slice(0, MAX_TITLE_CHARS) || 'Imported chat',
          owner_type: 'user',
          owner_id: null,
          scope_type: 'general',
          scope_id: null,
          thread_key: threadKey,
          context: { imported_from: chat.source, source_id: chat.sourceId },
          is_active: true,
          message_count: chat.messages.length,
          last_message_preview: last ? last.content.slice(0, PREVIEW_CHARS) : null,
          deleted_at: null,
          created_at: chat.createdAt.toISOString(),
          updated_at: (last?.createdAt ?? chat.createdAt).toISOString(),
        });
        await sessions.finish();
        const messages = this.repository.inserter(tx.manager, 'chat_messages', { keepIds: false });
        for (const m of chat.messages) {
          await messages.add({
            session_id: sessionId,
            role: m.role,
            author: m.author,
            content: m.content,
            model: m.model,
            status: 'complete',
            client_message_id: null,
            reply_to_id: null,
            prompt_tokens: null,
            tokens: null,
            latency_ms: null,
            metadata: { imported_from: chat.source },
            created_at: m.createdAt.toISOString(),
            updated_at: m.createdAt.toISOString(),
          });
        }
        await messages.finish();
        report.sessions_created += 1;
        report.messages_created += chat.messages.length;
        report.sessions.push({ session_id: sessionId, title: chat.title, messages: chat.messages.length, source_id: chat.sourceId });
        await this.events.publish({
          eventType: 'chat.session.imported',
          entityType: 'chat_session',
          entityId: sessionId,
          actor,
          rooms: roomsForSession(sessionId, 'general', null),
          payload: { session_id: sessionId, title: chat.title, scope_type: 'general', scope_id: null, imported_from: chat.source, source_id: chat.sourceId, message_count: chat.messages.length },
        });
      }
      return report;
    });
  }
}
