import { describe, expect, it } from 'vitest';
import { CitebotError } from '../../src/core/errors.ts';
import { parseArticle } from '../../src/article/index.ts';
import { bodyTexts, expectExactOffsets, seedRaw } from './helpers.ts';

const parse = (raw: string) => parseArticle(raw, { slug: 'test' });
const sentencesOf = (body: string) => bodyTexts(parse(body));

describe('parseArticle: the seed article', () => {
  const article = parseArticle(seedRaw(), { slug: 'seed' });

  it('reads the front matter', () => {
    expect(article.meta).toEqual({
      slug: 'seed',
      title: 'Italy and France on the crisis in Libya',
      source: 'Xinhua',
      byline: 'Stefania Fumo',
      dateline: 'Rome',
      published: '2019-04-19',
      url: 'http://xinhuanet.com/english/2019-04/20/c_137991821.htm',
      note: expect.stringContaining('descriptive') as string,
    });
    expect(article.text.startsWith('by Stefania Fumo\n')).toBe(true);
  });

  it('has exactly these units and labels', () => {
    expect(article.sentences.map((s) => [s.label, s.kind, s.text])).toEqual([
      ['byline', 'byline', 'by Stefania Fumo'],
      ['dateline', 'dateline', 'ROME, April 19 (Xinhua)'],
      ['P1.1', 'body', 'Italy and France appeared to have recovered their entente after a bilateral meeting on the crisis in war-torn Libya between French Foreign Minister Jean Yves Le Drian and his Italian counterpart, Enzo Movaero Milanesi, here on Friday.'],
      ['P2.1', 'body', 'Italian Deputy Prime Minister Matteo Salvini has accused France of covertly supporting General Khalifa al-Haftar, who on April 4 launched a military offensive against the United Nations-backed Government of National Accord (GNA) of Prime Minister Fayez al-Sarraj.'],
      ['P2.2', 'body', 'France has rejected that accusation.'],
      ['P3.1', 'body', 'In Rome on Friday, Le Drian said in a televised press conference with his Italian counterpart that "our relations with Italy hit a rough patch, but today we have overcome those difficulties".'],
      ['P4.1', 'body', '"There can be no military solution to the Libya crisis," Le Drian said, adding that "no progress is possible without a solid French-Italian entente."'],
      ['P5.1', 'body', '"The Libya crisis can become very dangerous, so it is important to draw a line," Le Drian added.'],
      ['P6.1', 'body', 'For his part, Moavero Milanesi said that "the situation in Libya worries us....our absolutely shared position is that a cease-fire must be reached as soon as possible.'],
      ['P6.2', 'body', 'This is to be followed by a humanitarian truce and a return to the (negotiating) table, which can only be that of the United Nations."'],
      ['P7.1', 'body', "Italy supports the Sarraj government and is the former colonial power in Libya, where its ENI oil and gas giant operates the Mellitah oil and gas plant in a 50/50 joint venture with Libya's National Oil Corporation (NOC)."],
      ['P8.1', 'body', 'Italy opened an embassy in Tripoli in 2017, and has a 300-member military task force stationed there.'],
      ['P9.1', 'body', 'The other big European player in the troubled North African country is France, which has oil assets in eastern Libya where Haftar has his stronghold.'],
      ['P10.1', 'body', '"In-depth discussion on Libya," France\'s Le Drian tweeted.'],
      ['P10.2', 'body', '"We share the same realization: the need for an immediate cease-fire followed by a resumption of the political process."'],
    ]);
  });

  it('numbers paragraphs over the body only and keeps the dateline in P1', () => {
    expect(article.paragraphs).toHaveLength(10);
    expect(article.paragraphs[0]).toEqual({ number: 1, sentences: [1, 2] });
    expect(article.paragraphs[5]).toEqual({ number: 6, sentences: [8, 9] });
    expect(article.sentences[0]?.paragraph).toBe(0);
  });

  it('slices back exactly', () => expectExactOffsets(article));
});

