import type { Analysis, AnswerType, Article, Entity, KbEntry } from '../core/types.ts';
import type { IndexedDoc } from '../search/index.ts';
import { analyze, escapeRegExp, fold, QUESTION_WORDS, stem as stemOf, type Term } from '../search/text.ts';
import { table } from '../core/table.ts';
import { wordnet } from '../search/wordnet.ts';
import { namedWithout } from '../article/names.ts';

/** Per-sentence facts the ranking uses: the answer types a sentence can satisfy and the names it refers to. */
export interface SentenceFacts {
  readonly types: ReadonlySet<AnswerType>;
  /** Names and acronyms of the entities the sentence mentions, including ones it refers to by role or pronoun. */
  readonly names: readonly string[];
  /** Ids of those entities. */
  readonly entityIds: readonly string[];
  /** Entities a sentence opening with a pronoun may refer to: those the sentence before named (only people for he/she; anything for it, since a thing named like a person, "the Munro Lens", is often typed as one). */
  readonly referred: readonly string[];
  /** The story's topic when the sentence calls it by its common noun only ("the observatory"). */
  readonly byNoun?: string;
  /** Other things the sentence calls by their common noun, each the only one the article names so ("the trust"). */
  readonly byHeads: readonly string[];
  /** Places whose name opens a longer name the sentence writes ("Kessel Gorge" in "the Kessel Gorge Dam"). */
  readonly within: readonly string[];
  /** Names of other things built on the topic's name that the sentence writes ("the Friends of the Quarvenholt Botanic Garden"). */
  readonly siblingNames: readonly string[];
  /** The words those names share with the topic's name ("Quarvenholt Botanic Garden"). */
  readonly siblingTopicWords: string;
  /** The story's topic when the sentence does not name it: every sentence of an article about one thing is about it. */
  readonly implied?: string;
  /** Places the article's title names that the sentence does not: where the whole story is set. */
  readonly setting: readonly string[];
  /**
   * For a sentence opening with a pronoun ("It has been protected since 1967"), the opening of the sentence before;
   * for one taking up with "the" what the sentence before brought in ("… a fire … the fire"), that sentence's years.
   */
  readonly carried: string;
  /** Stems of WordNet's definitions of the sentence's words ("foreign" for "exports", "highest level" for "peaked"). */
  readonly defined: readonly string[];
  /** Stems of what the sentence's nouns are kinds of in WordNet ("rock" for "sandstone"). */
  readonly kinds: readonly string[];
  /** Whether the sentence says what someone is or was ("was a harbour pilot"). */
  readonly statesRole: boolean;
  /** The year "in the same year" or "the following year" stands for, from the sentence before ("2022"), if any. */
  readonly yearMeant?: string;
  /** The heading of the section the sentence is in ("Strike of 1878"), when the article has headings. */
  readonly section: string;
}

const MONTH_OR_DAY = /\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tomorrow|week|month|year|decade|century|centuries)\b/i;
const YEAR = /\b(1[0-9]{3}|20[0-9]{2})s?\b/;
/** The years a text writes in figures ("1870", "2022"), in order. */
export const yearsIn = (text: string): string[] => [...text.matchAll(/\b(1[0-9]{3}|20[0-9]{2})\b/g)].map((m) => m[1] ?? '');
/** Whether a text gives a date or a time: a month, a weekday, a year ("in 2017", "around 4500 BC"). */
export const givesDate = (text: string): boolean => MONTH_OR_DAY.test(text.replace(SPAN_OF_TIME, ' ')) || YEAR.test(text) || EARLY_YEAR.test(text) || TIME_LIMIT.test(text) || CLOCK_TIME.test(text);
/** A time of day: "at 04:40", "shortly after 5am", "at noon". */
const CLOCK_TIME = /\b\d{1,2}:\d{2}\b|\b\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)(?!\p{L})|\b(?:noon|midday|midnight|o'clock|dawn|dusk)\b/iu;
/** When, as a time limit or a season: "within a month", "within three weeks", "in the autumn". */
const TIME_LIMIT = /\bwithin (?:the next |the coming )?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|a few|\d+) (?:days?|weeks?|months?|years?|hours?)\b|\b(?:in|by|before|during|until) the (?:spring|summer|autumn|fall|winter)\b/i;
/** A span of time, which says how long and not when: "for at least another decade", "every year", "a week". */
const SPAN_OF_TIME = /\b(?:for|another|every|each|per|a|an|one|two|three|four|five|six|several|many|few)\s+(?:(?:at least|about|nearly|almost|over|more than|another)\s+)*(?:week|month|year|decade|century|centuries)s?\b/gi;
/** An early year: "in 884", "a chronicle of 884", "4500 BC", "AD 79". */
const EARLY_YEAR = /\b(?:in|of|since|from|until|by|around|about|c\.|circa) \d{2,3}\b(?![.,]\d| (?:kilo|metre|meter|mile|per|people|men|women|ships?|tons?|tonnes?))|\b\d{1,4} ?(?:BC|BCE|AD|CE)\b|\bAD ?\d{1,4}\b/;
/**
 * A statement of what someone is or became ("was a cloth merchant", "worked as a surveyor"), or one set off after a
 * name ("children of Aurel Vessling, a clockmaker, and …").
 */
