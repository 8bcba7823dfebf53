import type { AnswerType } from '../core/types.ts';

/**
 * An inverted index over documents with two weighted fields:
 * - `question`: the questions a document answers (curated, generated and moderator entries);
 * - `body`: what the document says (the sentence, the answer and cited sentences, names it refers to).
 * Scoring is BM25 over stems plus an idf-weighted coverage of the query's content, which is what
 * lets the engine tell "the article answers this" from "the article shares a word with this".
 */

/** One searchable document. */
export interface IndexedDoc {
  /** Unique key of the document in its index (the entry id). */
  readonly key: string;
  /** stem → term frequency in the questions field. */
  readonly question: ReadonlyMap<string, number>;
  /** stem → term frequency in the body field (may be fractional for weaker evidence such as resolved names). */
  readonly body: ReadonlyMap<string, number>;
  readonly bodyLength: number;
  /** Answer types the document can satisfy. */
  readonly types: ReadonlySet<AnswerType>;
  /** Ordered body stems, for proximity. */
  readonly sequence: readonly string[];
  /** Stems the body has only from the definitions of its words ("foreign" for "exports"): they rank, but say less. */
  readonly defined?: ReadonlySet<string>;
  /** Stems of what the body's nouns are kinds of ("rock" for "sandstone", "disease" for "cholera"). */
  readonly kinds?: ReadonlySet<string>;
  /** Each of the questions apart (its stems and name tokens), to find the one closest to a query. */
  readonly variants?: readonly ReadonlySet<string>[];
}

interface Posting {
  readonly doc: IndexedDoc;
  readonly inQuestion: number;
  readonly inBody: number;
}

/** Document frequencies, shared by an article index and a server overlay so idf sees both. */
export interface DfSource {
  df(stem: string): number;
  readonly size: number;
  /** Changes whenever a document is added or removed (so idf-weighted sums can be remembered until then). */
  readonly version: number;
}

/** Whether a document has the stem in its own words, not only in the definition of one of them. */
const ownWord = (doc: IndexedDoc, stem: string): boolean => doc.defined?.has(stem) !== true || doc.question.has(stem);

export class TermIndex implements DfSource {
  /** stem → the documents that have it in their own words. */
  private readonly postings = new Map<string, Posting[]>();
  /** stem → the documents that have it only in a definition of one of their words. */
  private readonly definedPostings = new Map<string, Posting[]>();
  private readonly docs = new Map<string, IndexedDoc>();
  private totalBody = 0;

  get size(): number {
    return this.docs.size;
  }

  get averageBodyLength(): number {
    return this.docs.size === 0 ? 1 : Math.max(1, this.totalBody / this.docs.size);
  }

  /** Documents with the stem in their own words (not only in a definition of one of them). */
  df(stem: string): number {
    return this.postings.get(stem)?.length ?? 0;
  }

  private changes = 0;

  get version(): number {
    return this.changes;
  }

  add(doc: IndexedDoc): void {
    this.changes++;
    if (this.docs.has(doc.key)) this.remove(doc.key);
    this.docs.set(doc.key, doc);
    this.totalBody += doc.bodyLength;
    const stems = new Set([...doc.question.keys(), ...doc.body.keys()]);
    for (const s of stems) {
      const map = ownWord(doc, s) ? this.postings : this.definedPostings;
      let list = map.get(s);
      if (!list) map.set(s, (list = []));
      list.push({ doc, inQuestion: doc.question.get(s) ?? 0, inBody: doc.body.get(s) ?? 0 });
    }
  }

  remove(key: string): void {
    const doc = this.docs.get(key);
    if (!doc) return;
    this.changes++;
    this.docs.delete(key);
    this.totalBody -= doc.bodyLength;
    const stems = new Set([...doc.question.keys(), ...doc.body.keys()]);
    for (const s of stems) {
      const map = ownWord(doc, s) ? this.postings : this.definedPostings;
      const list = map.get(s);
      if (!list) continue;
      const kept = list.filter((p) => p.doc.key !== key);
      if (kept.length === 0) map.delete(s);
      else map.set(s, kept);
    }
  }

  /** The documents with the stem in their own words. */
  postingsOf(stem: string): readonly Posting[] {
    return this.postings.get(stem) ?? [];
  }

  /** The documents with the stem only in a definition of one of their words ("foreign" for "exports"). */
  definedPostingsOf(stem: string): readonly Posting[] {
    return this.definedPostings.get(stem) ?? [];
  }
}

