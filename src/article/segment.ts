/**
 * Paragraph and sentence segmentation over exact offsets: every range returned slices back to the text as written.
 * Rules are hand-written for news and encyclopedic prose; see the tables in test/article/segment.test.ts.
 */
import { SPEECH_VERBS } from './lexicon.ts';

/** A block of the body: a paragraph, a Markdown heading or a list item. [start, end) are trimmed. */
export interface Block {
  readonly kind: 'paragraph' | 'heading' | 'item';
  readonly start: number;
  readonly end: number;
}

const HEADING = /^(#{1,6})[ \t]+/;
const LIST_ITEM = /^[ \t]*(?:[-*+•]|\d{1,3}[.)])[ \t]+/;
const THEMATIC_BREAK = /^[ \t]*(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const CONTENT = /[\p{L}\p{N}]/u;

const isSpace = (ch: string | undefined): boolean => ch !== undefined && /\s/.test(ch);

/** [start, end) narrowed past surrounding whitespace. */
export function trimRange(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && isSpace(text[s])) s++;
  while (e > s && isSpace(text[e - 1])) e--;
  return [s, e];
}

/**
 * Splits the body into blocks. Blank lines separate paragraphs; consecutive lines form one paragraph,
 * except that a heading line and each list item start a block of their own. Blocks with no letters or
 * digits (rules, stray markup) are dropped.
 */
export function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let current: { kind: Block['kind']; start: number; end: number } | null = null;
  const flush = (): void => {
    if (current) {
      const [s, e] = trimRange(text, current.start, current.end);
      if (s < e && CONTENT.test(text.slice(s, e))) blocks.push({ kind: current.kind, start: s, end: e });
    }
    current = null;
  };

  let pos = 0;
  while (pos <= text.length) {
    const nl = text.indexOf('\n', pos);
    const lineEnd = nl === -1 ? text.length : nl;
    const line = text.slice(pos, lineEnd);
    if (line.trim() === '' || THEMATIC_BREAK.test(line)) {
      flush();
    } else {
      const heading = HEADING.exec(line.trimStart());
      const item = LIST_ITEM.exec(line);
      if (heading) {
        flush();
        const lead = line.length - line.trimStart().length + heading[0].length;
        // Drop closing #'s ("## Title ##") from the heading text.
        const body = line.replace(/[ \t]+#+[ \t]*$/, '');
        blocks.push(...headingBlock(text, pos + lead, pos + Math.max(lead, body.length)));
      } else if (item) {
        flush();
        current = { kind: 'item', start: pos + item[0].length, end: lineEnd };
      } else if (current) {
        current.end = lineEnd;
      } else {
        current = { kind: 'paragraph', start: pos, end: lineEnd };
      }
    }
    if (nl === -1) break;
    pos = nl + 1;
  }
  flush();
  return blocks;
}

function headingBlock(text: string, start: number, end: number): Block[] {
  const [s, e] = trimRange(text, start, end);
  return s < e && CONTENT.test(text.slice(s, e)) ? [{ kind: 'heading', start: s, end: e }] : [];
}

// --- sentence boundaries -------------------------------------------------------------------

const TERMINATORS = new Set(['.', '?', '!', '…', '。', '！', '？', '؟', '۔']);
/** Terminators that end a sentence even with no space after them (CJK full stops). */
const TIGHT_TERMINATORS = new Set(['。', '！', '？']);
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '*', '_', '»', '」', '』']);
const QUOTE_CLOSERS = new Set(['"', "'", '”', '’', '»']);

/** Abbreviations that precede a name and never end a sentence: "Mr. Smith", "St. Louis", "Gen. Haftar". */
const TITLE_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'mssrs', 'messrs', 'dr', 'prof', 'st', 'mt', 'ft', 'gen', 'col', 'lt', 'maj', 'sgt', 'capt',
  'cmdr', 'adm', 'rep', 'reps', 'sen', 'sens', 'gov', 'pres', 'rev', 'hon', 'fr', 'supt', 'insp', 'brig', 'cpl', 'pvt',
]);
/** Abbreviations that are never sentence-final in practice. */
const NEVER_FINAL = new Set(['e.g', 'i.e', 'cf', 'viz', 'vs', 'v', 'approx', 'incl', 'esp', 'al', 'resp']);
/** Abbreviations that are not sentence-final before a number: "No. 10", "c. 1850", "Jan. 5", "p. 12". */
const NUMBER_ABBREVIATIONS = new Set([
  'no', 'nos', 'nr', 'vol', 'vols', 'p', 'pp', 'fig', 'figs', 'art', 'c', 'ca', 'ch', 'sec', 'op', 'ed', 'est', 'b', 'd', 'fl', 'r',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
/** Abbreviations that end a sentence only when a typical sentence opener follows: "in the U.S. The …". */
const AMBIGUOUS_ABBREVIATIONS = new Set(['inc', 'ltd', 'co', 'corp', 'jr', 'sr', 'bros', 'plc', 'llc', 'etc', 'dept', 'univ', 'assn']);
/** Words that typically open a sentence; after an ambiguous abbreviation they signal a boundary. */
const SENTENCE_OPENERS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her',
  'their', 'our', 'my', 'in', 'on', 'at', 'but', 'and', 'or', 'so', 'yet', 'however', 'meanwhile', 'also', 'after',
  'before', 'when', 'while', 'as', 'if', 'although', 'there', 'here', 'some', 'many', 'most', 'such', 'both', 'each',
  'all', 'not', 'for', 'from', 'with', 'by', 'since', 'last', 'earlier', 'later', 'today', 'yesterday', 'now', 'then',
  'still', 'what', 'who', 'why', 'how', 'where', 'according',
]);

