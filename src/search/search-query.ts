import { BadRequestException } from '@nestjs/common';

/**
 * The search syntax, parsed once and compiled for each dialect, so that user text never reaches the
 * FTS5 or tsquery parsers verbatim (their own syntax errors would be 500s, and their operators
 * would let a query mean something else than it says).
 *
 *   launch plan          both words (AND)
 *   "launch plan"        the phrase
 *   launch*              a word starting with "launch"
 *   -budget  -"q3 plan"  without that word / phrase
 */
export interface SearchTerm {
  /** The words of the term (a phrase has several), lower-cased. */
  words: string[];
  prefix: boolean;
  exclude: boolean;
  phrase: boolean;
}

export const MAX_QUERY_CHARS = 500;
const MAX_TERMS = 20;
const WORD = /[\p{L}\p{N}]+/gu;

const refuse = (reason: string): never => {
  throw new BadRequestException([`q: ${reason}`]);
};

export function parseSearchQuery(q: string): SearchTerm[] {
  const text = q.normalize('NFC');
  if (!text.trim()) refuse('must not be empty');
  if (text.length > MAX_QUERY_CHARS) refuse(`must be at most ${MAX_QUERY_CHARS} characters`);
  const terms: SearchTerm[] = [];
  let i = 0;
  while (i < text.length) {
    if (/\s/u.test(text[i])) {
      i += 1;
      continue;
    }
    const start = i;
    let exclude = false;
    if (text[i] === '-') {
      exclude = true;
      i += 1;
      if (i >= text.length || /\s/u.test(text[i])) refuse(`"-" at position ${start + 1} must be followed by a word or a phrase`);
    }
    let raw: string;
    let phrase = false;
    if (text[i] === '"') {
      const close = text.indexOf('"', i + 1);
      if (close < 0) refuse(`the quote at position ${i + 1} is never closed`);
      raw = text.slice(i + 1, close);
      phrase = true;
      i = close + 1;
    } else {
      let end = i;
      while (end < text.length && !/\s/u.test(text[end]) && text[end] !== '"') end += 1;
      raw = text.slice(i, end);
      i = end;
    }
    let prefix = false;
    if (text[i] === '*') {
      // `"launch pl"*`: the phrase's last word is a prefix.
      prefix = true;
      i += 1;
    } else if (!phrase && raw.endsWith('*')) {
      prefix = true;
      raw = raw.replace(/\*+$/, '');
    }
    if (raw.includes('*')) refuse(`"*" is only allowed at the end of a word (in "${raw}")`);
    if (i < text.length && !/\s/u.test(text[i])) refuse(`unexpected "${text[i]}" at position ${i + 1}`);
    const words = (raw.toLowerCase().match(WORD) ?? []) as string[];
    if (!words.length) refuse(phrase ? `the phrase at position ${start + 1} has no word in it` : `"${text.slice(start, i)}" has no letter or digit to search for`);
    if (prefix && words[words.length - 1].length < 2) refuse('a prefix needs at least 2 characters before "*"');
    terms.push({ words, prefix, exclude, phrase: phrase || words.length > 1 });
  }
  if (terms.length > MAX_TERMS) refuse(`at most ${MAX_TERMS} terms`);
  if (!terms.some((t) => !t.exclude)) refuse('needs at least one word to find (exclusions alone match everything)');
  return terms;
}

/** FTS5 MATCH text: every word double-quoted (a string, never an operator), then NOT for exclusions. */
export function toFts5Match(terms: SearchTerm[]): string {
  const render = (t: SearchTerm) => `"${t.words.join(' ')}"${t.prefix ? '*' : ''}`;
  const wanted = terms.filter((t) => !t.exclude).map(render).join(' AND ');
  const excluded = terms.filter((t) => t.exclude).map((t) => ` NOT ${render(t)}`);
  return `(${wanted})${excluded.join('')}`;
}

/**
 * PostgreSQL `to_tsquery` text. Words hold only letters and digits (the WORD pattern), so quoting
 * them as lexemes is safe; `<->` chains a phrase, `:*` marks a prefix, `!` an exclusion.
 */
export function toTsQuery(terms: SearchTerm[]): string {
  const render = (t: SearchTerm) => {
    const lexemes = t.words.map((w, k) => `'${w}'${t.prefix && k === t.words.length - 1 ? ':*' : ''}`);
    const body = lexemes.length > 1 ? `(${lexemes.join(' <-> ')})` : lexemes[0];
    return t.exclude ? `!${body}` : body;
  };
  return terms.map(render).join(' & ');
}