describe('front matter', () => {
  it('is optional', () => {
    const a = parse('Just a sentence. And another.');
    expect(a.text).toBe('Just a sentence. And another.');
    expect(a.meta).toMatchObject({ slug: 'test', title: 'test', source: '', byline: '', published: '' });
  });

  it('ignores unknown keys, unquotes values and fills defaults from the text', () => {
    const a = parse('---\ntitle: "A: B"\nfoo: bar\n---\n# Heading\n\nBy Jane Doe\n\nWASHINGTON (AP) — Text here.\n');
    expect(a.meta).toMatchObject({ title: 'A: B', byline: 'Jane Doe', dateline: 'Washington', source: 'AP' });
    expect(a.text).toBe('# Heading\n\nBy Jane Doe\n\nWASHINGTON (AP) — Text here.\n');
  });

  it('converts a readable published date to ISO', () => {
    expect(parse('---\npublished: April 19, 2019\n---\nText.').meta.published).toBe('2019-04-19');
  });

  it.each([
    ['---\ntitle: ok\nthis is not a field\n---\nBody.', /line 3/],
    ['---\ntitle: ok\nsource: x\n', /never closed/],
    ['---\ntitle: a\ntitle: b\n---\nBody.', /line 3 repeats/],
    ['---\npublished: someday\n---\nBody.', /published: someday/],
  ])('rejects malformed front matter %#', (raw, message) => {
    expect(() => parse(raw)).toThrow(CitebotError);
    expect(() => parse(raw)).toThrow(message);
  });
});

describe('units: byline, dateline, headings, lists', () => {
  it.each([
    ['ROME, April 19 (Xinhua) -- Italy spoke.', 'ROME, April 19 (Xinhua)', 'Italy spoke.'],
    ['WASHINGTON (AP) — The Senate voted.', 'WASHINGTON (AP)', 'The Senate voted.'],
    ['LONDON, March 3 (Reuters) - Shares fell.', 'LONDON, March 3 (Reuters)', 'Shares fell.'],
    ['NEW YORK, N.Y. — It rained.', 'NEW YORK, N.Y.', 'It rained.'],
    ['BEIJING, Jan. 5 (Xinhua)--Snow fell.', 'BEIJING, Jan. 5 (Xinhua)', 'Snow fell.'],
  ])('dateline %s', (body, dateline, first) => {
    const a = parse(body);
    expect(a.sentences.map((s) => [s.label, s.text])).toEqual([
      ['dateline', dateline],
      ['P1.1', first],
    ]);
  });

  it.each([
    ['NATO - the alliance.'],
    ['US-China talks ended. Then more.'],
    ['Rome, April 19 -- lower-case place is not a dateline.'],
  ])('no dateline in %s', (body) => {
    expect(parse(body).sentences.some((s) => s.kind === 'dateline')).toBe(false);
  });

  it.each([
    ['by Stefania Fumo\n\nText.', 'by Stefania Fumo'],
    ['By Jane Doe and John Roe\nROME (AP) -- Text.', 'By Jane Doe and John Roe'],
    ['**By Jane Doe**\n\nText.', '**By Jane Doe**'],
  ])('byline %j', (body, byline) => {
    const a = parse(body);
    expect(a.sentences[0]).toMatchObject({ kind: 'byline', label: 'byline', text: byline, paragraph: 0 });
    expect(a.sentences.at(-1)?.label).toBe('P1.1');
  });

  it.each([['By the end of the year, prices rose.'], ['By 2020 it was over.']])('not a byline: %s', (body) => {
    expect(parse(body).sentences[0]?.kind).toBe('body');
  });

  it('labels headings, list items and paragraphs', () => {
    const a = parse('# Title here #\n\nIntro line one\nline two continues. Second sentence.\n\n## Part two\n- item one. Still item.\n- item two\n\n***\n\nLast para.');
    expect(a.sentences.map((s) => [s.label, s.text])).toEqual([
      ['H1', 'Title here'],
      ['P1.1', 'Intro line one\nline two continues.'],
      ['P1.2', 'Second sentence.'],
      ['H2', 'Part two'],
      ['P2.1', 'item one.'],
      ['P2.2', 'Still item.'],
      ['P3.1', 'item two'],
      ['P4.1', 'Last para.'],
    ]);
    expect(a.meta.title).toBe('Title here');
    expectExactOffsets(a);
  });
});

