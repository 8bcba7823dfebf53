import { CitebotError } from '../core/errors.ts';
import type { Article, ArticleMeta, Paragraph, Sentence, SentenceKind } from '../core/types.ts';
import { splitFrontMatter } from './frontmatter.ts';
import { splitBlocks, splitSentences, trimRange } from './segment.ts';

/** Options for parseArticle. */
export interface ParseOptions {
  /** Folder name under knowledge/, or the file's base name. */
  readonly slug: string;
}

/** `by Stefania Fumo`, `By Jane Doe and John Roe, Reuters` — a short line of capitalised words after "by". */
const BYLINE = /^[*_]{0,2}(?:by|By|BY)[ \t]+(\p{Lu}[\p{L}\p{M}.'’-]*(?:[ \t]*,?[ \t]+(?:and[ \t]+|&[ \t]+)?\p{Lu}[\p{L}\p{M}.'’-]*){0,6})[*_]{0,2}[ \t]*$/u;

/** `ROME, April 19 (Xinhua) --`, `WASHINGTON (AP) —`, `LONDON, March 3 (Reuters) -`, `NEW YORK, N.Y. —`. */
const DATELINE =
  /^(\p{Lu}[\p{Lu}\p{M}.'’-]+(?:[ \t]+\p{Lu}[\p{Lu}\p{M}.'’-]+)*)((?:,[ \t]*\p{Lu}[\p{L}.]*(?:[ \t]+\p{Lu}[\p{L}.]*)?(?:[ \t]+\d{1,2}(?:,[ \t]*\d{4})?)?){0,2})([ \t]*\(([^()\n]{1,40})\))?(?:[ \t]*(?:--|—|–)\s*|[ \t]+-\s+)(?=\S)/u;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Front-matter keys the parser reads; others are ignored. */
type MetaKey = 'title' | 'source' | 'byline' | 'dateline' | 'published' | 'url' | 'note';

const titleCase = (s: string): string =>
  s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, pre: string, ch: string) => pre + ch.toUpperCase());

/**
 * Parses a raw article file (optional front matter + Markdown or plain body) into cited units with exact offsets.
 * Throws CitebotError('E_ARTICLE') for malformed front matter or a body with no letters.
 */
export function parseArticle(raw: string, options: ParseOptions): Article {
  const { fields, body: text } = splitFrontMatter(raw);
  const where = `Article "${options.slug}"`;
  if (text.trim() === '') throw new CitebotError('E_ARTICLE', `${where} has no text after the front matter`);
  if (!/\p{L}/u.test(text)) throw new CitebotError('E_ARTICLE', `${where} has no letters in its text`);

  const sentences: Sentence[] = [];
  const paragraphs: Paragraph[] = [];
  const add = (kind: SentenceKind, start: number, end: number, paragraph: number, label: string): number => {
    const index = sentences.length;
    sentences.push({ label, index, paragraph, kind, text: text.slice(start, end), start, end });
    return index;
  };

  let headings = 0;
  let bodyStarted = false;
  let bylineText = '';
  let datelinePlace = '';
  let datelineSource = '';
  let firstHeading = '';

  for (const block of splitBlocks(text)) {
    if (block.kind === 'heading') {
      headings += 1;
      if (!firstHeading) firstHeading = text.slice(block.start, block.end);
      add('heading', block.start, block.end, 0, `H${headings}`);
      continue;
    }
    let start = block.start;
    if (!bodyStarted && paragraphs.length === 0 && !bylineText) {
      const lineEnd = text.indexOf('\n', start);
      const firstLineEnd = lineEnd === -1 || lineEnd > block.end ? block.end : lineEnd;
      const [ls, le] = trimRange(text, start, firstLineEnd);
      const byline = BYLINE.exec(text.slice(ls, le));
      if (byline) {
        bylineText = byline[1] ?? '';
        add('byline', ls, le, 0, 'byline');
        [start] = trimRange(text, le, block.end);
        if (start >= block.end) continue;
      }
    }
    const number = paragraphs.length + 1;
    const members: number[] = [];
    if (!bodyStarted) {
      const dateline = DATELINE.exec(text.slice(start, block.end));
      // A bare `WORD - ` needs a place/date part or an agency to count: "NATO - the alliance …" is a sentence.
      if (dateline && (dateline[2] || dateline[3] || !/^\s+-\s/.test(dateline[0].slice((dateline[1] ?? '').length)))) {
        const head = (dateline[1] ?? '') + (dateline[2] ?? '') + (dateline[3] ?? '');
        const [ds, de] = trimRange(text, start, start + head.length);
        members.push(add('dateline', ds, de, number, 'dateline'));
        datelinePlace = titleCase(dateline[1] ?? '');
        datelineSource = (dateline[4] ?? '').trim();
        start += dateline[0].length;
      }
    }
    bodyStarted = true;
    for (const [s, e] of splitSentences(text, start, block.end)) {
      members.push(add('body', s, e, number, `P${number}.${members.filter((i) => sentences[i]?.kind === 'body').length + 1}`));
    }
    paragraphs.push({ number, sentences: members });
  }

  if (!sentences.some((s) => s.kind === 'body' || s.kind === 'heading')) {
    throw new CitebotError('E_ARTICLE', `${where} has no sentences in its text`);
  }

  const field = (key: MetaKey): string => fields.get(key)?.trim() ?? '';
  const published = normalizeDate(field('published'), where);
  const meta: ArticleMeta = {
    slug: options.slug,
    title: field('title') || firstHeading.replace(/[*_`]/g, '').trim() || options.slug,
    source: field('source') || datelineSource,
    byline: field('byline') || bylineText,
    dateline: field('dateline') || datelinePlace,
    published,
    url: field('url'),
    note: field('note'),
  };
  return { meta, text, sentences, paragraphs };
}

/** Front-matter `published` as YYYY-MM-DD; other parseable forms are converted, unparseable ones rejected. */
function normalizeDate(value: string, where: string): string {
  if (value === '' || ISO_DATE.test(value)) return value;
  const time = Date.parse(value);
  if (Number.isNaN(time)) {
    throw new CitebotError('E_ARTICLE', `${where}: front matter "published: ${value}" is not a date (use YYYY-MM-DD)`);
  }
  // Read back with local getters: Date.parse reads "April 19, 2019" as local midnight.
  const d = new Date(time);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
