/**
 * The weights and small pure functions the engine's ranking and confidence are made of, each with why it is set
 * where it is. Kept apart from the engine so the numbers can be read (and argued about) in one place.
 */
import type { AnswerType, KbEntry } from '../core/types.ts';
import type { QuerySlot, ScoredDoc } from '../search/index.ts';
import { fold, isMisspeltOpener, stem, STOPWORDS, stripChatMarkup } from '../search/text.ts';
import { RELATION_WEIGHT, wordnet } from '../search/wordnet.ts';
import { CHATTER_OPENING } from '../search/question.ts';
import { table } from '../core/table.ts';

/** Longest question considered; longer input is cut (a question, not an essay). */
export const MAX_QUESTION_CHARS = 600;

export const TYPO_WEIGHT = [1, 0.85, 0.7] as const;
/** A word of a multi-word related term ("crude oil" for "petroleum") counts this much of the relation. */
const COMPOUND_PART_WEIGHT = 0.6;

/** Stems of the words WordNet relates to `word`, with how much each counts (the best relation wins). */
export function relatedStems(word: string): ReadonlyMap<string, number> {
  const cached = relatedCache.get(word);
  if (cached) return cached;
  const out = new Map<string, number>();
  const put = (s: string, w: number) => {
    if (s.length >= 3 && !STOPWORDS.has(s) && w > (out.get(s) ?? 0)) out.set(s, w);
  };
  for (const [related, relation] of wordnet().related(word)) {
    const parts = related.split(/[_-]/).filter((p) => p.length > 0);
    const weight = RELATION_WEIGHT[relation];
    if (parts.length === 1) put(stem(related), weight);
    else for (const p of parts) put(stem(p), weight * COMPOUND_PART_WEIGHT);
  }
  out.delete(stem(word));
  if (relatedCache.size > 20_000) relatedCache.clear();
  relatedCache.set(word, out);
  return out;
}
const relatedCache = new Map<string, ReadonlyMap<string, number>>();

/** Forgets the words looked up in WordNet so far, process-wide (for the benchmark: see runBench). */
export function forgetWordLookups(): void {
  relatedCache.clear();
  wordnet().forgetLookups();
}
export const NAME_BOOST = 1.3;
/** Weight of a frame word ("role", "year", "meaning") against a content word's. */
export const FRAME_WORD_WEIGHT = 0.2;
/** A place named in at least this share of the sentences is the story's setting, not what a question is about. */
export const COMMON_PLACE_SHARE = 0.25;
/** A word of a name matched without the name ("National" of "National Oil Corporation" in another name). */
export const NAME_WORD_WEIGHT = 0.4;
/** A person's name standing in for a word of their role ("French" → Le Drian, the French Foreign Minister). */
export const ROLE_NAME_WEIGHT = 0.6;
/** Role words too common to point at one person. */
export const GENERIC_ROLE_WORDS: ReadonlySet<string> = new Set(['author', 'counterpart', 'official', 'spokesperson', 'spokesman', 'spokeswoman', 'member', 'deputy', 'former', 'chief', 'head', 'senior']);
/** Confidence kept when the best candidate cannot be the kind of answer asked for (a "when" with no date). */
export const TYPE_MISMATCH_FACTOR = 0.6;
/**
 * Share of the question's weight that a candidate does not touch at all counts against it this many times over:
 * a question is about all of its words, and a word nothing answers is the usual sign the article does not say.
 */
export const UNCOVERED_PENALTY = 0.5;
/** A word matched at least this well (itself, a typo of it, a synonym) counts as fully there for that penalty. */
export const FIRM_MATCH = 0.7;
/** Confidence kept when the candidate does not firmly match what the question is plainly about (see focusWords). */
export const OFF_FOCUS_FACTOR = 0.5;
/** Confidence kept per name the question is about that the candidate does not mention. */
export const MISSING_NAME_FACTOR = 0.6;

