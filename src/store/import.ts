import type { Citation } from '../core/types.ts';
import type { StoreResult } from './types.ts';
import { StoreMsg } from './messages.ts';

/** One entry of an export file, shape-checked but not yet validated. */
export interface ImportItem {
  /** 1-based position in the file, used in every message about it. */
  readonly n: number;
  readonly input: { readonly questions: readonly string[]; readonly answer: string; readonly citations: readonly string[] };
  readonly author?: string;
  readonly createdAt?: string;
  readonly updatedAt?: string;
  readonly cited?: readonly Citation[];
}

/** What is wrong with the entry at position `n` of the file. */
export interface ImportProblem {
  readonly n: number;
  readonly message: string;
}

/** Most entries a file may hold; far above the per-server limit, so the limit check names the real problem. */
const MAX_FILE_ENTRIES = 100_000;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
const isCitations = (v: unknown): v is Citation[] =>
  Array.isArray(v) && v.every((c) => isRecord(c) && typeof c.label === 'string' && typeof c.text === 'string');
const isTimestamp = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T/u.test(v) && !Number.isNaN(Date.parse(v));

/**
 * Reads the structure of an export file. A wrong schema or version refuses the whole file at once;
 * a malformed entry is reported in `problems` (with its position) and left out, so every bad entry is named.
 */
export function parseExport(data: unknown): StoreResult<{ readonly entries: readonly ImportItem[]; readonly problems: readonly ImportProblem[] }> {
  const fail = (message: string): StoreResult<never> => ({ ok: false, error: { code: 'bad_import', message, details: [message] } });
  if (!isRecord(data)) return fail(StoreMsg.IMPORT_NOT_OBJECT);
  if (data.schema !== 'citebot.kb') return fail(StoreMsg.IMPORT_SCHEMA(JSON.stringify(data.schema) ?? 'missing'));
  if (data.version !== 1) return fail(StoreMsg.IMPORT_VERSION(JSON.stringify(data.version) ?? 'missing'));
  if (!Array.isArray(data.entries)) return fail(StoreMsg.IMPORT_NO_ENTRIES);
  if (data.entries.length > MAX_FILE_ENTRIES) return fail(StoreMsg.TOO_MANY_ENTRIES(MAX_FILE_ENTRIES));

  const entries: ImportItem[] = [];
  const problems: ImportProblem[] = [];
  (data.entries as unknown[]).forEach((raw, i) => {
    const n = i + 1;
    if (!isRecord(raw)) {
      problems.push({ n, message: StoreMsg.IMPORT_ENTRY_NOT_OBJECT });
      return;
    }
    const bad: string[] = [];
    if (!isStringArray(raw.questions)) bad.push(StoreMsg.IMPORT_FIELD('questions', 'a list of strings'));
    if (typeof raw.answer !== 'string') bad.push(StoreMsg.IMPORT_FIELD('answer', 'a string'));
    if (raw.citations !== undefined && !isStringArray(raw.citations)) bad.push(StoreMsg.IMPORT_FIELD('citations', 'a list of strings'));
    if (raw.author !== undefined && typeof raw.author !== 'string') bad.push(StoreMsg.IMPORT_FIELD('author', 'a string'));
    if (raw.cited !== undefined && !isCitations(raw.cited)) bad.push(StoreMsg.IMPORT_FIELD('cited', 'a list of { label, text }'));
    for (const field of ['createdAt', 'updatedAt'] as const) {
      if (raw[field] !== undefined && !isTimestamp(raw[field])) bad.push(StoreMsg.IMPORT_FIELD(field, 'an ISO timestamp'));
    }
    if (bad.length > 0) {
      for (const message of bad) problems.push({ n, message });
      return;
    }
    entries.push({
      n,
      input: {
        questions: raw.questions as string[],
        answer: raw.answer as string,
        citations: (raw.citations as string[] | undefined) ?? [],
      },
      ...(typeof raw.author === 'string' ? { author: raw.author } : {}),
      ...(isTimestamp(raw.createdAt) ? { createdAt: raw.createdAt } : {}),
      ...(isTimestamp(raw.updatedAt) ? { updatedAt: raw.updatedAt } : {}),
      ...(isCitations(raw.cited) ? { cited: raw.cited } : {}),
    });
  });
  return { ok: true, value: { entries, problems } };
}