/** One content word of the query with the stems that may stand for it. */
export interface QuerySlot {
  /** The word as typed (folded). */
  readonly word: string;
  /** Alternatives: the word's own stem (weight 1), a typo correction (< 1), synonyms (< 1). */
  readonly alternatives: readonly { readonly stem: string; readonly weight: number; readonly related?: boolean }[];
  /** Names and acronyms weigh more: they are what a question is about. */
  readonly boost: number;
  /** A name the question is about: an answer that does not mention it is not about the same thing. */
  readonly required: boolean;
}

/** Smoothed BM25 idf; a stem no document has gets the highest idf, so unknown words count against coverage. */
export function idf(df: number, n: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

export interface ScoredDoc {
  readonly doc: IndexedDoc;
  /** BM25 over both fields. */
  readonly bm25: number;
  /** idf-weighted share of the query's content words that the document covers, in [0, 1]. */
  readonly coverage: number;
  /** The same share counted on the questions field only. */
  readonly questionCoverage: number;
  /** The same share counted on the body only (the answer and the cited sentences): how well the evidence itself covers the question. */
  readonly bodyCoverage: number;
  /** Share of the document's question words that the query covers (how specific the match is). */
  readonly questionPrecision: number;
  /** Best single question of the document: the query's share it covers times the share of it the query covers. */
  readonly variantMatch: number;
  /** Proximity of the matched words in the body, in [0, 1]. */
  readonly proximity: number;
  /** How many required slots (names the question is about) the document does not cover. */
  readonly missingRequired: number;
  /** Per query slot: how well the document covers it, in [0, 1] (0 = not at all). */
  readonly slotCoverage: Float64Array;
  /** Per query slot: its weight (idf × boost). */
  readonly slotWeights: readonly number[];
  /** Per query slot: the word as asked. */
  readonly slotWords: readonly string[];
}

const K1 = 1.2;
const B = 0.75;
const QUESTION_FIELD_WEIGHT = 1.5;
/** Candidates (by the cheap first score) that also get the question-field precision and the best single question. */
const FRONT_RUNNERS = 12;
/** Share of a related word's weight kept when only an entry's questions (not its answer or citations) contain it. */
const RELATED_IN_QUESTIONS = 0.7;

/** Weights of the slots: idf of the best-known alternative (unknown words get the maximum idf). */
export function slotWeights(slots: readonly QuerySlot[], sources: readonly DfSource[]): number[] {
  const n = sources.reduce((sum, s) => sum + s.size, 0);
  return slots.map((slot) => {
    let best = 0;
    for (const alt of slot.alternatives) {
      const df = sources.reduce((sum, s) => sum + s.df(alt.stem), 0);
      if (df > 0) best = Math.max(best, idf(df, n));
    }
    const weight = (best > 0 ? best : idf(0, n)) * slot.boost;
    return slot.required ? Math.max(weight, 0.8 * idf(0, n)) : weight;
  });
}

/**
 * Scores the documents of `index` that share a stem with the query and returns the `limit` most promising.
 * `sources` are the df sources for idf (the index itself plus the article index for an overlay).
 */
export function score(index: TermIndex, slots: readonly QuerySlot[], sources: readonly DfSource[], limit = 64): ScoredDoc[] {
  const n = sources.reduce((sum, s) => sum + s.size, 0);
  const dfMemo = new Map<string, number>();
  const dfOf = (stem: string): number => {
    let v = dfMemo.get(stem);
    if (v === undefined) {
      v = 0;
      for (const src of sources) v += src.df(stem);
      dfMemo.set(stem, v);
    }
    return v;
  };
  const weights = slotWeights(slots, sources);
  const totalWeight = weights.reduce((a, b) => a + b, 0) || 1;
  const avg = index.averageBodyLength;

  // Accumulators in flat arrays (one row per matched document): at 10,000 entries a common word matches
  // thousands of documents, and an object per document was most of the cost, in garbage collection.
  const width = slots.length;
  const rowOf = new Map<IndexedDoc, number>();
  const docs: IndexedDoc[] = [];
  const bm: number[] = [];
  const cov: number[] = [];
  const covQ: number[] = [];
  const covB: number[] = [];
  slots.forEach((slot, i) => {
    for (const alt of slot.alternatives) {
      const own = index.postingsOf(alt.stem);
      // (a definition's words answer the word asked itself, not a word related to it or a guess at a slip)
      const defined = alt.weight >= 1 ? index.definedPostingsOf(alt.stem) : [];
      if (own.length === 0 && defined.length === 0) continue;
      // (a stem only definitions have counts as rare as the documents that have it)
      const w = idf(Math.max(dfOf(alt.stem), own.length + defined.length), n) * alt.weight * slot.boost;
      for (const list of [own, defined]) {
        for (const p of list) {
          let row = rowOf.get(p.doc);
          if (row === undefined) {
            row = docs.length;
            rowOf.set(p.doc, row);
            docs.push(p.doc);
            bm.push(0);
            for (let k = 0; k < width; k++) {
              cov.push(0);
              covQ.push(0);
              covB.push(0);
            }
          }
          const tf = p.inBody + QUESTION_FIELD_WEIGHT * p.inQuestion;
          bm[row] = (bm[row] ?? 0) + (w * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * p.doc.bodyLength) / avg));
          const at = row * width + i;
          // a related word found only among an entry's questions is a paraphrase of a paraphrase: it counts less
          const c = p.inBody === 0 && alt.related ? alt.weight * RELATED_IN_QUESTIONS : alt.weight * Math.min(1, p.inBody + p.inQuestion);
          if (c > (cov[at] ?? 0)) cov[at] = c;
          if (p.inQuestion > 0 && alt.weight > (covQ[at] ?? 0)) covQ[at] = alt.weight;
          const cb = alt.weight * Math.min(1, p.inBody);
          if (cb > (covB[at] ?? 0)) covB[at] = cb;
        }
      }
    }
  });

  // Cheap pass over every matched document, then the costlier features for the best `limit` only.
  const covered = new Float64Array(docs.length);
  const coveredQ = new Float64Array(docs.length);
  const coveredB = new Float64Array(docs.length);
  const missing = new Int32Array(docs.length);
  let maxBm25 = 0;
  for (let row = 0; row < docs.length; row++) {
    let c = 0;
    let cq = 0;
    let cb = 0;
    for (let i = 0; i < width; i++) {
      const v = cov[row * width + i] ?? 0;
      if (slots[i]?.required && v < 0.5) missing[row] = (missing[row] ?? 0) + 1;
      c += (weights[i] ?? 0) * v;
      cq += (weights[i] ?? 0) * (covQ[row * width + i] ?? 0);
      cb += (weights[i] ?? 0) * (covB[row * width + i] ?? 0);
    }
    coveredB[row] = cb / totalWeight;
    covered[row] = c / totalWeight;
    coveredQ[row] = cq / totalWeight;
    if ((bm[row] ?? 0) > maxBm25) maxBm25 = bm[row] ?? 0;
  }
  const prelimScore = (row: number) =>
    Math.max(covered[row] ?? 0, coveredQ[row] ?? 0) + 0.3 * ((bm[row] ?? 0) / (maxBm25 || 1)) - 0.2 * (missing[row] ?? 0);
  let rows = docs.map((_, row) => row);
  const keyed = new Float64Array(rows.length);
  for (const row of rows) keyed[row] = prelimScore(row);
  rows.sort((x, y) => (keyed[y] ?? 0) - (keyed[x] ?? 0));
  if (rows.length > limit) rows = rows.slice(0, limit);
  const wanted = new Set<string>();
  for (const slot of slots) for (const alt of slot.alternatives) wanted.add(alt.stem);
  const idfMemo = new Map<string, number>();
  const idfOf = (stem: string) => {
    let v = idfMemo.get(stem);
    if (v === undefined) idfMemo.set(stem, (v = idf(dfOf(stem), n)));
    return v;
  };
  const slotWords = slots.map((s) => s.word);
  const bySlot = slotsByStem(slots);
  const version = sources.map((src) => src.version).join(':');
  const coverage = Float64Array.from(cov);
  return rows.map((row, rank) => {
    const doc = docs[row] as IndexedDoc;
    // the costlier features only for the front runners of the first score: the rest do not win on them
    const front = rank < FRONT_RUNNERS;
    const slotCoverage = coverage.subarray(row * width, row * width + width);
    const matchedStems = new Set<string>();
    if (front) {
      slots.forEach((slot, i) => {
        if ((slotCoverage[i] ?? 0) > 0) for (const alt of slot.alternatives) matchedStems.add(alt.stem);
      });
    }
    return {
      doc,
      bm25: bm[row] ?? 0,
      coverage: covered[row] ?? 0,
      questionCoverage: coveredQ[row] ?? 0,
      bodyCoverage: coveredB[row] ?? 0,
      questionPrecision: doc.question.size === 0 || !front ? 0 : precisionOf(doc, wanted, idfOf, totalsOf(doc, version, idfOf)),
      variantMatch: front ? variantMatchOf(doc, bySlot, weights, totalWeight, idfOf, totalsOf(doc, version, idfOf)) : 0,
      proximity: front ? proximityOf(doc.sequence, matchedStems) : 0,
      missingRequired: missing[row] ?? 0,
      slotCoverage,
      slotWeights: weights,
      slotWords,
    };
  });
}

