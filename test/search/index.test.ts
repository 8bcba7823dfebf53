import { describe, expect, it } from 'vitest';
import { score, TermIndex, type IndexedDoc } from '../../src/search/index.ts';
import { Vocabulary } from '../../src/search/vocabulary.ts';
import { loadEngine } from '../../src/app.ts';

const doc = (key: string, body: Record<string, number>, defined: string[] = []): IndexedDoc => ({
  key,
  question: new Map(),
  body: new Map(Object.entries(body)),
  bodyLength: Object.keys(body).length,
  types: new Set(),
  sequence: Object.keys(body),
  ...(defined.length > 0 ? { defined: new Set(defined) } : {}),
});

describe('words a document has only in definitions', () => {
  const index = new TermIndex();
  index.add(doc('a', { export: 1, stone: 1, foreign: 0.35 }, ['foreign']));
  index.add(doc('b', { foreign: 1, minist: 1 }));
  index.add(doc('c', { quarri: 1 }));

  it('count for no document frequency, and go when the document goes', () => {
    expect(index.df('foreign')).toBe(1);
    expect(index.df('export')).toBe(1);
    index.remove('a');
    expect(index.df('foreign')).toBe(1);
    expect(index.definedPostingsOf('foreign')).toHaveLength(0);
    index.add(doc('a', { export: 1, stone: 1, foreign: 0.35 }, ['foreign']));
    expect(index.definedPostingsOf('foreign')).toHaveLength(1);
  });

  it('answer the word asked, not a word related to it', () => {
    const asked = score(index, [{ word: 'foreign', alternatives: [{ stem: 'foreign', weight: 1 }], boost: 1, required: false }], [index]);
    expect(asked.map((s) => s.doc.key).sort()).toEqual(['a', 'b']);
    const related = score(index, [{ word: 'overseas', alternatives: [{ stem: 'overseas', weight: 1 }, { stem: 'foreign', weight: 0.7, related: true }], boost: 1, required: false }], [index]);
    expect(related.map((s) => s.doc.key)).toEqual(['b']);
  });
});

describe('typing slips', () => {
  const vocabulary = new Vocabulary();
  for (const w of ['rome', 'wrote', 'drought', 'known', 'north']) vocabulary.add(w, w);
  it('reads a silent letter left out before any other one-letter slip: "rote" is "wrote" before it is "Rome"', () => {
    expect(vocabulary.correct('rote')?.surface).toBe('wrote');
    expect(vocabulary.correct('drout')?.surface).toBe('drought');
    expect(vocabulary.correct('nown')?.surface).toBe('known');
    expect(vocabulary.correct('rame')?.surface).toBe('rome');
  });
  it('asks "who rote this artical" of the byline', () => {
    expect(loadEngine().ask('who rote this artical').citations[0]?.label).toBe('byline');
  });
});
