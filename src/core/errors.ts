/** Stable error codes: logs, tests and exit statuses key on these, never on message wording. */
export type ErrorCode =
  | 'E_CONFIG'
  | 'E_ARTICLE'
  | 'E_CURATED'
  | 'E_STORE'
  | 'E_STORE_FILE'
  | 'E_VALIDATION'
  | 'E_USAGE'
  | 'E_INTERNAL';

/** The one error type citebot throws on purpose. The boundary decides what to show from `code`. */
export class CitebotError extends Error {
  override readonly name = 'CitebotError';
  constructor(
    /** An identifier, useful to pick the message shown and the exit status. */
    readonly code: ErrorCode,
    message: string,
    /** Every individual problem when there are several (config, import). */
    readonly details: readonly string[] = [],
  ) {
    super(message);
  }
}

export const isCitebotError = (error: unknown): error is CitebotError => error instanceof CitebotError;
