import type { Analysis, Article, Entity } from '../core/types.ts';
import { extractEntities } from './entities.ts';
import { extractMeasures } from './measures.ts';
import { extractQuotes, type Subject } from './quotes.ts';
import { withQuotesAsDouble } from './quote-style.ts';
import { namedWithout } from './names.ts';

/**
 * Analyses a parsed article: entities (with aliases and mentions), quotes with their speakers, statements
 * reported without quotation marks, and measures. Pure and synchronous; runs once per article at start-up.
 */
export function analyzeArticle(written: Article): Analysis {
  // (quotes in single marks read as quotes in double ones; every offset and sentence is the same)
  const article = withQuotesAsDouble(written);
  const { entities, spans } = extractEntities(article);
  const roles = new Map(entities.filter((e) => e.type === 'person' && e.role).map((e) => [e.id, e.role] as const));
  const { quotes, reported, speakerMentions } = extractQuotes(article, spans, lifeSubject(article, entities), roles);
  // A speaker is mentioned wherever their quoted words stand, even with no name there ("…" in a tweet's second sentence).
  const extra = new Map<string, number[]>();
  for (const m of speakerMentions) extra.set(m.entityId, [...(extra.get(m.entityId) ?? []), m.sentence]);
  // So is the source of a reported statement, even as "He" ("He added that the agency …").
  for (const r of reported) if (r.sourceId) extra.set(r.sourceId, [...(extra.get(r.sourceId) ?? []), r.sentence]);
  const withSpeakers: Entity[] = entities.map((e) => {
    const more = extra.get(e.id);
    return more ? { ...e, mentions: [...new Set([...e.mentions, ...more])].sort((a, b) => a - b) } : e;
  });
  return { entities: withSpeakers, quotes, reported, measures: extractMeasures(article) };
}

/**
 * The person a life story is about, and the pronoun it calls them by: the person the title names, when the text
 * opens most of its sentences about someone with one of "She" or "He" (at least three times, twice the other).
 */
function lifeSubject(article: Article, entities: readonly Entity[]): Subject | undefined {
  const title = article.meta.title.trim().toLowerCase();
  const person = entities.find((e) => e.type === 'person' && [e.name, ...e.aliases].some((a) => a.toLowerCase() === title)) ?? entities.find((e) => e.type === 'person' && namedWithout(title, e.name));
  if (!person) return undefined;
  const opening = (word: string) => article.sentences.filter((s) => s.kind === 'body' && new RegExp(`^${word}\\b`).test(s.text)).length;
  const she = opening('She') + opening('Her');
  const he = opening('He') + opening('His');
  if (she >= 3 && she >= 2 * he) return { id: person.id, pronoun: 'she' };
  if (he >= 3 && he >= 2 * she) return { id: person.id, pronoun: 'he' };
  return undefined;
}
