import { CitebotError } from '../core/errors.ts';

/** The split of a raw article file into its front-matter fields and its body. */
export interface FrontMatter {
  /** Known and unknown keys, lower-cased, with their (unquoted) values. */
  readonly fields: ReadonlyMap<string, string>;
  /** Everything after the closing `---` line, unchanged. */
  readonly body: string;
}

const FENCE = /^---[ \t]*$/;
const CLOSE_FENCE = /^(?:---|\.\.\.)[ \t]*$/;
const FIELD = /^([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]+(.*)|[ \t]*)$/;

/** Strips one pair of matching quotes around a value: `"a: b"` → `a: b`. */
const unquote = (value: string): string => {
  const v = value.trim();
  if (v.length >= 2 && (v[0] === '"' || v[0] === "'") && v.at(-1) === v[0]) return v.slice(1, -1);
  return v;
};

/**
 * Splits optional YAML-like front matter (flat `key: value` lines between `---` lines at the very top) from the body.
 * Only the flat subset is accepted: anything else fails naming the line, so a typo never leaks into the article text.
 */
export function splitFrontMatter(raw: string): FrontMatter {
  const text = raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
  const fields = new Map<string, string>();
  const firstEnd = text.indexOf('\n');
  const firstLine = (firstEnd === -1 ? text : text.slice(0, firstEnd)).replace(/\r$/, '');
  if (!FENCE.test(firstLine)) return { fields, body: text };

  let pos = firstEnd === -1 ? text.length : firstEnd + 1;
  let lineNo = 1;
  while (pos < text.length) {
    lineNo += 1;
    const nl = text.indexOf('\n', pos);
    const lineEnd = nl === -1 ? text.length : nl;
    const line = text.slice(pos, lineEnd).replace(/\r$/, '');
    const next = nl === -1 ? text.length : nl + 1;
    if (CLOSE_FENCE.test(line)) return { fields, body: text.slice(next) };
    pos = next;
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const match = FIELD.exec(line);
    if (!match) {
      throw new CitebotError('E_ARTICLE', `Front matter line ${lineNo} is not a "key: value" line: ${JSON.stringify(line)}`);
    }
    const key = (match[1] ?? '').toLowerCase();
    if (fields.has(key)) {
      throw new CitebotError('E_ARTICLE', `Front matter line ${lineNo} repeats the key "${key}"`);
    }
    fields.set(key, unquote(match[2] ?? ''));
  }
  throw new CitebotError('E_ARTICLE', 'Front matter opened on line 1 is never closed with a "---" line');
}