const LENGTH_UNITS = ['kilometre', 'kilometres', 'kilometer', 'km', 'metre', 'metres', 'meter', 'mile', 'miles', 'feet', 'foot', 'yard', 'centimetre', 'inch'];
const TIME_UNITS = ['hour', 'hours', 'minute', 'minutes', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'decade'];
const MONEY_UNITS = ['euro', 'euros', 'dollar', 'dollars', 'pound', 'pounds', 'crown', 'crowns', 'yuan', 'yen', 'franc', 'francs', 'rupee', 'million', 'billion'];
const AREA_UNITS = ['square', 'hectare', 'hectares', 'acre'];
/** How big something is: its area, its members, or its length and width. */
const SIZE_UNITS = [...AREA_UNITS, 'member', 'members', ...LENGTH_UNITS];
/** Words that ask for a measurement, and the units a sentence gives it in. */
export const MEASURE_UNITS: Readonly<Record<string, readonly string[]>> = table({
  long: [...LENGTH_UNITS, ...TIME_UNITS], length: LENGTH_UNITS, tall: LENGTH_UNITS, high: LENGTH_UNITS, height: LENGTH_UNITS,
  deep: LENGTH_UNITS, depth: LENGTH_UNITS, wide: LENGTH_UNITS, width: LENGTH_UNITS, far: LENGTH_UNITS, distance: LENGTH_UNITS,
  old: ['aged', 'born', 'age'], age: ['aged', 'born', 'old'],
  // (how big a building or a boat is: its length and width too)
  big: [...SIZE_UNITS, 'strong'], large: SIZE_UNITS, size: SIZE_UNITS, area: AREA_UNITS,
  cost: MONEY_UNITS, price: MONEY_UNITS, expensive: MONEY_UNITS, budget: MONEY_UNITS, spend: MONEY_UNITS, paid: MONEY_UNITS, pay: MONEY_UNITS, worth: MONEY_UNITS,
  power: ['horsepower', 'hp', 'watts', 'kilowatts', 'megawatts', 'gigawatts', 'kw', 'mw'], powerful: ['horsepower', 'hp', 'kilowatts', 'megawatts', 'kw', 'mw'],
  heavy: ['tonne', 'tonnes', 'ton', 'tons', 'kilogram', 'kilograms', 'kg'], weight: ['tonne', 'tonnes', 'ton', 'kilogram', 'kg'],
  duration: TIME_UNITS, often: ['every', 'daily', 'weekly', 'hour', 'minutes'], frequently: ['every', 'daily', 'weekly', 'minutes'],
});
/** How much a unit counts for the measurement word it answers. */
export const MEASURE_UNIT_WEIGHT = 0.6;
/**
 * An adjective in another degree ("slowest" for "slow", "longer" for "longest"): the same word, saying a little
 * more or less than the question asks.
 */
export const DEGREE_WEIGHT = 0.9;

