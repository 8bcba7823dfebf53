import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CitationLookup } from '../../src/core/engine.ts';
import { openSqliteStore, type SqliteAnswerStore, type SqliteStoreOptions } from '../../src/store/sqlite.ts';

/** A few sentences standing in for the article. */
export const SENTENCES = [
  { label: 'byline', text: 'by Stefania Fumo' },
  { label: 'P1.1', text: 'Italy and France appeared to have recovered their entente after a bilateral meeting on the crisis in Libya.' },
  { label: 'P2.1', text: 'Italian Deputy Prime Minister Matteo Salvini has accused France of covertly supporting General Khalifa al-Haftar.' },
  { label: 'P2.2', text: 'France has rejected that accusation.' },
  { label: 'P3.1', text: 'Italy opened an embassy in Tripoli in 2017, and has a 300-member military task force stationed there.' },
  { label: 'P4.1', text: 'France has oil assets in eastern Libya.' },
] as const;

/** Resolves a label exactly, or a snippet (quotes optional) contained in exactly one sentence. */
export function fakeResolver(ref: string): CitationLookup {
  const wanted = ref.trim().replace(/^["“]|["”]$/gu, '');
  if (wanted === '') return { ok: false, code: 'empty', message: 'the reference is empty.' };
  const byLabel = SENTENCES.find((s) => s.label === wanted);
  if (byLabel) return { ok: true, citation: { label: byLabel.label, text: byLabel.text } };
  const hits = SENTENCES.filter((s) => s.text.toLowerCase().includes(wanted.toLowerCase()));
  const first = hits[0];
  if (!first) return { ok: false, code: 'missing', message: `"${wanted}" is not in the article.` };
  if (hits.length > 1) return { ok: false, code: 'ambiguous', message: `"${wanted}" is in ${hits.length} sentences.` };
  return { ok: true, citation: { label: first.label, text: first.text } };
}

/** A clock that moves one second per call, from a fixed start. */
export function fakeClock(start = Date.parse('2024-05-01T12:00:00.000Z')): () => Date {
  let t = start;
  return () => new Date((t += 1000));
}

export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'citebot-store-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function memoryStore(options: Partial<SqliteStoreOptions> = {}): SqliteAnswerStore {
  return openSqliteStore({ path: ':memory:', resolveCitation: fakeResolver, article: 'test-article', now: fakeClock(), ...options });
}

/** Unwraps an ok result or fails the test with the refusal. */
export function must<T>(result: { ok: true; value: T } | { ok: false; error: { code: string; message: string } }): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** The answer the writer fixture gives a question: lets a checker tell a whole row from a torn one. */
export const answerFor = (question: string): string => `answer to ${question}`;

export const FIXTURES = new URL('./fixtures/', import.meta.url).pathname;
