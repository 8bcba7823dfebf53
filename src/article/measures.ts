/**
 * Numbers and dates with what they count or mark: "1,800 children", "300-member military task force",
 * "in 2017" (opened an embassy in Tripoli), "April 4", "on Friday", "19 April 2019", "2.5%", "$3 million", "50/50".
 */
import type { Article, Measure } from '../core/types.ts';
import { NATIONALITIES, NUMBER_SCALES, NUMBER_WORDS, PHRASE_STOPS } from './lexicon.ts';

type Kind = Measure['kind'];

interface Hit {
  readonly kind: Kind;
  readonly start: number;
  readonly end: number;
  readonly value: number | null;
  /** Where the noun phrase it counts starts (numbers) — else the hit's end. */
  readonly tail?: number;
}

const MONTH_NAMES = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)';
const NUM = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?';
const SCALE = '(?:\\s+(?:hundred|thousand|million|billion|trillion|mln|bln)\\b|(?:bn|m|k)\\b)?';

/** "300-member task force", "12-strong team": the compound says how many make up what follows. */
const COUNT_COMPOUNDS = new Set(['member', 'strong', 'man', 'person', 'nation', 'party', 'seat', 'bed', 'room', 'storey', 'story']);
const IRREGULAR_PLURALS = new Set(['people', 'children', 'men', 'women', 'police', 'staff', 'personnel', 'cattle', 'sheep', 'feet', 'teeth', 'mice', 'geese']);
const YEAR_PREPOSITIONS = new Set(['in', 'since', 'from', 'by', 'until', 'till', 'of', 'c.', 'ca.', 'circa', 'around', 'before', 'after', 'during', 'year', 'early', 'late', 'mid', 'the', 'to', 'between', 'and', 'spring', 'summer', 'autumn', 'fall', 'winter']);
const WEEKDAY_RE = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g;
const NUMBER_WORD_RE = new RegExp(
  `\\b(${[...NUMBER_WORDS.keys()].flatMap((w) => [w, w[0]?.toUpperCase() + w.slice(1)]).join('|')})\\s+(?=(?:of\\s+)?[a-z])`,
  'g',
);

const PATTERNS: ReadonlyArray<readonly [Kind, RegExp]> = [
  ['date', new RegExp(`\\b(?:\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\s+${MONTH_NAMES}(?:\\s+\\d{4})?|${MONTH_NAMES}\\s+\\d{1,2}(?:st|nd|rd|th)?\\b(?:,?\\s+\\d{4})?|${MONTH_NAMES}\\s+\\d{4})(?![\\d])`, 'g')],
  ['date', WEEKDAY_RE],
  ['money', new RegExp(`(?:US\\$|[$€£¥])\\s?(?:${NUM})${SCALE}|\\b(?:${NUM})${SCALE}\\s+(?:dollars|euros|pounds|yuan|yen|dinars|USD|EUR|GBP)\\b`, 'g')],
  ['percent', new RegExp(`(?:${NUM})\\s?(?:%|percent\\b|per cent\\b)`, 'g')],
  ['ratio', /\b\d{1,3}\/\d{1,3}\b(?!\/)/g],
  ['year', /\b\d{1,4}\s(?:BC|BCE|AD|CE)\b|\bAD\s\d{1,4}\b/g],
  ['year', /(?<![\d,.$€£/-])\b(?:1[0-9]{3}|20[0-9]{2})(?:s)?\b(?![\d,.%/-]\d)/g],
  ['number', new RegExp(`(?<![\\d.,/@<#&-])(?:${NUM})${SCALE}(?![\\d/])`, 'g')],
];

const parseNum = (s: string): number => Number(s.replace(/,/g, ''));
const SCALE_AFTER = /^(?:\s+(hundred|thousand|million|billion|trillion|mln|bln)\b|(bn|m|k)\b)/;