/** A quantity in figures or in words ("42", "1,200", "fifteen", "twenty-one", "several"). */
const QUANTITY = String.raw`(?:\d[\d,.]*|\b(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a hundred|several|a few))`;
const unitsAfterQuantity = (units: string): RegExp => new RegExp(`${QUANTITY}\\s*(?:-\\s*)?(?:${units})\\b`, 'i');
/** Units that answer "how long/tall/deep/far/high/wide", "how old" and "how big" without repeating the word. */
const DIMENSION_UNITS: Readonly<Record<string, RegExp>> = table({
  length: unitsAfterQuantity('km|kilomet(?:re|er)s?|met(?:re|er)s?|m|miles?|feet|foot|ft|yards?|cm|centimet(?:re|er)s?|mm|millimet(?:re|er)s?|inch(?:es)?'),
  // (or the age set off after a name, as news copy gives it: "Walter Penrose, 81, …")
  // (a thing's age: "formed 310 million years ago", "dating from the 12th century")
  age: /\b(?:\d+\s*(?:-\s*)?years?(?:\s*-\s*)?old|aged\s+\d+|at the age of\s+\d+|(?:is|was|turned|turns)\s+\d{1,3}(?=\s*(?:,|\.|;|and\b|this\b|next\b|last\b|$))|born\s+(?:in|on)\b|\d[\d,.]*\s*(?:(?:million|billion|thousand)\s+)?years\s+ago\b|dat(?:es|ed|ing)\s+(?:back\s+)?(?:to|from)\s+(?:the\s+|about\s+|around\s+|c\.\s*)?\d)/i,
  // (a group's size is its count: "a delegation of 22 officials", "a crowd of about 300")
  size: /\d[\d,.]*\s*(?:square|sq|hectares?|acres?|km2|members?|people|strong|tonnes?|tons?|met(?:re|er)s?\s+(?:long|wide|high|tall|across))\b|\bof\s+(?:about\s+|some\s+|around\s+|more than\s+|nearly\s+|almost\s+|up to\s+)?\d[\d,.]*\s+\p{L}/iu,
  // "what share", "what proportion": a percentage or a fraction ("92 percent", "a third of")
  share: new RegExp(String.raw`${QUANTITY}\s*(?:%|per ?cent\b)|\b(?:half|a third|a quarter|two[- ]thirds|three[- ]quarters|one in (?:two|three|four|five|ten))\s+of\b`, 'i'),
  // "how heavy", "what weight": a mass ("about 40 kilograms", "a 12-tonne bell")
  mass: unitsAfterQuantity('kg|kilos?|kilo(?:gram|gramme)s?|grams?|g|tonnes?|tons?|pounds?|lbs?|ounces?|oz|hundredweight|cwt'),
  // ("90 working days", "five full years")
  duration: unitsAfterQuantity('(?:(?:working|calendar|full|whole|business|consecutive|straight|more|further|extra|additional)\\s+)?(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|decades?|centur(?:y|ies))'),
  // "what colour": a colour named
  colour: /\b(?:red|white|black|blue|green|yellow|grey|gray|brown|orange|purple|pink|cream|golden|silver|scarlet|crimson|ochre|striped|banded)\b/i,
  // "how fast": a rate ("1.9 metres a year", "40 km/h", "twice as fast")
  // (or the time something takes: "opened in under four minutes", "the response time was 19 minutes"; or none: "an
  // immediate cease-fire")
  rate: new RegExp(String.raw`\b(?:immediate(?:ly)?|at once|as soon as possible|without delay|straight away|right away)\b|${QUANTITY}(?:\s+[a-z-]+){0,5}\s+(?:per|a|an|each|every)\s+(?:year|annum|decade|month|week|day|hour|minute|second)\b|\b(?:takes?|took|taking|was|is|of)\s+(?:currently\s+|now\s+|about\s+|around\s+|just\s+|only\s+|under\s+|less than\s+)*${QUANTITY}\s+(?:seconds?|minutes?|hours?)\b|\d\s*(?:km\/h|mph|m\/s|knots)\b|\b(?:twice|three times|\d+ times) as (?:fast|quickly)\b|\b(?:in|within)\s+(?:under\s+|less than\s+|just\s+|about\s+|around\s+|only\s+)?${QUANTITY}\s+(?:seconds?|minutes?|hours?|days?|weeks?)\b`, 'i'),
  // "what time": a time of day ("from 9:00 to 18:00", "at 6.40am", "at noon")
  clock: /\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s?(?:am|pm|a\.m\.|p\.m\.)|\b(?:noon|midday|midnight|o'clock)\b/i,
  // "how often": a frequency ("once every fifteen years", "twice a week", "every ten years", "annually")
  frequency: /\b(?:once|twice|(?:\d+|three|four|five|six|ten)\s+times)\s+(?:a|an|every|each|per|in|or)\b|\b(?:every|each)\s+(?:\S+\s+)?(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|summer|winter|spring|autumn|season)\b|\b(?:annually|yearly|monthly|weekly|daily|hourly|nightly|fortnightly)\b|\b(?:one|\d+)\s+(?:years?|days?|weeks?|months?|seasons?|times?)\s+in\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\b/i,
  // "a town of 4,700 people": how many live there
  // ("9,000 people in Vessby and two villages" drink its water: no population)
  population: /\b(?:town|city|village|community|country|nation|island|region|district|settlement|parish) of\s+(?:about\s+|some\s+|around\s+|nearly\s+|more than\s+|almost\s+|roughly\s+)?\d[\d,.]*(?:\s+(?:million|thousand))?\s+(?:people|inhabitants|residents|citizens|souls)\b|\bpopulation of\s+(?:about\s+|some\s+|around\s+|nearly\s+|more than\s+|almost\s+|roughly\s+)?\d|\d[\d,.]*\s+(?:inhabitants|residents)\b/i,
  money: /[$€£¥]\s?\d|\d[\d,.]*\s*(?:million|billion|bn|m)?\s*(?:euros?|dollars?|pounds?|crowns?|francs?|yuan|yen|rupees?|kronor|kroner)\b|\b(?:euros?|dollars?|pounds?)\s+\d/i,
});
/** Words a sentence speaks of each kind of length with, by the word a question asks it with. */
// (a length written before its noun is that thing's length: "the 620-yard Gallows Hill Tunnel", "a 14-kilometre line")
const LONG = /\b(?:long|longer|longest|length|lengths|stretch(?:es|ed)?|runs?|ran|extend(?:s|ed)?|spans?|spanned|flows?|flowed|covers?|covered|route|course|journey)\b|\d-(?:km|kilomet(?:re|er)|met(?:re|er)|mile|yard|foot|feet)\b/i;
const HIGH = /\b(?:high|higher|highest|height|tall|taller|tallest|altitude|elevation|rises?|rose|risen|rais(?:e|es|ed|ing)|lift(?:s|ed|ing)?|climb(?:s|ed|ing)?|summit|peak|above)\b/i;
const DEEP = /\b(?:deep|deeper|deepest|depth|depths|below|beneath|underground|down)\b/i;
/** Words that make a measurement a height. */
const HEIGHT_WORDS = /\b(?:altitude|elevation|height|high|tall)\b/i;
const WIDE = /\b(?:wide|wider|widest|width|broad|broader|broadest|breadth|across)\b/i;
const THICK = /\b(?:thick|thicker|thickest|thickness)\b/i;
const FAR = /\b(?:far|distance|away|from|north|south|east|west|upstream|downstream|outside|beyond)\b/i;
const LENGTH_FAMILIES: Readonly<Record<string, RegExp>> = table({
  long: LONG, length: LONG, high: HIGH, tall: HIGH, height: HIGH, deep: DEEP, depth: DEEP, wide: WIDE, width: WIDE, broad: WIDE, breadth: WIDE, thick: THICK, thickness: THICK, far: FAR, distance: FAR,
});
/** An age set off after a name, as news copy gives it: "Walter Penrose, 81, …", "Ann Lee (34)". */
const AGE_AFTER_NAME = /\p{Lu}\p{Ll}+(?:,\s\d{1,3},\s|\s\(\d{1,3}\))/u;
const DIMENSION_OF: Readonly<Record<string, keyof typeof DIMENSION_UNITS>> = table({
  long: 'length', tall: 'length', high: 'length', deep: 'length', far: 'length', wide: 'length', broad: 'length', thick: 'length',
  breadth: 'length', thickness: 'length', old: 'age', big: 'size', large: 'size',
  length: 'length', height: 'length', depth: 'length', width: 'length', distance: 'length', age: 'age', size: 'size', area: 'size',
  population: 'population', inhabitants: 'population', residents: 'population', fast: 'rate', quickly: 'rate', speed: 'rate', rate: 'rate',
  often: 'frequency', frequently: 'frequency', clock: 'clock',
  share: 'share', proportion: 'share', percentage: 'share', fraction: 'share',
  heavy: 'mass', weight: 'mass', weigh: 'mass', weighs: 'mass', weighed: 'mass', mass: 'mass',
  colour: 'colour', color: 'colour', colours: 'colour', colors: 'colour',
  worth: 'money', cost: 'money', costs: 'money', price: 'money', value: 'money', money: 'money', sum: 'money', fee: 'money',
});
/** Nouns that name a dimension whatever the wording around them ("river length"); "long" and the like only in "how long is". */
const DIMENSION_NOUNS: ReadonlySet<string> = new Set(['length', 'height', 'depth', 'width', 'breadth', 'thickness', 'distance', 'age', 'size', 'area', 'money', 'sum', 'fee', 'population', 'weight', 'mass']);

/**
 * The candidate with the words asking for a dimension counted as fully covered when it gives a measurement in the
 * right unit: "642 kilometres" answers "how long" as well as the word "long" would.
 */
export function withMeasuresCovered(s: ScoredDoc, focus: ReadonlySet<string>, entry: KbEntry, duration = true): ScoredDoc {
  return withSlotsCovered(s, (w) => (focus.has(w) || DIMENSION_NOUNS.has(w)) && measuresDimension(w, entry, duration));
}

/** The candidate with the given question words counted as fully covered (what the candidate answers them with). */
export function withWordsCovered(s: ScoredDoc, words: ReadonlySet<string>): ScoredDoc {
  return withSlotsCovered(s, (w) => words.has(w));
}

/** The candidate with the slots whose word `covers` accepts counted as fully covered, its coverage raised to match. */
function withSlotsCovered(s: ScoredDoc, covers: (word: string) => boolean): ScoredDoc {
  return withSlotCoverage(s, (i, c) => (covers(s.slotWords[i] ?? '') ? Math.max(c, 1) : c));
}

/**
 * The candidate with each slot's coverage set to what `coverage` makes of it (given the slot's index and its
 * coverage), and its overall coverage moved by as much; the same candidate when nothing changes.
 */
export function withSlotCoverage(s: ScoredDoc, coverage: (slot: number, covered: number) => number): ScoredDoc {
  let change = 0;
  let slotCoverage: Float64Array | undefined;
  const total = s.slotWeights.reduce((a, b) => a + b, 0) || 1;
  s.slotWords.forEach((_, i) => {
    const c = s.slotCoverage[i] ?? 0;
    const next = coverage(i, c);
    if (next === c) return;
    slotCoverage ??= Float64Array.from(s.slotCoverage);
    slotCoverage[i] = next;
    change += ((s.slotWeights[i] ?? 0) * (next - c)) / total;
  });
  return slotCoverage ? { ...s, slotCoverage, coverage: Math.min(1, Math.max(0, s.coverage + change)) } : s;
}

/** Whether a focus word asks for a measurement ("long", "old", "big"). */
export const isDimension = (word: string): boolean => DIMENSION_OF[word] !== undefined;

/** "has run in some form since 1952", "have lived there since May 2003": how long, said by when it began. */
const SINCE_PERFECT = /\b(?:has|have|had)\s+(?:[a-z]+\s+){0,6}?since\s+(?:(?:\d{1,2}\s+)?\p{Lu}\p{Ll}+\s+)?\d{4}\b/u;

/**
 * Whether an entry answers a "how <dimension>" focus with a measurement in the right unit; a duration answers
 * "how long" only when `duration` (the question may ask for one).
 */
export function measuresDimension(word: string, entry: KbEntry, duration = true): boolean {
  const dimension = DIMENSION_OF[word];
  if (!dimension) return false;
  // a length answers "how deep" only where the sentence speaks of depth: "a footpath of 590 kilometres from Lake
  // Hollin" says nothing of how deep the lake is (a duration still answers "how long did it take")
  const family = LENGTH_FAMILIES[word];
  if (family) {
    const texts = [entry.answer, ...entry.citations.map((c) => c.text)];
    // ("1,870 metres below the peak" is an altitude: a height, however the sentence goes on)
    const spoken = texts.some((t) => family.test(t) && (DIMENSION_UNITS.length?.test(t) ?? false) && !(family === DEEP && HEIGHT_WORDS.test(t)));
    const lasting = word === 'long' && duration && texts.some((t) => (DIMENSION_UNITS.duration?.test(t) ?? false) || SINCE_PERFECT.test(t));
    return spoken || lasting;
  }
  // "how long" is a length or a duration (unless the question's wording rules a duration out: `duration`)
  const res = [DIMENSION_UNITS[dimension], ...(word === 'long' && duration ? [DIMENSION_UNITS.duration, SINCE_PERFECT] : []), ...(dimension === 'age' ? [AGE_AFTER_NAME] : [])].filter((r): r is RegExp => r !== undefined);
  return [entry.answer, ...entry.citations.map((c) => c.text)].some((t) => res.some((re) => re.test(t)));
}

const COUNT_WORD = /^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|hundred|hundreds|thousand|thousands|dozen|dozens|million|millions|several|many)$/;

