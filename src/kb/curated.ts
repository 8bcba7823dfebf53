import { existsSync, readFileSync } from 'node:fs';
import { CitebotError } from '../core/errors.ts';
import type { Article, Citation, KbEntry } from '../core/types.ts';
import { fold } from '../search/text.ts';
import { expectedAnswerType } from '../search/question.ts';
import { resolveCitation } from './citations.ts';

/**
 * Curated entries: knowledge/<slug>/qa.json, hand-written for one article.
 * `{ "entries": [ { "questions": [..], "answer": "..", "citations": ["a snippet quoted from the article", ..] } ] }`
 * Citations are snippets resolved at build time; a missing or ambiguous snippet fails the build and names it,
 * so editing the article never silently re-points a citation.
 */
export interface CuratedFile {
  readonly entries: readonly { readonly questions: readonly string[]; readonly answer: string; readonly citations: readonly string[] }[];
}

/** Reads and resolves a curated file; returns [] when the file does not exist. */
export function loadCurated(path: string, article: Article): KbEntry[] {
  if (!existsSync(path)) return [];
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new CitebotError('E_CURATED', `${path} is not valid JSON: ${(error as Error).message}`);
  }
  return resolveCurated(raw, article, path);
}

/** Validates curated data and resolves its snippets; every problem is listed in one error. */
export function resolveCurated(raw: unknown, article: Article, origin = 'curated entries'): KbEntry[] {
  const problems: string[] = [];
  const entries: KbEntry[] = [];
  const list = (raw as { entries?: unknown } | null)?.entries;
  if (!Array.isArray(list)) throw new CitebotError('E_CURATED', `${origin}: expected an object with an "entries" array.`);
  list.forEach((item: unknown, i) => {
    const where = `${origin} entry ${i + 1}`;
    const e = item as { questions?: unknown; answer?: unknown; citations?: unknown } | null;
    const questions = Array.isArray(e?.questions) ? e.questions.filter((q): q is string => typeof q === 'string' && q.trim() !== '') : [];
    if (questions.length === 0) problems.push(`${where}: needs at least one question.`);
    if (typeof e?.answer !== 'string' || e.answer.trim() === '') problems.push(`${where}: needs an answer.`);
    const refs = Array.isArray(e?.citations) ? e.citations : [];
    const citations: Citation[] = [];
    for (const ref of refs) {
      if (typeof ref !== 'string') {
        problems.push(`${where}: a citation is not a string.`);
        continue;
      }
      const found = resolveCitation(article, ref);
      if (found.ok) citations.push(found.citation);
      else problems.push(`${where}: ${found.message}`);
    }
    if (citations.length === 0 && refs.length === 0) problems.push(`${where}: needs at least one citation.`);
    if (questions.length > 0 && typeof e?.answer === 'string') {
      entries.push({
        id: `cur:${i + 1}`,
        source: 'curated',
        questions,
        answer: e.answer.trim(),
        citations,
        answerType: expectedAnswerType(fold(questions[0] ?? '')),
      });
    }
  });
  if (problems.length > 0) throw new CitebotError('E_CURATED', `${origin} has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`, problems);
  return entries;
}