function valueOf(kind: Kind, surface: string, published: string): number | null {
  if (kind === 'date') {
    const y = /\b(\d{4})\b/.exec(surface)?.[1];
    if (y) return Number(y);
    return /^\d{4}-/.test(published) ? Number(published.slice(0, 4)) : null;
  }
  if (kind === 'year') {
    const y = Number(/\d+/.exec(surface)?.[0] ?? NaN);
    return /B\.?C/.test(surface) ? -y : y;
  }
  if (kind === 'ratio') {
    const [a, b] = surface.split('/').map(Number);
    return a !== undefined && b ? a / b : null;
  }
  const m = /\d[\d,]*(?:\.\d+)?/.exec(surface);
  if (!m) return null;
  let v = parseNum(m[0]);
  const scale = SCALE_AFTER.exec(surface.slice(m.index + m[0].length).replace(/^\s*(?=[a-z])/, ' '));
  const word = scale?.[1] ?? scale?.[2];
  if (word) v *= NUMBER_SCALES.get(word) ?? 1;
  return v;
}

/** The noun phrase right after `at` ("children", "military task force"), up to four words. */
function nounPhraseAfter(text: string, at: number, limit: number): string {
  const rest = text.slice(at, limit).replace(/^(\s*)(?:the|a|an|its|their|his|her|our|all|some)\s/i, (_m, sp: string) => `${sp}    `);
  const out: string[] = [];
  for (const m of rest.matchAll(/[^\s]+/g)) {
    if (m.index > 0 && out.length === 0 && /[,;:.!?)]/.test(rest.slice(0, m.index))) break;
    const raw = m[0];
    const word = raw.replace(/^["“(]+/, '').replace(/["”),;:.!?]+$/, '');
    const lower = word.toLowerCase();
    if (!/^[\p{L}][\p{L}'’-]*$/u.test(word) || PHRASE_STOPS.has(lower)) break;
    // A capitalised word after the phrase has begun starts a name: "twenty minutes away Mayor Ingrid …".
    if (out.length > 0 && word[0] !== word[0]?.toLowerCase() && !NATIONALITIES.has(word)) break;
    // Past participles and gerunds after a noun end the phrase: "task force stationed there".
    if (out.length > 0 && /(?:ed|ing)$/.test(lower) && !/(?:eed|ling|ring|thing|building|meeting|ceasing)$/.test(lower)) break;
    out.push(word);
    if (word !== raw && /[,;:.!?)]$/.test(raw)) break;
    if (out.length >= 4) break;
  }
  return out.join(' ');
}

/** Words that sit between a noun and the amount it is measured by: "supplies worth $2.5 million", "prices had risen 30%". */
const LINKING = new Set([
  'worth', 'of', 'about', 'some', 'nearly', 'almost', 'over', 'under', 'than', 'more', 'less', 'around', 'roughly', 'by',
  'to', 'up', 'down', 'had', 'has', 'have', 'was', 'were', 'is', 'are', 'been', 'rose', 'risen', 'fell', 'fallen',
  'grew', 'grown', 'increased', 'decreased', 'dropped', 'jumped', 'climbed', 'cost', 'costs', 'reached', 'totalled',
  'totaled', 'at', 'just', 'only', 'least', 'an', 'estimated', 'approximately',
]);
const VERBISH = new Set(['sent', 'paid', 'spent', 'gave', 'got', 'took', 'made', 'lost', 'won', 'raised', 'sold', 'bought', 'said', 'put', 'set', 'cut']);