describe('sentence boundaries', () => {
  it.each<[string, string[]]>([
    ['Mr. Smith met Dr. Jones. They talked.', ['Mr. Smith met Dr. Jones.', 'They talked.']],
    ['The U.S. and the U.N. agreed on Friday. It was late.', ['The U.S. and the U.N. agreed on Friday.', 'It was late.']],
    ['He lives in the U.S. The rest do not.', ['He lives in the U.S.', 'The rest do not.']],
    ['U.S. President Trump spoke. Then he left.', ['U.S. President Trump spoke.', 'Then he left.']],
    ['J. R. R. Tolkien wrote it. George W. Bush read it.', ['J. R. R. Tolkien wrote it.', 'George W. Bush read it.']],
    ['He lives at No. 10 Downing Street. Gen. Haftar does not.', ['He lives at No. 10 Downing Street.', 'Gen. Haftar does not.']],
    ['On Jan. 5 it snowed, e.g. in St. Louis, i.e. Missouri. Fine.', ['On Jan. 5 it snowed, e.g. in St. Louis, i.e. Missouri.', 'Fine.']],
    ['Apples, pears, etc. are fruit. So what?', ['Apples, pears, etc. are fruit.', 'So what?']],
    ['It cost 3.5 million for 1,800 people. A 50/50 split (GNA) followed.', ['It cost 3.5 million for 1,800 people.', 'A 50/50 split (GNA) followed.']],
    ['Is it? Yes! Really… Maybe.', ['Is it?', 'Yes!', 'Really…', 'Maybe.']],
    ['Wait... What happened? Nothing...and more.', ['Wait...', 'What happened?', 'Nothing...and more.']],
    ['"Why now?" Le Drian asked. He waited.', ['"Why now?" Le Drian asked.', 'He waited.']],
    ['"Go!" she said. We went.', ['"Go!" she said.', 'We went.']],
    ['"It worries us....our view is firm." He left.', ['"It worries us....our view is firm."', 'He left.']],
    ['He said "as soon as possible. This is to follow." Then silence.', ['He said "as soon as possible.', 'This is to follow."', 'Then silence.']],
    ['A table (negotiating) stays. A return (for now.) Next.', ['A table (negotiating) stays.', 'A return (for now.)', 'Next.']],
    ['Built c. 1850 by Apple Inc. in the city. It was Apple Inc. The end.', ['Built c. 1850 by Apple Inc. in the city.', 'It was Apple Inc.', 'The end.']],
    ['They founded Vessling Aeroplanes Ltd. (VSA) with a capital of 4,000 pounds. It grew.', ['They founded Vessling Aeroplanes Ltd. (VSA) with a capital of 4,000 pounds.', 'It grew.']],
    ['See **the report.** Then [the link](http://a.b/c.d). Done.', ['See **the report.**', 'Then [the link](http://a.b/c.d).', 'Done.']],
    ['Ping @everyone now. And <@123> too.', ['Ping @everyone now.', 'And <@123> too.']],
    ['Prices rose 2.5% in 2017. 300 troops stayed.', ['Prices rose 2.5% in 2017.', '300 troops stayed.']],
    ['The mean is 9.1 °C. Summer droughts lowered it.', ['The mean is 9.1 °C.', 'Summer droughts lowered it.']],
  ])('%s', (body, expected) => {
    expect(sentencesOf(body)).toEqual(expected);
  });

  it('splits a Wikipedia-style paragraph', () => {
    const body =
      'St. Louis was founded in 1764 by Pierre Laclède and Auguste Chouteau. By c. 1850 it had about 77,860 inhabitants, i.e. 2.5 times more than in 1840. The city, called "the Gateway to the West," grew fast. Its baseball team, the St. Louis Cardinals, won in 1926. Dr. Martin Luther King Jr. visited in 1964; the U.S. Supreme Court had ruled in Shelley v. Kraemer (1948). Today about 0.3 million people live there.';
    expect(sentencesOf(body)).toEqual([
      'St. Louis was founded in 1764 by Pierre Laclède and Auguste Chouteau.',
      'By c. 1850 it had about 77,860 inhabitants, i.e. 2.5 times more than in 1840.',
      'The city, called "the Gateway to the West," grew fast.',
      'Its baseball team, the St. Louis Cardinals, won in 1926.',
      'Dr. Martin Luther King Jr. visited in 1964; the U.S. Supreme Court had ruled in Shelley v. Kraemer (1948).',
      'Today about 0.3 million people live there.',
    ]);
  });

  it('splits ordinary news text', () => {
    const body =
      'GENEVA (Reuters) - More than 1,800 children have been displaced, according to OCHA. UNICEF spokesman James Elder explained on Twitter that "we demand respect. We will not stop." The U.N. agency said 2,000 more may flee by Sept. 30.';
    const a = parse(body);
    expect(a.sentences.map((s) => s.text)).toEqual([
      'GENEVA (Reuters)',
      'More than 1,800 children have been displaced, according to OCHA.',
      'UNICEF spokesman James Elder explained on Twitter that "we demand respect.',
      'We will not stop."',
      'The U.N. agency said 2,000 more may flee by Sept. 30.',
    ]);
  });
});

