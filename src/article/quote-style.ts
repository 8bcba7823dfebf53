import type { Article } from '../core/types.ts';

/** Double quotation marks. */
const DOUBLE_MARKS = /["“”«»]/g;
/** Each double mark as the single one it becomes where single marks are the article's quotation marks. */
const AS_SINGLE: Readonly<Record<string, string>> = { '"': "'", '“': '‘', '”': '’', '«': '‹', '»': '›' };
/** What may stand before an opening mark: the start, a space, a bracket or a dash. */
const BEFORE_OPENING = /^$|[\s([—–-]/u;
/** Straight apostrophes that open no quotation: "'90s", "rock 'n' roll", "'em", "'tis". */
const NOT_OPENING = /^(?:\d0s\b|n'|em\b|tis\b|twas\b|til\b|cause\b|cos\b|bout\b|round\b)/i;
/** A speech verb right after a mark that could close a quotation or end a plural ("… our cats’ she said"). */
const SPEECH_AFTER = /^\s+(?:said|says|added|asked|told|wrote|explained|insisted|warned|replied)\b/;
/** What may stand after a closing mark: the end, a space, punctuation, a bracket or a dash. */
const AFTER_CLOSING = /^$|[\s,.;:!?)\]—–-]/u;

/**
 * The article as analysed: where it quotes with single marks (‘We were promised a wall,’ she said, or the same
 * with straight marks) and never with double ones, those marks read as double marks, so quotes and their speakers
 * are found the same way. One mark for another keeps every offset: sentences, labels and citations are unchanged
 * (citations quote the article as written, from `article`, not from this copy).
 */
export function withQuotesAsDouble(article: Article): Article {
  const { text } = article;
  if (!/[‘']/.test(text)) return article;
  const chars = [...text];
  // (the text is scanned by UTF-16 offsets; a surrogate pair never is a quotation mark, so both walks agree)
  if (chars.length !== text.length) return article;
  let pairs = 0;
  let open = -1;
  const opens = (): void => {
    // (a quotation running on into the next paragraph opens here and closes there, as with double marks)
    if (open >= 0) chars[open] = '“';
    open = -1;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n' && /^\n[^\S\n]*\n/.test(text.slice(i, i + 12))) opens();
    if (ch !== '‘' && ch !== '’' && ch !== "'") continue;
    const before = text[i - 1] ?? '';
    const after = text[i + 1] ?? '';
    if (open < 0) {
      if (ch === '’' || !BEFORE_OPENING.test(before) || !/[\p{L}\p{N}…]/u.test(after) || (ch === "'" && NOT_OPENING.test(text.slice(i + 1, i + 6)))) continue;
      open = i;
      continue;
    }
    if (ch === '‘') continue;
    // a closing mark: after the quoted words and before a space or punctuation; not the apostrophe of a plural
    // ("the workers’ union") nor one inside a word ("don’t")
    if (!/[\p{L}\p{N},.!?…—–-]/u.test(before) || !AFTER_CLOSING.test(after)) continue;
    if (/[sS]/.test(before) && /^\s+\p{Ll}/u.test(text.slice(i + 1, i + 4)) && !SPEECH_AFTER.test(text.slice(i + 1, i + 16))) continue;
    chars[open] = '“';
    chars[i] = '”';
    pairs++;
    open = -1;
  }
  opens();
  // (an article with no quotation closed in single marks quotes nothing with them: "'cause" or "'90s" opened none;
  // one that quotes in double marks as often uses single ones only within them)
  const doubles = text.match(DOUBLE_MARKS)?.length ?? 0;
  if (pairs === 0 || doubles >= 2 * pairs) return article;
  // (and its double marks, a quotation within a quotation, read as single ones: ‘He said “never”,’ she said)
  for (let i = 0; i < text.length; i++) {
    const single = AS_SINGLE[text[i] ?? ''];
    if (single && chars[i] === text[i]) chars[i] = single;
  }
  const converted = chars.join('');
  return { ...article, text: converted, sentences: article.sentences.map((s) => ({ ...s, text: converted.slice(s.start, s.end) })) };
}