/** The noun phrase right before an amount, past linking words: "food prices" in "food prices had risen 30%". */
function nounPhraseBefore(text: string, floor: number, at: number): string {
  const tokens = text.slice(floor, at).split(/\s+/).filter(Boolean);
  while (tokens.length > 0 && LINKING.has((tokens.at(-1) ?? '').toLowerCase())) tokens.pop();
  const out: string[] = [];
  while (tokens.length > 0 && out.length < 3) {
    const t = tokens.pop() ?? '';
    const lower = t.toLowerCase();
    if (!/^\p{Ll}[\p{L}'’-]*$/u.test(t) || PHRASE_STOPS.has(lower) || VERBISH.has(lower) || /ed$/.test(lower)) break;
    out.unshift(t);
  }
  return out.join(' ');
}

/** The event a date or year marks: the clause around it, without its subject. */
function eventAround(text: string, from: number, to: number, sStart: number, sEnd: number): string {
  // Words inside a quotation that ends before the date are not its event: start after the closing mark.
  const lastMark = Math.max(text.lastIndexOf('"', from), text.lastIndexOf('”', from));
  let before = text.slice(Math.max(sStart, lastMark + 1), from).replace(/^[\s,]+/, '');
  for (let prev = ''; prev !== before; ) {
    prev = before;
    before = before.replace(/[\s,(]*\b(?:in|on|since|by|until|from|of|at|during|as of|c\.|circa|here|early|late|mid|the|around|about)\s*$/i, '');
  }
  const after = text.slice(to, sEnd);
  const clauseBefore = before.split(/[,;:](?=\s)\s*|\s+(?:and|but|which|who|where)\s+/).at(-1) ?? '';
  const trimmed = clauseBefore
    .replace(/^\s*["“]?\s*(?:(?:the|a|an|in|on)\s+)?(?:[\p{Lu}][\p{L}'’.-]*\s+)+(?=[\p{Ll}])/u, '')
    .replace(/\s+(?:in|on|at|here)$/i, '')
    .trim();
  // The verb phrase that follows: "who on April 4 launched a military offensive against …".
  const next = after.replace(/^[\s,]+/, '').split(/[,;:.!?](?=\s|$)|\s+(?:and|but|which|who|where)\s+/)[0] ?? '';
  const stripped = next.replace(/^(?:(?:the|a|an)\s+)?(?:[\p{Lu}][\p{L}'’.-]*\s+)+(?=[\p{Ll}])/u, '');
  const tokens = stripped.split(/\s+/).filter(Boolean);
  const cut = tokens.findIndex((w, i) => i >= 3 && PHRASE_STOPS.has(w.toLowerCase()));
  const following = words((cut > 0 ? tokens.slice(0, cut) : tokens).join(' '), 8);
  // A date between a subject and its verb ("the council on Monday approved plans") marks what follows it,
  // unless the words before end in a participle ("a bridge built in 1342 still carries …").
  const firstAfter = /^\s+(\p{Ll}+)/u.exec(after)?.[1] ?? '';
  const lastBefore = trimmed.split(/\s+/).at(-1) ?? '';
  const participle = /(?:ed|en|built|begun|made|held|won|born|set|put|led|sent|founded)$/.test(lastBefore);
  if (following && firstAfter && !PHRASE_STOPS.has(firstAfter) && !participle) return following;
  if (trimmed.split(/\s+/).filter((w) => /^\p{Ll}/u.test(w)).length >= 2) return words(trimmed, 10);
  if (following) return following;
  // Date last in a clause that is only a name ("…, Enzo Movaero Milanesi, here on Friday"): the main clause.
  const main = (before.split(/[,;:]\s+/)[0] ?? '')
    .replace(/^\s*["“]?\s*(?:(?:the|a|an|in|on)\s+)?(?:[\p{Lu}][\p{L}'’.-]*\s+(?:and\s+)?)+(?=[\p{Ll}])/u, '');
  return /^\p{Ll}/u.test(main) ? words(main, 10) : '';
}

const words = (s: string, n: number): string => s.split(/\s+/).filter(Boolean).slice(0, n).join(' ').replace(/["”“]+$/, '');

/** Measures of every body (and dateline) unit, in text order. */
export function extractMeasures(article: Article): Measure[] {
  const out: Measure[] = [];
  const published = article.meta.published;
  for (const unit of article.sentences) {
    if (unit.kind !== 'body' && unit.kind !== 'dateline') continue;
    const hits: Hit[] = [];
    const taken = (s: number, e: number): boolean => hits.some((h) => s < h.end && e > h.start);
    // Most sentences hold no digit: skip the numeric patterns for them (start-up runs this on every sentence).
    const hasDigit = /\d/.test(unit.text);
    for (const [kind, re] of PATTERNS) {
      if (!hasDigit && re !== WEEKDAY_RE) continue;
      for (const m of unit.text.matchAll(re)) {
        const start = unit.start + m.index;
        const end = start + m[0].length;
        if (taken(start, end)) continue;
        // Digits inside Discord mentions, URLs or identifiers are not measures.
        const left = article.text[start - 1] ?? '';
        if (/[@#<:/\p{L}_]/u.test(left) && kind !== 'money') continue;
        if (kind === 'year' && /^\d{4}$/.test(m[0])) {
          // "in 1342 still carries …" is a year; "1800 people" (no preposition, a plural noun after) is a count.
          const prevWord = /([\p{L}.]+)\s+$/u.exec(article.text.slice(Math.max(unit.start, start - 20), start))?.[1]?.toLowerCase() ?? '';
          const nextWord = /^\s+([\p{L}]+)/u.exec(article.text.slice(end, unit.end))?.[1] ?? '';
          const plural = /^\p{Ll}+s$/u.test(nextWord) || IRREGULAR_PLURALS.has(nextWord);
          if (!YEAR_PREPOSITIONS.has(prevWord) && plural && !PHRASE_STOPS.has(nextWord)) continue;
        }
        hits.push({ kind, start, end, value: valueOf(kind, m[0], published) });
      }
    }
    // "300-member": the number is read from the compound, what it counts follows.
    // "14-kilometre tram line": a unit compound counts the unit of what follows ("kilometre tram line").
    for (const m of unit.text.matchAll(/\b(\d[\d,.]*)-([a-z]+)\b/g)) {
      const start = unit.start + m.index;
      const end = start + (m[1]?.length ?? 0);
      const suffix = m[2] ?? '';
      const counts = COUNT_COMPOUNDS.has(suffix);
      if (!counts && PHRASE_STOPS.has(suffix)) continue;
      const idx = hits.findIndex((h) => h.start === start);
      if (idx >= 0) hits.splice(idx, 1);
      hits.push({ kind: 'number', start, end, value: parseNum(m[1] ?? ''), tail: counts ? start + m[0].length : end + 1 });
    }
    // Spelled-out counts before a noun: "three ministers", "thousands of people".
    for (const m of unit.text.matchAll(NUMBER_WORD_RE)) {
      const v = NUMBER_WORDS.get((m[1] ?? '').toLowerCase());
      if (v === undefined) continue;
      const start = unit.start + m.index;
      const end = start + (m[1]?.length ?? 0);
      if (!taken(start, end)) hits.push({ kind: 'number', start, end, value: v });
    }

    for (const h of hits.sort((a, b) => a.start - b.start)) {
      const surface = article.text.slice(h.start, h.end);
      let what = '';
      if (h.kind === 'number' || h.kind === 'money' || h.kind === 'percent') {
        const tail = h.tail ?? h.end;
        const ofs = /^\s+of\s+/.exec(article.text.slice(tail, unit.end));
        what = nounPhraseAfter(article.text, tail + (ofs && h.kind === 'number' ? ofs[0].length : 0), unit.end);
        if (h.kind === 'percent' && ofs) what = nounPhraseAfter(article.text, tail + ofs[0].length, unit.end);
        if (!what && h.kind !== 'number') what = nounPhraseBefore(article.text, unit.start, h.start);
      } else if (h.kind === 'ratio') {
        what = nounPhraseAfter(article.text, h.end, unit.end);
      } else if (unit.kind === 'body') {
        what = eventAround(article.text, h.start, h.end, unit.start, unit.end);
      }
      out.push({ kind: h.kind, text: surface, value: h.value, what, sentence: unit.index });
    }
  }
  return out;
}
