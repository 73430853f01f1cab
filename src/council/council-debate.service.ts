import { ConflictException, Injectable, Logger } from '@nestjs/common';
import { toSessionResponse } from '../chat/chat.mapper';
import { AssistantTurnEngine, TurnOutcome } from '../chat/assistant-turn.engine';
import { autoTitle, ChatService } from '../chat/chat.service';
import { ChatMessage } from '../chat/entities/chat-message.entity';
import { ChatSession } from '../chat/entities/chat-session.entity';
import type { JsonObject } from '../common/json';
import type { LlmConfig } from '../config/configuration';
import { SettingsService } from '../config/settings/settings.service';
import { ClusterLock } from '../database/cluster-lock';
import { UnitOfWork } from '../database/unit-of-work';
import { EventsService } from '../events/events.service';
import type { EventPayload, EventType } from '../events/event-catalogue';
import { councilRoom, sessionRoom } from '../events/rooms';
import type { LlmFailureKind, LlmState } from '../llm/llm.types';
import { councilMemberPrompt, councilSynthesisPrompt } from '../llm/prompts';
import { CouncilService } from './council.service';
import { debateTranscript, groupByRound, latestRound, synthesisInputs, toEntries } from './debate-transcript';
import type { DebateEntry } from './debate-transcript';
import { DebateMessageDto, ListDebatesQueryDto, StartDebateDto } from './dto/debate.dto';
import { CouncilCategory } from './entities/council-category.entity';
import { CouncilMember } from './entities/council-member.entity';

/** Daena chairs every debate: she writes the synthesis (the prompt is hers, and so is the offline text). */
export const CHAIR = 'Daena';
const DEFAULT_MAX_ROUNDS = 3;
/** A position is asked for in under 150 words. */
const POSITION_TOKENS = 400;
const PAGE = 500;

/** The engine's registry key of a debate's running round or synthesis. */
const debateKey = (sessionId: string) => `council:${sessionId}`;

/**
 * Council debates, stored as council-scope chat sessions. A round asks every enabled member for a
 * position (in parallel, at most OLLAMA_CONCURRENCY at once), writes the positions in member order,
 * then Daena synthesises. Every row and its `council.debate.*` event commit together, so a debate can
 * be rebuilt from the rows or from the event log. Ollama trouble never fails a request: a member
 * that cannot speak gets an in-character offline text, a stream cut mid-way keeps its partial text.
 */
@Injectable()
export class CouncilDebateService {
  private readonly logger = new Logger(CouncilDebateService.name);
  constructor(
    private readonly councils: CouncilService,
    private readonly chat: ChatService,
    private readonly engine: AssistantTurnEngine,
    private readonly events: EventsService,
    private readonly settings: SettingsService,
    private readonly uow: UnitOfWork,
    private readonly lock: ClusterLock,
  ) {}

  private get llmConfig(): LlmConfig {
    return this.engine.llmConfig;
  }

  /** `POST /councils/:id/debates`: opens the session, stores the topic, runs round 1; answers with the transcript. */
  async start(slug: string, dto: StartDebateDto, actor: string) {
    const council = await this.councils.findBySlug(slug);
    const members = await this.speakers(council);
    const topic = dto.topic.trim();
    const session = await this.uow.write(async () => {
      const created = await this.chat.createSession(
        {
          scopeType: 'council',
          scopeId: council.slug,
          category: 'council',
          title: autoTitle(topic),
          context: { council_id: council.slug, council_name: council.name, topic, type: 'debate', round: 1 },
        },
        actor,
      );
      const { message } = await this.chat.addMessage({
        sessionId: created.sessionId,
        role: 'user',
        content: topic,
        metadata: { kind: 'topic', round: 1 },
        actor,
      });
      await this.publish('council.debate.started', council, created.sessionId, actor, {
        council_name: council.name,
        title: created.title,
        topic,
        round: 1,
        message_id: message.id,
        members: members.map((m) => ({ member_id: m.id, member_name: m.name, role: m.role })),
      });
      return created;
    });
    await this.exclusive(session.sessionId, (signal) => this.runRound(council, members, session, 1, topic, actor, signal));
    return this.view(council, session.sessionId);
  }

