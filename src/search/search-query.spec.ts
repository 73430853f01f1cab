import { BadRequestException } from '@nestjs/common';
import { parseSearchQuery, toFts5Match, toTsQuery } from './search-query';

describe('search query syntax', () => {
  it('compiles words, phrases, prefixes and exclusions for FTS5 and tsquery', () => {
    const terms = parseSearchQuery('Launch "Q3 plan" budg* -draft -"old idea" e-mail');
    expect(terms).toEqual([
      { words: ['launch'], prefix: false, exclude: false, phrase: false },
      { words: ['q3', 'plan'], prefix: false, exclude: false, phrase: true },
      { words: ['budg'], prefix: true, exclude: false, phrase: false },
      { words: ['draft'], prefix: false, exclude: true, phrase: false },
      { words: ['old', 'idea'], prefix: false, exclude: true, phrase: true },
      { words: ['e', 'mail'], prefix: false, exclude: false, phrase: true },
    ]);
    expect(toFts5Match(terms)).toBe('("launch" AND "q3 plan" AND "budg"* AND "e mail") NOT "draft" NOT "old idea"');
    expect(toTsQuery(terms)).toBe(`'launch' & ('q3' <-> 'plan') & 'budg':* & !'draft' & !('old' <-> 'idea') & ('e' <-> 'mail')`);
  });

  it('never lets operators or quotes through as syntax', () => {
    const terms = parseSearchQuery(`NEAR(a b) OR x'; DROP`);
    expect(toFts5Match(terms)).toBe(`("near a" AND "b" AND "or" AND "x" AND "drop")`);
    expect(toTsQuery(terms)).not.toMatch(/;/);
  });

  it.each(['', '"open', '-x', 'a*b', '!!!', '-', 'x'.repeat(501), Array(21).fill('w').join(' ')])('refuses %j with a 400', (q) => {
    expect(() => parseSearchQuery(q)).toThrow(BadRequestException);
  });
});