const PROPERTY_TEXTS = [
  seedRaw(),
  'by A. B. Writer\n\nLONDON, March 3 (Reuters) - Shares fell 3.5% on Monday.\r\nTraders said so.\r\n\r\nThe FTSE 100 closed lower. "It was bad," one said.',
  '# Heading\n\n* list one\n* list two. Two.\n\n> quoted block. Another line.\n\nEnd without a stop',
  '   \n\n  Leading spaces. Trailing spaces.   \n\n\n',
  'مرحبا بالعالم. هذه جملة ثانية؟ نعم.\n\nשלום עולם. זה משפט שני.',
  'Zero\u200Bwidth\u200B characters. Are\u200B here.\u200B Yes.',
  '**Bold.** _Italic._ `code.` [link](http://x.y/z.html). ~~strike.~~',
  '@everyone look. <@123> and <#456> and <@&789>. Done!',
  '日本語の文です。二つ目の文です！三つ目？',
  'Emoji 🎉 inside. 🚀🚀 Rockets. Done 👍.',
];

describe('offsets are exact (property)', () => {
  it.each(PROPERTY_TEXTS.map((t, i) => [i, t] as const))('text %i', (_i, raw) => {
    const a = parse(raw);
    expectExactOffsets(a);
    // Every letter of the body is inside some unit (nothing silently dropped).
    const covered = new Array<boolean>(a.text.length).fill(false);
    for (const s of a.sentences) for (let k = s.start; k < s.end; k++) covered[k] = true;
    for (let k = 0; k < a.text.length; k++) {
      if (/\p{L}/u.test(a.text[k] ?? '') && !covered[k]) throw new Error(`letter at ${k} is in no unit`);
    }
  });
});

describe('bad input', () => {
  const long = Array.from({ length: 1200 }, (_, i) => `word${i}`).join(' ');
  it.each<[string, string]>([
    ['empty', ''],
    ['whitespace only', ' \n\t\n  '],
    ['emoji only', '🎉🚀 👍\n\n🔥'],
    ['digits and punctuation only', '1, 2, 3... 4!'],
    ['front matter only', '---\ntitle: x\n---\n'],
  ])('%s → E_ARTICLE', (_name, raw) => {
    expect(() => parse(raw)).toThrow(CitebotError);
    try {
      parse(raw);
    } catch (error) {
      expect((error as CitebotError).code).toBe('E_ARTICLE');
      expect((error as CitebotError).message).toMatch(/Article "test" has no/);
    }
  });

  it.each<[string, string]>([
    ['6,000-character single paragraph', long],
    ['6,000 characters with stops', 'Short sentence here. '.repeat(300)],
    ['right-to-left', 'ليبيا بلد في شمال أفريقيا. قال "نحن هنا."'],
    ['hebrew', 'ישראל. "שלום," אמר הוא.'],
    ['zero-width', '\u200B\u200Bhi\u200D there.\uFEFF Yes'],
    ['markdown-laden', '# *T*\n\n> **a** _b_ `c`\n\n1. [x](y)\n2) ![img](z.png)\n\n| a | b |\n|---|---|\n| 1 | 2 |'],
    ['mentions', '@everyone @here <@123> <@!456> <#789> <@&1> said "hi."'],
    ['lone surrogate', 'Broken \uD83D text. Fine.'],
  ])('%s parses with exact offsets', (_name, raw) => {
    const a = parse(raw);
    expectExactOffsets(a);
    for (const s of a.sentences) expect(s.text.length).toBeLessThanOrEqual(1001);
  });
});
