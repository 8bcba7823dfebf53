import { describe, expect, it } from 'vitest';
import { analyzeArticle, parseArticle } from '../../src/article/index.ts';
import { isCitebotError } from '../../src/core/errors.ts';
import { expectExactOffsets, seedRaw } from './helpers.ts';
import { seededRandom } from '../../src/core/random.ts';

const rng = seededRandom;

const PIECES = [
  'Le Drian', 'said', 'added', 'tweeted', '"', '“', '”', "'", '.', '. ', '...', '....', '?', '!', '…', ',', ', ', ' ', '  ',
  '\n', '\n\n', '\r\n', '# ', '- ', '1. ', '**', '_', '`', '(', ')', '[x](y)', 'Mr.', 'U.S.', 'U.N.', 'Jan.', 'c.', 'No.',
  'J. R.', 'St. Louis', '1,800', '3.5', '50/50', '300-member', '2017', 'April 4', 'Friday', '$2 million', '45%', 'GNA',
  '(GNA)', 'Government of National Accord', 'al-Haftar', 'his Italian counterpart', 'according to', 'he', 'she',
  'ROME, April 19 (Xinhua) --', 'by Jane Doe', '@everyone', '<@123>', '🎉', '\u200B', 'مرحبا', 'שלום', '日本語。', 'the',
  'people', 'children', 'Italy', 'Libya', 'In', 'The', 'For his part,', '---', 'title: x', '\uD83D', 'é', 'Ω',
];

describe('fuzz: parse and analyse never throw anything but E_ARTICLE, and offsets stay exact', () => {
  const next = rng(20190419);
  const texts: string[] = [];
  for (let i = 0; i < 300; i++) {
    const n = 1 + Math.floor(next() * 60);
    let t = '';
    for (let k = 0; k < n; k++) t += PIECES[Math.floor(next() * PIECES.length)] ?? '';
    texts.push(t);
  }
  // Cut the seed article at random places too.
  const seed = seedRaw();
  for (let i = 0; i < 50; i++) {
    const a = Math.floor(next() * seed.length);
    const b = a + Math.floor(next() * (seed.length - a));
    texts.push(seed.slice(a, b));
  }

  it('holds for 350 generated texts', () => {
    let parsed = 0;
    for (const raw of texts) {
      try {
        const article = parseArticle(raw, { slug: 'fuzz' });
        expectExactOffsets(article);
        const analysis = analyzeArticle(article);
        for (const q of analysis.quotes) for (const s of q.sentences) expect(article.sentences[s]).toBeDefined();
        for (const m of analysis.measures) expect(article.sentences[m.sentence]).toBeDefined();
        parsed += 1;
      } catch (error) {
        if (!isCitebotError(error) || error.code !== 'E_ARTICLE') {
          throw new Error(`unexpected ${String(error)} for ${JSON.stringify(raw)}`);
        }
      }
    }
    expect(parsed).toBeGreaterThan(200);
  });
});
