/**
 * Text that is stored must be the text that was accepted or streamed: never half a surrogate pair
 * (stored as U+FFFD by UTF-8 databases, but sent as-is in JSON events) and never half a grapheme.
 */

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
/** A grapheme longer than this (stacked combining marks) is cut on a code point instead. */
const MAX_GRAPHEME_UNITS = 64;

/**
 * The longest prefix of `text` of at most `maxUnits` UTF-16 units that ends on a grapheme boundary
 * (so an emoji, a flag or a letter with its accents is kept whole or dropped whole).
 */
export function truncateText(text: string, maxUnits: number): string {
  if (text.length <= maxUnits) return text;
  let end = 0;
  for (const { index, segment } of graphemes.segment(text.slice(0, maxUnits + MAX_GRAPHEME_UNITS))) {
    if (index + segment.length > maxUnits) break;
    end = index + segment.length;
  }
  if (end === 0 || maxUnits - end > MAX_GRAPHEME_UNITS) end = codePointEnd(text, maxUnits);
  return text.slice(0, end);
}

/** `maxUnits`, moved back by one when it would split a surrogate pair. */
function codePointEnd(text: string, maxUnits: number): number {
  const before = text.charCodeAt(maxUnits - 1);
  return before >= 0xd800 && before <= 0xdbff ? maxUnits - 1 : maxUnits;
}

export const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, 'g');

/** Lone surrogates become U+FFFD: what a UTF-8 column would store anyway, now the same everywhere. */
export function wellFormed(text: string): string {
  return LONE_SURROGATE.test(text) ? text.replace(LONE_SURROGATES, '\ufffd') : text;
}

/**
 * Makes a stream of text pieces well formed without breaking a pair split across two pieces: a
 * trailing high surrogate is held back until the next piece (or `end`).
 */
export class WellFormedStream {
  private held = '';

  push(piece: string): string {
    let text = this.held + piece;
    this.held = '';
    const last = text.charCodeAt(text.length - 1);
    if (last >= 0xd800 && last <= 0xdbff) {
      this.held = text.slice(-1);
      text = text.slice(0, -1);
    }
    return wellFormed(text);
  }

  /** What is still held (a lone high surrogate, as U+FFFD). */
  end(): string {
    const rest = wellFormed(this.held);
    this.held = '';
    return rest;
  }
}
