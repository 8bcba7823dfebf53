import { describe, expect, it } from 'vitest';
import { analyzeArticle, parseArticle } from '../../src/article/index.ts';
import { withQuotesAsDouble } from '../../src/article/quote-style.ts';
import type { Analysis } from '../../src/core/types.ts';

const british = [
  'Miners at Carrow Colliery walked out on Monday after the company said the pit would close. The workers’ union called the decision final.',
  '',
  '‘We don’t know what we’ll do,’ said Sean O’Brien, who has worked underground for 22 years. ‘My father worked here. So did his.’',
  '',
  'The company’s chief executive, Moira Kell, said the seams were exhausted. ‘It’s not a decision anyone wanted,’ she said, ‘but the coal has run out.’',
].join('\n');

/** Each quote as its speaker's name and the labels of the sentences it stands in. */
const quotesOf = (analysis: Analysis): string[] =>
  analysis.quotes.map((q) => `${analysis.entities.find((e) => e.id === q.speakerId)?.name ?? '?'} ${q.sentences.join(',')}`);

describe('an article quoting in single marks', () => {
  it('finds its quotes and speakers as with double marks, past apostrophes in words, names and plurals', () => {
    const article = parseArticle(british, { slug: 'pit' });
    const analysis = analyzeArticle(article);
    expect(quotesOf(analysis)).toEqual(['Sean O’Brien 2,3,4', 'Moira Kell 6']);
    expect(analysis.quotes[0]?.text).toContain('We don’t know what we’ll do');
    expect(analysis.quotes[1]?.text).toContain('but the coal has run out');
  });

  it('reads straight single marks too, but not the apostrophe of "\'90s" or "rock \'n\' roll"', () => {
    const article = parseArticle("The band played rock 'n' roll in the '90s. 'We never stopped,' said Ann Lowe. The club's owners agreed.", { slug: 'band' });
    expect(quotesOf(analyzeArticle(article))).toEqual(['Ann Lowe 1']);
  });

  it('changes only marks, so every sentence keeps its place, and cites the article as written', () => {
    const article = parseArticle(british, { slug: 'pit' });
    const read = withQuotesAsDouble(article);
    expect(read.text).not.toBe(article.text);
    expect(read.text.length).toBe(article.text.length);
    expect(read.sentences.map((s) => [s.label, s.start, s.end])).toEqual(article.sentences.map((s) => [s.label, s.start, s.end]));
    expect(article.sentences[2]?.text).toBe('‘We don’t know what we’ll do,’ said Sean O’Brien, who has worked underground for 22 years.');
  });

  it('reads nothing as a quotation in an article whose single marks close none ("\'til dawn", "the workers\' union")', () => {
    const article = parseArticle("They stayed 'til dawn, and the workers' union met at noon.\n\nThe mine's owners said nothing.", { slug: 'apostrophes' });
    expect(withQuotesAsDouble(article)).toBe(article);
  });

  it('reads single marks as the quotation marks where they outnumber double ones, and double marks within them as a quote within a quote', () => {
    const article = parseArticle(
      '‘My consultant told me “nothing more can be done”,’ said Maureen O’Kelly, 64, a retired librarian from Pelstow. ‘Now I can get to the post office and back.’\n\n‘We are confident in the data,’ said Anton Reiswick, medical director of Halcrest Therapeutics.',
      { slug: 'trial' },
    );
    const analysis = analyzeArticle(article);
    expect(quotesOf(analysis)).toEqual(['Maureen O’Kelly 0,1', 'Anton Reiswick 2']);
    expect(analysis.quotes[0]?.text).toContain('nothing more can be done');
    expect(analysis.entities.find((e) => e.name === 'Maureen O’Kelly')?.role).toBe('retired librarian from Pelstow');
  });

  it('leaves single marks alone in an article that quotes with double ones (a quote within a quote)', () => {
    const article = parseArticle('"They told us it was \'temporary\', and that was in 2019," said Ann Lowe.', { slug: 'nested' });
    expect(withQuotesAsDouble(article)).toBe(article);
    expect(quotesOf(analyzeArticle(article))).toEqual(['Ann Lowe 0']);
  });
});
