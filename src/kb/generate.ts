import type { Analysis, Article, Citation, Entity, KbEntry } from '../core/types.ts';
import { citationOf } from './citations.ts';

/**
 * Entries generated from the article alone, so that any article works with no hand-written entries:
 * one per citable sentence, plus facts the analysis found (who someone is, what an acronym stands for,
 * what a speaker said, who wrote the piece and where it was filed).
 */
export function generateEntries(article: Article, analysis: Analysis): KbEntry[] {
  const entries: KbEntry[] = [];
  const cite = (i: number): Citation | undefined => {
    const s = article.sentences[i];
    return s ? citationOf(s) : undefined;
  };

  for (const s of article.sentences) {
    entries.push({ id: `gen:s:${s.label}`, source: 'generated', questions: [], answer: s.text, citations: [citationOf(s)], answerType: 'other' });
  }

  // "What is the article about?": the lead, the sentence a news story or an encyclopedia entry opens with
  const lead = article.sentences.find((s) => s.kind === 'body');
  if (lead) {
    entries.push({
      id: 'gen:meta:about',
      source: 'generated',
      questions: ['What is the article about?', 'What is this story about?', 'What is the main point of the article?', 'Summary of the article', 'What is it about?'],
      answer: lead.text,
      citations: [citationOf(lead)],
      answerType: 'other',
    });
  }

  const meta = article.meta;
  const byline = article.sentences.find((s) => s.kind === 'byline');
  const dateline = article.sentences.find((s) => s.kind === 'dateline');
  // (an article whose byline is only in its front matter is still by someone: the answer rests on the metadata, and
  // cites no sentence, rather than "who wrote" being answered by a sentence that uses the verb)
  if (meta.byline) {
    entries.push({
      id: 'gen:meta:byline',
      source: 'generated',
      questions: ['Who wrote the article?', 'Who is the author of this story?', 'Who is the reporter or journalist?', 'Byline of the article'],
      answer: `The article is by ${meta.byline}${meta.source ? ` (${meta.source})` : ''}.`,
      citations: byline ? [citationOf(byline)] : [],
      answerType: 'person',
    });
  }
  // the dateline carries the date and the agency; an article without one has them only in its front matter, and
  // those answers cite no sentence
  const datelined = dateline ? [citationOf(dateline)] : [];
  if (dateline) {
    const place = meta.dateline || dateline.text.split(',')[0]?.trim() || dateline.text;
    entries.push({
      id: 'gen:meta:dateline',
      source: 'generated',
      questions: ['Where was the article filed from?', 'Where was the story written or reported?', 'Dateline of the article'],
      answer: `It was filed from ${place}.`,
      citations: datelined,
      answerType: 'place',
    });
  }
  if (meta.published) {
    entries.push({
      id: 'gen:meta:published',
      source: 'generated',
      questions: ['When was the article published?', 'What is the date of the article?', 'Publication date of the story'],
      answer: `It was published on ${meta.published}.`,
      citations: datelined,
      answerType: 'date',
    });
  }
  if (meta.source) {
    entries.push({
      id: 'gen:meta:source',
      source: 'generated',
      questions: ['Which news agency published the article?', 'What is the source of this story?', 'Which outlet or publication is this from?', 'Which agency filed or reported this story?', 'Which newspaper published this story?'],
      answer: `The source is ${meta.source}.`,
      citations: datelined,
      answerType: 'organisation',
    });
  }

  for (const entity of analysis.entities) entries.push(...entityEntries(entity, cite));

  const bySpeaker = new Map<string, { entity: Entity; sentences: Set<number>; texts: string[] }>();
  for (const q of analysis.quotes) {
    const entity = analysis.entities.find((e) => e.id === q.speakerId);
    if (!entity) continue;
    let group = bySpeaker.get(entity.id);
    if (!group) bySpeaker.set(entity.id, (group = { entity, sentences: new Set(), texts: [] }));
    q.sentences.forEach((i) => group.sentences.add(i));
    group.texts.push(q.text);
  }
  for (const { entity, sentences, texts } of bySpeaker.values()) {
    const citations = [...sentences].sort((a, b) => a - b).flatMap((i) => cite(i) ?? []);
    entries.push({
      id: `gen:quote:${entity.id}`,
      source: 'generated',
      questions: nameForms(entity).flatMap((n) => [`What did ${n} say?`, `Quotes of ${n}`]),
      answer: `${entity.name} is quoted as saying: ${texts.map((t) => `"${t}"`).join(' … ')}`,
      citations,
      answerType: 'quote',
    });
  }
  return entries;
}

/** The name forms a question may use: the canonical name and the aliases that are not just a fragment. */
function nameForms(entity: Entity): string[] {
  const forms = new Set<string>([entity.name]);
  for (const a of entity.aliases) if (a.length >= 3 && !/^[a-z]/.test(a) && !/^\S+\S{10,}$/.test(a.replace(/[\s-]/g, '')) ) forms.add(a);
  return [...forms].slice(0, 4);
}

function entityEntries(entity: Entity, cite: (i: number) => Citation | undefined): KbEntry[] {
  const first = entity.mentions[0];
  if (first === undefined) return [];
  const out: KbEntry[] = [];
  if (entity.type === 'person' && entity.role) {
    // cite the sentence that states the role, which is usually the first mention
    const roleSentence = entity.mentions.find((i) => cite(i)?.text.includes(entity.role)) ?? first;
    const c = cite(roleSentence);
    if (c) {
      out.push({
        id: `gen:who:${entity.id}`,
        source: 'generated',
        questions: nameForms(entity).map((n) => `Who is ${n}?`),
        answer: `${entity.name}: ${entity.role}.`,
        citations: [c],
        answerType: 'person',
      });
    }
  }
  if (entity.type === 'organisation' && entity.acronym && entity.name !== entity.acronym) {
    const defining = entity.mentions.find((i) => {
      const t = cite(i)?.text ?? '';
      return t.includes(`(${entity.acronym})`) || (t.includes(entity.name) && t.includes(entity.acronym));
    });
    const c = cite(defining ?? first);
    if (c) {
      out.push({
        id: `gen:acronym:${entity.id}`,
        source: 'generated',
        questions: [`What does ${entity.acronym} stand for?`, `What is the ${entity.acronym}?`, `What is ${entity.name}?`],
        answer: `${entity.acronym} stands for ${entity.name}.`,
        citations: [c],
        answerType: 'definition',
      });
    }
  }
  return out;
}
