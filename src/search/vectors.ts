import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Word vectors: for each of the 40,000 commonest English words, a direction in a 100-dimensional space learnt
 * from how the word is used (GloVe, public domain), stored as signed bytes (src/search/data, built by
 * scripts/build-vectors.ts). Words used alike point alike ("dad" ~ father, "damage" ~ losses) whether or not
 * WordNet links them; a question and a sentence about the same thing in other words point alike on average.
 */
export class WordVectors {
  private readonly rows = new Map<string, number>();

  constructor(
    words: readonly string[],
    private readonly data: Int8Array,
    readonly dimensions: number,
  ) {
    words.forEach((w, i) => {
      if ((i + 1) * dimensions <= data.length) this.rows.set(w, i);
    });
  }

  get size(): number {
    return this.rows.size;
  }

  has(word: string): boolean {
    return this.rows.has(word);
  }

  /**
   * The weighted mean direction of the words the vectors know, as a unit vector; undefined when they know none.
   * Each word counts by its weight alone, whatever the length of its stored row.
   */
  meanOf(words: readonly (readonly [word: string, weight: number])[]): Float32Array | undefined {
    const d = this.dimensions;
    const out = new Float32Array(d);
    let any = false;
    for (const [word, weight] of words) {
      const row = this.rows.get(word);
      if (row === undefined || !(weight > 0)) continue;
      const at = row * d;
      let norm = 0;
      for (let k = 0; k < d; k++) norm += (this.data[at + k] ?? 0) ** 2;
      if (norm === 0) continue;
      any = true;
      const scale = weight / Math.sqrt(norm);
      for (let k = 0; k < d; k++) out[k] = (out[k] ?? 0) + (this.data[at + k] ?? 0) * scale;
    }
    if (!any) return undefined;
    let norm = 0;
    for (let k = 0; k < d; k++) norm += (out[k] ?? 0) ** 2;
    if (norm === 0) return undefined;
    const inverse = 1 / Math.sqrt(norm);
    for (let k = 0; k < d; k++) out[k] = (out[k] ?? 0) * inverse;
    return out;
  }

  /** The cosine of two words' directions, or undefined when either is unknown. */
  similarity(a: string, b: string): number | undefined {
    const x = this.meanOf([[a, 1]]);
    const y = this.meanOf([[b, 1]]);
    return x && y ? cosine(x, y) : undefined;
  }
}

/** The cosine of two unit vectors. */
export function cosine(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  const n = Math.min(a.length, b.length);
  for (let k = 0; k < n; k++) sum += (a[k] ?? 0) * (b[k] ?? 0);
  return sum;
}

/** A vector scaled to length 1 (as it is when it has no length). */
export function unitVector(v: Float32Array): Float32Array {
  let norm = 0;
  for (let k = 0; k < v.length; k++) norm += (v[k] ?? 0) ** 2;
  if (norm === 0) return v;
  const inverse = 1 / Math.sqrt(norm);
  return v.map((x) => x * inverse);
}

/**
 * A unit vector with its part along another unit vector taken out, scaled to length 1 again: what is left of a
 * sentence's direction when what every sentence of its article shares is removed.
 */
export function withoutDirection(v: Float32Array, direction: Float32Array, share = 1): Float32Array {
  const along = share * cosine(v, direction);
  return unitVector(v.map((x, k) => x - along * (direction[k] ?? 0)));
}

/**
 * Reads vectors written by scripts/build-vectors.ts: a words file (the dimension count on its first line, then
 * one word per line, row order) and a binary file of signed bytes, row after row. Undefined, with the reason,
 * when either is missing or they do not agree: the engine then ranks without them.
 */
export function readWordVectors(wordsPath: string, binPath: string): { vectors?: WordVectors; problem?: string } {
  let lines: string[];
  let bytes: Buffer;
  try {
    lines = readFileSync(wordsPath, 'utf8').split('\n');
    bytes = readFileSync(binPath);
  } catch (error) {
    return { problem: `word vectors unreadable (${error instanceof Error && 'code' in error ? String(error.code) : 'error'})` };
  }
  const dimensions = Number(lines[0]);
  const words = lines.slice(1).filter((w) => w.length > 0);
  if (!Number.isInteger(dimensions) || dimensions <= 0 || words.length === 0 || bytes.length !== words.length * dimensions) {
    return { problem: `word vectors malformed (${words.length} words, ${bytes.length} bytes, ${lines[0] ?? '?'} dimensions)` };
  }
  return { vectors: new WordVectors(words, new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), dimensions) };
}

let shared: WordVectors | null | undefined;

/** The process-wide word vectors shipped in src/search/data, read on first use; undefined if they cannot be read. */
export function wordVectors(): WordVectors | undefined {
  if (shared === undefined) {
    const at = (ext: string) => fileURLToPath(new URL(`./data/word-vectors.${ext}`, import.meta.url));
    shared = readWordVectors(at('words'), at('bin')).vectors ?? null;
  }
  return shared ?? undefined;
}