  /** `POST .../debates/:session_id/messages`: the founder speaks; it counts for the next round and synthesis. */
  async addFounderMessage(slug: string, sessionId: string, dto: DebateMessageDto, actor: string) {
    const { council, session } = await this.debate(slug, sessionId);
    const round = latestRound(await this.entries(session.sessionId));
    const content = dto.message.trim();
    const message = await this.uow.write(async () => {
      const { message: row } = await this.chat.addMessage({
        sessionId: session.sessionId,
        role: 'user',
        content,
        metadata: { kind: 'founder', round },
        actor,
      });
      await this.publish('council.debate.message', council, session.sessionId, actor, {
        kind: 'founder',
        round,
        message_id: row.id,
        member_id: null,
        member_name: null,
        author: 'founder',
        content,
        status: row.status,
      });
      return row;
    });
    return { success: true, session_id: session.sessionId, council_id: council.slug, round, message: toEntries([message])[0] };
  }

  /** `POST .../debates/:session_id/rounds`: one more round over the whole transcript; 409 beyond `council.max_rounds`. */
  async nextRound(slug: string, sessionId: string, actor: string) {
    const { council, session } = await this.debate(slug, sessionId);
    const members = await this.speakers(council);
    await this.exclusive(session.sessionId, async (signal) => {
      const entries = await this.entries(session.sessionId);
      const round = latestRound(entries) + 1;
      const maxRounds = await this.maxRounds();
      if (round > maxRounds) throw new ConflictException(`This debate already had ${round - 1} round(s); council.max_rounds is ${maxRounds}`);
      const topic = this.topicOf(session, entries);
      await this.uow.write(async () => {
        await this.chat.updateSession(session.sessionId, { context: { ...session.context, round } }, actor);
        await this.publish('council.debate.round.started', council, session.sessionId, actor, {
          round,
          members: members.map((m) => ({ member_id: m.id, member_name: m.name, role: m.role })),
        });
      });
      await this.runRound(council, members, session, round, topic, actor, signal);
    });
    return this.view(council, session.sessionId);
  }

  /** `POST .../debates/:session_id/synthesize`: a new synthesis of the latest round (earlier ones are kept). */
  async resynthesize(slug: string, sessionId: string, actor: string) {
    const { council, session } = await this.debate(slug, sessionId);
    if (!council.enabled) throw new ConflictException(`Council '${council.slug}' is disabled`);
    await this.exclusive(session.sessionId, async (signal) => {
      const entries = await this.entries(session.sessionId);
      await this.synthesize(council, session, latestRound(entries), this.topicOf(session, entries), actor, signal);
    });
    return this.view(council, session.sessionId);
  }

  /** `GET /councils/:id/debates`: this council's debates, newest activity first. */
  async list(slug: string, query: ListDebatesQueryDto) {
    const council = await this.councils.findBySlug(slug);
    const page = await this.chat.listSessions({ scopeType: 'council', scopeId: council.slug, cursor: query.cursor, limit: query.limit });
    return {
      council_id: council.slug,
      debates: page.sessions.map((s) => ({
        ...toSessionResponse(s),
        topic: typeof s.context?.topic === 'string' ? s.context.topic : s.title,
        round: Number(s.context?.round ?? 1),
        running: this.engine.isRunning(debateKey(s.sessionId)),
      })),
      total: page.total,
      next_cursor: page.next_cursor,
    };
  }

  /** `GET /councils/:id/debates/:session_id`: the transcript grouped by round, rebuilt from the rows. */
  async get(slug: string, sessionId: string) {
    const { council, session } = await this.debate(slug, sessionId);
    return this.view(council, session.sessionId);
  }

