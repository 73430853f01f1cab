import { Injectable, Optional } from '@nestjs/common';
import { EventBus } from '../events/event-bus';
import type { ScopeType } from './entities/chat-session.entity';

/** Whether the scope behind `scopeId` is hidden (a hidden department, or an agent of one). */
export type HiddenScopeResolver = (scopeId: string) => Promise<boolean>;

/**
 * Which chat sessions are founder business: those of hidden departments and of their agents. The
 * modules owning those entities register a resolver per scope type (chat never reads their tables);
 * answers are cached until a department or agent event commits (hide, reveal, move).
 */
@Injectable()
export class ChatVisibility {
  private readonly resolvers = new Map<ScopeType, HiddenScopeResolver>();
  private readonly cache = new Map<string, Promise<boolean>>();

  constructor(@Optional() bus?: EventBus) {
    bus?.on(['department.updated', 'agent.created', 'agent.updated', 'agent.deleted'], () => this.cache.clear());
  }

  register(scopeType: ScopeType, resolver: HiddenScopeResolver): void {
    this.resolvers.set(scopeType, resolver);
    this.cache.clear();
  }

  isHidden(scope: { scopeType: ScopeType; scopeId: string | null }): Promise<boolean> {
    const resolver = this.resolvers.get(scope.scopeType);
    if (!resolver || !scope.scopeId) return Promise.resolve(false);
    const key = `${scope.scopeType}:${scope.scopeId}`;
    let answer = this.cache.get(key);
    if (!answer) {
      answer = resolver(scope.scopeId).catch((error: unknown) => {
        this.cache.delete(key);
        throw error;
      });
      this.cache.set(key, answer);
    }
    return answer;
  }
}
