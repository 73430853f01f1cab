/**
 * Chats exported by other tools, read into one neutral shape. Only the active branch of a branched
 * conversation is kept (the one the tool showed last), in order, with its timestamps.
 *
 * Open WebUI ("Export All Chats", `chat-export-*.json`): an array of
 *   { id, title, created_at, updated_at, chat: { title, models, history: { currentId, messages: { <id>:
 *     { id, parentId, childrenIds, role, content, model?, timestamp } } }, messages?: [...] } }
 * with times in epoch seconds.
 *
 * LibreChat (conversation "Export" as JSON): one object
 *   { conversationId, title, endpoint, messages: [ { messageId, parentMessageId, isCreatedByUser,
 *     sender, text | content[], model, createdAt } ] }
 * or, exported with "recursive", `messagesTree`: the same messages nested in `children`.
 */
export interface ForeignMessage {
  role: 'user' | 'assistant' | 'system';
  content: string;
  model: string | null;
  author: string | null;
  createdAt: Date;
}

export interface ForeignChat {
  source: 'openwebui' | 'librechat';
  sourceId: string;
  title: string;
  createdAt: Date;
  messages: ForeignMessage[];
}

export class ForeignFormatError extends Error {}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string => (typeof v === 'string' ? v : '');

/** Epoch seconds, milliseconds, microseconds or nanoseconds (tools differ), or an ISO string. */
export function toDate(value: unknown, fallback: Date): Date {
  if (typeof value === 'string' && value) {
    const parsed = new Date(value);
    return Number.isNaN(parsed.getTime()) ? fallback : parsed;
  }
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) return fallback;
  const ms = value > 1e17 ? value / 1e6 : value > 1e14 ? value / 1e3 : value > 1e11 ? value : value * 1000;
  return new Date(Math.round(ms));
}

export function detectFormat(json: unknown): 'openwebui' | 'librechat' | null {
  if (Array.isArray(json) && json.every((c) => isObject(c) && isObject(c.chat))) return 'openwebui';
  if (isObject(json) && typeof json.conversationId === 'string' && (Array.isArray(json.messages) || Array.isArray(json.messagesTree))) return 'librechat';
  return null;
}

export function parseOpenWebUi(json: unknown): ForeignChat[] {
  if (!Array.isArray(json)) throw new ForeignFormatError('an Open WebUI export is a JSON array of chats');
  return json.map((entry, index) => {
    if (!isObject(entry) || !isObject(entry.chat)) throw new ForeignFormatError(`chat #${index + 1} has no "chat" object`);
    const chat = entry.chat;
    const created = toDate(entry.created_at ?? chat.timestamp, new Date(0));
    const history = isObject(chat.history) ? chat.history : null;
    let path: Json[] = [];
    if (history && isObject(history.messages)) {
      const byId = history.messages as Record<string, Json>;
      // The active branch: from currentId up through parentId, then reversed.
      let cursor = typeof history.currentId === 'string' ? byId[history.currentId] : undefined;
      const seen = new Set<string>();
      while (cursor && !seen.has(String(cursor.id))) {
        seen.add(String(cursor.id));
        path.push(cursor);
        cursor = typeof cursor.parentId === 'string' ? byId[cursor.parentId] : undefined;
      }
      path.reverse();
    }
    if (!path.length && Array.isArray(chat.messages)) path = chat.messages.filter(isObject);
    const models = Array.isArray(chat.models) ? chat.models.filter((m): m is string => typeof m === 'string') : [];
    const messages = path.flatMap((m): ForeignMessage[] => {
      const role = m.role === 'user' || m.role === 'assistant' || m.role === 'system' ? m.role : null;
      const content = text(m.content);
      if (!role || !content.trim()) return [];
      const model = role === 'assistant' ? text(m.model) || models[0] || null : null;
      return [{ role, content, model, author: model, createdAt: toDate(m.timestamp, created) }];
    });
    return { source: 'openwebui', sourceId: text(entry.id) || text(chat.id) || `chat-${index + 1}`, title: text(entry.title) || text(chat.title) || 'Imported chat', createdAt: created, messages };
  });
}

export function parseLibreChat(json: unknown): ForeignChat[] {
  if (!isObject(json) || typeof json.conversationId !== 'string') throw new ForeignFormatError('a LibreChat export is an object with a conversationId');
  // Flatten the tree (if any) into one list, then follow the newest leaf up to the root.
  const flat: Json[] = [];
  const walk = (nodes: unknown) => {
    if (!Array.isArray(nodes)) return;
    for (const node of nodes.filter(isObject)) {
      flat.push(node);
      walk(node.children);
    }
  };
  if (Array.isArray(json.messagesTree)) walk(json.messagesTree);
  else if (Array.isArray(json.messages)) flat.push(...json.messages.filter(isObject));
  const byId = new Map(flat.map((m) => [text(m.messageId), m]));
  const children = new Set(flat.map((m) => text(m.parentMessageId)));
  const time = (m: Json) => toDate(m.createdAt, new Date(0)).getTime();
  const leaves = flat.filter((m) => !children.has(text(m.messageId)));
  const newestLeaf = leaves.sort((a, b) => time(b) - time(a) || flat.indexOf(b) - flat.indexOf(a))[0];
  const path: Json[] = [];
  const seen = new Set<string>();
  for (let cursor = newestLeaf; cursor && !seen.has(text(cursor.messageId)); cursor = byId.get(text(cursor.parentMessageId))!) {
    seen.add(text(cursor.messageId));
    path.push(cursor);
  }
  path.reverse();
  const created = path.length ? toDate(path[0].createdAt, new Date(0)) : new Date(0);
  const messages = path.flatMap((m): ForeignMessage[] => {
    const parts = Array.isArray(m.content) ? m.content.filter(isObject).map((p) => text(p.text)).filter(Boolean).join('\n\n') : '';
    const content = text(m.text) || parts;
    if (!content.trim()) return [];
    const user = m.isCreatedByUser === true;
    return [{ role: user ? 'user' : 'assistant', content, model: user ? null : text(m.model) || null, author: user ? null : text(m.sender) || null, createdAt: toDate(m.createdAt, created) }];
  });
  return [{ source: 'librechat', sourceId: json.conversationId, title: text(json.title) || 'Imported chat', createdAt: created, messages }];
}