const ROLE_STATEMENT = /(?:\b(?:is|was|became|becomes|remained|worked as|works as|served as|serves as|trained as|qualified as|practised as)|\p{Lu}[\p{L}'’-]+,)\s+(?:a|an)\s+((?:[a-z-]+\s+){0,2}[a-z]{4,})\b/gu;
const statesRole = (text: string): boolean => [...text.matchAll(ROLE_STATEMENT)].some((m) => (m[1] ?? '').split(/\s+/).some((w) => wordnet().isPersonNoun(w) && !wordnet().isMostlyAdjective(w)));
/** Someone described after "by" or "to" ("led by a retired High Court judge"), up to the noun that says what they are. */
const DESCRIBED_AGENT = /\b(?:by|to) (?:a|an|the) ((?:[\p{L}-]+ ){0,3}[\p{L}-]+)/gu;
/** A family, which answers "who" as a person does ("owned by the Carrick family"). */
const FAMILY = /\b\p{Lu}\p{Ll}+ family\b/u;
/** A short time, place or phrase a sentence may open with before its subject ("In 1809", "Unlike his father,"). */
const OPENING_PHRASE = String.raw`(?:(?:In|On|By|After|Before|During|From|Until|Within|At)\s+[^,.;]{1,24}?,?\s+|\p{Lu}[^,.;"“]{2,30},\s+)?`;
/**
 * Sentences that open by referring back, with a pronoun after such a phrase if any ("In 1809 he married …"); what
 * they refer to is usually what the sentence before opened with.
 */
const PRONOUN_OPENING = new RegExp(`^${OPENING_PHRASE}(?:It|Its|It's|They|Their|These|This|He|His|She|Her|it|its|they|their|he|his|she|her)\\b`, 'u');
/** The same, for a person ("He", "In 1809 she …", "Unlike his father, he …"). */
const PERSON_OPENING = new RegExp(`^${OPENING_PHRASE}(?:He|His|She|Her|he|his|she|her)\\b`, 'u');
const CARRIED_WORDS = 8;
/**
 * Weight of a word found only in WordNet's definition of one of a sentence's words ("foreign" for "exports", "highest
 * level" for "peaked"): a question that describes a thing in plain words instead of naming it still finds it.
 */
export const DEFINITION_WEIGHT = 0.35;
/** A year named by reference to the one before: "in the same year", "that year", "the following year", "a year later". */
const YEAR_REFERRED = /\b(?:(the same|that|the following|the next|the previous|the preceding) year|the year (before|after)|a year (later|earlier))\b/i;
/** Weight of the year such a reference stands for. */
const YEAR_MEANT_WEIGHT = 0.8;
/** How many sentences back "The bridge …" may find the name written with its noun. */
const DESCRIBED_BACK = 6;
/** Weight of the words of a sentence's section heading. */
const SECTION_WEIGHT = 0.5;
/** Weight of a word a sentence has only inside the name of another thing built on the topic's name. */
const SIBLING_WORD_WEIGHT = 0.4;
/** Weight of words carried over from the sentence before. */
const CARRIED_WEIGHT = 0.4;
const NUMBER_WORDS = /\b(?:half|third|quarter|dozens?|hundreds?|thousands?|millions?|billions?|twice|double|triple|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|majority|minority|percent|per cent)\b/i;
const REASON = /\b(because|since|so that|so|due to|as a result|in order to|owing to|amid|reason|led to|caused|thanks to|to make way|so as to|blamed (?:on|for)|attributed to|resulted from|the result of|traced (?:[\w-]+ ){0,4}?to|sparked by|started by|triggered by|the cause|on (?:the )?grounds? (?:of|that)|arguing that|citing|in protest|for fear|for lack of|for (?!example\b|instance\b|nothing\b|everything\b)[a-z]{3,}ing\b)\b/i;
/** "shelved after a consultation found …" gives a reason; "opened after eight years of work" only a time. */
const REASON_AFTER = /\bafter (?!(?:\S+ ){0,3}?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|several|many|few|years?|months?|weeks?|days?|decades?|centur(?:y|ies)|hours?|minutes?|the (?:war|end|death)\b))/i;

/**
 * Whether a sentence opens with a definite common noun ("The event was first organised in 1978", "The mirror was
 * cast by …"): in the same paragraph it goes on about what the sentence before named.
 */
const refersBack = (text: string): boolean => /^(?:The|This|These)\s+[a-z][a-z-]{2,}\b|^(?:[A-Z][a-z]+(?:\s+[a-z]+)?)\s+of\s+(?:these|those|them|which)\b/.test(text);

/**
 * The words a text says a name is, up to the fourth after "a" or "an": "the Orvane Gospels, a large gospel book",
 * "Calder Skies is an open weekend" (so "the book" a little later is the Orvane Gospels).
 */
const describedWords = (text: string, name: string): ReadonlySet<string> =>
  new Set([...text.matchAll(new RegExp(`${escapeRegExp(name)}(?:,| (?:is|was|are|were))\\s+(?:a|an)\\s+((?:[a-z-]+\\s+){0,3}[a-z-]+)`, 'g'))].flatMap((m) => (m[1] ?? '').split(/\s+/)));

/** Whether a text writes one of a person's names (their surname at least). */
function writesName(text: string, e: Entity): boolean {
  const folded = fold(text);
  return [e.name, ...e.aliases].some((a) => a.length >= 3 && folded.includes(fold(a)));
}

/** Derives every sentence's facts once per article. */
export function sentenceFacts(article: Article, analysis: Analysis): SentenceFacts[] {
  const facts = article.sentences.map(() => ({ types: new Set<AnswerType>(), names: [] as string[], entityIds: [] as string[], carried: '', takenUp: false, byNoun: '', referred: [] as string[], byHeads: [] as string[], within: [] as string[] }));
  article.sentences.forEach((sentence, i) => {
    const before = article.sentences[i - 1];
    const f = facts[i];
    if (f && before?.kind === 'body' && sentence.paragraph === before.paragraph && (PRONOUN_OPENING.test(sentence.text) || refersBack(sentence.text))) {
      const words = before.text.split(/\s+/);
      // its opening, and the names it uses further on ("… an open weekend known as Calder Skies. The event was …")
      const names = words.slice(CARRIED_WORDS).filter((w) => /^\p{Lu}\p{Ll}/u.test(w));
      f.carried = [...words.slice(0, CARRIED_WORDS), ...names].join(' ');
      // a chain ("A fog signal was added … The horn sounded … It was switched off"): what the sentence before carried
      const chained = facts[i - 1]?.carried;
      if (chained) f.carried += ` ${chained}`;
    }
  });
  // "In 1996 a fire destroyed the workshop. An inquiry later traced the fire to a heater.": the thing the sentence
  // before brought in, taken up again by "the", is the same one, with its years and (as for a pronoun) what it named
  article.sentences.forEach((sentence, i) => {
    const before = article.sentences[i - 1];
    const f = facts[i];
    if (!f || before?.kind !== 'body' || sentence.paragraph !== before.paragraph) return;
    const introduced = new Set([...before.text.matchAll(/\b(?:a|an)\s+(?:[a-z-]+\s+){0,2}?([a-z]{4,})\b/g)].map((m) => m[1] ?? ''));
    f.takenUp = [...sentence.text.matchAll(/\b[Tt]he\s+([a-z]{4,})\b/g)].some((m) => introduced.has(m[1] ?? ''));
    // (its years too when the sentence already carries the opening of the one before: "… after a fire on 14 March
    // 1883 destroyed the machine house. The fire was started by a spark …")
    if (f.takenUp) f.carried = [f.carried, ...yearsIn(before.text)].filter(Boolean).join(' ');
  });
  // "In 2022 the cooperative produced 4,850 tonnes. Turnover reached 212 million crowns in the same year.": the year
  // the sentence before gives, one on for "the following year", one back for "the year before"
  const yearsMeant = article.sentences.map((sentence, i) => {
    const referred = YEAR_REFERRED.exec(sentence.text);
    const before = article.sentences[i - 1];
    if (!referred || !before || before.paragraph !== sentence.paragraph) return '';
    const year = Number(yearsIn(before.text).at(-1) ?? NaN);
    if (!Number.isFinite(year)) return '';
    const said = referred[1] ?? referred[2] ?? referred[3] ?? '';
    return String(year + (/following|next|after|later/i.test(said) ? 1 : /previous|preceding|before|earlier/i.test(said) ? -1 : 0));
  });
  for (const e of analysis.entities) {
    for (const i of e.mentions) {
      const f = facts[i];
      if (!f) continue;
      // a person a sentence only refers to ("the judge wrote") is not named there: it answers no "who"
      // (a thing's name answers no "who", "which body" or "where")
      if (e.type !== 'thing' && (e.type !== 'person' || writesName(article.sentences[i]?.text ?? '', e))) f.types.add(e.type);
      f.names.push(e.name, ...e.aliases);
      f.entityIds.push(e.id);
      if (e.type === 'organisation' && e.acronym && article.sentences[i]?.text.includes(`(${e.acronym})`)) f.types.add('definition');
    }
  }
  const topic = topicOf(article, analysis);
  // "the trust" after "the Pellham and Ditherford Hospitals Trust (PDHT)": the one thing the article names so
  // (the topic's own common noun is read apart, as byNoun)
  for (const [head, [only, ...others]] of byHeadNoun(analysis)) {
    const first = only?.mentions[0];
    if (!only || others.length > 0 || first === undefined || only.id === topic?.id) continue;
    const byHead = new RegExp(`\\bthe ${head}\\b`, 'i');
    article.sentences.forEach((sentence, i) => {
      const f = facts[i];
      if (f && i > first && byHead.test(sentence.text) && !f.entityIds.includes(only.id)) f.byHeads.push(only.id);
    });
  }
  // "It was completed in 1989", "The mirror was cast by …": the thing the sentence before named is what they are about
  const personIds = new Set(analysis.entities.filter((e) => e.type === 'person').map((e) => e.id));
  article.sentences.forEach((sentence, i) => {
    const f = facts[i];
    const before = article.sentences[i - 1];
    if (!f || !(f.carried || f.takenUp) || !before) return;
    const people = PERSON_OPENING.test(sentence.text);
    for (const e of analysis.entities) {
      if (!e.mentions.includes(i - 1) || e.mentions.includes(i) || (people && e.type !== 'person')) continue;
      f.referred.push(e.id);
    }
    // a chain ("… to Coldharrow. The line was engineered by … It opened in 1863"): what the sentence before referred to,
    // or called by its common noun ("… the agency's report. Its director, Per Vinje, …")
    // ("Pellow was apprenticed at fourteen … By 1805 he had … In 1809 he married …": "he" still, when no other
    // person came between)
    const chained = facts[i - 1];
    const personIn = (id: string) => personIds.has(id);
    // (another person named in the sentence before stops it, unless that sentence too was about "he": "… which he
    // ran with his younger brother Edmund. In 1809 he married …")
    const another = people && f.referred.some(personIn) && !PERSON_OPENING.test(before.text);
    if (chained && !another) for (const id of [...chained.referred, ...chained.byHeads]) if ((!people || personIn(id)) && !f.referred.includes(id) && !f.entityIds.includes(id)) f.referred.push(id);
  });
  // "The bridge was opened by King Erland II", a few sentences after "the Brask Sound swing bridge": the name last
  // written with that noun is what the sentence is about ("The cut was finished …" after "Kettleby's Cut")
  // (and "the dam" anywhere in a sentence, a little after "the Kessock Dam": a name ending in that noun)
  // (what each sentence says a name is, read once per sentence and name)
  const described = new Map<string, ReadonlySet<string>>();
  const describedAs = (j: number, text: string, name: string, noun: string): boolean => {
    const key = `${j}\u0000${name}`;
    let found = described.get(key);
    if (!found) described.set(key, (found = describedWords(text, name)));
    return found.has(noun);
  };
  article.sentences.forEach((sentence, i) => {
    const f = facts[i];
    if (!f) return;
    const opening = /^The\s+([a-z][a-z-]{2,})\b/.exec(sentence.text)?.[1];
    const nouns = new Set([...sentence.text.matchAll(/\bthe\s+([a-z][a-z-]{2,})\b/gi)].map((m) => m[1] ?? ''));
    for (const noun of nouns) {
      for (let j = i - 1; j >= Math.max(0, i - DESCRIBED_BACK); j--) {
        const text = article.sentences[j]?.text ?? '';
        const named = analysis.entities.filter(
          (e) =>
            e.mentions.includes(j) &&
            [e.name, ...e.aliases].some((a) => a.length >= 3 && (a.toLowerCase().endsWith(` ${noun}`) || (noun === opening && new RegExp(`${escapeRegExp(a)}(?:['’]s)?\\s+(?:[a-z-]+\\s+){0,2}[${noun[0] ?? ''}${(noun[0] ?? '').toUpperCase()}]${noun.slice(1)}\\b`).test(text)) || describedAs(j, text, a, noun))),
        );
        if (named.length === 0) continue;
        for (const e of named) if (!f.entityIds.includes(e.id) && !f.referred.includes(e.id)) f.referred.push(e.id);
        break;
      }
    }
  });
  // "It rises in the mountains…": in a text about one thing, a sentence that opens with it/its is about that thing
  if (topic) {
    // "the observatory" in an article about the Orrin Observatory is the Orrin Observatory
    const head = headNoun(topic);
    const byHead = head ? new RegExp(`\\bthe ${head}\\b`, 'i') : undefined;
    article.sentences.forEach((sentence, i) => {
      const f = facts[i];
      if (f && byHead?.test(sentence.text) && !f.entityIds.includes(topic.id)) f.byNoun = topic.id;
    });
    article.sentences.forEach((sentence, i) => {
      const f = facts[i];
      // only when the sentence before was about the topic too ("The Kessock Dam … Its reservoir" is not the river's),
      // by name or by its common noun as its subject ("The club was formed in 1901. Its founder was …")
      const before = facts[i - 1];
      const opensWithHead = byHead !== undefined && new RegExp(`^The ${head}\\b`).test(article.sentences[i - 1]?.text ?? '');
      const beforeOnTopic = before !== undefined && (before.entityIds.includes(topic.id) || (before.byNoun === topic.id && opensWithHead));
      if (!f || !beforeOnTopic || f.entityIds.includes(topic.id) || !/^(?:It|Its|It's)\b/.test(sentence.text)) return;
      f.names.push(topic.name, ...topic.aliases);
      f.entityIds.push(topic.id);
      if (topic.type !== 'thing') f.types.add(topic.type);
    });
  }
  // "the Kessel Gorge Dam" is at Kessel Gorge: a name that opens a longer one the sentence writes is spoken of there too
  const opening = new Map<string, Entity[]>();
  for (const e of analysis.entities) {
    const within = analysis.entities.filter((o) => o.id !== e.id && o.type === 'place' && e.name.startsWith(`${o.name} `));
    if (within.length > 0) opening.set(e.id, within);
  }
  facts.forEach((f) => {
    for (const id of [...f.entityIds]) for (const o of opening.get(id) ?? []) if (!f.entityIds.includes(o.id) && !f.within.includes(o.id)) f.within.push(o.id);
  });
  for (const m of analysis.measures) {
    const f = facts[m.sentence];
    if (!f) continue;
    f.types.add(m.kind === 'date' || m.kind === 'year' ? 'date' : 'number');
  }
  for (const q of analysis.quotes) for (const i of q.sentences) facts[i]?.types.add('quote');
  const rolesStated = article.sentences.map(() => false);
  article.sentences.forEach((s, i) => {
    const f = facts[i];
    if (!f) return;
    if (givesDate(s.text) || yearsMeant[i]) f.types.add('date');
    if (FAMILY.test(s.text)) f.types.add('person');
    // someone described, not named, as who did it or to whom: "an inquiry, led by a retired High Court judge",
    // "he had written to the regional transport minister"
    if ([...s.text.matchAll(DESCRIBED_AGENT)].some((m) => (m[1] ?? '').split(' ').some((w) => /^[a-z]{4,}$/.test(w) && wordnet().isPersonNoun(w) && !wordnet().isMostlyAdjective(w)))) f.types.add('person');
    // "Her father was a cloth merchant": what someone is, which answers "what was his occupation?" as a name answers "who"
    if (statesRole(s.text)) {
      f.types.add('person');
      rolesStated[i] = true;
    }
    if (/\d/.test(s.text.replace(YEAR, '')) || NUMBER_WORDS.test(s.text)) f.types.add('number');
    if (REASON.test(s.text) || REASON_AFTER.test(s.text)) f.types.add('reason');
    if (s.kind === 'byline') f.types.add('person');
    if (s.kind === 'dateline') {
      f.types.add('place');
      f.types.add('date');
    }
  });
  const settings = titlePlaces(article, analysis);
  // names built on the topic's own ("the Fenwick Canal Trust" beside the Fenwick Canal and Railway Company): a
  // sentence about one of them is not about the topic unless it says so
  const topicWords = new Set(topic ? topic.name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)) : []);
  const siblings = new Set(
    analysis.entities.filter((e) => topic && e.id !== topic.id && e.type !== 'person' && e.name.includes(' ') && e.name.split(/\s+/).some((w) => topicWords.has(w))).map((e) => e.id),
  );
  const topicFolded = new Set(topic ? fold(topic.name).split(/\s+/) : []);
  const siblingTopicWords = (ids: readonly string[]): string =>
    ids
      .filter((id) => siblings.has(id))
      .flatMap((id) => fold(analysis.entities.find((x) => x.id === id)?.name ?? '').split(/\s+/))
      .filter((w) => topicFolded.has(w))
      .join(' ');
  // the heading over each sentence: a section is about what its heading says ("Strike of 1878" over "The dispute
  // ended on 15 April")
  const sections = article.sentences.map(() => '');
  let heading = '';
  article.sentences.forEach((sentence, i) => {
    // (a heading that opens the article is its title, not a section's)
    if (sentence.kind === 'heading') heading = i === 0 ? '' : sentence.text;
    else if (sentence.kind === 'body') sections[i] = heading;
  });
  // what the sentence's words mean in WordNet's words
  // (and what its nouns are kinds of)
  const tokens = article.sentences.map((sentence) => (sentence.kind === 'body' ? analyze(sentence.text) : []));
  const definitions = tokens.map((t) => [...definitionStems(t).keys()]);
  const kinds = tokens.map(kindStems);
  return facts.map((f, i) => ({
    section: sections[i] ?? '',
    defined: definitions[i] ?? [],
    kinds: kinds[i] ?? [],
    types: f.types,
    names: [...new Set(f.names)],
    entityIds: [...new Set(f.entityIds)],
    carried: f.carried,
    ...(yearsMeant[i] ? { yearMeant: yearsMeant[i] } : {}),
    statesRole: rolesStated[i] ?? false,
    ...(topic && article.sentences[i]?.kind === 'body' && !f.entityIds.includes(topic.id) && !f.entityIds.some((id) => siblings.has(id)) ? { implied: topic.id } : {}),
    setting: article.sentences[i]?.kind === 'body' ? [...settings].filter((id) => !f.entityIds.includes(id) && id !== topic?.id) : [],
    ...(f.byNoun && !f.entityIds.includes(f.byNoun) ? { byNoun: f.byNoun } : {}),
    referred: f.referred.filter((id) => !f.entityIds.includes(id)),
    byHeads: f.byHeads,
    within: f.within,
    // (and the words such a name shares with the topic's, where the sentence has them only in that name)
    siblingNames: f.entityIds.filter((id) => siblings.has(id)).flatMap((id) => { const e = analysis.entities.find((x) => x.id === id); return e ? [e.name, ...e.aliases.filter((a) => a.includes(' '))] : []; }),
    siblingTopicWords: siblingTopicWords(f.entityIds),
  }));
}

/** Names whose common noun comes first ("Lake Hollin" is a lake), with that noun. */
const LEADING_HEADS: Readonly<Record<string, string>> = table({
  lake: 'lake', mount: 'mountain', mt: 'mountain', cape: 'cape', fort: 'fort', port: 'port', gulf: 'gulf', bay: 'bay', isle: 'island', loch: 'loch', glen: 'glen',
});

/**
 * The common noun a name is built on: the one it ends in ("observatory" of "Orrin Observatory"), the one before
 * "of" ("gorge" of "Gorge of Vell", "bank" of "Bank of Varnholt"), or the one a place name opens with ("lake" of
 * "Lake Tarrow"). Undefined for a name with no such noun.
 */
export function headNoun(entity: Entity): string | undefined {
  const words = entity.name.split(/\s+/);
  if (words.length < 2) return undefined;
  const leading = LEADING_HEADS[(words[0] ?? '').toLowerCase().replace(/\.$/, '')];
  if (leading) return leading;
  const of = words.findIndex((w, i) => i > 0 && w === 'of');
  const head = (of > 0 ? words[of - 1] : words.at(-1))?.toLowerCase();
  return head && /^[a-z]{4,}$/.test(head) ? head : undefined;
}

/** The index term standing for an entity: a name is matched as a name, not word by word. */
export const entityToken = (id: string): string => `@${id}`;

/**
 * What the article is about, when one entity plainly is: named in the title (or first sentence) and the most
 * mentioned entity. Undefined for a story about several actors.
 */
export function topicOf(article: Article, analysis: Analysis): Entity | undefined {
  const firstBody = article.sentences.find((s) => s.kind === 'body')?.text ?? '';
  const lead = `${article.meta.title} ${firstBody.split(/[,(]/)[0] ?? ''}`.toLowerCase();
  // an encyclopedia entry's title is its subject's name ("Orrin Observatory"), however often the text repeats it
  const title = article.meta.title.trim().toLowerCase();
  // ("Fenwick Canal and Railway" for the Fenwick Canal and Railway Company: the title may leave off the last word)
  const titled =
    analysis.entities.find((e) => e.mentions.length > 0 && [e.name, ...e.aliases].some((a) => a.toLowerCase() === title)) ??
    // ("Tamsin Orrel" for Tamsin Adela Orrel: a person the title names without a middle name, before the Tamsin Orrel Society)
    analysis.entities.find((e) => e.type === 'person' && e.mentions.length > 0 && namedWithout(title, e.name)) ??
    analysis.entities.find((e) => e.type === 'organisation' && e.mentions.length > 0 && title.split(/\s+/).length >= 2 && e.name.toLowerCase().replace(/\s+\S+$/, '') === title);
  if (titled) return titled;
  const ranked = [...analysis.entities].sort((a, b) => b.mentions.length - a.mentions.length);
  const top = ranked[0];
  if (!top || top.mentions.length < 3) return undefined;
  if ((ranked[1]?.mentions.length ?? 0) >= top.mentions.length) return undefined;
  return [top.name, ...top.aliases].some((a) => a.length > 2 && lead.includes(a.toLowerCase())) ? top : undefined;
}

/** The common noun a name of several words ends in ("society" of the Fenwick Railway Preservation Society) → the things so named. */
export function byHeadNoun(analysis: Analysis): Map<string, Entity[]> {
  const out = new Map<string, Entity[]>();
  for (const e of analysis.entities) {
    const head = e.type === 'person' ? undefined : headNoun(e);
    if (head) out.set(head, [...(out.get(head) ?? []), e]);
  }
  return out;
}

/** Places the article's title names ("Harrowgate" of "Harrowgate dock strike"): where the whole story is set. */
export function titlePlaces(article: Article, analysis: Analysis): ReadonlySet<string> {
  const plain = (text: string) => ` ${fold(text).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  const title = plain(article.meta.title);
  return new Set(analysis.entities.filter((e) => e.type === 'place' && title.includes(plain(e.name))).map((e) => e.id));
}

/** Weight of a thing the sentence before named, in a sentence that opens with a pronoun ("It was completed in 1989"). */
const REFERRED_ENTITY_WEIGHT = 0.6;
/** Weight of the story's topic in a sentence that calls it by its common noun ("the river" may be another one). */
const TOPIC_NOUN_WEIGHT = 0.6;
/** Weight of a place in a sentence that names a thing named after it ("the Kessel Gorge Dam" for Kessel Gorge). */
const WITHIN_NAME_WEIGHT = 0.7;
/** Weight of the story's topic in a sentence that does not name it. */
const IMPLIED_TOPIC_WEIGHT = 0.5;
/** Phrases that state a bound, and the word that names it. */
const BOUND_PHRASES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:at least|no (?:fewer|less) than)\s+\S*\d/i, 'minimum'],
  [/\b(?:at most|no more than|up to)\s+\S*\d/i, 'maximum'],
];
/** Whose child someone is, by name: "children of Edwin Vantry", "the son of Aurel Vessling", "born to Mette Lind". */
const PARENT_NAMED = /\b(?:sons?|daughters?|child|children)\s+of\s+(?:the\s+)?\p{Lu}|\bborn\s+to\s+\p{Lu}/u;
const PARENT_NOUNS = ['father', 'mother', 'parent'];
/** Weight of the word a bound phrase stands for. */
const BOUND_PHRASE_WEIGHT = 0.7;
/** Weight of a name a sentence refers to without spelling it out (a role, a pronoun, the other half of an acronym). */
const REFERRED_NAME_WEIGHT = 0.5;

function addStems(into: Map<string, number>, text: string, weight: number, skipQuestionWords: boolean): string[] {
  const seq: string[] = [];
  for (const t of analyze(text)) {
    if (t.stop || (skipQuestionWords && QUESTION_WORDS.has(t.surface))) continue;
    into.set(t.stem, (into.get(t.stem) ?? 0) + weight);
    seq.push(t.stem);
  }
  return seq;
}

/**
 * The stems of WordNet's definitions of a text's words (its analysed tokens), and of the runs of two or three words
 * it lists as one ("Black Death", "coat of arms").
 */
function definitionStems(tokens: readonly Term[]): Map<string, number> {
  const out = new Map<string, number>();
  tokens.forEach((t, k) => {
    if (t.stop) return;
    if (/^[a-z]{4,}$/.test(t.surface)) for (const d of wordnet().definitions(t.surface)) addStems(out, d, 1, false);
    for (const n of [2, 3]) {
      const run = tokens.slice(k, k + n);
      if (run.length < n || run.at(-1)?.stop) continue;
      for (const d of wordnet().collocationDefinitions(run.map((x) => x.surface.toLowerCase()).join('_'))) addStems(out, d, 1, false);
    }
  });
  return out;
}

/** The stems of what a text's nouns are kinds of, in one word ("rock" for "sandstone", not "sedimentary rock"). */
function kindStems(tokens: readonly Term[]): string[] {
  const out = new Set<string>();
  for (const t of tokens) {
    if (t.stop || !/^[a-z]{4,}$/.test(t.surface) || !wordnet().isMostlyNoun(t.surface)) continue;
    for (const k of wordnet().kindsOf(t.surface)) if (/^[a-z]+$/.test(k)) out.add(stemOf(k));
  }
  return [...out];
}

/** Builds the searchable document of one knowledge-base entry. */
export function docOf(
  entry: KbEntry,
  sentenceIndexByLabel: ReadonlyMap<string, number>,
  facts: readonly SentenceFacts[],
  entitiesIn: (text: string) => readonly string[],
): IndexedDoc {
  const question = new Map<string, number>();
  const variants: Set<string>[] = [];
  for (const q of entry.questions) {
    const variant = new Set(addStems(question, q, 1, true));
    for (const id of entitiesIn(q)) {
      question.set(entityToken(id), 1);
      variant.add(entityToken(id));
    }
    variants.push(variant);
  }

  const body = new Map<string, number>();
  const seen = new Set<string>();
  let sequence: string[] = [];
  const texts = entry.source === 'generated' && entry.questions.length === 0 ? [] : [entry.answer];
  for (const c of entry.citations) texts.push(c.text);
  for (const t of texts) {
    if (seen.has(t)) continue;
    seen.add(t);
    const seq = addStems(body, t, 1, false);
    if (sequence.length === 0) sequence = seq;
  }
  if (texts.length === 0) sequence = addStems(body, entry.answer, 1, false);
  for (const t of [entry.answer, ...entry.citations.map((c) => c.text)]) for (const id of entitiesIn(t)) body.set(entityToken(id), 1);
  // "at least 250" is a minimum, "at most 190" a maximum
  for (const t of texts) {
    for (const [re, word] of BOUND_PHRASES) {
      const st = stemOf(word);
      if (re.test(t) && (body.get(st) ?? 0) < BOUND_PHRASE_WEIGHT) body.set(st, BOUND_PHRASE_WEIGHT);
    }
    // "the third of five children of Edwin Vantry" names a parent, for "What was Vantry's father's job?"
    if (PARENT_NAMED.test(t)) for (const word of PARENT_NOUNS) if ((body.get(stemOf(word)) ?? 0) < BOUND_PHRASE_WEIGHT) body.set(stemOf(word), BOUND_PHRASE_WEIGHT);
  }
  const bodyLength = [...body.values()].reduce((a, b) => a + b, 0);
  const defined = new Set<string>();
  const kinds = new Set<string>();

  const types = new Set<AnswerType>();
  if (entry.answerType !== 'other') types.add(entry.answerType);
  for (const c of entry.citations) {
    const i = sentenceIndexByLabel.get(c.label);
    const f = i === undefined ? undefined : facts[i];
    if (!f) continue;
    for (const t of f.types) types.add(t);
    // names the sentence refers to count, more weakly, as if written out
    if (entry.questions.length === 0) {
      const extra = new Map<string, number>();
      for (const n of f.names) addStems(extra, n, 1, false);
      for (const [s] of extra) if (!body.has(s)) body.set(s, REFERRED_NAME_WEIGHT);
      for (const id of f.entityIds) body.set(entityToken(id), 1);
      if (f.byNoun && !body.has(entityToken(f.byNoun))) body.set(entityToken(f.byNoun), TOPIC_NOUN_WEIGHT);
      for (const id of f.referred) if (!body.has(entityToken(id))) body.set(entityToken(id), REFERRED_ENTITY_WEIGHT);
      for (const id of f.byHeads) if (!body.has(entityToken(id))) body.set(entityToken(id), TOPIC_NOUN_WEIGHT);
      for (const id of f.within) if (!body.has(entityToken(id))) body.set(entityToken(id), WITHIN_NAME_WEIGHT);
      // "The Friends of the Quarvenholt Botanic Garden, a charity founded in 1931, …" says nothing of when the garden
      // was founded: a word it has only inside such a name counts as a word of a name does
      if (f.siblingTopicWords) {
        const shared = new Map<string, number>();
        addStems(shared, f.siblingTopicWords, 1, false);
        const outside = new Map<string, number>();
        for (const c of entry.citations) addStems(outside, f.siblingNames.reduce((rest, n) => rest.replace(new RegExp(escapeRegExp(n), 'gi'), ' '), c.text), 1, false);
        for (const [st] of shared) if (!outside.has(st) && body.has(st)) body.set(st, Math.min(body.get(st) ?? 0, SIBLING_WORD_WEIGHT));
      }
      if (f.implied && !body.has(entityToken(f.implied))) body.set(entityToken(f.implied), IMPLIED_TOPIC_WEIGHT);
      for (const id of f.setting) if (!body.has(entityToken(id))) body.set(entityToken(id), IMPLIED_TOPIC_WEIGHT);
      if (f.section) {
        const section = new Map<string, number>();
        addStems(section, f.section, 1, false);
        for (const [st] of section) if (!body.has(st)) body.set(st, SECTION_WEIGHT);
      }
      for (const st of f.kinds) kinds.add(st);
      for (const st of f.defined) {
        if (body.has(st)) continue;
        body.set(st, DEFINITION_WEIGHT);
        defined.add(st);
      }
      if (f.yearMeant && !body.has(stemOf(f.yearMeant))) body.set(stemOf(f.yearMeant), YEAR_MEANT_WEIGHT);
      if (f.carried) {
        const carried = new Map<string, number>();
        addStems(carried, f.carried, 1, false);
        for (const [st] of carried) if (!body.has(st)) body.set(st, CARRIED_WEIGHT);
      }
    }
  }
  return { key: entry.id, question, body, bodyLength: Math.max(1, bodyLength), types, sequence, variants, ...(defined.size > 0 ? { defined } : {}), ...(kinds.size > 0 ? { kinds } : {}) };
}