/** Whether an entry's text gives a count of one of the given stems ("six major telescopes", "40 named tributaries"). */
export function countsThing(entry: KbEntry, stems: ReadonlySet<string>): boolean {
  for (const text of [entry.answer, ...entry.citations.map((c) => c.text)]) {
    const words = fold(text).split(/[^\p{L}\p{N},.-]+/u).map((w) => w.replace(/[,.]+$/, ''));
    for (let j = 0; j < words.length; j++) {
      // ("the 900-bed hospital", "a 48-member team": the number and the thing counted in one word)
      const compound = /^\d[\d,.]*-([\p{L}]+)$/u.exec(words[j] ?? '');
      if (compound && stems.has(stem(compound[1] ?? ''))) return true;
      if (!stems.has(stem(words[j] ?? ''))) continue;
      for (let k = Math.max(0, j - 3); k < j; k++) if (COUNT_WORD.test(words[k] ?? '')) return true;
    }
  }
  return false;
}

const FUTURE = /\b(?:will|shall|'ll|is to|are to|due|expected|plans?|planned|scheduled|set to|going to|next|upcoming|from (?:19|20)\d\d|by (?:the end of )?(?:19|20)\d\d|until (?:19|20)\d\d)\b/i;

/** What someone said would happen: "Ashdown said a review would be published within a month". */
const REPORTED_FUTURE = /\b(?:said|says|told|announced|confirmed|added|promised|expects?|expected|hopes?|hoped)\b[^.;]*?\bwould\b/i;

/** Whether an entry's text speaks of what is still to come ("will take delivery in June 2027", "is due to open"). */
export function speaksOfFuture(entry: KbEntry): boolean {
  return [entry.answer, ...entry.citations.map((c) => c.text)].some((t) => FUTURE.test(t) || REPORTED_FUTURE.test(t));
}

/** A name reduced to letters and digits, for matching however it is spaced, hyphenated or cased. */
export const squashName = (name: string): string => fold(name).replace(/'s$/, '').replace(/[^\p{L}\p{N}]/gu, '');

/** idf-weighted share of the question's words that a candidate does not cover at all. */
export function uncoveredShare(s: ScoredDoc): number {
  let total = 0;
  let missing = 0;
  s.slotWeights.forEach((w, i) => {
    total += w;
    missing += w * Math.max(0, (FIRM_MATCH - (s.slotCoverage[i] ?? 0)) / FIRM_MATCH);
  });
  return total === 0 ? 1 : missing / total;
}

/** Share of the confidence that rests on what the question asks about its names (the rest is kept regardless). */
export const BESIDES_NAMES_SHARE = 0.5;

/**
 * Firmly matched share of what a question asks about its names ("when was the GNA *formed*", "did Salvini *meet*
 * Haftar"): null when the question is only names, or has none.
 */
export function besidesNames(s: ScoredDoc, slots: readonly QuerySlot[]): number | null {
  let total = 0;
  let firm = 0;
  let names = 0;
  slots.forEach((slot, i) => {
    if (slot.boost >= NAME_BOOST) {
      names++;
      return;
    }
    if (slot.boost < 1) return; // frame words
    const w = s.slotWeights[i] ?? 0;
    total += w;
    firm += w * Math.min(1, (s.slotCoverage[i] ?? 0) / FIRM_MATCH);
  });
  return names === 0 || total === 0 ? null : firm / total;
}

/** How well a document's answer types fit what the question asks for: 1 fits, -1 cannot, 0 neutral. */
export function typeFitOf(wanted: AnswerType, have: ReadonlySet<AnswerType>): number {
  if (wanted === 'other') return 0;
  if (have.has(wanted)) return 1;
  if (wanted === 'person' && have.has('organisation')) return 0.5;
  if (wanted === 'organisation' && have.has('person')) return 0;
  if (wanted === 'definition' && have.has('organisation')) return 0.5;
  // "where were the locomotives bought from?": a foundry, a company, an institution is a where too
  if (wanted === 'place' && have.has('organisation')) return 0;
  if (wanted === 'quote') return 0;
  return -1;
}

/**
 * A message less the greetings and hedges it opens with (those askingSpan reads before a comma), when a question
 * word follows them without one: "ngl whos the pm of the gna", "bruh how many …".
 */
function withoutInterjections(text: string): string {
  let rest = text;
  for (let k = 0; k < 3; k++) {
    const m = /^(\p{L}+)[\s,!.]+(?=(\p{L}+))/u.exec(rest);
    if (!m?.[1] || !CHATTER_OPENING.has(m[1].toLowerCase())) break;
    rest = rest.slice(m[0].length);
    if (isMisspeltOpener((m[2] ?? '').toLowerCase())) return rest;
  }
  return text;
}

/** Strips chat markup and cuts over-long input; returns '' when nothing askable is left. */
export function cleanQuestion(raw: string): string {
  const text = withoutInterjections(stripChatMarkup(raw.slice(0, MAX_QUESTION_CHARS * 2)).slice(0, MAX_QUESTION_CHARS).trim());
  // ("at 5 pm" is a time of day, not a prime minister)
  return /[\p{L}\p{N}]/u.test(text) ? text.replace(SHORTHAND_RE, (w, at: number) => (w === 'pm' && /\d\s*$/.test(text.slice(0, at)) ? w : (SHORTHAND[w] ?? w))).replace(IN_THE_ARTICLE, ' ').replace(ABOUT_THE_ARTICLE, '$1') : '';
}

/** "Who wrote the report on Italy and France?": what the article is about says nothing of who wrote it. */
const ABOUT_THE_ARTICLE = /^(\s*(?:who (?:is|was) the (?:author|writer|reporter|journalist) of|who (?:wrote|filed|reported|authored)) (?:the|this) (?:[\p{L}-]+ )?(?:article|report|story|piece|dispatch))\s+(?:on|about|concerning|regarding)\s+[^?]*/iu;

/** "mentioned in the article", "named in the story": where the question was read, not what it asks. */
// (and "appears at the top of this piece"; "given in the dateline" is where to look, and keeps the dateline)
const IN_THE_ARTICLE = /\b(?:(?:mentioned|named|cited|described|discussed|referred to|featured)\s+(?:in|by)\s+(?:the|this)\s+(?:article|story|report|text|piece)|(?:appears?|appearing|shown|printed|written)\s+(?:at|on)\s+the\s+(?:top|head|start|beginning)\s+of\s+(?:the|this)\s+(?:article|story|report|text|piece|page))\b|\b(?:given|stated|listed|shown|written|printed)(?=\s+(?:in|on|at)\s+(?:the|this)\s+(?:article|story|report|text|piece|dateline|byline|headline|title)\b)/gi;

/** Chat shorthand for whole words ("how many ppl marched thru Ostrey"). */
const SHORTHAND: Readonly<Record<string, string>> = table({
  ppl: 'people', thru: 'through', tho: 'though', govt: 'government', gov: 'government', abt: 'about', bc: 'because',
  cuz: 'because', coz: 'because', bcoz: 'because', yrs: 'years', yr: 'year', mins: 'minutes', hrs: 'hours',
  approx: 'approximately', dept: 'department', intl: 'international', natl: 'national', pls: 'please', plz: 'please',
  wat: 'what', wut: 'what', wot: 'what', whr: 'where', wen: 'when', y: 'why', ur: 'your', u: 'you', r: 'are',
  pm: 'prime minister', fm: 'foreign minister', w: 'with', bout: 'about', b4: 'before', smth: 'something',
});
/** (typed in lower case, standing alone between spaces: "R&D", "U.S.", "y-axis" and the name "Wen" are left as they are) */
const SHORTHAND_RE = new RegExp(`(?<=^|[\\s"“(])(?:${Object.keys(SHORTHAND).join('|')})(?=$|[\\s?!,;:"”)])`, 'gu');

export const clamp01 = (x: number) => Math.max(0, Math.min(1, x));
export const round = (x: number) => Math.round(x * 1000) / 1000;

