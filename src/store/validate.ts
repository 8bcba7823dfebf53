import type { Citation } from '../core/types.ts';
import type { CitationLookup } from '../core/engine.ts';
import type { StoreLimits } from './limits.ts';
import type { StoreError, StoreErrorCode, StoreResult } from './types.ts';
import { StoreMsg } from './messages.ts';
import { cleanText, isBlank, normalizeQuestion } from './normalize.ts';

/** An entry that passed every check that does not need the database. */
export interface ValidEntry {
  readonly questions: readonly string[];
  readonly answer: string;
  /** The references as the moderator gave them (trimmed): what export writes and history shows. */
  readonly refs: readonly string[];
  /** The references resolved against the article, in the same order. */
  readonly citations: readonly Citation[];
}

interface Problem {
  readonly code: StoreErrorCode;
  readonly message: string;
}

/** Builds a refusal from one or more problems: the first names the code, all are in `details`. */
export function refusal(problems: readonly Problem[]): StoreResult<never> {
  const first = problems[0] ?? { code: 'empty', message: StoreMsg.EMPTY_QUESTIONS };
  const error: StoreError =
    problems.length > 1
      ? { code: first.code, message: first.message, details: problems.map((p) => p.message) }
      : { code: first.code, message: first.message };
  return { ok: false, error };
}

/**
 * Checks one entry: non-empty fields within limits, citations that resolve to one sentence each.
 * Every problem is reported, not only the first. Duplicate variants within the entry are merged.
 */
export function validateEntry(
  input: { readonly questions: readonly string[]; readonly answer: string; readonly citations?: readonly string[] | undefined },
  limits: StoreLimits,
  resolve: (ref: string) => CitationLookup,
): StoreResult<ValidEntry> {
  const problems: Problem[] = [];

  const questions: string[] = [];
  const seen = new Set<string>();
  if (input.questions.length === 0) problems.push({ code: 'empty', message: StoreMsg.EMPTY_QUESTIONS });
  if (input.questions.length > limits.questions) {
    problems.push({ code: 'too_many', message: StoreMsg.TOO_MANY_QUESTIONS(input.questions.length, limits.questions) });
  }
  input.questions.forEach((raw, i) => {
    const q = cleanText(raw);
    if (isBlank(q)) problems.push({ code: 'empty', message: StoreMsg.EMPTY_QUESTION(i + 1) });
    else if (q.length > limits.questionChars) {
      problems.push({ code: 'too_long', message: StoreMsg.QUESTION_TOO_LONG(i + 1, q.length, limits.questionChars) });
    } else {
      const key = normalizeQuestion(q) || q;
      if (!seen.has(key)) {
        seen.add(key);
        questions.push(q);
      }
    }
  });

  const answer = cleanText(input.answer);
  if (isBlank(answer)) problems.push({ code: 'empty', message: StoreMsg.EMPTY_ANSWER });
  else if (answer.length > limits.answerChars) {
    problems.push({ code: 'too_long', message: StoreMsg.ANSWER_TOO_LONG(answer.length, limits.answerChars) });
  }

  const refs: string[] = [];
  const citations: Citation[] = [];
  const rawRefs = input.citations ?? [];
  if (rawRefs.length > limits.citations) {
    problems.push({ code: 'too_many', message: StoreMsg.TOO_MANY_CITATIONS(rawRefs.length, limits.citations) });
  } else {
    rawRefs.forEach((raw, i) => {
      const ref = cleanText(raw);
      if (isBlank(ref)) {
        problems.push({ code: 'empty', message: StoreMsg.EMPTY_CITATION(i + 1) });
        return;
      }
      const found = resolve(ref);
      if (!found.ok) {
        problems.push({ code: 'bad_citation', message: StoreMsg.BAD_CITATION(ref, found.message) });
        return;
      }
      // Two references to the same sentence cite it once.
      if (citations.some((c) => c.label === found.citation.label)) return;
      refs.push(ref);
      citations.push(found.citation);
    });
  }

  if (problems.length > 0) return refusal(problems);
  return { ok: true, value: { questions, answer, refs, citations } };
}
