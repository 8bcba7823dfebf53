import type { AnswerType } from '../core/types.ts';
import { STOPWORDS } from './text.ts';

/** What a question asks for, read from its wording. `other` when nothing specific. */
export function expectedAnswerType(folded: string): AnswerType {
  const q = ` ${folded.replace(/[^\p{L}\p{N}' ]+/gu, ' ').replace(/\s+/g, ' ')} `;
  if (/ (stand for|stands for|full name of|acronym|abbreviation) /.test(q)) return 'definition';
  if (/ how (many|much|old|large|big|long|far|high|tall|deep|fast|quickly) | (number|percentage|proportion|amount|share|population|length|height|depth|width|area|distance|cost|price|size|weight|age) of /.test(q)) return 'number';
  // "what was the attendance at the final?", "what is the population?": a quantity asked for by its name
  if (/ what (?:is|was|were|are|'s) the (?:attendance|turnout|population|capacity|score|scoreline|budget|salary|death toll|toll|cost|price|fee|value|height|length|depth|width|area|distance|weight|speed|temperature|margin|majority|total) /.test(q)) return 'number';
  // "when" asks for a time where it opens the question ("when did …", "and when will …", "since when"), not in
  // "what happens when the fighting stops"
  if (/^ (?:(?:and|so|but|then|since|until|till) )?when | what (year|date|day|month|time) | which (year|date|day|month) | since when | (?:is|was|were|are|did|does|do|will) .*\bwhen $/.test(q)) return 'date';
  if (/ where | (which|what) (country|city|town|place|region|capital|location) /.test(q)) return 'place';
  if (/ why | what (caused|causes|reason|reasons) | for what reason /.test(q)) return 'reason';
  if (/ (what|how) (did|does|do|has|have|had) .+ (say|said|tweet|tweeted|write|wrote|tell|told|add|added|explain|explained|declare|declared) | quote| quoted /.test(q)) return 'quote';
  // (with a word between: "which Libyan firm", "which Italian official")
  if (/ (which|what) (?:[\p{L}-]+ )?(organi[sz]ation|company|agency|group|body|institution|firm|party|government) /u.test(q)) return 'organisation';
  if (/ who | whom | whose | (which|what) (?:[\p{L}-]+ )?(person|man|woman|minister|leader|official|general|president|journalist|reporter|author) /u.test(q)) return 'person';
  return 'other';
}

/** Nouns that name the kind of answer wanted rather than what it is about ("the full name of", "the date of"). */
const FRAME_NOUNS = new Set(
  'name names full title role job position kind type sort date day year time number amount size total part meaning purpose reason cause result effect aim goal view opinion status state'.split(' '),
);
const FOCUS_STOP = new Set('the a an this that these those its his her their new other main first last'.split(' '));

/**
 * The words a question's answer must be about, when its wording makes that plain: "the population of Libya"
 * (population), "ENI's annual revenue" (annual revenue), "how old is …" (old). A candidate that does not
 * firmly match them answers a different question, however many other words it shares.
 */
export function focusWords(folded: string): string[] {
  const q = folded.replace(/[?!.,;:]+/g, ' ').replace(/\s+/g, ' ').trim();
  const found: string[] = [];
  const ofPhrase = /\b(?:what|who|which)(?: is| was| are| were|'s) (?:the |a |an )?((?:[\p{L}-]+ ){0,2}?[\p{L}-]+) of\b/u.exec(q);
  if (ofPhrase?.[1]) found.push(...ofPhrase[1].split(' '));
  const possessive = /\b(?:what|who|which)(?: is| was| are| were|'s) (?:the )?[\p{L}-]+'s? ((?:[\p{L}-]+ )?[\p{L}-]+)/u.exec(q);
  if (possessive?.[1] && /'s? /.test(possessive[0])) found.push(...possessive[1].split(' '));
  // "what colour is the tower": a colour
  const colour = /\b(?:what|which) (colou?rs?)\b/.exec(q);
  if (colour?.[1]) found.push(colour[1]);
  // a dimension of something ("how long is the river"), not a duration ("how long will it take")
  // ("how high does the lift raise boats", "how deep did the shaft go")
  const how = /\bhow (old|tall|deep|long|high|far|wide|broad|thick|heavy|big|large|fast) (?:is|are|was|were|will)\b/.exec(q) ?? /\bhow (fast|quickly|tall|deep|high|wide|thick|heavy) (?:did|does|do|has|have|can|could)\b/.exec(q);
  if (how?.[1]) found.push(how[1]);
  // "what share of the wheels", "what proportion of adults": a percentage
  const share = /\b(?:what|which) (share|proportion|percentage|fraction)\b/.exec(q);
  if (share?.[1]) found.push(share[1]);
  // "what weight of oysters", "how much does the bell weigh": a mass
  const weight = /\b(?:what|which) (weight|mass)\b/.exec(q) ?? /\bhow much (?:does|do|did|will|would|can|could)\b.*\b(weigh|weighs|weighed)\b/.exec(q);
  if (weight?.[1]) found.push(weight[1]);
  // "what time does it open": a time of day (not "what time of year")
  if (/\b(?:what|which) time\b(?! of (?:the )?year)/.test(q)) found.push('clock');
  // "how often is it repotted": a frequency
  const often = /\bhow (often|frequently)\b/.exec(q);
  if (often?.[1]) found.push(often[1]);
  // how long something takes or lasts: a duration ("how long will it take to recharge")
  // (or how long something went on: "how long did the fire burn", "how long has she lived there")
  else if (/\bhow long\b.*\b(?:take|takes|took|taken|last|lasts|lasted)\b/.test(q) || /\bhow long (?:did|does|do|has|have|had|would|could)\b/.test(q)) found.push('long');
  // what something is worth or costs ("how much is the joint venture worth", "what did the bridge cost")
  const money = /\b(?:how much|what)\b.*\b(worth|cost|costs|price)\b/.exec(q);
  if (money?.[1]) found.push(money[1]);
  return [...new Set(found.filter((w) => !FRAME_NOUNS.has(w) && !FOCUS_STOP.has(w) && !STOPWORDS.has(w) && w.length > 1))];
}

/**
 * Words that say what kind of answer is wanted rather than what it is about ("Salvini role", "GNA meaning",
 * "embassy Tripoli year"): they set the answer type and are not matched as content.
 */
export const FRAME_WORDS: ReadonlyMap<string, AnswerType> = new Map<string, AnswerType>([
  ...['role', 'job', 'title', 'position', 'rank', 'occupation', 'profession'].map((w): [string, AnswerType] => [w, 'person']),
  ...['meaning', 'mean', 'means', 'stand', 'stands', 'acronym', 'abbreviation', 'abbreviations'].map((w): [string, AnswerType] => [w, 'definition']),
  ...['year', 'date', 'day', 'month', 'when'].map((w): [string, AnswerType] => [w, 'date']),
  ...['number', 'amount', 'figure', 'total', 'count', 'many', 'much'].map((w): [string, AnswerType] => [w, 'number']),
  ...['place', 'location', 'city', 'country', 'where'].map((w): [string, AnswerType] => [w, 'place']),
  ...['reason', 'why'].map((w): [string, AnswerType] => [w, 'reason']),
  ...['kind', 'type', 'sort'].map((w): [string, AnswerType] => [w, 'other']),
]);

/** Words before a frame word that make it say how often or which one, not what is asked ("every year", "each day"). */
const NOT_FRAMING = new Set(['every', 'each', 'per', 'a', 'an', 'this', 'last', 'next', 'that', 'same']);

/** Whether the word at `i` of a question's words is a frame word asking for a kind of answer ("year" in "embassy year", not in "every year"). */
export const isFrameAt = (words: readonly string[], i: number): boolean =>
  (FRAME_WORDS.has(words[i] ?? '') && !NOT_FRAMING.has(words[i - 1] ?? '')) ||
  // "on what day of the week": a weekday is asked for, and "week" is how
  (words[i] === 'week' && words.slice(Math.max(0, i - 3), i).join(' ') === 'day of the');

/** The answer type the frame words of a question ask for, when its wording gives none (keyword queries). */
export function frameType(folded: string): AnswerType {
  const words = folded.split(/[^\p{L}]+/u);
  for (const [i, w] of words.entries()) {
    const t = FRAME_WORDS.get(w);
    if (t && t !== 'other' && isFrameAt(words, i)) return t;
  }
  return 'other';
}

/** Words that open a question, or the verb before its subject in a yes/no question. */
const OPENERS = /^(?:what|which|who|whom|whose|when|where|why|how|is|are|was|were|do|does|did|has|have|had|can|could|will|would|should|shall|may|might|must)$/;
/** Words of a greeting or a hedge before the question ("hey quick one, …", "ok so, …", "lol wait, …"). */
export const CHATTER_OPENING: ReadonlySet<string> = new Set('hey hi hello hiya yo ok okay oh so well um uh hmm lol lmao wait quick question one sorry right alright guys folks everyone btw also and but then ngl tbh bruh imo idk lowkey honestly'.split(' '));
/**
 * A request around the question ("can you remind me", "does anyone know", "I was wondering"): the question is
 * what follows it.
 */
const REQUEST =
  /\b(?:(?:can|could|would|will)\s+(?:you|u|someone|anyone|somebody|anybody)\s+(?:please\s+)?(?:remind|tell|show|explain\s+to|let)\s+(?:me|us)(?:\s+know)?|(?:do|does)\s+(?:you|u|anyone|anybody|someone|somebody)\s+know|(?:i|we)\s*(?:'d|would)\s+(?:like|love)\s+to\s+know|(?:i|we)\s+(?:want|need)\s+to\s+know|(?:i\s*'m|i\s+am|i\s+was|we\s*'re|we\s+are|we\s+were)\s+(?:curious|wondering)(?:\s+about)?|(?:i|we)\s+wonder|remind\s+(?:me|us))\b[\s,:]*/giu;

/**
 * Where a chatty message asks its question: "Long-time listener here. I keep losing track, so can you remind me
 * which government Italy supports? Thanks" asks "which government Italy supports?". The rest is context: what the
 * asker says about themselves, a label ("fact-check:", "for my paper:") or a remark after the question ("need it
 * for my citation"). The whole message when it has no such parts, when no part of it asks (keywords, a statement),
 * or when the part that asks says nothing of its own ("… says 3,000 soldiers. What does the article say?").
 */
export function askingSpan(text: string): { readonly start: number; readonly end: number } {
  const whole = { start: 0, end: text.length };
  const parts: { start: number; end: number }[] = [];
  let from = 0;
  // a sentence ends at "?" or "!", or at "." after a word of four letters or more or a number ("Tripoli.", not
  // "Sen." or "U.S."); a label ends at a colon within the first six words, none of them but the first capitalised
  // ("fact-check:", "For the show notes:", not "Le Drian:")
  const ends = /(?:[?!]+|(?<=(?:\p{L}{4,}|\p{Ll}{3}|\p{N}))\.|(?<=^[^:]{0,60}):(?!\/\/))(?=\s+\S)/gu;
  for (const m of text.matchAll(ends)) {
    const end = (m.index ?? 0) + m[0].length;
    const label = text.slice(0, end - 1).trim().split(/\s+/);
    if (m[0] === ':' && (label.length > 6 || label.slice(1).some((w) => /^\p{Lu}/u.test(w)))) continue;
    parts.push({ start: from, end });
    from = end;
  }
  parts.push({ start: from, end: text.length });
  const says = (s: string): boolean => s.split(/[^\p{L}\p{N}'-]+/u).some((w) => w.length > 1 && !STOPWORDS.has(w.toLowerCase()) && !OPENERS.test(w.toLowerCase()));
  const asking = parts.filter((p) => /\?\s*$/.test(text.slice(p.start, p.end)) && says(text.slice(p.start, p.end)));
  // (with no question mark, a part with a request asks: "I'm curious whether the press conference was televised.")
  const requested = parts.filter((p) => text.slice(p.start, p.end).search(REQUEST) >= 0);
  const [first] = asking.length > 0 ? asking : text.includes('?') ? [] : requested;
  const lastAsking = asking.length > 0 ? asking.at(-1) : first;
  if (!first || !lastAsking) return whole;
  // (two questions in a row are both asked: "What happened on April 4? Who launched it?")
  const chosen = { start: first.start, end: lastAsking.end };
  let start = chosen.start;
  // a greeting or a hedge before a comma ("hey quick one, which …", "lol wait, when did …"), or an aside before
  // "but" or "so" ("Forgive me if I missed it, but when did …")
  const opening = /^\s*((?:[\p{L}]+\s+){0,3}[\p{L}]+)\s*,\s*(?=(\p{L}+))/u.exec(text.slice(start, chosen.end));
  const aside = /^[^,?]{3,80},\s*(?:but|so)\s+(?=(\p{L}+))/u.exec(text.slice(start, chosen.end));
  if (opening?.[1] && OPENERS.test((opening[2] ?? '').toLowerCase()) && opening[1].split(/\s+/).every((w) => CHATTER_OPENING.has(w.toLowerCase()))) start += opening[0].length;
  else if (aside && OPENERS.test((aside[1] ?? '').toLowerCase())) start += aside[0].length;
  // within it, what follows a request ("so can you remind me which …")
  for (const m of text.slice(chosen.start, chosen.end).matchAll(REQUEST)) {
    const after = chosen.start + (m.index ?? 0) + m[0].length;
    if (says(text.slice(after, chosen.end))) start = after;
  }
  while (start < chosen.end && /\s/.test(text[start] ?? '')) start++;
  return start === 0 && chosen.end === text.length ? whole : { start, end: chosen.end };
}
