import { SetMetadata } from '@nestjs/common';

/** The named throttler that limits LLM work (chat, streaming, regenerate, debates). */
export const CHAT_THROTTLER = 'chat';
export const CHAT_THROTTLED = 'throttle:chat';

/**
 * Puts a route (or every route of a controller) under the stricter chat limit
 * (`THROTTLE_CHAT_LIMIT` per `THROTTLE_TTL_MS`, per client, shared by all chat routes) on top of
 * the global one. Use it on anything that starts an LLM generation.
 */
export const ChatThrottle = () => SetMetadata(CHAT_THROTTLED, true);