  private async view(council: CouncilCategory, sessionId: string) {
    const session = await this.chat.requireSession(sessionId);
    const entries = await this.entries(sessionId);
    return {
      success: true,
      session_id: session.sessionId,
      council_id: council.slug,
      council_name: council.name,
      title: session.title,
      topic: this.topicOf(session, entries),
      round: latestRound(entries),
      max_rounds: await this.maxRounds(),
      running: this.engine.isRunning(debateKey(sessionId)),
      rounds: groupByRound(entries),
      message_count: session.messageCount,
      created_at: session.createdAt.toISOString(),
      updated_at: session.updatedAt.toISOString(),
    };
  }

  /** One round: positions generated in parallel (bounded), written in member order, then the synthesis. */
  private async runRound(
    council: CouncilCategory,
    members: CouncilMember[],
    session: ChatSession,
    round: number,
    topic: string,
    actor: string,
    signal: AbortSignal,
  ): Promise<void> {
    const transcript = debateTranscript(await this.entries(session.sessionId), this.llmConfig.historyChars);
    const outcomes = boundedMap(members, this.llmConfig.concurrency, (member, order) =>
      this.position(council, member, session, round, order, topic, transcript, signal),
    );
    let failure: unknown = null;
    for (const [order, member] of members.entries()) {
      try {
        const outcome = await outcomes[order];
        await this.writePosition(council, member, session, round, order, outcome, actor);
      } catch (error) {
        // A database failure for one member: the others are still written, then the request fails.
        this.logger.error(`position of member ${member.id} failed: ${(error as Error).message}`, (error as Error).stack);
        failure ??= error;
      }
    }
    if (failure) throw failure;
    await this.synthesize(council, session, round, topic, actor, signal);
  }

  /** Generates one member's position (the row streams live); the final write is left to `writePosition`. */
  private async position(
    council: CouncilCategory,
    member: CouncilMember,
    session: ChatSession,
    round: number,
    order: number,
    topic: string,
    transcript: ReturnType<typeof debateTranscript>,
    signal: AbortSignal,
  ): Promise<TurnOutcome> {
    const metadata: JsonObject = { kind: 'position', round, order, member_id: member.id, member_role: member.role, council_id: council.slug };
    const speaker = { kind: 'council_member' as const, name: member.name, councilName: council.name };
    const messages = councilMemberPrompt(
      { name: member.name, role: member.role ?? 'Council member', personaSource: member.personaSource, expertise: member.expertise, councilName: council.name },
      topic,
      transcript,
    );
    return this.engine.generate({
      session,
      speaker,
      metadata,
      build: () => Promise.resolve({ messages }),
      maxTokens: Math.min(POSITION_TOKENS, this.llmConfig.maxTokens),
      signal,
      label: 'council',
    });
  }

  /** Writes a position's final state and announces it, in one transaction. */
  private async writePosition(council: CouncilCategory, member: CouncilMember, session: ChatSession, round: number, order: number, outcome: TurnOutcome, actor: string) {
    await this.uow.write(async () => {
      const message = await this.engine.write({ session, speaker: member }, outcome);
      await this.publish('council.debate.message', council, session.sessionId, actor, {
        kind: 'position',
        round,
        order,
        message_id: message.id,
        member_id: member.id,
        member_name: member.name,
        member_role: member.role,
        author: member.name,
        content: message.content,
        status: message.status,
        model: message.model,
      });
    });
  }

  /** Daena's synthesis of the debate so far (stored in `round`), or her offline text. */
  private async synthesize(council: CouncilCategory, session: ChatSession, round: number, topic: string, actor: string, signal: AbortSignal): Promise<void> {
    const entries = await this.entries(session.sessionId);
    const positions = synthesisInputs(entries, this.llmConfig.historyChars);
    const heard = positions.filter((p) => p.name !== 'The founder');
    const metadata: JsonObject = {
      kind: 'synthesis',
      round,
      council_id: council.slug,
      synthesized_from: [...new Set(heard.map((p) => p.name))],
    };
    const speaker = { kind: 'council_synthesis' as const, name: CHAIR, councilName: council.name };
    // Nothing real to synthesise (every member was offline): say so instead of asking the model to invent.
    const nothing = heard.length === 0 ? lastOfflineReason(entries) : null;
    const outcome = await this.engine.generate({
      session,
      speaker,
      metadata,
      build: () => Promise.resolve({ messages: councilSynthesisPrompt(council.name, topic, positions) }),
      maxTokens: this.llmConfig.maxTokens,
      offlineReason: nothing,
      signal,
      label: 'council',
    });
    await this.uow.write(async () => {
      const message = await this.engine.write({ session, speaker }, outcome);
      await this.publish('council.debate.synthesized', council, session.sessionId, actor, {
        council_name: council.name,
        round,
        message_id: message.id,
        author: CHAIR,
        content: message.content,
        status: message.status,
        model: message.model,
        synthesized_from: metadata.synthesized_from,
      });
    });
  }

