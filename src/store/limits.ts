/** Size limits for moderator entries. An answer must fit a Discord embed with room for its citations. */
export interface StoreLimits {
  /** Characters per question variant (after trimming). */
  readonly questionChars: number;
  /** Question variants per entry. */
  readonly questions: number;
  /** Characters in an answer (after trimming). */
  readonly answerChars: number;
  /** Citations per entry. */
  readonly citations: number;
  /** Live entries per server. */
  readonly entriesPerGuild: number;
}

export const MAX_QUESTION_CHARS = 300;
export const MAX_QUESTIONS = 10;
export const MAX_ANSWER_CHARS = 1_500;
export const MAX_CITATIONS = 5;
export const MAX_ENTRIES_PER_GUILD = 1_000;
/** Characters kept of an unanswered question; the log is fed by anyone who asks, so it is capped. */
export const MAX_GAP_CHARS = 300;
/** Jaccard similarity of question token sets at or above which two questions count as the same. */
export const NEAR_DUPLICATE_JACCARD = 0.8;

export const DEFAULT_LIMITS: StoreLimits = Object.freeze({
  questionChars: MAX_QUESTION_CHARS,
  questions: MAX_QUESTIONS,
  answerChars: MAX_ANSWER_CHARS,
  citations: MAX_CITATIONS,
  entriesPerGuild: MAX_ENTRIES_PER_GUILD,
});