/** Longest sentence kept whole; longer runs (no punctuation at all) are cut at a clause or word break. */
export const MAX_SENTENCE_LENGTH = 1000;

/** The word (letters and inner dots) that ends right before `at`: "U.S" for "U.S.", "Mr" for "Mr.". */
function wordBefore(text: string, at: number, floor: number): string {
  let s = at;
  while (s > floor && /[\p{L}\p{M}.]/u.test(text[s - 1] ?? '')) s--;
  return text.slice(s, at).replace(/^\.+/, '');
}

/** The next few words from `at`, lower-cased and stripped of punctuation. */
function wordsAfter(text: string, at: number, to: number, count: number): string[] {
  return text
    .slice(at, Math.min(to, at + 80))
    .split(/\s+/)
    .slice(0, count)
    .map((w) => w.toLowerCase().replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''));
}

function isBoundary(text: string, termStart: number, termEnd: number, closersEnd: number, next: number, to: number): boolean {
  const nextCh = text[next] ?? '';
  if (/\p{Ll}/u.test(nextCh) || /[,;:)\]}]/.test(nextCh)) return false;
  const marks = text.slice(termStart, termEnd);
  const closers = text.slice(termEnd, closersEnd);

  if (/[?!？！]/.test(marks)) {
    // `"Why?" Le Drian asked.` — a quoted question followed by its attribution is one sentence.
    if ([...closers].some((c) => QUOTE_CLOSERS.has(c))) {
      const words = wordsAfter(text, next, to, 5);
      for (const w of words) {
        if (SPEECH_VERBS.has(w)) return false;
      }
    }
    return true;
  }
  if (marks !== '.') return true; // "...", "…", "。"

  const word = wordBefore(text, termStart, 0);
  if (word === '') return true; // "in 2017. The …", ")."
  const lower = word.toLowerCase();
  const nextWord = wordsAfter(text, next, to, 1)[0] ?? '';
  // an initial: "J. R. R. Tolkien", "George W. Bush" (not a unit after a degree sign: "9.1 °C. Summer …")
  if (/^\p{Lu}$/u.test(word) && !/[°º]\s?$/u.test(text.slice(Math.max(0, termStart - 3), termStart - 1))) return false;
  if (TITLE_ABBREVIATIONS.has(lower) || NEVER_FINAL.has(lower)) return false;
  if (NUMBER_ABBREVIATIONS.has(lower) && /\p{N}/u.test(nextCh)) return false;
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word) || AMBIGUOUS_ABBREVIATIONS.has(lower)) {
    // ("Vessling-Solberg Aeroplanes Ltd. (VSA) with a capital of …": the company's acronym, in the same sentence)
    if (/^\(\p{Lu}[\p{Lu}\p{N}&-]{1,9}\)/u.test(text.slice(next, next + 12))) return false;
    return SENTENCE_OPENERS.has(nextWord) || /["“‘([]/.test(nextCh);
  }
  return true;
}

/** Sentence ranges inside [from, to), trimmed, in order. */
export function splitSentences(text: string, from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let [start] = trimRange(text, from, to);
  let i = start;
  while (i < to) {
    const ch = text[i] ?? '';
    if (!TERMINATORS.has(ch)) {
      i++;
      continue;
    }
    let j = i;
    while (j < to && TERMINATORS.has(text[j] ?? '')) j++;
    let k = j;
    while (k < to && CLOSERS.has(text[k] ?? '')) k++;
    const tight = TIGHT_TERMINATORS.has(text[j - 1] ?? '');
    if (k >= to) break;
    if (!tight && !isSpace(text[k])) {
      i = k;
      continue;
    }
    let next = k;
    while (next < to && isSpace(text[next])) next++;
    if (next >= to) break;
    if (tight || isBoundary(text, i, j, k, next, to)) {
      pushSentence(text, out, start, k);
      start = next;
    }
    i = next;
  }
  if (start < to) pushSentence(text, out, start, to);
  return out;
}

/** Adds [s, e) trimmed, cutting it at clause or word breaks when it runs past MAX_SENTENCE_LENGTH. */
function pushSentence(text: string, out: Array<[number, number]>, s0: number, e0: number): void {
  let [s, e] = trimRange(text, s0, e0);
  while (e - s > MAX_SENTENCE_LENGTH) {
    const window = text.slice(s, s + MAX_SENTENCE_LENGTH);
    let cut = Math.max(window.lastIndexOf('; '), window.lastIndexOf(', '));
    if (cut < MAX_SENTENCE_LENGTH / 2) cut = window.lastIndexOf(' ');
    if (cut <= 0) cut = MAX_SENTENCE_LENGTH - 1;
    // Never cut inside a surrogate pair.
    const code = text.charCodeAt(s + cut);
    if (code >= 0xd800 && code <= 0xdbff) cut += 1;
    const [a, b] = trimRange(text, s, s + cut + 1);
    if (a < b) out.push([a, b]);
    [s, e] = trimRange(text, s + cut + 1, e);
  }
  if (s < e) out.push([s, e]);
}
