import { describe, expect, it } from 'vitest';
import { RELATION_WEIGHT, wordnet } from '../../src/search/wordnet.ts';

describe('WordNet relations', () => {
  it('relates a derivation through a sense the other word seldom has only remotely ("began" → beginner → father)', () => {
    const began = wordnet().related('began');
    expect(began.get('father')).toBe('remote');
    expect(RELATION_WEIGHT.remote).toBeLessThan(RELATION_WEIGHT.derivation);
  });

  it('reads a word\'s synonyms from its own synsets alone, as related() finds them ("paying" → wage, salary)', () => {
    for (const word of ['paying', 'whole', 'military', 'concern']) {
      const fromRelated = [...wordnet().related(word)].filter(([, r]) => r === 'synonym').map(([w]) => w);
      expect([...wordnet().synonymsOf(word)].filter((w) => fromRelated.includes(w))).toEqual(fromRelated);
    }
    expect([...wordnet().synonymsOf('paying')]).toEqual(expect.arrayContaining(['wage', 'salary']));
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

describe('WordNet definitions', () => {
  it('reads the commonest senses that are not names, and a verb form as a verb', () => {
    expect(wordnet().definitions('exports').join(' ')).toContain('foreign country');
    expect(wordnet().definitions('peaked').join(' ')).toContain('highest point');
    // ("crane" is a machine or a bird, not the writer; "died" is no die of a pair of dice)
    expect(wordnet().definitions('crane').join(' ')).not.toContain('writer');
    expect(wordnet().definitions('died').join(' ')).not.toContain('cube');
    expect(wordnet().collocationDefinitions('coat_of_arms').join(' ')).toContain('symbols');
    expect(wordnet().collocationDefinitions('coat')).toEqual([]);
  });
});