/** Query stems → the slots they stand in for, with how much each counts; built once per query. */
type SlotsByStem = ReadonlyMap<string, readonly (readonly [slot: number, weight: number])[]>;

function slotsByStem(slots: readonly QuerySlot[]): SlotsByStem {
  const out = new Map<string, [number, number][]>();
  slots.forEach((slot, i) => {
    for (const alt of slot.alternatives) {
      let list = out.get(alt.stem);
      if (!list) out.set(alt.stem, (list = []));
      list.push([i, alt.related ? alt.weight * RELATED_IN_QUESTIONS : alt.weight]);
    }
  });
  return out;
}

/** The best of a document's questions taken one at a time: coverage of the query by it × its precision. */
function variantMatchOf(doc: IndexedDoc, bySlot: SlotsByStem, weights: readonly number[], totalWeight: number, idfOf: (stem: string) => number, totals: Totals): number {
  let best = 0;
  const slotBest = new Float64Array(weights.length);
  const variants = doc.variants ?? [];
  for (let v = 0; v < variants.length; v++) {
    const variant = variants[v];
    const total = totals.variants[v] ?? 0;
    if (!variant || total === 0) continue;
    slotBest.fill(0);
    let matched = 0;
    for (const st of variant) {
      const hits = bySlot.get(st);
      if (!hits) continue;
      matched += idfOf(st);
      for (const [i, c] of hits) if (c > (slotBest[i] ?? 0)) slotBest[i] = c;
    }
    if (matched === 0) continue;
    let covered = 0;
    for (let i = 0; i < weights.length; i++) covered += (weights[i] ?? 0) * (slotBest[i] ?? 0);
    const m = (covered / totalWeight) * (matched / total);
    if (m > best) best = m;
  }
  return best;
}

