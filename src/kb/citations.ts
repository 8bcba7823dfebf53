import type { CitationLookup } from '../core/engine.ts';
import type { Article, Citation, Sentence } from '../core/types.ts';
import { fold } from '../search/text.ts';

/** The citation of one sentence: its label and its exact text. */
export const citationOf = (s: Sentence): Citation => ({ label: s.label, text: s.text });

const squash = (text: string): string => fold(text).replace(/\s+/g, ' ').trim();

/**
 * Resolves a citation reference to one sentence: a label ("P3.2", "p3.2", "byline") or a snippet quoted
 * from the article (straight or curly quotes around it are ignored; case and spacing are not significant).
 * A snippet found in no sentence, or in more than one, is refused with a message naming it.
 */
export function resolveCitation(article: Article, ref: string): CitationLookup {
  const trimmed = ref.trim().replace(/^["'\u201c\u2018]+|["'\u201d\u2019]+$/g, '').trim();
  if (trimmed.length === 0) return { ok: false, code: 'empty', message: 'A citation is empty.' };
  const byLabel = article.sentences.find((s) => s.label.toLowerCase() === trimmed.toLowerCase());
  if (byLabel) return { ok: true, citation: citationOf(byLabel) };
  const needle = squash(trimmed);
  const hits = article.sentences.filter((s) => squash(s.text).includes(needle));
  const shown = trimmed.length > 80 ? `${trimmed.slice(0, 77)}…` : trimmed;
  if (hits.length === 0) return { ok: false, code: 'missing', message: `The citation "${shown}" is not a label or a quote from the article.` };
  if (hits.length > 1) {
    return { ok: false, code: 'ambiguous', message: `The citation "${shown}" matches ${hits.length} sentences (${hits.map((h) => h.label).join(', ')}); quote more of it.` };
  }
  const [only] = hits;
  return only ? { ok: true, citation: citationOf(only) } : { ok: false, code: 'missing', message: `The citation "${shown}" was not found.` };
}