  /** The council's enabled members in display order; 409 when the council is disabled or has none. */
  private async speakers(council: CouncilCategory): Promise<CouncilMember[]> {
    if (!council.enabled) throw new ConflictException(`Council '${council.slug}' is disabled`);
    const members = (await this.councils.membersOf(council)).filter((m) => m.enabled);
    if (!members.length) throw new ConflictException(`Council '${council.slug}' has no enabled member`);
    return members;
  }

  /** The council (404) and its debate session (404 unknown, 403 another scope). */
  private async debate(slug: string, sessionId: string) {
    const council = await this.councils.findBySlug(slug);
    const session = await this.chat.requireSessionInScope(sessionId, 'council', council.slug);
    return { council, session };
  }

  /** Every message of the session, oldest first, classified. */
  private async entries(sessionId: string): Promise<DebateEntry[]> {
    const rows: ChatMessage[] = [];
    let afterId = 0;
    for (;;) {
      const page = await this.chat.listMessages(sessionId, { afterId, limit: PAGE });
      rows.push(...page.messages);
      if (!page.has_more) break;
      afterId = page.messages.at(-1)!.id;
    }
    return toEntries(rows);
  }

  private topicOf(session: ChatSession, entries: DebateEntry[]): string {
    return entries.find((e) => e.kind === 'topic')?.content ?? (typeof session.context?.topic === 'string' ? session.context.topic : session.title);
  }

  private async maxRounds(): Promise<number> {
    const value = Number(await this.settings.get<number>('council.max_rounds'));
    return Number.isInteger(value) && value >= 1 ? value : DEFAULT_MAX_ROUNDS;
  }

  /** One round or synthesis at a time per debate, on every instance (409 otherwise); shutdown aborts it. */
  private async exclusive<T>(sessionId: string, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const outcome = await this.lock.tryWith(`council.debate:${sessionId}`, async () => {
      return this.engine.track(debateKey(sessionId), work);
    });
    if (outcome.held) throw new ConflictException('A round or synthesis is already running in this debate');
    return outcome.result;
  }

  private publish<T extends Extract<EventType, `council.debate.${string}`>>(
    eventType: T,
    council: CouncilCategory,
    sessionId: string,
    actor: string,
    payload: Omit<EventPayload<T>, 'session_id' | 'council_id'>,
  ) {
    return this.events.publish({
      eventType,
      entityType: 'council_debate',
      entityId: sessionId,
      actor,
      rooms: [councilRoom(council.slug), sessionRoom(sessionId)],
      payload: { session_id: sessionId, council_id: council.slug, ...payload } as EventPayload<T>,
    });
  }
}

/** Why the positions were offline (for a synthesis that has nothing to work on). */
function lastOfflineReason(entries: DebateEntry[]): LlmFailureKind | LlmState {
  const reason = entries.filter((e) => e.kind === 'position' && e.reason).at(-1)?.reason;
  return (reason as LlmFailureKind | LlmState | undefined) ?? 'down';
}

/** `fn` over `items` with at most `limit` running at once, started in order; one promise per item. */
function boundedMap<T, R>(items: T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R>[] {
  const gates: Array<() => void> = [];
  let active = 0;
  const release = () => {
    active -= 1;
    gates.shift()?.();
  };
  return items.map(async (item, index) => {
    if (active >= Math.max(1, limit)) await new Promise<void>((resolve) => gates.push(resolve));
    active += 1;
    try {
      return await fn(item, index);
    } finally {
      release();
    }
  });
}