interface Totals {
  readonly version: string;
  /** idf-weighted size of the whole questions field. */
  readonly question: number;
  /** idf-weighted size of each question. */
  readonly variants: readonly number[];
}
/** A document's idf-weighted sizes, remembered until the indexes change (they cost a pass over every question stem). */
const totalsCache = new WeakMap<IndexedDoc, Totals>();

function totalsOf(doc: IndexedDoc, version: string, idfOf: (stem: string) => number): Totals {
  const cached = totalsCache.get(doc);
  if (cached?.version === version) return cached;
  let question = 0;
  for (const s of doc.question.keys()) question += idfOf(s);
  const variants = (doc.variants ?? []).map((v) => {
    let t = 0;
    for (const s of v) t += idfOf(s);
    return t;
  });
  const totals = { version, question, variants };
  totalsCache.set(doc, totals);
  return totals;
}

/** idf-weighted share of a document's question stems that some query alternative matches. */
function precisionOf(doc: IndexedDoc, wanted: ReadonlySet<string>, idfOf: (stem: string) => number, totals: Totals): number {
  let hit = 0;
  for (const s of wanted) if (doc.question.has(s)) hit += idfOf(s);
  return totals.question === 0 ? 0 : hit / totals.question;
}

/** 1 when the matched words stand together, falling towards 0 as they spread out. */
function proximityOf(sequence: readonly string[], matched: ReadonlySet<string>): number {
  if (matched.size < 2) return matched.size === 1 ? 1 : 0;
  const positions: number[] = [];
  sequence.forEach((s, i) => {
    if (matched.has(s)) positions.push(i);
  });
  if (positions.length < 2) return 1;
  // smallest window holding every distinct matched stem that occurs
  const distinct = new Set(positions.map((p) => sequence[p]));
  let best = Infinity;
  const count = new Map<string, number>();
  let have = 0;
  let left = 0;
  for (let right = 0; right < positions.length; right++) {
    const sr = sequence[positions[right] ?? 0] ?? '';
    count.set(sr, (count.get(sr) ?? 0) + 1);
    if (count.get(sr) === 1) have++;
    while (have === distinct.size) {
      const span = (positions[right] ?? 0) - (positions[left] ?? 0) + 1;
      best = Math.min(best, span);
      const sl = sequence[positions[left] ?? 0] ?? '';
      count.set(sl, (count.get(sl) ?? 1) - 1);
      if (count.get(sl) === 0) have--;
      left++;
    }
  }
  return Math.min(1, distinct.size / best);
}
