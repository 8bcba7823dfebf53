import { describe, expect, it } from 'vitest';
import { RELATION_WEIGHT, wordnet } from '../../src/search/wordnet.ts';

describe('WordNet relations', () => {
  it('relates a derivation through a sense the other word seldom has only remotely ("began" → beginner → father)', () => {
    const began = wordnet().related('began');
    expect(began.get('father')).toBe('remote');
    expect(RELATION_WEIGHT.remote).toBeLessThan(RELATION_WEIGHT.derivation);
  });

  it('keeps a derivation through a common sense ("founder" of "found")', () => {
    expect(wordnet().related('founded').get('founder')).toBe('derivation');
  });

  it('relates a husband, a wife or a spouse to marrying, which WordNet leaves apart', () => {
    expect(wordnet().related('husband').get('married')).toBe('derivation');
    expect(wordnet().related('married').get('wife')).toBe('derivation');
    expect(wordnet().related('spouse').get('marriage')).toBe('derivation');
    expect(wordnet().related('river').has('married')).toBe(false);
  });
});
