import type { AskOptions, CitationLookup, Engine } from '../core/engine.ts';
import type { Analysis, Answer, AnswerType, Article, Choice, Citation, Entity, KbEntry, QuoteResult } from '../core/types.ts';
import { citationOf, resolveCitation } from '../kb/citations.ts';
import { generateEntries } from '../kb/generate.ts';
import { score, TermIndex, type DfSource, type QuerySlot, type ScoredDoc } from '../search/index.ts';
import { askingSpan, expectedAnswerType, focusWords, frameType, isFrameAt } from '../search/question.ts';
import { INVERSE_RELATION, irregularBase, lemmaGuesses, RELATION_WEIGHT, wordnet } from '../search/wordnet.ts';
import { analyze, baseFormStem, editDistance, escapeRegExp, fold, foldKeepCase, howWordsMeant, IRREGULAR_VERBS, isMisspeltOpener, isMisspeltStopword, openerMeant, QUESTION_WORDS, rawTokens, stem, STOPWORDS, typoBudget } from '../search/text.ts';
import { Vocabulary } from '../search/vocabulary.ts';
import { cosine, unitVector, withoutDirection, wordVectors } from '../search/vectors.ts';
import { byHeadNoun, DEFINITION_WEIGHT, docOf, entityToken, givesDate, sentenceFacts, headNoun, titlePlaces, topicOf, yearsIn } from './docs.ts';
import { adjectiveOfCountry, ROLE_HEADS, SpeakerFinder } from './speakers.ts';
import { BODY_WORDS, CAPITAL_OF, COUNTRIES, isNationality, NUMBER_WORDS, OTHER_HOLDERS } from '../article/lexicon.ts';
import { table } from '../core/table.ts';
import {
  COMMON_PLACE_SHARE,
  FIRM_MATCH,
  FRAME_WORD_WEIGHT,
  GENERIC_ROLE_WORDS,
  MEASURE_UNITS,
  MEASURE_UNIT_WEIGHT,
  DEGREE_WEIGHT,
  MISSING_NAME_FACTOR,
  NAME_BOOST,
  NAME_WORD_WEIGHT,
  OFF_FOCUS_FACTOR,
  ROLE_NAME_WEIGHT,
  TYPE_MISMATCH_FACTOR,
  TYPO_WEIGHT,
  UNCOVERED_PENALTY,
  BESIDES_NAMES_SHARE,
  besidesNames,
  clamp01,
  cleanQuestion,
  measuresDimension,
  isDimension,
  withMeasuresCovered,
  countsThing,
  speaksOfFuture,
  relatedStems,
  round,
  squashName,
  typeFitOf,
  uncoveredShare,
  withSlotCoverage,
  withWordsCovered,
} from './signals.ts';

/** What the engine is built from. */
export interface EngineInput {
  readonly article: Article;
  readonly analysis: Analysis;
  /** Curated entries for this article (already resolved). */
  readonly curated?: readonly KbEntry[];
  /** Answer only at or above this confidence; below it, abstain with suggestions. Default ANSWER_THRESHOLD. */
  readonly threshold?: number;
}

/**
 * Minimum confidence to answer. Confidence is mostly the idf-weighted share of the question's content words
 * that the best candidate covers, less penalties. When it was chosen, 0.6 refused 81% of the development sets'
 * out-of-scope questions for 69% of answerable ones answered (0.5: 69% and 73%): a wrong answer costs more than
 * a refusal that comes with suggestions.
 */
export const ANSWER_THRESHOLD = 0.6;

/** Adjectives of continents, and the continents WordNet derives them from ("African" → Africa). */
const CONTINENT_ADJECTIVES: ReadonlySet<string> = new Set(['african', 'european', 'asian', 'oceanian', 'australasian', 'antarctic', 'latin']);
const CONTINENTS: ReadonlySet<string> = new Set(['africa', 'europe', 'asia', 'oceania', 'australia', 'antarctica', 'south_america', 'latin_america']);

/** Little words that may stand inside a name: "Government of National Accord", "Bank of England". */
const NAME_JOINERS: ReadonlySet<string> = new Set(['of', 'the', 'for', 'and', 'de', 'del', 'di', 'du', 'la', 'von', 'van', 'da', 'dos', 'das']);

/** How much "the society" counts for the one society an article names. */
const HEAD_NOUN_WEIGHT = 0.7;
/**
 * How much the likeness in meaning of a question and a candidate (the cosine of their words' mean vectors,
 * rarer words weighing more, with what all the article's sentences have in common taken out) adds to the rank. It
 * reorders candidates only: confidence stays with the words found, so it never makes an answer of what would be a
 * refusal.
 */
const MEANING_WEIGHT = 0.6;
/**
 * The share of that weight that counts however well the words found cover the question; the rest grows with what
 * the best-covering candidate leaves uncovered (a paraphrase), so that where the words asked for are found, a
 * near-miss in meaning does not outrank them.
 */
const MEANING_FLOOR = 0.3;
/**
 * How many sentences' worth of doubt there is in what an article's sentences have in common: of n sentences, that
 * share is taken out at n / (n + COMMON_PRIOR) (a third for a 3-sentence note, nine tenths for 45 sentences).
 */
const COMMON_PRIOR = 5;
/**
 * How much giving the measurement asked for ("How big was the mill?": "46 metres long and 14 metres wide") weighs in
 * the rank: more than the likeness in meaning can give a sentence that gives none ("The original mill building was
 * finished in 1819"), so that it does not outrank one that does.
 */
const MEASURE_WEIGHT = 0.3;

/**
 * Whose words a question asks for, in other words than "according to": "in the view of the Italian", "in Moavero's
 * opinion", "in the eyes of the French" (the view is theirs; it is not a word to find).
 */
const IN_VIEW_OF = /\bin the (?:view|opinion|eyes|words) of /giu;
const IN_ONES_VIEW = /\bin ((?:the |his |her |their )?(?:[\p{L}-]+ ){0,3}[\p{L}-]+?)['’]s?\s+(?:view|opinion|eyes|words|estimation)\b/giu;

/** Candidates, best first, that a refusal offers as suggestions (by their question or their sentence). */
const SUGGESTION_CANDIDATES = 5;
/** Phrases considered per sentence for a question that brings it up. */
const MAX_PROMPT_TRIES = 3;
/** Nouns no one asks "what does the article say about …" of. */
const NOT_TOPICS: ReadonlySet<string> = new Set(['today', 'tonight', 'tomorrow', 'yesterday', 'despite', 'thing', 'things', 'part', 'parts', 'kind', 'sort', 'lot', 'lots', 'time', 'times', 'place', 'places', 'way', 'ways', 'other', 'others']);
/** Units of measurement ("kilometres", "crowns"): what a sentence measures in, not what it is about. */
const UNITS: ReadonlySet<string> = new Set(Object.values(MEASURE_UNITS).flat());
const isUnit = (word: string): boolean => UNITS.has(word) || UNITS.has(word.replace(/s$/, ''));
/** A noun in more knowledge-base entries than this rarely brings up one sentence. */
const RARE_WORD_DF = 3;

/** The generated entry that answers "What is the article about?" (see generateEntries). */
const ABOUT_ENTRY = 'gen:meta:about';

/** A word squashed as part of a longer name (squashName less its dropping of a closing "'s"). */
const squashPiece = (word: string): string => fold(word).replace(/[^\p{L}\p{N}]/gu, '');
/** Forms of a question word tried against names, in keyOf. */
const FORM_RAW = 0;
const FORM_WORD = 1;
const FORM_WORD_STEM = 2;
const FORM_FIXED = 3;
const FORM_FIXED_STEM = 4;

/** Verbs that say when something happens to a thing, not what happens ("when did the programme begin"). */
const EVENT_ASPECTS: ReadonlySet<string> = new Set(['begin', 'began', 'begun', 'start', 'started', 'starts', 'end', 'ended', 'ends', 'happen', 'happened', 'occur', 'occurred', 'take', 'took', 'place', 'come', 'came', 'become', 'became', 'finish', 'finished', 'stop', 'stopped']);

/**
 * Answer types a sentence shows plainly when it has one: a date, a number, a reason ("because", "after", "to
 * make way for"). A candidate without one keeps less than the threshold, however well it covers the question:
 * "When will they meet again?" is not answered by the sentence that says they met. A person, a place or an
 * organisation is harder to be sure of in text (a foundry answers "where … from"); those keep TYPE_MISMATCH_FACTOR.
 */
const PLAIN_TYPES: ReadonlySet<AnswerType> = new Set(['date', 'number', 'reason']);
const PLAIN_TYPE_MISMATCH_FACTOR = 0.5;

/**
 * The candidate with the words it covers only through its words' definitions counted as not covered (a definition
 * gives no more than its weight: more is the word found, or a measurement asked for).
 */
function withoutDefinitions(s: ScoredDoc, slots: readonly QuerySlot[]): ScoredDoc {
  const defined = s.doc.defined;
  if (!defined) return s;
  return withSlotCoverage(s, (i, c) => {
    if (c <= 0 || c > DEFINITION_WEIGHT) return c;
    const found = (slots[i]?.alternatives ?? []).filter((a) => s.doc.body.has(a.stem) || s.doc.question.has(a.stem));
    return found.length > 0 && found.every((a) => defined.has(a.stem)) ? 0 : c;
  });
}

/** What a sentence on another year than the one a question names costs in rank. */
const OTHER_YEAR_COST = 0.2;
/** Decades in words, by their tens digit ("thirties" → 3, for the 1930s). */
const DECADE_WORDS: Readonly<Record<string, string>> = table({ twenties: '2', thirties: '3', forties: '4', fifties: '5', sixties: '6', seventies: '7', eighties: '8', nineties: '9' });
/** How much a decade in words counts for one written in figures. */
const DECADE_WEIGHT = 0.85;

/** A question on how things are now. */
const PRESENT_ASKED = /\b(?:today|(?<!(?:for|until|till|by|just) )now|nowadays|currently|presently|at present|these days|current|still)\b/;
/** A sentence on how things are now: "today", "currently", "since 2015 … has been", "remains". */
const PRESENT_SAID = /\b(?:today|now|nowadays|currently|presently|at present|since (?:1[0-9]|20)\d\d|has since|have since|remains?|still|current)\b/i;
/** A span that has ended: "from 1931 to 1952", "1931–1952". */
const PAST_SPAN = /\b(?:from (?:1[0-9]|20)\d\d (?:to|until) (?:1[0-9]|20)\d\d|(?:1[0-9]|20)\d\d[–-](?:1[0-9]|20)?\d\d)\b/;
/** What a sentence on the present adds in rank, for a question on how things are now. */
const PRESENT_WEIGHT = 0.1;
/** The words such a question asks it with, which that sentence covers. */
const PRESENT_WORDS: ReadonlySet<string> = new Set(['today', 'now', 'nowadays', 'currently', 'presently', 'present', 'current', 'days']);
/** How many times something happened, in words: "twice", "three times" (not "once": "never once", "once the war began"). */
const TIMES_COUNTED = /\b(?:twice|thrice|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|dozens? of)\s+times)\b/i;
/** The word "how many times" asks with, which such a count covers. */
const TIMES_WORDS: ReadonlySet<string> = new Set(['times']);
/** Words asking what someone does for a living, which a sentence saying what they were answers ("was a harbour pilot"). */
const JOB_WORDS: ReadonlySet<string> = new Set(['job', 'jobs', 'occupation', 'occupations', 'profession', 'professions', 'trade', 'career', 'living', 'work']);
/** A question on what someone does for a living ("her father's job", "what did he do for a living"). */
const JOB_ASKED = /\b(?:job|jobs|occupation|occupations|profession|professions|career|(?:do|did|does) for (?:a )?(?:living|work)|line of work|trade)\b/;
/** Words for a government's ministers together, which a sentence naming one of them covers; and the offices that are theirs. */
const CABINET_WORDS: ReadonlySet<string> = new Set(['cabinet', 'cabinets']);
const MINISTERIAL = /\b(?:minister|secretary|premier|chancellor)\b/i;
/** Words for a parent, which a sentence saying whose child someone is covers ("the third of five children of Aurel Vessling"). */
const PARENT_WORDS: ReadonlySet<string> = new Set(['father', 'mother', 'parent', 'parents', 'dad', 'mum', 'mom']);
const PARENTAGE = /\b(?:sons?|daughters?|child|children|eldest|youngest|second|third) of\b|\bborn to\b/;
/** Words a question asks which person with that any person named answers ("which official", "what man"). */
const ANYONE_WORDS: ReadonlySet<string> = new Set(['person', 'people', 'man', 'men', 'woman', 'women', 'official', 'officials', 'individual', 'figure']);
/**
 * Words a chatty question calls someone by, whatever it asks ("the French guy", "the Italian gentleman"): said of the
 * person a sentence names, not words to find in it.
 */
const SOMEONE_WORDS: ReadonlySet<string> = new Set(['guy', 'guys', 'fellow', 'gentleman', 'gent', 'chap', 'bloke', 'lady', 'dude']);
/** A part of a place: "eastern Libya", "the north of the island", "central Italy". */
const PART_OF_PLACE = /\b(?:north|south|east|west|north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest)(?:ern)?\b|\bcentral \p{Lu}|\b(?:outskirts|heart|centre|center|edge|coast|border) of\b/u;
/** How far a sentence naming a kind of the noun asked ("sandstone" for "what kind of rock") covers that noun. */
const KIND_COVERAGE = 0.8;
/** The noun a question asks a kind of: "what kind of rock", "which disease", "what illness". */
function kindAskedIn(typed: string): { word: string; stem: string } | undefined {
  const word = /\b(?:what|which)\s+(?:(?:kinds?|types?|sorts?|variety|varieties|forms?)\s+of\s+)?([a-z]{4,})\b/.exec(typed)?.[1];
  if (!word || STOPWORDS.has(word) || !wordnet().isMostlyNoun(word)) return undefined;
  return { word, stem: stem(word) };
}
/** Things counted that any count of people or things answers ("how many people work there"). */
const GENERAL_COUNTS: ReadonlySet<string> = new Set(['people', 'persons', 'men', 'women', 'things', 'times', 'ones', 'items', 'units', 'individuals']);

/**
 * What "how many" or "number of" counts: the last noun of the words after it, up to a verb or a little word
 * ("how many granite blocks does the tower contain" → blocks; "how many people died" → people; "how many
 * people visit" → people, "visit" being a verb at least as often as a noun).
 */
function countedNounOf(typed: string): string | undefined {
  const words = /\b(?:how many|number of) ([\p{L}-]+(?: [\p{L}-]+){0,3})/u.exec(typed)?.[1]?.split(' ');
  let head = words?.[0];
  for (const w of words?.slice(1) ?? []) {
    if (STOPWORDS.has(w) || !(wordnet().isMostlyNoun(w) || wordnet().isPluralNoun(w))) break;
    head = w;
  }
  return head;
}

/** Verbs that say little of their own ("when did she go to Aldmark", "how many passengers used the railway"). */
const LIGHT_VERBS: ReadonlySet<string> = new Set(
  'go goes went gone going get gets got getting make makes made making use uses used using take takes took taken come comes came happen happens happened become becomes became put puts give gives gave given'.split(' '),
);
const LIGHT_VERB_WEIGHT = 0.7;
/**
 * Weight of a word outside the part of a message that asks: what the asker says about themselves ("I taught
 * English in Tripoli"), a label ("for my seminar paper:") or a remark after the question. It may still say what
 * the question is about ("its embassy there"), so it counts for a little, and is never a name the answer must have.
 */
const CONTEXT_WEIGHT = 0.1;
/**
 * Hedges and chat words that ask nothing ("*ok* so who *basically* runs it", "*lol* when did it open"): left out
 * unless the knowledge base itself uses them. ("exactly" and "actually" are not among them: "Did a cease-fire
 * actually happen?" asks for more than the article's "must be reached".)
 */
const CHATTER: ReadonlySet<string> = new Set('basically honestly literally anyway hey hi hello lol ok okay btw remind wondering curious thanks thx cheers bruh ngl tbh imo imho idk rn lowkey'.split(' '));
/** Words that ask for an office ("what position does X hold"). */
const OFFICE_FRAMES: ReadonlySet<string> = new Set(['position', 'title', 'post', 'office', 'role', 'job', 'rank', 'positions', 'titles', 'posts', 'offices', 'roles']);
/** Weight of a word of a name the title gives, which the whole article is about ("Harlow Cup"). */
const TITLE_NAME_WEIGHT = 0.5;
/** Weight of "first" said of a verb ("first settled"): the earliest time, which a date gives without the word. */
const ADVERB_FIRST_WEIGHT = 0.45;

/** Words that say someone or something became what it is (for "when did X become Y?"). */
const BECOMING = /\b(?:bec[ao]me|becoming|since|appointed|named|elected|chosen|promoted|sworn|took office|made|turned into|converted|renamed|declared|designated|nationalised|nationalized|joined|succeeded)\b/i;

/** Rank a sentence gains for introducing the name a "what is X?" asks about. */
const DEFINES_WEIGHT = 0.15;

/**
 * How a sentence introduces a name it says what it is: "… known (locally) as X", "… called X", "X is a …",
 * "X, a …", "Under X, …", "the \"X\"" (the name as asked, in any case).
 */
function definitionPatterns(name: string): RegExp[] {
  const x = name.trim().split(/\s+/).map(escapeRegExp).join('\\s+');
  const q = '["“‘]?';
  return [
    new RegExp(`\\b(?:known|referred to)(?:\\s+\\w+ly)?\\s+as\\s+(?:the\\s+)?${q}${x}\\b`, 'i'),
    new RegExp(`\\b(?:called|named|dubbed|nicknamed)\\s+(?:the\\s+)?${q}${x}\\b`, 'i'),
    new RegExp(`^(?:the\\s+)?${q}${x}["”’]?(?:\\s*\\([^)]*\\))?,?\\s+(?:is|was|are|were)\\s+(?:a|an|the)\\b`, 'i'),
    new RegExp(`^(?:the\\s+)?${q}${x}["”’]?,\\s+(?:a|an)\\s`, 'i'),
    // "… was the Pell smack, a gaff-rigged sailing vessel …": the same apposition further on
    new RegExp(`\\b${q}${x}["”’]?,\\s+(?:a|an)\\s`, 'i'),
    // "Under the Ostrey Agreement, vaccination days were moved …": what an agreement, a law or a plan provides
    new RegExp(`^Under\\s+(?:the\\s+)?${q}${x}\\b`, 'i'),
    // "the introduction of the \"tally system\", under which …": a term in quotation marks is being introduced
    new RegExp(`["“‘]${x}["”’]`, 'i'),
  ];
}

/**
 * A person's quotes with the one the question asks about first ("What did Brandvold say about the drought?" cites
 * the drought quote before his others): the cited sentences that hold more of the question's words besides the
 * names go first, the rest keep the article's order.
 */
function withQuotesAsked(entry: KbEntry, speakerId: string, slots: readonly QuerySlot[], s: ScoredDoc, stemsOf: (text: string) => ReadonlySet<string>): KbEntry {
  if (entry.citations.length < 2) return entry;
  // (the speaker's own name is in none of their quotes, or in all: it tells them apart no more than the words around it)
  const speaker = entityToken(speakerId);
  const asked = slots.map((slot, i) => ({ stems: slot.alternatives.filter((a) => a.weight >= FIRM_MATCH).map((a) => a.stem), weight: slot.alternatives.some((a) => a.stem === speaker) ? 0 : (s.slotWeights[i] ?? 0) }));
  const held = (text: string) => {
    const stems = stemsOf(text);
    return asked.reduce((sum, a) => sum + (a.stems.some((st) => stems.has(st)) ? a.weight : 0), 0);
  };
  const ranked = entry.citations.map((c, i) => ({ c, i, held: held(c.text) }));
  if (ranked.every((r) => r.held === 0)) return entry;
  ranked.sort((a, b) => b.held - a.held || a.i - b.i);
  return { ...entry, citations: ranked.map((r) => r.c) };
}

/** Words asking for a name ("What is the name of …", "… called?"). */
const NAME_WORDS: ReadonlySet<string> = new Set(['name', 'names', 'called', 'named']);
/**
 * Whether a sentence gives only the births or deaths of people the question does not name ("a son, Erik, born in
 * 1871", "a boy named Pavo, died of diphtheria in 1922").
 */
function bornOthers(text: string, asked: ReadonlySet<string>): boolean {
  // (not "She died there …": a pronoun is whoever the sentence is about)
  const born = [...text.matchAll(/(\p{Lu}[\p{L}'’-]+),?\s+(?:who\s+(?:was\s+)?)?(?:born|died)\b/gu)].map((m) => fold(m[1] ?? '')).filter((name) => !/^(?:he|she|they|it|who)$/.test(name));
  return born.length > 0 && born.every((name) => !asked.has(name));
}
/** Words asking when someone was born or died, which a lifespan after their name answers. */
const LIFE_WORDS: ReadonlySet<string> = new Set(['born', 'birth', 'die', 'died', 'death', 'birthday']);
/** A lifespan in brackets after a name: "(14 March 1841 – 2 November 1903)", "(1771–1844)", "(c. 1520 – 1577)", "(born 1891)". */
const LIFESPAN = /\p{Lu}[\p{L}'’-]+\s+\((?:(?:b\.\s*|c\.\s*)?(?:\d{1,2}\s+\p{L}+\s+)?\d{3,4}\s*[–-]\s*(?:c\.\s*)?(?:\d{1,2}\s+\p{L}+\s+)?\d{3,4}|(?:born|b\.)\s*(?:(?:in|on)\s+)?(?:\d{1,2}\s+\p{L}+\s+)?\d{3,4})\)/u;

/** The lifespans a text gives, each with the (folded) name word right before it. */
function lifespansOf(text: string): { name: string; span: string; run: string }[] {
  return [...text.matchAll(new RegExp(LIFESPAN.source, 'gu'))].map((m) => {
    // (and the whole name it closes: "Josiah Orrel (1828–1899)" is not Tamsin Orrel's)
    const run = /(?:\p{Lu}[\p{L}'’-]*\s+){0,3}$/u.exec(text.slice(0, m.index ?? 0))?.[0] ?? '';
    return { name: fold(/^\S+/.exec(m[0])?.[0] ?? ''), span: m[0].replace(/^\S+\s+/, ''), run: `${run}${/^\S+/.exec(m[0])?.[0] ?? ''}` };
  });
}

/** Words asking what a work tells ("What happens in …"), which a sentence saying what it tells covers. */
const TELLING_WORDS: ReadonlySet<string> = new Set(['happens', 'happen', 'happened', 'story', 'plot']);
/** Words a question asks where something is with, which a sentence saying what and where it is need not repeat. */
const LOCATION_WORDS: ReadonlySet<string> = new Set(['located', 'situated', 'found', 'based']);
/** How a sentence says what a work tells: its title, then a verb of telling ("*The Salt Orchard* (1949) follows …"). */
function tellingPatterns(title: string): RegExp[] {
  const x = title.trim().split(/\s+/).map(escapeRegExp).join('\\s+');
  return [new RegExp(`\\b${x}[*_"”’]?(?:\\s*\\([^)]*\\))?,?\\s+(?:follows|tells|is about|was about|concerns|describes|depicts|recounts|centres on|centers on|portrays|explores|traces|chronicles|is set|was set|narrates)\\b`, 'i')];
}

/** How a sentence gives a thing's name beside it: "Its reservoir, Lake Edda, …", "a reservoir called Lake Edda". */
function namingPatterns(thing: string): RegExp[] {
  // (the thing's own noun, before what follows it: "the consortium buying the club", "the dam on the river")
  const own = thing.trim().split(/\s+(?:that|which|who|whose|where|[a-z]{3,}ing|of|in|at|on|for|with|from|behind|by|near)\s+/)[0] ?? thing;
  const word = (own.split(/\s+/).at(-1) ?? own).toLowerCase();
  // (case-sensitive, so that the name is capitalised: the thing's word may open the sentence)
  const head = `[${word[0] ?? ''}${(word[0] ?? '').toUpperCase()}]${escapeRegExp(word.slice(1))}`;
  return [
    new RegExp(`\\b${head}s?,\\s+(?:the\\s+)?["“*_]?\\p{Lu}`, 'u'),
    new RegExp(`\\b${head}s?\\s+(?:called|named|titled|entitled|known\\s+as)\\s+(?:the\\s+)?["“*_]?\\p{Lu}`, 'u'),
    // a title right before the name: "French Foreign Minister Jean Yves Le Drian", "the tug Mary Ann"
    new RegExp(`\\b${head}\\s+\\p{Lu}\\p{Ll}`, 'u'),
  ];
}

/** Things that last rather than measure: "how long is the bus journey" asks for a time. */
const EVENT_NOUNS: ReadonlySet<string> = new Set(
  ('journey journeys trip trips flight flights drive ride walk commute crossing voyage wait delay delays strike visit ' +
    'stay meeting closure shutdown outage war siege trial hearing sentence contract lease term season course programme ' +
    'program ceasefire truce reign tenure').split(' '),
);
/** Words after which a verb is in its base form ("did she found", "to found"). */
const BASE_FORM_BEFORE = /^(?:did|does|do|to|will|would|could|should|can|might)$/;

/** Where a sentence's clauses part ("…, and has …", "…, who on April 4 …", "…; …"). */
const CLAUSE_BREAK = /,\s+(?:and|but|while|whereas|although|though|which|who|where)\s+|;\s+/;

/** Places that are no town: a country's part ("eastern Libya"), a continent, a sea, a desert. */
const NOT_TOWNS = /^(?:north|south|east|west|central|northern|southern|eastern|western|upper|lower|northeastern|northwestern|southeastern|southwestern)\b|\b(?:Africa|Europe|Asia|America|Oceania|Antarctica|Arctic|Middle East|Sahara|Sahel|Maghreb|Levant|Balkans|Caucasus|Mediterranean|Sea|Ocean|Gulf|Desert|Mountains|Alps|Himalayas|Andes|Valley|Basin|Region|Province|State)$/i;

/** Verbs of saying, which a sentence quoting the person asked about covers ("the position Moavero Milanesi described"). */
const SAYING_WORDS: ReadonlySet<string> = new Set(['say', 'says', 'said', 'describe', 'describes', 'described', 'characterise', 'characterised', 'characterize', 'characterized', 'state', 'states', 'stated', 'explain', 'explains', 'explained', 'express', 'expresses', 'expressed', 'remark', 'remarked', 'comment', 'commented', 'mention', 'mentioned', 'tell', 'told', 'put']);
/** Words asking what someone wants, thinks or says, which their own quote answers. */
const ATTITUDE_WORDS: ReadonlySet<string> = new Set([...SAYING_WORDS, 'want', 'wants', 'wanted', 'think', 'thinks', 'thought', 'believe', 'believes', 'feel', 'feels', 'felt', 'hope', 'hopes', 'expect', 'expects', 'wish', 'wishes', 'view', 'views', 'opinion', 'position', 'stance', 'demand', 'demands', 'propose', 'proposes', 'urge', 'urges']);

/** How much a capital counts for its country ("Rome" for Italy): a metonym, a little less sure than the name. */
const CAPITAL_WEIGHT = 0.85;

/** A question reduced to its letters and digits, for matching an entry's question word for word. */
const plainQuestion = (q: string): string =>
  fold(q)
    .replace(/\b(what|who|where|how|it|that|this)['’]s\b/gu, '$1 is')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();


/**
 * Generated entries stating who someone is or what an acronym stands for. They never say why something happened
 * or what someone said, so for those questions they rank after every other candidate (the sentence they cite
 * still ranks as itself).
 */
const FACT_ENTRY = /^gen:(?:who|acronym):/;
const ASKED_BEYOND_FACTS: ReadonlySet<AnswerType> = new Set(['reason', 'quote']);
/** Years either side of a year asked about that count for it, and how much (the nearest most). */
const NEAR_YEARS = 2;
const NEAR_YEAR_WEIGHT = 0.5;
const NEAR_YEAR_STEP = 0.15;
/** How much a year counts for the decade ("the 1920s") or the century ("the 1800s") asked about. */
const DECADE_YEAR_WEIGHT = 0.7;
const CENTURY_YEAR_WEIGHT = 0.5;
/** The share of its confidence a candidate keeps when it names what "how many" asks about without counting it. */
const UNCOUNTED_FACTOR = 0.8;
/** Words that make a phrasal verb with the verb before them ("set up", "take over", "step down"). */
const VERB_PARTICLES: ReadonlySet<string> = new Set(['up', 'down', 'out', 'off', 'over', 'back', 'away', 'in', 'on']);
/**
 * Verbs that say the same event from the other side, in their forms: who bought the company is who it "was sold
 * to"; who beat the champion is who they "lost to".
 */
const SELL = ['sell', 'sells', 'sold', 'selling'];
const BUY = ['buy', 'buys', 'bought', 'buying', 'purchase', 'purchased'];
const LOSE = ['lose', 'loses', 'lost', 'losing'];
const BEAT = ['beat', 'beats', 'beaten', 'defeat', 'defeated'];
const CONVERSES: ReadonlyMap<string, readonly string[]> = new Map(Object.entries({
  ...Object.fromEntries([...BUY, 'acquire', 'acquired', 'acquires'].map((w) => [w, SELL])),
  ...Object.fromEntries(SELL.map((w) => [w, BUY])),
  ...Object.fromEntries(['lend', 'lends', 'lent', 'lending'].map((w) => [w, ['borrow', 'borrows', 'borrowed', 'borrowing']])),
  ...Object.fromEntries(['borrow', 'borrows', 'borrowed', 'borrowing'].map((w) => [w, ['lend', 'lends', 'lent', 'lending', 'loan', 'loaned']])),
  ...Object.fromEntries(BEAT.map((w) => [w, LOSE])),
  ...Object.fromEntries(LOSE.map((w) => [w, BEAT])),
  // (and a record broken is one beaten: "it was beaten by his rival")
  ...Object.fromEntries(['break', 'breaks', 'broke', 'broken'].map((w) => [w, [...BEAT, 'surpass', 'surpassed', 'bettered', 'exceeded']])),
}));
/** How much a converse verb counts for the verb asked. */
const CONVERSE_WEIGHT = 0.6;
/** What answering "who is the X?" with the holder of another office costs in rank. */
const OTHER_OFFICE_COST = 0.2;
/** Entries about one person or organisation: what they are quoted as saying, who they are. */
const ABOUT_ONE = /^gen:(quote|who|acronym):(.+)$/;

/** A candidate scoring at least this share of the front-runner's is close enough to answer in its place. */
const CLOSE_SCORE = 0.75;

/** Distinct questions whose answers are remembered per server, and servers remembered (least recent dropped). */
const MAX_CACHED_ANSWERS = 1000;
const MAX_CACHED_SERVERS = 500;


/** A ranked candidate, for evaluation and debugging. */
export interface RankedCandidate {
  readonly entry: KbEntry;
  readonly score: number;
  readonly confidence: number;
  readonly detail: ScoredDoc;
  /** How alike in meaning the question and the entry are (cosine of their mean word vectors; 0 without vectors). */
  readonly meaning: number;
}

interface Overlay {
  readonly index: TermIndex;
  readonly vocabulary: Vocabulary;
  readonly entries: Map<string, KbEntry>;
  /** An entry's questions, reduced by plainQuestion → the entry's id. */
  readonly byQuestion: Map<string, string>;
}

/** The engine plus what evaluation needs to look inside it. */
export interface InspectableEngine extends Engine {
  /** Candidates best first (the first one answers when its confidence clears the threshold). */
  rank(question: string, options?: AskOptions): RankedCandidate[];
  /** Every entry of the article's knowledge base (curated and generated). */
  readonly entries: readonly KbEntry[];
}

export function createEngine(input: EngineInput): InspectableEngine {
  const { article, analysis } = input;
  const threshold = input.threshold ?? ANSWER_THRESHOLD;
  const facts = sentenceFacts(article, analysis);
  /** What the article is about, if one thing plainly is: implied by every sentence, so never required by name. */
  const topic = topicOf(article, analysis);
  const topicNoun = topic ? headNoun(topic) : undefined;
  /** The common noun a name of several words ends in ("society" of the Fenwick Railway Preservation Society) → those entities. */
  const byHead = byHeadNoun(analysis);
  const labelIndex = new Map(article.sentences.map((s, i) => [s.label, i] as const));
  const entityById = new Map(analysis.entities.map((e) => [e.id, e] as const));
  /** The labels of the article's section headings. */
  const headingLabels = new Set(article.sentences.filter((s) => s.kind === 'heading').map((s) => s.label));
  /** The words of each person's stated role, by the person's id. */
  const roleWords = new Map(analysis.entities.filter((e) => e.type === 'person' && e.role).map((e) => [e.id, rawTokens(fold(e.role))] as const));
  /** The stems of a cited sentence, remembered: a person's quotes are read again in question after question. */
  const stemsByText = new Map<string, ReadonlySet<string>>();
  const stemsOf = (text: string): ReadonlySet<string> => {
    let stems = stemsByText.get(text);
    if (!stems) {
      if (stemsByText.size > 20_000) stemsByText.clear();
      stemsByText.set(text, (stems = new Set(analyze(text).map((t) => t.stem))));
    }
    return stems;
  };
  /** The organisations a person's stated role names ("NCA chair" → the National Competition Authority), by the person's id. */
  const roleOwners = new Map<string, string[]>();
  for (const person of analysis.entities) {
    if (person.type !== 'person' || !person.role) continue;
    const owners = analysis.entities.filter((o) => o.type === 'organisation' && [o.name, ...o.aliases].some((a) => a.length >= 2 && new RegExp(`\\b${escapeRegExp(a)}\\b`).test(person.role)));
    if (owners.length > 0) roleOwners.set(person.id, owners.map((o) => o.id));
  }
  const entries: KbEntry[] = [...(input.curated ?? []), ...generateEntries(article, analysis)];
  const byId = new Map(entries.map((e) => [e.id, e] as const));
  /** The entries' questions, reduced by plainQuestion → the first entry that asks it. */
  const byQuestion = new Map<string, string>();
  for (const e of entries) for (const q of e.questions) if (!byQuestion.has(plainQuestion(q))) byQuestion.set(plainQuestion(q), e.id);

  /** Every way of writing a known name, squashed (no spaces, hyphens or case) → the entity. */
  const names = new Map<string, Entity>();
  for (const e of analysis.entities) {
    for (const a of [e.name, ...e.aliases, e.acronym]) {
      const key = squashName(a);
      if (key.length >= 2 && !names.has(key)) names.set(key, e);
    }
  }
  /** The same names keyed by the stems of their words ("ambrell river" stems as "Ambrel River" does). */
  const namesByStem = new Map<string, Entity>();
  for (const e of analysis.entities) {
    for (const a of [e.name, ...e.aliases]) {
      const key = squashName(rawTokens(fold(a)).map((w) => stem(w)).join(' '));
      if (key.length >= 4 && !namesByStem.has(key)) namesByStem.set(key, e);
    }
  }
  /** Names of two words or more, squashed, for a name typed with a slip in each word ("anika ros"). */
  const longNames = [...names].filter(([key, e]) => key.length >= 8 && [e.name, ...e.aliases].some((a) => squashName(a) === key && /\s/.test(a.trim())));
  const nameWithinSlips = (typed: string): Entity | undefined => {
    if (typed.length < 7) return undefined;
    const budget = typoBudget(typed.length);
    let best: { e: Entity; d: number } | undefined;
    for (const [key, e] of longNames) {
      if (Math.abs(key.length - typed.length) > budget) continue;
      const d = editDistance(typed, key, budget);
      if (d <= budget && (!best || d < best.d)) best = { e, d };
    }
    return best?.e;
  };
  /**
   * A name of three words or more typed with a middle word left out ("the Skarden tunnel" for the Skarden Road
   * Tunnel): its first and last words, and any others typed in order. Only when one name fits.
   */
  const nameWordStems = analysis.entities.flatMap((e) => [e.name, ...e.aliases].map((a) => ({ e, words: rawTokens(fold(a)).map((w) => stem(squashPiece(w))) }))).filter((n) => n.words.length >= 3);
  const nameWithGap = (typed: readonly (readonly string[])[]): Entity | undefined => {
    const fits = new Set<Entity>();
    for (const { e, words } of nameWordStems) {
      const first = words[0] ?? '';
      const last = words[words.length - 1] ?? '';
      if (typed.length >= words.length || !typed[0]?.includes(first) || !typed[typed.length - 1]?.includes(last)) continue;
      let at = 1;
      const inOrder = typed.slice(1, -1).every((forms) => {
        while (at < words.length - 1 && !forms.includes(words[at] ?? '')) at++;
        return at++ < words.length - 1;
      });
      if (inOrder) fits.add(e);
    }
    return fits.size === 1 ? [...fits][0] : undefined;
  };
  /** The country entity a capital's name stands for, when the article names that country. */
  const countryOf = (name: string): Entity | undefined => {
    const country = CAPITAL_OF.get(fold(name));
    const entity = country ? names.get(squashName(country)) : undefined;
    return entity?.type === 'place' ? entity : undefined;
  };
  /** Per sentence: the towns it names (places that are no country, region or continent). */
  const townsAt = article.sentences.map(() => new Set<string>());
  /** Per sentence: the countries it names ("Italy opened an embassy" names Italy). */
  const countriesAt = article.sentences.map(() => new Set<string>());
  const countryIds = new Set<string>();
  /** Per sentence: the people and organisations it names (by name or by role), and the countries. */
  const actorsAt = article.sentences.map(() => new Set<string>());
  for (const e of analysis.entities) if (e.type === 'person' || e.type === 'organisation') for (const i of e.mentions) actorsAt[i]?.add(e.id);
  for (const e of analysis.entities) {
    if (e.type !== 'place') continue;
    const forms = [e.name, ...e.aliases];
    if (forms.some((a) => COUNTRIES.has(a))) {
      countryIds.add(e.id);
      for (const i of e.mentions) {
        countriesAt[i]?.add(e.id);
        actorsAt[i]?.add(e.id);
      }
    } else if (!forms.some((a) => NOT_TOWNS.test(a))) {
      for (const i of e.mentions) townsAt[i]?.add(e.id);
    }
  }
  /**
   * "African" in "the North African state", of a story on Libya: the one country the article names in the continent an
   * adjective is of (by WordNet's derivation and part-of relations), or none.
   */
  const regionCountries = new Map<string, Entity | undefined>();
  const countryInRegion = (word: string): Entity | undefined => {
    if (!CONTINENT_ADJECTIVES.has(word)) return undefined;
    if (regionCountries.has(word)) return regionCountries.get(word);
    const continents = [...wordnet().related(word)].filter(([r, relation]) => relation === 'derivation' && CONTINENTS.has(r)).map(([r]) => r);
    const fits = continents.length === 0 ? [] : [...countryIds].map((id) => entityById.get(id)).filter((e): e is Entity => e !== undefined && [...wordnet().related(fold(e.name))].some(([r, relation]) => relation === 'holonym' && continents.includes(r)));
    const one = fits.length === 1 ? fits[0] : undefined;
    regionCountries.set(word, one);
    return one;
  };
  /** The countries the article names, by their adjective ("french" → France). */
  const countryByAdjective = new Map<string, Entity>();
  for (const e of analysis.entities) {
    const adjective = countryIds.has(e.id) ? adjectiveOfCountry(e.name) : undefined;
    if (adjective) countryByAdjective.set(adjective, e);
  }
  /** Places the article's title names: where the whole story is set. */
  const settings = titlePlaces(article, analysis);
  /** Things the title names ("Harlow Cup" of "Rovers fall in Harlow Cup shoot-out"): what the whole report is about. */
  const titleThings = new Set(analysis.entities.filter((e) => e.type === 'thing' && ` ${fold(article.meta.title)} `.includes(` ${fold(e.name)} `)).map((e) => e.id));
  const knownNames = new Set(analysis.entities.flatMap((e) => [e.name, ...e.aliases].map(fold)));
  /**
   * Words of the names the title writes, two capitalised words or more ("Harlow Cup" in "… fall in Harlow Cup
   * shoot-out"), but not a whole name the article knows: "Tamsin Orrel", "the lighthouse" of "Tamsin Lighthouse" are
   * its topic, which is asked about by name, as the topic.
   */
  const titleNameWords = new Set([...article.meta.title.matchAll(/\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)+/gu)].filter((m) => !knownNames.has(fold(m[0]))).flatMap((m) => rawTokens(fold(m[0]))));
  /** Ids of the known entities a text names (by any alias, up to four words long). */
  const entitiesIn = (text: string): string[] => {
    const cased = rawTokens(foldKeepCase(text));
    const words = rawTokens(fold(text)).map((w) => w.replace(/'s$/, ''));
    const found = new Set<string>();
    for (let i = 0; i < words.length; i++) {
      for (let len = Math.min(4, words.length - i); len >= 1; len--) {
        const e = names.get(squashName(words.slice(i, i + len).join(' ')));
        // a known name that runs on into more capitalised words is part of another name ("the Ambrel Way")
        const last = cased[i + len - 1] ?? '';
        if (e && /^\p{Lu}/u.test(cased[i + len] ?? '') && !/'s$/.test(last) && words.length === cased.length) continue;
        if (e) {
          found.add(e.id);
          i += len - 1;
          break;
        }
      }
    }
    return [...found];
  };

  /** Words of names of two or more words → the other words of those names. */
  const nameCompanions = new Map<string, Set<string>>();
  for (const e of analysis.entities) {
    for (const a of [e.name, ...e.aliases]) {
      const words = rawTokens(fold(a)).filter((w) => !NAME_JOINERS.has(w));
      if (words.length < 2) continue;
      for (const w of words) {
        let set = nameCompanions.get(w);
        if (!set) nameCompanions.set(w, (set = new Set()));
        for (const o of words) if (o !== w) set.add(o);
      }
    }
  }
  /** The article's words, folded and spaced, to tell whether it uses a phrase word for word. */
  const plainText = ` ${fold(article.text).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  /** Whether the article writes these words in a row: a name it uses ("Calder Skies"), whether or not an entity's. */
  const writesPhrase = (words: readonly string[]): boolean => plainText.includes(` ${words.join(' ')} `);
  /** Whether capitalised words share a word with a known name of several words and go on differently ("United States"). */
  const isOtherName = (words: readonly string[]): boolean =>
    words.some((w) => {
      const companions = nameCompanions.get(w);
      return companions !== undefined && words.some((o) => o !== w && !companions.has(o));
    });

  const index = new TermIndex();
  const vocabulary = new Vocabulary();
  const addToVocabulary = (vocab: Vocabulary, text: string) => {
    for (const t of analyze(text)) if (!t.stop) vocab.add(t.surface, t.stem);
  };
  for (const e of entries) {
    // the lead is what "What is the article about?" asks for word for word; as a candidate it would only stand in for its sentence
    if (e.id !== ABOUT_ENTRY) index.add(docOf(e, labelIndex, facts, entitiesIn));
    for (const q of e.questions) addToVocabulary(vocabulary, q);
    addToVocabulary(vocabulary, e.answer);
  }
  const nameWords = new Set<string>();
  for (const e of analysis.entities) {
    for (const a of [e.name, ...e.aliases, e.acronym]) {
      if (!a) continue;
      addToVocabulary(vocabulary, a);
      for (const t of analyze(a)) if (!t.stop) nameWords.add(t.surface);
    }
  }

  /** People known by their role: role word stem → the stems of the names of the people who hold that role. */
  const roleNames = new Map<string, Set<string>>();
  /** The role words themselves, by stem: "engines" shares a stem with "engineer" and is no role. */
  const roleWordsByStem = new Map<string, string[]>();
  for (const e of analysis.entities) {
    if (e.type !== 'person' || !e.role) continue;
    // (a relative whose surname the article only implies is written by first name: "his wife, Ana," is no "Veldrin")
    const nameStems = new Set(analyze(e.written ?? [e.name, ...e.aliases].join(' ')).filter((t) => !t.stop).map((t) => t.stem));
    // the office itself, not what it is of ("leader" of "leader of the Civic Alliance group on the council")
    for (const t of analyze(e.role.split(/\s+(?:of|on|for|at|in|from|with)\s+/)[0] ?? '')) {
      if (t.stop || GENERIC_ROLE_WORDS.has(t.surface)) continue;
      let set = roleNames.get(t.stem);
      if (!set) roleNames.set(t.stem, (set = new Set()));
      for (const n of nameStems) set.add(n);
      roleWordsByStem.set(t.stem, [...(roleWordsByStem.get(t.stem) ?? []), t.surface]);
    }
  }

  /**
   * WordNet relations seen from the article's side: related word → the article stems it may stand for.
   * Built once, on the first question (about 0.1 s for a news article), so that a question's words are
   * looked up in a map instead of walking WordNet every time.
   */
  let articleRelations: Map<string, Map<string, number>> | undefined;
  const relationsToArticle = (word: string): ReadonlyMap<string, number> => {
    if (!articleRelations) {
      const built = new Map<string, Map<string, number>>();
      for (const [surface, articleStem] of vocabulary.entries()) {
        if (surface.length < 3 || /\d/.test(surface)) continue;
        const link = (related: string, weight: number) => {
          let m = built.get(related);
          if (!m) built.set(related, (m = new Map<string, number>()));
          if (weight > (m.get(articleStem) ?? 0)) m.set(articleStem, weight);
        };
        for (const [related, relation] of wordnet().related(surface)) {
          if (/[_ -]/.test(related)) continue; // a question word is one word: multi-word lemmas never match
          link(related, RELATION_WEIGHT[INVERSE_RELATION[relation]]);
        }
        // "Sallis left the partnership" for "why did Sallis leave": a form the stemmer leaves apart, being as often
        // another word ("left", "saw", "rose"), is its verb as surely as a synonym is
        const base = irregularBase(surface);
        if (base) link(base, RELATION_WEIGHT.synonym);
      }
      articleRelations = built;
    }
    const cached = relationsCache.get(word);
    if (cached) return cached;
    const out = new Map<string, number>();
    for (const lemma of [...lemmaGuesses(word), ...wordnet().adjectiveBases(word)]) {
      for (const [st, w] of articleRelations.get(lemma) ?? []) if (st !== stem(word) && w > (out.get(st) ?? 0)) out.set(st, w);
    }
    if (relationsCache.size > 20_000) relationsCache.clear();
    relationsCache.set(word, out);
    return out;
  };
  /**
   * An adjective → the article's stems of it in another degree ("slow" → slowest, "large" → larger), built on the
   * first question like the relations.
   */
  let articleDegrees: Map<string, Set<string>> | undefined;
  const degreesInArticle = (adjective: string): ReadonlySet<string> => {
    if (!articleDegrees) {
      articleDegrees = new Map();
      for (const [surface, articleStem] of vocabulary.entries()) {
        for (const base of wordnet().adjectiveBases(surface)) {
          if (articleStem === stem(base)) continue;
          let set = articleDegrees.get(base);
          if (!set) articleDegrees.set(base, (set = new Set()));
          set.add(articleStem);
        }
      }
    }
    return articleDegrees.get(adjective) ?? new Set();
  };
  /** Content words of a text, each weighed by how rare it is among the entries (inverse document frequency). */
  const weighedWords = (text: string, sources: readonly DfSource[]): [string, number][] => {
    const n = sources.reduce((sum, src) => sum + src.size, 0);
    return analyze(text)
      .filter((t) => !t.stop && !QUESTION_WORDS.has(t.surface) && !/\d/.test(t.surface))
      .map((t) => [t.surface, Math.log(1 + n / (1 + sources.reduce((sum, src) => sum + src.df(t.stem), 0)))]);
  };
  /** The direction of a question's meaning, when the word vectors know any of its words. */
  const meaningOf = (question: string, sources: readonly DfSource[]): Float32Array | undefined => {
    const vectors = wordVectors();
    // (a word typed in a hurry means what it was meant to: "evacuted" is evacuated, wherever the article has it)
    const meant = (word: string): string => (vectors && !vectors.has(word) && /^[a-z]{4,}$/.test(word) ? (vocabulary.correct(word)?.surface ?? wordnet().corrections(word)[0] ?? word) : word);
    const v = vectors?.meanOf(weighedWords(question, sources).map(([w, x]) => [meant(w), x]));
    return v && apart(v);
  };
  /**
   * Each entry's direction of meaning (its answer's words, weighed by the article's index alone, so that it is the
   * same whichever server asks), worked out once per answer text (a moderator may edit it).
   */
  const meanings = new Map<string, Float32Array | null>();
  /**
   * What every sentence of the article has in common, as a direction (the mean of theirs): taken out of both sides
   * before they are compared, it leaves what tells one sentence from another.
   */
  const sentenceMeanings = article.sentences.map((sn) => [sn.text, wordVectors()?.meanOf(weighedWords(sn.text, [index]))] as const);
  const common: Float32Array | undefined = (() => {
    const vs = sentenceMeanings.flatMap(([, v]) => (v ? [v] : []));
    const first = vs[0];
    if (!first) return undefined;
    const sum = new Float32Array(first.length);
    for (const v of vs) for (let k = 0; k < v.length; k++) sum[k] = (sum[k] ?? 0) + (v[k] ?? 0);
    return unitVector(sum);
  })();
  // (the fewer the sentences, the more of that mean is each of them: a short article's is only partly taken out)
  const commonShare = article.sentences.length / (article.sentences.length + COMMON_PRIOR);
  // (a sentence's own entry answers with its text: its direction is already worked out)
  for (const [text, v] of sentenceMeanings) meanings.set(text, v ? apart(v) : null);
  /** An entry's direction of meaning, by its answer's text (the same text means the same, whichever entry). */
  const meaningLikeness = (meant: Float32Array, entry: KbEntry): number => {
    let v = meanings.get(entry.answer);
    if (v === undefined) {
      const raw = wordVectors()?.meanOf(weighedWords(entry.answer, [index]));
      v = raw ? apart(raw) : null;
      if (meanings.size > 50_000) meanings.clear();
      meanings.set(entry.answer, v);
    }
    return v ? cosine(meant, v) : 0;
  };
  /** A direction with the article's common part taken out. */
  function apart(v: Float32Array): Float32Array {
    return common ? withoutDirection(v, common, commonShare) : v;
  }
  /** A question word's relations to the article, remembered: the same words come back in question after question. */
  const relationsCache = new Map<string, ReadonlyMap<string, number>>();

  /** People by every form of their name, folded. */
  const personByForm = new Map<string, string>();
  for (const e of analysis.entities) if (e.type === 'person') for (const a of [e.name, ...e.aliases]) if (/\s/.test(a)) personByForm.set(fold(a), e.id);

  const overlays = new Map<string, Overlay>();
  const overlayOf = (guildId: string | undefined): Overlay | undefined => (guildId ? overlays.get(guildId) : undefined);
  const speakers = new SpeakerFinder(article, analysis);
  /**
   * Per sentence, who speaks in it, as index terms: the speakers of its quotes and the sources of its reported
   * statements ("Dahl said the city would …").
   */
  const quotedIn = article.sentences.map(() => new Set<string>());
  for (const q of analysis.quotes) for (const i of q.sentences) quotedIn[i]?.add(entityToken(q.speakerId));
  for (const r of analysis.reported) if (r.sourceId) quotedIn[r.sentence]?.add(entityToken(r.sourceId));
  /** Everyone the article quotes or reports. */
  const speakerTokens = new Set(quotedIn.flatMap((set) => [...set]));
  /**
   * A candidate that quotes a person the question names covers the question's words for wanting, thinking or
   * saying ("What does Moavero want after the cease-fire?"): a quote is what its speaker wants or thinks.
   */
  const withAttitudeCovered = (s: ScoredDoc, entry: KbEntry, speakersAsked: ReadonlySet<string>): ScoredDoc => {
    if (speakersAsked.size === 0 || !s.slotWords.some((w) => ATTITUDE_WORDS.has(w))) return s;
    const quoting = entry.citations.some((c) => [...(quotedIn[labelIndex.get(c.label) ?? -1] ?? [])].some((id) => speakersAsked.has(id)));
    if (!quoting) return s;
    const total = s.slotWeights.reduce((a, b) => a + b, 0) || 1;
    const slotCoverage = Float64Array.from(s.slotCoverage);
    let gain = 0;
    s.slotWords.forEach((w, i) => {
      if (!ATTITUDE_WORDS.has(w) || (slotCoverage[i] ?? 0) >= 1) return;
      gain += ((s.slotWeights[i] ?? 0) * (1 - (slotCoverage[i] ?? 0))) / total;
      slotCoverage[i] = 1;
    });
    return { ...s, slotCoverage, coverage: Math.min(1, s.coverage + gain), bodyCoverage: Math.min(1, s.bodyCoverage + gain) };
  };

  /** The question's content words, each with the stems that may stand for it. */
  function slotsOf(question: string, overlay: Overlay | undefined, asked: AnswerType, asking: { readonly start: number; readonly end: number }): QuerySlot[] {
    // the article's side from the prepared map; a server's own words (few, and changing) from WordNet directly
    const relatedOf = (word: string): ReadonlyMap<string, number> => {
      const fromArticle = relationsToArticle(word);
      // (and the question word's own synonyms, in its common senses: "paying" asks after "wages" and "salary", which
      // the article's words may not list back, WordNet's common senses being counted from each word's side)
      const both = new Map(fromArticle);
      for (const r of wordnet().synonymsOf(word)) {
        if (/[_ -]/.test(r)) continue;
        const st = stem(r);
        if (st !== stem(word) && index.df(st) > 0 && RELATION_WEIGHT.synonym > (both.get(st) ?? 0)) both.set(st, RELATION_WEIGHT.synonym);
      }
      if (!overlay || overlay.entries.size === 0) return both;
      const merged = new Map(both);
      for (const [st, w] of relatedStems(word)) if (overlay.index.df(st) > 0 && w > (merged.get(st) ?? 0)) merged.set(st, w);
      return merged;
    };
    const sources: DfSource[] = overlay ? [index, overlay.index] : [index];
    const known = (stem: string) => sources.some((s) => s.df(stem) > 0);
    const cased = rawTokens(foldKeepCase(question));
    const wordAt = rawTokens(fold(question));
    const openerAt0 = isMisspeltOpener(wordAt[0] ?? '');
    const howMuch = /^(?:how|hw|hwo|how's)$/.test(wordAt[0] ?? '') && /^(?:much|many|long|far|big|old)$/.test(wordAt[1] ?? '');
    const mixedCase = /[a-z]/.test(question) && /[A-Z]/.test(question);
    interface Draft {
      word: string;
      /** The whole token as typed: "orrin-hale" where `word` is its first part. */
      raw: string;
      fixed: string;
      alternatives: Map<string, number>;
      /** Stems that are only related words (WordNet), not the word itself or a spelling of it. */
      related: Set<string>;
      /** Capitalised in a mixed-case question, past the first word. */
      capitalised: boolean;
      /** The knowledge base has the word itself (not only a spelling or a relative of it). */
      ownKnown: boolean;
      /** Stands for a known name (merged from its words). */
      named?: boolean;
      boost: number;
      required: boolean;
    }
    const byPosition = new Map<number, Draft>();
    // the words before and after the part that asks are context (askingSpan)
    const askFrom = asking.start === 0 ? 0 : rawTokens(fold(question.slice(0, asking.start))).length;
    const askTo = asking.end === question.length ? wordAt.length : rawTokens(fold(question.slice(0, asking.end))).length;
    const inContext = (position: number): boolean => position < askFrom || position >= askTo;
    for (const t of analyze(question)) {
      if (t.stop || QUESTION_WORDS.has(t.surface)) continue;
      if (CHATTER.has(t.surface) && !known(t.stem)) continue;
      // "since when", "until what year": the time asked for, not a word to find
      if (/^(?:since|until|till)$/.test(t.surface) && /^(?:when|what|which)$/.test(wordAt[t.position + 1] ?? '')) continue;
      // "role", "meaning", "year": mostly what kind of answer, not what it is about; they count only a little
      // ("every year" says how often, not that a year is asked for)
      const frame = isFrameAt(wordAt, t.position) && !nameWords.has(t.surface);
      // a slip in the opening question word ("wen", "hw") or in the auxiliary after it ("what dose")
      // ("how much dose it cost": after "how much" / "how many" too)
      const afterOpener = (t.position === 1 && openerAt0) || (t.position === 2 && howMuch);
      if (!known(t.stem) && (t.position === 0 || afterOpener) && isMisspeltOpener(t.surface)) continue;
      // chat shorthand ("r" for are, "u" for you): a lone letter the knowledge base does not use says nothing
      if (/^[a-z]$/.test(t.surface) && !known(t.stem)) continue;
      // words in a script the knowledge base does not use cannot match anything; they are not held against it
      if (!/[a-z0-9]/.test(t.surface) && !known(t.stem)) continue;
      const original = cased[t.position] ?? '';
      const capitalised = mixedCase && t.position > 0 && /^\p{Lu}/u.test(original);
      let slot = byPosition.get(t.position);
      if (!slot) byPosition.set(t.position, (slot = { word: t.surface, raw: wordAt[t.position] ?? t.surface, fixed: t.surface, alternatives: new Map(), related: new Set(), capitalised, ownKnown: known(t.stem), boost: 1, required: false }));
      const put = (stem: string, w: number, related = false) => {
        const before = slot.alternatives.get(stem);
        if (before === undefined || w > before) {
          slot.alternatives.set(stem, w);
          if (related) slot.related.add(stem);
          else slot.related.delete(stem);
        }
      };
      // a misspelt English word whose stem happens to exist ("soliders" → solid) is read as the word meant
      const english = englishCorrection(t.surface, vocabulary, overlay, known);
      if (english) {
        slot.fixed = english;
        const s = stem(english);
        if (known(s)) put(s, TYPO_WEIGHT[1]);
        for (const [rs, w] of relatedOf(english)) if (known(rs)) put(rs, w * TYPO_WEIGHT[1], true);
      }
      // an adjective in another degree: "slowest" for the article's "slow", "slow" for its "slowest" (not "how long"
      // for "the longest": a superlative is no measurement)
      const degree = english || isDimension(t.surface) ? [] : [...wordnet().adjectiveBases(t.surface).map(stem), ...degreesInArticle(t.surface)].filter((s) => s !== t.stem && known(s));
      for (const s of degree) put(s, DEGREE_WEIGHT, true);
      // "the thirties" for the article's "1930s" (or 1830s: whichever decade of that name it writes)
      const decade = DECADE_WORDS[t.surface];
      if (decade !== undefined) for (const century of ['17', '18', '19', '20']) for (const form of [`${century}${decade}0s`, `${century}${decade}0`]) if (known(stem(form))) put(stem(form), DECADE_WEIGHT, true);
      let isKnown = slot.alternatives.size > 0 || (!english && known(t.stem));
      if (!english && known(t.stem)) put(t.stem, 1);
      else if (!degree.some((s) => slot.alternatives.has(s))) {
        const thorough = !wordnet().knows(t.surface);
        // "how long is the river": a word asking for a measurement is no slip for another ("along"); a number is
        // no slip for another number ("in 2021" asks about 2021, not 2022)
        // (nor is a frame word: "Venn arrest date" asks for a date, not for William Dace)
        const fix = english || isDimension(t.surface) || frame || /\d/.test(t.surface) ? null : (vocabulary.correct(t.surface, { thorough }) ?? overlay?.vocabulary.correct(t.surface, { thorough }));
        // a short slip as close to a little word as to one of the article's is the little word ("ther" is "there"
        // before it is "other")
        const littleWord = t.surface.length <= 4 && isMisspeltStopword(t.surface, (w) => wordnet().knows(w));
        if (fix && known(fix.stem) && !littleWord) {
          put(fix.stem, TYPO_WEIGHT[Math.min(2, fix.distance)] ?? 0.7);
          slot.fixed = fix.surface;
          isKnown = true;
        } else if (isMisspeltStopword(t.surface, (w) => wordnet().knows(w))) {
          byPosition.delete(t.position);
          continue;
        }
      }
      // "When did she found the firm?": after "did", "to", "will", an irregular past form is a verb of its own ("found"
      // is to found, not the past of find, as the stemmer reads it: "Hesketh found that the shaft had cracked")
      const baseForm = wordAt.slice(Math.max(0, t.position - 4), t.position).some((w) => BASE_FORM_BEFORE.test(w));
      const ownStem = baseForm && IRREGULAR_VERBS.has(t.surface) ? baseFormStem(t.surface) : undefined;
      if (ownStem && known(ownStem)) {
        put(ownStem, 1);
        isKnown = true;
      }
      // "watchmen" for the article's "watchman", "fireman" for its "firemen": one word, one or many
      const otherNumber = /[a-z]{2}men$/.test(t.surface) ? `${t.surface.slice(0, -3)}man` : /[a-z]{2}man$/.test(t.surface) ? `${t.surface.slice(0, -3)}men` : undefined;
      if (otherNumber && vocabulary.has(otherNumber)) {
        put(stem(otherNumber), 1);
        isKnown = true;
      }
      // a country's adjective speaks for the country as its name does ("French troops" are France's), where the
      // article names it
      // (and a continent's, for the one country of the article there: "the North African state")
      const nation = countryByAdjective.get(t.surface) ?? (/^\p{Lu}/u.test(original) || !mixedCase ? countryInRegion(t.surface) : undefined);
      if (nation) put(entityToken(nation.id), 1);
      // a capital the article does not name speaks for its country if the article names that ("Paris denied it")
      // (though curated questions may use the word: the article's names decide)
      const country = !names.has(squashName(t.surface)) ? countryOf(t.surface) : undefined;
      if (country) {
        put(entityToken(country.id), CAPITAL_WEIGHT);
        isKnown = true;
      }
      if (!isKnown && capitalised) {
        // a name the article does not know: the question is about someone or something else
        slot.required = true;
        slot.boost = NAME_BOOST;
      } else if (t.surface.length >= 3 && !/\d/.test(t.surface)) {
        for (const [stem, weight] of relatedOf(t.surface)) if (known(stem)) put(stem, weight, true);
        for (const form of CONVERSES.get(t.surface) ?? []) if (known(stem(form))) put(stem(form), CONVERSE_WEIGHT, true);
        // a verb and its particle are one verb ("set up" a mission is to establish or open one; "took over")
        const particle = wordAt[t.position + 1];
        if (particle && VERB_PARTICLES.has(particle)) {
          const phrasal = lemmaGuesses(t.surface).map((l) => `${l}_${particle}`).find((l) => wordnet().knows(l));
          if (phrasal) for (const [stem, weight] of relatedStems(phrasal)) if (known(stem)) put(stem, weight, true);
        }
      }
      // "the observatory" in a question on the Orrin Observatory's article asks about the topic by its common noun
      if (topicNoun && (t.surface === topicNoun || slot.fixed === topicNoun) && topic) put(entityToken(topic.id), 1);
      // "the society" when the article names one society only: that one, a little less surely than by its name
      else if (!capitalised) {
        const only = byHead.get(slot.fixed);
        if (only && only.length === 1 && only[0]) put(entityToken(only[0].id), HEAD_NOUN_WEIGHT);
      }
      // "how long", "what length": a measurement in the right unit answers without repeating the word
      for (const unit of MEASURE_UNITS[t.surface] ?? []) if (known(stem(unit))) put(stem(unit), MEASURE_UNIT_WEIGHT);
      // "around 1920" is near "between 1919 and 1922": a year a little off counts for less
      // (only a year given as rough: "in 2021" asks about 2021, and 2022 is another year)
      if (/^1[0-9]{3}$|^20[0-9]{2}$/.test(t.surface) && /^(?:around|about|circa|c|approximately|roughly|nearly|almost|near)$/.test(wordAt[t.position - 1] ?? '')) {
        const year = Number(t.surface);
        for (let d = 1; d <= NEAR_YEARS; d++) for (const y of [year - d, year + d]) if (known(String(y))) put(String(y), NEAR_YEAR_WEIGHT - NEAR_YEAR_STEP * (d - 1), true);
      }
      // "in the 1920s", "during the 1800s": the years of that decade or century the article gives
      const span = /^(1[0-9]|20)([0-9])0s$/.exec(t.surface);
      if (span) {
        const from = Number(t.surface.slice(0, 4));
        const century = t.surface.endsWith('00s');
        for (let y = from; y < from + (century ? 100 : 10); y++) if (known(String(y))) put(String(y), century ? CENTURY_YEAR_WEIGHT : DECADE_YEAR_WEIGHT, true);
      }
      if (slot.alternatives.size === 0) {
        // (a word of the context the knowledge base does not know is about the asker, not the article)
        if (inContext(t.position)) {
          byPosition.delete(t.position);
          continue;
        }
        put(t.stem, 1); // unknown: counts against coverage
      }
      // "the French minister" may be answered by a sentence that only names him
      for (const alt of [...slot.alternatives.keys()]) {
        const holders = roleNames.get(alt);
        if (!holders) continue;
        // the word itself must be the role word, not another word with its stem ("engines" is no "engineer")
        if (!slot.related.has(alt) && alt === t.stem) {
          const own = lemmaGuesses(slot.fixed);
          if (!(roleWordsByStem.get(alt) ?? []).some((r) => lemmaGuesses(r).some((l) => own.includes(l)))) continue;
        }
        for (const n of holders) put(n, ROLE_NAME_WEIGHT);
      }
      // (a common word that is also a word of some name counts as a name only where the question writes it as one:
      // "on board" is no "Investigation Board", "water" no "the Brown Water")
      if ((nameWords.has(t.surface) && (capitalised || !mixedCase || !wordnet().knows(t.surface))) || /^[A-Z]{2,}$/.test(original)) slot.boost = NAME_BOOST;
      if (frame) slot.boost = FRAME_WORD_WEIGHT;
      // "go", "use", "get", "make": verbs that say little of their own; a sentence need not repeat them
      else if (LIGHT_VERBS.has(t.surface) && !nameWords.has(t.surface)) slot.boost = LIGHT_VERB_WEIGHT;
      // "What title does Salvini hold?": holding is what a title is for; the verb says nothing more
      else if (/^(?:hold|holds|held|holding|have|has|occupy|occupies|occupied)$/.test(t.surface) && wordAt.some((w) => OFFICE_FRAMES.has(w))) slot.boost = FRAME_WORD_WEIGHT;
      // "Who refereed the Harlow Cup final?" in the report of the Harlow Cup final: a name the title gives, which the
      // article is about throughout, says little about which sentence answers
      else if (titleNameWords.has(t.surface)) slot.boost = TITLE_NAME_WEIGHT;
      // "when was Corvey first settled": "first" before a verb says the earliest time, which the answer gives as a
      // date without the word ("settled Corvey around 1310"); "the first school" still names which school
      else if (t.surface === 'first' && !/^(?:the|a|an|its|their|his|her|whose|which|what)$|['’]s?$/.test(wordAt[t.position - 1] ?? '') && !wordnet().isMostlyNoun(wordAt[t.position + 1] ?? 'the')) slot.boost = ADVERB_FIRST_WEIGHT;
    }
    // A run of words that spells a known name is one slot: "Khalifa al-Haftar" is asked about once, not three times.
    const positions = [...byPosition.keys()].sort((a, b) => a - b);
    const drafted = positions.map((p) => byPosition.get(p) as Draft);
    // each word's forms squashed once: as typed whole, its first part, its stem, as corrected, the corrected stem
    const forms = drafted.map((d) => [d.raw, d.word, stem(d.word), d.fixed, stem(d.fixed)]);
    const inner = forms.map((f) => f.map(squashPiece));
    const last = forms.map((f) => f.map(squashName));
    // words may be apart only by the little words names are made with ("Government of National Accord")
    const joinable: boolean[] = [];
    const between: string[] = [];
    positions.forEach((p, j) => {
      let ok = true;
      let joiners = '';
      for (let g = (positions[j - 1] ?? p) + 1; j > 0 && g < p; g++) {
        const w = wordAt[g] ?? '';
        if (!NAME_JOINERS.has(w)) ok = false;
        joiners += squashPiece(w);
      }
      joinable.push(ok);
      between.push(joiners);
    });
    /** The squashed key of the run of `len` words from the i-th, each word in its `form`. */
    const keyOf = (i: number, len: number, form: number): string => {
      let key = '';
      for (let k = i; k < i + len; k++) key += (k > i ? between[k] : '') + ((k === i + len - 1 ? last : inner)[k]?.[form] ?? '');
      return key;
    };
    for (let i = 0; i < positions.length; i++) {
      for (let len = Math.min(4, positions.length - i); len >= 1; len--) {
        let apart = false;
        for (let k = i + 1; k < i + len; k++) if (!joinable[k]) apart = true;
        if (apart) continue;
        const drafts = drafted.slice(i, i + len);
        const run = positions.slice(i, i + len);
        // a hyphenated name is one token ("Orrin-Hale"), matched whole
        const asTyped = names.get(keyOf(i, len, FORM_RAW)) ?? names.get(keyOf(i, len, FORM_WORD)) ?? namesByStem.get(keyOf(i, len, FORM_WORD_STEM));
        const entity =
          asTyped ??
          names.get(keyOf(i, len, FORM_FIXED)) ??
          namesByStem.get(keyOf(i, len, FORM_FIXED_STEM)) ??
          (drafts.length >= 2 && drafts.some((d) => !d.ownKnown) ? nameWithinSlips(keyOf(i, len, FORM_WORD)) : undefined) ??
          (drafts.length >= 2 ? nameWithGap(drafts.map((d) => [stem(squashPiece(d.word)), stem(squashPiece(d.fixed))])) : undefined);
        if (!entity) continue;
        // "the Ostrey Agreement": a longer name the article writes, whose first word alone names a place, is that
        // longer name (matched by its words), not the place
        const next = drafted[i + len];
        if (next?.capitalised && !next.named && joinable[i + len] && (positions[i + len] ?? 0) === (positions[i + len - 1] ?? 0) + 1 && writesPhrase([...drafts, next].map((d) => d.word))) continue;
        const [head, ...rest] = drafts;
        if (!head) continue;
        // the name itself is what must be matched; its words alone only hint (another "National ..." is not it)
        for (const d of [head, ...rest]) {
          for (const [stem, w] of d.alternatives) head.alternatives.set(stem, Math.min(NAME_WORD_WEIGHT, Math.max(head.alternatives.get(stem) ?? 0, w)));
        }
        // a name reached only by correcting a slip counts as a correction does ("rote" is not surely "Rome")
        head.alternatives.set(entityToken(entity.id), asTyped ? 1 : TYPO_WEIGHT[1]);
        // "Rome" also speaks for Italy ("Does Rome have troops there?")
        const country = entity.type === 'place' ? countryOf(entity.name) : undefined;
        if (country && country.id !== entity.id) head.alternatives.set(entityToken(country.id), CAPITAL_WEIGHT);
        head.named = true;
        // (a thing the title names, as its words would: "the Harlow Cup final" in the report of it)
        head.boost = titleThings.has(entity.id) ? TITLE_NAME_WEIGHT : NAME_BOOST;
        // a place is what a question is about unless the whole story is set there (France, Libya in a story on Libya;
        // Harrowgate in one titled "Harrowgate dock strike")
        head.required = entity.id !== topic?.id && !titleThings.has(entity.id) && (entity.type !== 'place' || (entity.mentions.length < COMMON_PLACE_SHARE * article.sentences.length && !settings.has(entity.id)));
        for (const p of run.slice(1)) byPosition.delete(p);
        i += len - 1;
        break;
      }
    }
    // A phrase that names one person by role ("the French minister", "Rome's top diplomat", "the Frenchman") is
    // one slot, that person, as a name is; its words alone only hint. Not in "who is the prime minister?" or
    // "the French foreign minister's name": there the role is what the question asks who holds.
    if (asked !== 'person' && !/\b(?:name|names|named|called|identity)\b/.test(wordAt.join(' '))) {
      const order = [...byPosition.keys()].sort((a, b) => a - b);
      for (let j = order.length - 1; j >= 0; j--) {
        const end = byPosition.get(order[j] ?? -1);
        if (!end || end.named || !ROLE_HEADS.has(end.word)) continue;
        // the role noun must end its phrase: in "the reporter role" it only describes the role
        const next = wordAt[(order[j] ?? 0) + 1];
        const endToken = wordAt[order[j] ?? 0] ?? '';
        if (next && !/['’]s$/.test(endToken) && !STOPWORDS.has(next) && wordnet().isMostlyNoun(next)) continue;
        for (let len = Math.min(3, j + 1); len >= 1; len--) {
          const run = order.slice(j - len + 1, j + 1);
          if (run.some((p, k) => k > 0 && p !== (run[k - 1] ?? 0) + 1)) continue;
          const drafts = run.map((p) => byPosition.get(p)).filter((d): d is Draft => d !== undefined);
          // a name in the phrase may only be a place standing for its nation ("Rome's")
          if (drafts.some((d) => d.named && ![...d.alternatives.keys()].some((st) => st.startsWith(entityToken('place:'))))) continue;
          const person = speakers.byRole(run.map((p) => wordAt[p] ?? '').join(' '));
          if (!person) continue;
          // the person is what must be matched; the phrase's words alone only hint (as a name's do)
          const hints = new Map<string, number>();
          for (const d of drafts) for (const [st, w] of d.alternatives) if (!st.startsWith('@')) hints.set(st, Math.max(hints.get(st) ?? 0, Math.min(NAME_WORD_WEIGHT, w)));
          end.alternatives.clear();
          end.related.clear();
          for (const [st, w] of hints) end.alternatives.set(st, w);
          for (const p of run) if (byPosition.get(p) !== end) byPosition.delete(p);
          end.alternatives.set(entityToken(person.id), 1);
          end.named = true;
          end.boost = NAME_BOOST;
          j -= len - 1;
          break;
        }
      }
    }
    // Capitalised words in a row that spell no known name, one of them unknown, are a name the article does not
    // know ("United States" beside the United Nations): one slot, required, its words alone only hinting.
    const left = [...byPosition.keys()].sort((a, b) => a - b);
    for (let i = 0; i < left.length; ) {
      let j = i;
      const free = (p: number | undefined) => { const d = byPosition.get(p ?? -1); return d !== undefined && d.capitalised && !d.named; };
      if (!free(left[i])) {
        i++;
        continue;
      }
      while (j + 1 < left.length && (left[j + 1] ?? 0) === (left[j] ?? 0) + 1 && free(left[j + 1])) j++;
      const run = left.slice(i, j + 1).map((p) => byPosition.get(p)).filter((d): d is Draft => d !== undefined);
      const [head, ...rest] = run;
      if (head?.capitalised && rest.length > 0 && (run.some((d) => !d.ownKnown) || isOtherName(run.map((d) => d.word))) && !writesPhrase(run.map((d) => d.word))) {
        for (const d of run) for (const [st, w] of d.alternatives) head.alternatives.set(st, Math.min(NAME_WORD_WEIGHT, Math.max(head.alternatives.get(st) ?? 0, w)));
        head.alternatives.set(`?${squashName(run.map((d) => d.word).join(' '))}`, 1);
        head.related.clear();
        head.required = true;
        head.boost = NAME_BOOST;
        for (const p of left.slice(i + 1, j + 1)) byPosition.delete(p);
      }
      i = j + 1;
    }
    // a word the question itself uses is not also a stand-in for another of its words ("government … formed")
    const ownStems = new Map<string, Draft>();
    for (const d of byPosition.values()) for (const [st] of d.alternatives) if (!d.related.has(st)) ownStems.set(st, d);
    for (const d of byPosition.values()) {
      for (const st of d.related) {
        const owner = ownStems.get(st);
        if (owner && owner !== d) d.alternatives.delete(st);
      }
    }
    // one slot per distinct set of alternatives (a repeated word is asked once)
    const seen = new Set<string>();
    const slots: QuerySlot[] = [];
    const keyed = [...byPosition].map(([position, s]) => ({ s, key: [...s.alternatives.keys()].sort().join('|'), context: inContext(position) }));
    // (a word in both the context and the question is asked: "… the embassy. When did Italy open the embassy?")
    const inQuestion = new Set(keyed.filter((k) => !k.context).map((k) => k.key));
    for (const { s, key, context } of keyed) {
      if (seen.has(key) || (context && inQuestion.has(key))) continue;
      seen.add(key);
      slots.push({ word: s.word, alternatives: [...s.alternatives].map(([stem, weight]) => ({ stem, weight, related: s.related.has(stem) })), boost: context ? s.boost * CONTEXT_WEIGHT : s.boost, required: s.required && !context });
    }
    return slots;
  }

  /**
   * The English word a misspelt query word stands for, when the knowledge base does not know it either way:
   * a candidate the knowledge base knows wins; otherwise one only when no correction to its own words exists.
   */
  function englishCorrection(word: string, vocab: Vocabulary, overlay: Overlay | undefined, known: (stem: string) => boolean): string | undefined {
    if (word.length < 4 || vocab.has(word) || overlay?.vocabulary.has(word)) return undefined;
    const options = wordnet().corrections(word);
    if (options.length === 0) return undefined;
    // a slip one letter from a name the article uses is that name ("frace" is France before it is "face")
    const asName = vocab.correct(word, { thorough: false });
    if (asName && asName.distance <= 1 && nameWords.has(asName.surface)) return undefined;
    const inKb = options.find((o) => known(stem(o)));
    if (inKb) return inKb;
    if (vocab.correct(word) ?? overlay?.vocabulary.correct(word)) return undefined;
    return options[0];
  }

  let apartText: string | undefined;
  /** The article's words, folded, one space between each (and at both ends). */
  const writtenApart = (): string => (apartText ??= ` ${rawTokens(fold(article.text)).join(' ')} `);

  /**
   * Two words the knowledge base writes as one, put together: "bank note" for "banknote", "fire fighters" for
   * "firefighters" (little words and short pieces left apart: "any one", "to day"; and names, which the knowledge
   * base also writes joined: "Maren Tolvik" is no word "marentolvik").
   */
  function joinedAsWritten(question: string, overlay: Overlay | undefined): string {
    return question.replace(/(?<![\p{L}\p{N}])(\p{Ll}{3,})[\s-]+(\p{Ll}{3,})(?![\p{L}\p{N}])/gu, (pair, a: string, b: string) => {
      const joined = fold(`${a}${b}`);
      // (nor words the article also writes apart: "fixed price" beside "fixed-price")
      const apart = [a, b].some((w) => STOPWORDS.has(fold(w)) || !wordnet().knows(fold(w))) || writtenApart().includes(` ${fold(a)} ${fold(b)} `);
      return apart || !(vocabulary.has(joined) || overlay?.vocabulary.has(joined)) ? pair : `${a}${b}`;
    });
  }

  function rankCandidates(rawQuestion: string, options?: AskOptions): RankedCandidate[] {
    const overlay = overlayOf(options?.guildId);
    const question = joinedAsWritten(cleanQuestion(rawQuestion), overlay).replace(IN_VIEW_OF, 'according to ').replace(IN_ONES_VIEW, 'according to $1');
    if (!question) return [];
    // (of a chatty message, the part that asks: "Long-time listener here. … can you remind me which …?")
    const asking = askingSpan(question);
    // the question as its kind is read: a slipped opening word put right ("hw big is …", "wat did …")
    const typed = howWordsMeant(fold(question.slice(asking.start, asking.end)).replace(/^(\s*)([\p{L}]+)/u, (_, space: string, first: string) => `${space}${openerMeant(first)}`), (w) => vocabulary.has(w) || wordnet().knows(w));
    const asked = expectedAnswerType(typed);
    const slots = slotsOf(question, overlay, asked, asking);
    if (slots.length === 0) return [];
    // a type read from frame words alone ("embassy Tripoli year"): an entry that itself uses the frame word
    // ("How do I get the reporter role?") is not ruled out by it
    const hinted = asked === 'other' ? frameType(typed) : 'other';
    const focus = new Set(focusWords(typed));
    // "when was the GNA formed?": the event asked about must be there, not only the names around it
    if (asked === 'date' && /^\s*when\b/.test(typed)) {
      const eventLike = (sl: QuerySlot): boolean => !sl.required && sl.boost === 1 && !EVENT_ASPECTS.has(sl.word);
      // (not where it happened: "When did the last shift at the mill finish?", "When were beavers reintroduced to
      // the river?")
      const placed = (sl: QuerySlot): boolean => new RegExp(`\\b(?:at|in|on|to|from|near|into|onto|across|along|over|inside|outside|within|around|through)\\s+(?:the |a |an |its |his |her |their )?${escapeRegExp(sl.word)}\\b`, 'u').test(typed);
      const last = [...slots].reverse().find((sl) => eventLike(sl) && !placed(sl)) ?? [...slots].reverse().find(eventLike);
      // ("When did construction of the barrage begin?": the construction, not the barrage, is the event)
      const head = last && new RegExp(`\\b([\\p{L}-]+) of (?:the |a |an |its |his |her |their )?${escapeRegExp(last.word)}\\b`, 'u').exec(typed)?.[1];
      const event = slots.find((sl) => sl.word === head && eventLike(sl)) ?? last;
      if (event) focus.add(event.word);
    }
    // "how many fighters": the thing counted must be there, not only what is around it (unless it is as general
    // as "people", which a count of "scientists and engineers" answers)
    const countedNoun = countedNounOf(typed);
    if (countedNoun && !GENERAL_COUNTS.has(countedNoun) && /\bhow many\b/.test(typed)) focus.add(countedNoun);
    // "what kind of rock", "which disease": a sentence naming a kind of it ("sandstone", "cholera") has it
    const kind = kindAskedIn(typed);
    const jobAsked = JOB_ASKED.test(typed);
    const bodyAsked = asked === 'organisation';
    const townAsked = /\b(?:which|what) (?:[\p{L}-]+ )?(?:city|town|village|port)\b/u.test(typed);
    // "where in Libya is the plant?": a place within the one named, or a part of it ("eastern Libya")
    const withinAsked = /\bwhere(?:abouts)? in\b/.test(typed);
    const becomingAsked = asked === 'date' && /\b(?:become|became|becomes)\b/.test(typed);
    const futureTime = asked === 'date' && /\bwhen (?:will|shall|is [\p{L} -]+ (?:going|due|expected|set) to|are [\p{L} -]+ (?:going|due|expected|set) to)\b/u.test(typed);
    const dimensions = [...focus].filter(isDimension);
    // "What was Pan Row?": the sentence that introduces the name ("a terrace … known as Pan Row") says what it is
    // "What is the name of the dam's reservoir?", "What is the reservoir called?": the sentence that gives the thing's
    // name beside it ("Its reservoir, Lake Edda, …", "a reservoir called Lake Edda")
    const nameOf =
      /^\s*what (?:is|was|are|were) the (?:names?|titles?) of (?:the |a |an |its |their |his |her )?(?:[\p{L}-]+['’]s )?([\p{L}\p{N}' -]{3,60}?)\s*\??\s*$/u.exec(typed)?.[1] ??
      /^\s*what (?:is|was|are|were|will|would|should|could|might) (?:the |a |an |its |their |his |her )?(?:[\p{L}-]+['’]s )?([\p{L}\p{N}' -]{3,60}?) (?:be |have been |been )?(?:called|named)\s*\??\s*$/u.exec(typed)?.[1];
    // "What is The Salt Orchard about?", "What happens in The Salt Orchard?": what a work tells ("*The Salt Orchard*
    // (1949) follows three generations …")
    const told = /^\s*what (?:is|was|are|were) (?:the )?([\p{L}\p{N}' -]{3,60}?) about\s*\??\s*$/u.exec(typed)?.[1] ?? /^\s*what happens in (?:the )?([\p{L}\p{N}' -]{3,60}?)\s*\??\s*$/u.exec(typed)?.[1];
    const defined = nameOf || told ? undefined : /^\s*what (?:is|was|are|were) (?:the |a |an )?([\p{L}\p{N}' -]{3,60}?)\s*\??\s*$/u.exec(typed)?.[1];
    // "Where is Pell Sound?": where the article says what it is, it says where ("… is a tidal inlet on the west coast")
    const located = nameOf || told || defined ? undefined : /^\s*where (?:is|was|are|were|'s) (?:the )?([\p{L}\p{N}' -]{3,60}?)(?: located| situated| found| based)?\s*\??\s*$/u.exec(typed)?.[1];
    const definedBy = nameOf ? namingPatterns(nameOf) : told ? tellingPatterns(told) : defined ? definitionPatterns(defined) : located ? definitionPatterns(located) : undefined;
    // "how long is the line" asks for a length; "how long was the port closed", "how long did it last", "how long will
    // they keep the furnaces running" may ask for a time
    const durationAsked =
      !/\bhow long (?:is|are|was|were|will)\b/.test(typed) ||
      rawTokens(typed.replace(/^.*?\bhow long\b/, '')).some((w) => /^(?:take|takes|last|lasts|been|[a-z]{2,}ed|cut|shut|put|set|let|open|away|keep|stay|remain|continue|wait|[a-z]{3,}ing)$/.test(w) || IRREGULAR_VERBS.has(w) || EVENT_NOUNS.has(w) || wordnet().corrections(w).some((c) => EVENT_NOUNS.has(c)));
    // "how many telescopes": the stems of the thing counted, to prefer a sentence that counts it ("six major telescopes")
    const counted = countedNoun ? slots.find((sl) => sl.word === countedNoun) : undefined;
    const countedStems = new Set((counted?.alternatives ?? []).filter((a) => a.weight >= FIRM_MATCH).map((a) => a.stem));
    const countsAsked = countedStems.size > 0 && !GENERAL_COUNTS.has(countedNoun ?? '') && /\bhow many\b/.test(typed);
    // the people the question names who are quoted: what they want, think or feel is in their quotes
    const askedSpeakers = new Set<string>();
    for (const sl of slots) for (const a of sl.alternatives) if (a.weight >= TYPO_WEIGHT[1] && speakerTokens.has(a.stem)) askedSpeakers.add(a.stem);
    /** Whether a clause of the answer that has the question's own words (not its names) gives a date. */
    const dateNearAsked = (entry: KbEntry, s: ScoredDoc): boolean => {
      const text = entry.citations[0]?.text ?? '';
      const clauses = text.split(CLAUSE_BREAK);
      if (clauses.length < 2) return true;
      const asked = slots.flatMap((sl, i) => ((s.slotCoverage[i] ?? 0) >= FIRM_MATCH && sl.boost !== FRAME_WORD_WEIGHT && !sl.alternatives.some((a) => a.stem.startsWith(entityToken(''))) ? [sl.alternatives.map((a) => a.stem)] : []));
      if (asked.length === 0) return true;
      const speaking = clauses.filter((c) => { const stems = stemsOf(c); return asked.some((alts) => alts.some((a) => stems.has(a))); });
      return speaking.length === 0 || speaking.some(givesDate);
    };
    // "how many times has it been amended": "amended twice" says, as "four times" would
    const timesAsked = /\bhow many times\b/.test(typed);
    // "Who chairs the board today?": a sentence on the present ("Since 2015 the board has been chaired by …"), not on
    // a past holder ("who chaired the board from 1931 to 1952")
    const presentAsked = PRESENT_ASKED.test(typed);
    // "How many people did the firm employ in 1870?": a sentence on another year ("around 700 people in 1930") is
    // not on that one
    const yearsAsked = yearsIn(typed);
    const otherYear = (entry: KbEntry): boolean => {
      if (yearsAsked.length === 0) return false;
      const years = new Set(entry.citations.flatMap((c) => [...yearsIn(c.text), facts[labelIndex.get(c.label) ?? -1]?.yearMeant ?? '']).filter(Boolean));
      return years.size > 0 && !yearsAsked.some((y) => years.has(y));
    };
    const typedTokens = rawTokens(typed);
    const typedWords = new Set(typedTokens);
    const cabinetAsked = typedTokens.some((w) => CABINET_WORDS.has(w));
    const parentAsked = typedTokens.some((w) => PARENT_WORDS.has(w.replace(/['’]s$/, '')));
    const lifeAsked = asked === 'date' && typedTokens.some((w) => LIFE_WORDS.has(w));
    // a person asked what they said whom the article neither quotes nor reports
    const askedSilent = asked === 'quote' && slots.some((sl) => sl.alternatives.some((a) => a.weight >= TYPO_WEIGHT[1] && a.stem.startsWith(entityToken('person:')) && !speakerTokens.has(a.stem)));
    const sources: DfSource[] = overlay ? [index, overlay.index] : [index];
    // a country the whole story is set in is no required name; but a sentence on another country does not answer
    // a question on this one ("When did France open its embassy?" is not answered by "Italy opened an embassy")
    const askedCountries = new Map<number, string>();
    slots.forEach((sl, i) => {
      if (sl.required) return;
      const id = sl.alternatives.find((x) => x.weight >= FIRM_MATCH && countryIds.has(x.stem.slice(1)))?.stem.slice(1);
      if (id) askedCountries.set(i, id);
    });
    const askedCountrySet = new Set(askedCountries.values());
    /** The entities the question names (by name, or by role: "the French minister"). */
    const namedIds = new Set(slots.flatMap((sl) => sl.alternatives.filter((a) => a.weight >= FIRM_MATCH && a.stem.startsWith(entityToken(''))).map((a) => a.stem.slice(entityToken('').length))));
    /** Whether an entry's sentences name something (of those `at` gives per sentence, with that id prefix) the question does not. */
    const namesOther = (entry: KbEntry, at: readonly ReadonlySet<string>[], prefix = ''): boolean =>
      entry.citations.some((c) => [...(at[labelIndex.get(c.label) ?? -1] ?? [])].some((id) => id.startsWith(prefix) && !namedIds.has(id)));
    // (an organisation asked about by half its name's words or more: "the steel workers union")
    const halfNamed = (id: string): boolean => {
      const own = rawTokens(entityById.get(id)?.name ?? '').filter((w) => !STOPWORDS.has(w));
      return own.length > 0 && own.filter((w) => typedWords.has(w) || typedWords.has(w.replace(/['’]s?$/, ''))).length * 2 >= Math.max(2, own.length);
    };
    /** Whether a name written before a lifespan is someone the question names (or no one the article knows). */
    const lifeOfAsked = (run: string): boolean => {
      const person = personByForm.get(fold(run));
      return !person || namedIds.has(person) || namedIds.size === 0;
    };
    const askedOrgs = [...namedIds].filter((id) => entityById.get(id)?.type === 'organisation');
    // a "who" question about someone or something it names, that asks more than who they are ("Who succeeded X?",
    // "Who did X meet?", "Who founded the Tessel Level Company?")
    const aboutOnlyThem = slots.every((sl) => sl.boost === FRAME_WORD_WEIGHT || sl.alternatives.some((a) => a.weight >= FIRM_MATCH && a.stem.startsWith(entityToken(''))));
    const othersAsked = asked === 'person' && /^\s*who\b/.test(typed) && namedIds.size > 0 && !aboutOnlyThem;
    // "Who is the Italian prime minister?": the office asked, by its last two words ("prime minister", "mayor")
    const roleAt = asked === 'person' ? typedTokens.findLastIndex((w) => ROLE_HEADS.has(w) && !isNationality(w)) : -1;
    const officeAsked = roleAt < 0 ? undefined : typedTokens.slice(Math.max(0, roleAt - 1), roleAt + 1).filter((w, k, all) => k === all.length - 1 || !STOPWORDS.has(w)).join(' ');
    // (a sentence that writes it only as a deputy's or a former holder's office names no holder of it: "Deputy Mayor
    // Jo Penn"; an acting mayor holds it)
    const officeWritten = officeAsked ? new RegExp(`(?:\\b([a-z]+)[\\s-]+)?\\b${escapeRegExp(officeAsked)}\\b`, 'g') : undefined;
    const otherHolderOnly = (entry: KbEntry): boolean => {
      if (!officeWritten) return false;
      const found = [...fold(entry.citations.map((c) => c.text).join(' ')).matchAll(officeWritten)];
      return found.length > 0 && found.every((m) => OTHER_HOLDERS.has(m[1] ?? '') && !typedWords.has(m[1] ?? ''));
    };
    const scored = [...score(index, slots, sources), ...(overlay ? score(overlay.index, slots, sources) : [])];
    if (scored.length === 0) return [];
    const meant = meaningOf(question, sources);
    const maxBm25 = Math.max(...scored.map((s) => s.bm25)) || 1;
    // likeness in meaning weighs most where the words found leave the question least covered (a paraphrase)
    const meaningShare = Math.min(1, MEANING_FLOOR + 1 - Math.max(...scored.map((s) => s.coverage)));
    const out: RankedCandidate[] = [];
    for (const found of scored) {
      const entry = byId.get(found.doc.key) ?? overlay?.entries.get(found.doc.key);
      // a section heading ("Strike of 1878") names what the sentences under it say; it answers nothing itself
      if (!entry || (entry.citations.length > 0 && entry.citations.every((c) => headingLabels.has(c.label)))) continue;
      // (the lifespan of someone the question names: "Laurence Penhallow (1858–1926)" says nothing of Orrel's birth)
      const lifespans = lifeAsked ? entry.citations.map((c) => ({ text: c.text, spans: lifespansOf(c.text) })) : [];
      const livedIn = lifespans.some((c) => c.spans.some((l) => typedWords.has(l.name) && lifeOfAsked(l.run)));
      const introduces = (definedBy && (!located || found.doc.types.has('place')) && entry.citations.some((c) => definedBy.some((re) => re.test(c.text)))) || livedIn ? 1 : 0;
      // "Maren Tolvik (14 March 1841 – 2 November 1903) was …": a lifespan after a name says when they were born and died
      const lived = livedIn ? withWordsCovered(found, LIFE_WORDS) : found;
      // (and a sentence that gives the thing's name covers the word "name" the question asks it with)
      const introduced = nameOf ? NAME_WORDS : told ? TELLING_WORDS : located ? LOCATION_WORDS : undefined;
      let s = introduced && introduces ? withWordsCovered(lived, introduced) : lived;
      s = withAttitudeCovered(withMeasuresCovered(s, focus, entry, durationAsked), entry, askedSpeakers);
      if (timesAsked && entry.citations.some((c) => TIMES_COUNTED.test(c.text))) s = withWordsCovered(s, TIMES_WORDS);
      // (a sentence saying what someone was covers the question's word for it: "what was her father's job?")
      if (jobAsked && entry.citations.some((c) => facts[labelIndex.get(c.label) ?? -1]?.statesRole)) s = withWordsCovered(s, JOB_WORDS);
      // (and a sentence saying whose child someone is covers the word for the parent: "Who was her father?")
      if (parentAsked && entry.citations.some((c) => PARENTAGE.test(c.text))) s = withWordsCovered(s, PARENT_WORDS);
      // (a sentence naming a body the question does not covers the word it asks which body with: "which company is
      // carrying out the repairs?" of "Contractors from Hallin Civil Engineering began work")
      if (bodyAsked && namesOther(entry, actorsAt, 'org:')) s = withWordsCovered(s, BODY_WORDS);
      // (and so a sentence naming a person the question does not, for "which official", "what person")
      if (asked === 'person' && namesOther(entry, actorsAt, 'person:')) s = withWordsCovered(s, ANYONE_WORDS);
      else if (namesOther(entry, actorsAt, 'person:')) s = withWordsCovered(s, SOMEONE_WORDS);
      // (and a sentence naming a minister covers the cabinet they sit in: "Which member of Italy's cabinet …")
      if (cabinetAsked && entry.citations.some((c) => [...(actorsAt[labelIndex.get(c.label) ?? -1] ?? [])].some((id) => MINISTERIAL.test(entityById.get(id)?.role ?? '')))) s = withWordsCovered(s, CABINET_WORDS);
      if (kind && s.doc.kinds?.has(kind.stem)) s = withSlotCoverage(s, (i, c) => (s.slotWords[i] === kind.word && c < KIND_COVERAGE ? KIND_COVERAGE : c));
      // (and a sentence on the present covers the word "today" the question asks it with)
      const now = presentAsked && entry.citations.some((c) => PRESENT_SAID.test(c.text) && !PAST_SPAN.test(c.text));
      if (now) s = withWordsCovered(s, PRESENT_WORDS);
      // (a frame word is what slotsOf weighed as one: "year" in "embassy year", not in "every year")
      const usesFrame = slots.some((sl, i) => sl.boost === FRAME_WORD_WEIGHT && (s.slotCoverage[i] ?? 0) > 0);
      let typeFit = asked !== 'other' ? typeFitOf(asked, s.doc.types) : usesFrame ? Math.max(0, typeFitOf(hinted, s.doc.types)) : typeFitOf(hinted, s.doc.types);
      // (a measurement asked for that the sentence gives in words is the number asked: "an immediate cease-fire" says
      // how quickly)
      if (typeFit < 0 && asked === 'number' && [...focus].some((w) => isDimension(w) && measuresDimension(w, entry, durationAsked))) typeFit = 1;
      // "when will they meet again?": a date the story has already passed does not answer it
      if (futureTime && typeFit > 0 && !speaksOfFuture(entry)) typeFit = -1;
      // "When was the task force first sent?": the date must be in the clause that speaks of it, not in another
      // ("Italy opened an embassy in 2017, and has a task force stationed there")
      if (asked === 'date' && typeFit > 0 && !dateNearAsked(entry, s)) typeFit = -1;
      // "when did Le Drian become foreign minister?": a sentence that only gives him the title dates nothing of it
      if (becomingAsked && typeFit > 0 && !entry.citations.some((c) => BECOMING.test(c.text))) typeFit = -1;
      // "which city is …": a sentence that names only countries and regions names no city
      // (another town than those the question names: "In which town is the Mellitah plant?" is not answered by
      // "the Mellitah oil and gas plant")
      const noTown = townAsked && !namesOther(entry, townsAt);
      if (noTown) typeFit = -1;
      // (nor the country "where in Libya" names, unless with a part of it)
      const nowhereWithin = withinAsked && !namesOther(entry, townsAt) && !entry.citations.some((c) => PART_OF_PLACE.test(c.text));
      if (nowhereWithin) typeFit = -1;
      // "what did Sarraj say": the article quotes nothing of his, so no sentence is what he said
      if (askedSilent) typeFit = -1;
      // "When was Maren Tolvik born?": "a son, Erik, born in 1871" gives another's birth
      if (lifeAsked && !livedIn && entry.citations.every((c) => bornOthers(c.text, typedWords))) typeFit = -1;
      // (nor does "Orrel was born in Vellacombe, … of Josiah Orrel (1828–1899)": its only dates are others' lifespans)
      if (lifeAsked && !livedIn && typeFit > 0 && lifespans.every((c) => !givesDate(c.spans.reduce((t, l) => t.replace(l.span, ''), c.text)))) typeFit = -1;
      // "Who is the mayor?": "Deputy Mayor Jo Penn" holds another office
      const otherHolder = otherHolderOnly(entry);
      if (otherHolder) typeFit = -1;
      // "Who succeeded Alfred Dunstone?": someone besides him; a sentence naming nobody else does not say who
      if (othersAsked && !entry.citations.some((c) => [...(actorsAt[labelIndex.get(c.label) ?? -1] ?? [])].some((id) => !namedIds.has(id)))) typeFit = -1;
      // "What will the merged school be called?": a sentence that gives no name for it does not say
      if (nameOf && !introduces && !s.doc.types.has('definition')) typeFit = Math.min(typeFit, -1);
      // (a fact's own phrasings, "Who is Tobias Haslauer?", say nothing of a date or a number asked about him)
      const phrasingsApart = FACT_ENTRY.test(entry.id) && (asked === 'date' || asked === 'number');
      const questionMatch = entry.questions.length > 0 && !phrasingsApart ? s.questionCoverage * (0.5 + 0.5 * s.questionPrecision) : 0;
      // (a measurement in the right unit already counts as covering its word: withMeasuresCovered)
      // (a measurement asked for is answered by one, not by a word related to it: "the population of Dunhallow" is
      // not in "its inhabitants lived in farming settlements")
      const offFocus = s.slotWords.some((w, i) => focus.has(w) && ((s.slotCoverage[i] ?? 0) < FIRM_MATCH || (isDimension(w) && (s.slotCoverage[i] ?? 0) < 1)));
      // a time, a quantity or a cause is plain in a sentence that gives one: without it, a candidate is no answer
      let otherCountry = 0;
      if (askedCountries.size > 0) {
        const named = new Set(entry.citations.flatMap((c) => [...(countriesAt[labelIndex.get(c.label) ?? -1] ?? [])]));
        const other = [...named].some((c) => !askedCountrySet.has(c));
        for (const [i, id] of askedCountries) if (other && !named.has(id) && (s.slotCoverage[i] ?? 0) < FIRM_MATCH) otherCountry++;
      }
      const penalty = (typeFit < 0 ? (PLAIN_TYPES.has(asked) || noTown || nowhereWithin || otherHolder ? PLAIN_TYPE_MISMATCH_FACTOR : TYPE_MISMATCH_FACTOR) : 1) * MISSING_NAME_FACTOR ** (s.missingRequired + otherCountry) * (offFocus ? OFF_FOCUS_FACTOR : 1);
      const besides = besidesNames(s, slots);
      // "How many members did the association have?": a sentence that names members but counts homes does not say
      const uncounted = countsAsked && !countsThing(entry, countedStems) ? UNCOUNTED_FACTOR : 1;
      // (a word found only in the definition of one of the sentence's words ranks it, but does not make it an answer)
      const firm = withoutDefinitions(s, slots);
      const confidence = clamp01((Math.max(firm.coverage, questionMatch) - UNCOVERED_PENALTY * uncoveredShare(firm)) * penalty * uncounted * (besides === null ? 1 : 1 - BESIDES_NAMES_SHARE + BESIDES_NAMES_SHARE * besides) + (typeFit > 0 ? 0.05 : 0));
      // "how long is the river": a length answers it, an area beside the same words does not
      const measures = dimensions.length > 0 && dimensions.some((w) => measuresDimension(w, entry, durationAsked)) ? 1 : 0;
      const counts = countedStems.size > 0 && countsThing(entry, countedStems) ? 1 : 0;
      // "what did X say": a sentence that quotes beats one that only names them (a reported statement still answers)
      const quotes = asked === 'quote' && s.doc.types.has('quote') ? 1 : 0;
      const alike = meant ? meaningLikeness(meant, entry) : 0;
      const rank = -OTHER_YEAR_COST * (otherYear(entry) ? 1 : 0) + MEANING_WEIGHT * meaningShare * alike + 0.1 * quotes + 0.1 * counts + MEASURE_WEIGHT * measures + DEFINES_WEIGHT * introduces + 0.55 * s.coverage + 0.2 * s.bodyCoverage + 0.25 * (s.bm25 / maxBm25) + 0.08 * s.proximity + 0.12 * typeFit + PRESENT_WEIGHT * (now ? 1 : 0) + 0.3 * questionMatch + 0.2 * (phrasingsApart ? 0 : s.variantMatch) - 0.15 * s.missingRequired;
      // "who is X" and "what does X stand for" do not answer why, or what X said
      const beyondFact = FACT_ENTRY.test(entry.id) && ASKED_BEYOND_FACTS.has(asked) ? 1 : 0;
      // everything a person is quoted as saying, or who they are, answers a question that names them (or asks
      // who), not one that only shares a word with one of their quotes: the sentences themselves answer that
      const about = ABOUT_ONE.exec(entry.id);
      // (and all their quotes together give no date, number or place: "How old is Walter Penrose?", "Where does van
      // Aalst work?")
      // (what an acronym stands for answers a question that names it or asks what something is, not "what started
      // the fire" because the fire service's name has "fire" in it)
      const unnamed = about && ((!(about[1] === 'who' && asked === 'person') && !(about[1] === 'acronym' && (asked === 'definition' || asked === 'organisation' || halfNamed(about[2] ?? ''))) && !namedIds.has(about[2] ?? '')) || (about[1] === 'quote' && (asked === 'date' || asked === 'number' || asked === 'place'))) ? 1 : 0;
      // "who is the water minister?": a deputy minister holds another office (unless the question says deputy; an
      // acting minister holds it)
      // ("Who is the chair of Orvath?": the competition authority's chair holds the office somewhere else)
      const elsewhere = about?.[1] === 'who' && askedOrgs.length > 0 && (roleOwners.get(about[2] ?? '') ?? []).some((id) => !namedIds.has(id));
      const otherOffice = about?.[1] === 'who' && ((roleWords.get(about[2] ?? '') ?? []).some((w) => OTHER_HOLDERS.has(w) && !typedWords.has(w)) || elsewhere) ? OTHER_OFFICE_COST : 0;
      out.push({ entry: about?.[1] === 'quote' ? withQuotesAsked(entry, about[2] ?? '', slots, s, stemsOf) : entry, score: rank - Math.max(beyondFact, unnamed) - otherOffice, confidence, detail: s, meaning: alike });
    }
    out.sort((a, b) => b.score - a.score || b.confidence - a.confidence);
    // the front-runner is no answer, and a close second is: the second answers ("Who founded the society?" is
    // answered by "Its founder was …", not by the entry that says what the society is)
    const [first] = out;
    if (first && first.confidence < threshold) {
      const close = out.findIndex((c) => c.score >= CLOSE_SCORE * first.score && c.confidence >= threshold);
      const second = out[close];
      if (close > 0 && second) {
        out.splice(close, 1);
        out.unshift(second);
      }
    }
    return out;
  }

  /** The label of the sentence a question is answered with, or null when it is refused. */
  function bringsUp(prompt: string): string | null {
    const best = rankCandidates(prompt)[0];
    return best && best.confidence >= threshold ? (best.entry.citations[0]?.label ?? null) : null;
  }
  /**
   * A question that brings up one sentence of the article, for a sentence with no curated or generated question
   * of its own: "What does the article say about <a name or a noun of that sentence>?", offered only when asking
   * it does answer with that sentence. The names the article uses least come first, then the nouns few other
   * entries use.
   */
  function promptFor(i: number): string | null {
    const sentence = article.sentences[i];
    if (sentence?.kind !== 'body') return null;
    const text = sentence.text;
    const cased = rawTokens(foldKeepCase(text));
    const nouns: { word: string; df: number }[] = [];
    for (const t of analyze(text)) {
      // a capitalised word past the first is part of a name or a month, not a common noun
      const capitalised = t.position > 0 && /^\p{Lu}/u.test(cased[t.position] ?? '');
      if (t.stop || capitalised || t.surface.length < 4 || /[^a-z]/.test(t.surface) || nameWords.has(t.surface) || NOT_TOPICS.has(t.surface) || NUMBER_WORDS.has(t.surface) || isUnit(t.surface)) continue;
      const df = index.df(t.stem);
      if (df > RARE_WORD_DF || !wordnet().isMostlyNoun(t.surface)) continue;
      nouns.push({ word: t.surface, df });
    }
    nouns.sort((a, b) => a.df - b.df);
    // names the article uses least first (a name in every other sentence brings up another one)
    const named = (facts[i]?.entityIds ?? [])
      .map((id) => entityById.get(id))
      .filter((e): e is Entity => e !== undefined && e.id !== topic?.id && e.mentions.length < COMMON_PLACE_SHARE * article.sentences.length)
      .sort((a, b) => a.mentions.length - b.mentions.length)
      .map((e) => {
        const surface = [e.name, ...e.aliases].find((a) => text.includes(a)) ?? e.name;
        return new RegExp(`\\bthe ${escapeRegExp(surface)}`, 'i').test(text) && !/^the /i.test(surface) ? `the ${surface}` : surface;
      });
    // "the capital", as the sentence has it; a bare plural otherwise ("embankments")
    const common = nouns.map((n) => (new RegExp(`\\bthe ${n.word}\\b`, 'i').test(text) ? `the ${n.word}` : n.word));
    const label = sentence.label;
    for (const phrase of [...new Set([...named, ...common])].slice(0, MAX_PROMPT_TRIES)) {
      const prompt = `What does the article say about ${phrase}?`;
      if (bringsUp(prompt) === label) return prompt;
    }
    return null;
  }
  /**
   * For each sentence with no question of its own, a question that brings it up (see promptFor), worked out on
   * the first refusal for every sentence at once: it depends on the article alone.
   */
  let prompts: Map<string, string> | undefined;
  const promptOf = (label: string): string | undefined => {
    if (!prompts) {
      prompts = new Map();
      article.sentences.forEach((s, i) => {
        const p = promptFor(i);
        if (p) prompts?.set(s.label, p);
      });
    }
    return prompts.get(label);
  };

  function suggestionsFor(candidates: readonly RankedCandidate[], guildId: string | undefined): string[] {
    const out: string[] = [];
    const add = (q: string | undefined | null) => {
      if (q && !out.includes(q) && out.length < 3) out.push(q);
    };
    // the closest candidates, each by its own question or by a question that brings its sentence up
    for (const c of candidates.slice(0, SUGGESTION_CANDIDATES)) {
      if (out.length >= 3) return out;
      const label = c.entry.citations[0]?.label;
      if (c.entry.questions.length > 0) add(c.entry.questions[0]);
      else if (label && c.entry.source === 'generated') add(promptOf(label));
    }
    for (const c of candidates) {
      if (out.length >= 3) return out;
      if (c.entry.questions.length > 0) add(c.entry.questions[0]);
    }
    for (const e of [...(overlayOf(guildId)?.entries.values() ?? []), ...entries]) {
      if (out.length >= 3) break;
      add(e.questions[0]);
    }
    return out;
  }

  /**
   * Answers remembered per server (the article's own under ''): `ask` is a pure function of the question and
   * the entries held, so a popular question costs nothing the second time; a server's writes clear its cache.
   */
  const answers = new Map<string, Map<string, Answer>>();
  function ask(rawQuestion: string, options?: AskOptions): Answer {
    const key = options?.guildId && overlays.has(options.guildId) ? options.guildId : '';
    let cache = answers.get(key);
    if (!cache) {
      if (answers.size >= MAX_CACHED_SERVERS) answers.delete(answers.keys().next().value ?? '');
      answers.set(key, (cache = new Map<string, Answer>()));
    }
    const hit = cache.get(rawQuestion);
    if (hit) {
      cache.delete(rawQuestion); // most recently used last
      cache.set(rawQuestion, hit);
      return hit;
    }
    const answer = answerOf(rawQuestion, options);
    cache.set(rawQuestion, answer);
    if (cache.size > MAX_CACHED_ANSWERS) cache.delete(cache.keys().next().value ?? '');
    return answer;
  }

  function answerOf(rawQuestion: string, options?: AskOptions): Answer {
    const fromChoice = entryById(rawQuestion, options?.guildId);
    const question = fromChoice?.questions[0] ?? rawQuestion;
    // a question asked word for word as one of an entry's (a server's first) is answered by that entry
    const plain = plainQuestion(question);
    const overlay = overlayOf(options?.guildId);
    const exact = entryById(overlay?.byQuestion.get(plain) ?? '', options?.guildId) ?? byId.get(byQuestion.get(plain) ?? '');
    if (exact) return answerWith(rawQuestion, exact, 1);
    const ranked = rankCandidates(question, options);
    const best = ranked[0];
    if (!best || best.confidence < threshold) {
      return { question: rawQuestion, answered: false, confidence: round(best?.confidence ?? 0), answer: null, citations: [], suggestions: suggestionsFor(ranked, options?.guildId) };
    }
    return answerWith(rawQuestion, best.entry, best.confidence);
  }

  function answerWith(rawQuestion: string, entry: KbEntry, confidence: number): Answer {
    return {
      question: rawQuestion,
      answered: true,
      confidence: round(confidence),
      answer: entry.answer,
      citations: entry.citations,
      suggestions: [],
      entryId: entry.id,
      entrySource: entry.source,
    };
  }

  function entryById(id: string, guildId?: string): KbEntry | undefined {
    return byId.get(id) ?? overlayOf(guildId)?.entries.get(id);
  }

  function ensureOverlay(guildId: string): Overlay {
    let o = overlays.get(guildId);
    if (!o) overlays.set(guildId, (o = { index: new TermIndex(), vocabulary: new Vocabulary(), entries: new Map(), byQuestion: new Map() }));
    return o;
  }

  /** Drops a server entry's questions from its word-for-word lookup (before it is replaced or removed). */
  function forgetQuestions(o: Overlay, id: string): void {
    for (const q of o.entries.get(id)?.questions ?? []) {
      const plain = plainQuestion(q);
      if (o.byQuestion.get(plain) === id) o.byQuestion.delete(plain);
    }
  }

  function upsert(entry: KbEntry & { readonly guildId: string }): void {
    answers.delete(entry.guildId);
    const o = ensureOverlay(entry.guildId);
    forgetQuestions(o, entry.id);
    o.entries.set(entry.id, entry);
    for (const q of entry.questions) o.byQuestion.set(plainQuestion(q), entry.id);
    o.index.add(docOf(entry, labelIndex, facts, entitiesIn));
    for (const q of entry.questions) addToVocabulary(o.vocabulary, q);
    addToVocabulary(o.vocabulary, entry.answer);
  }

  const popularQuestions = entries.filter((e) => e.questions.length > 0);

  return {
    article,
    analysis,
    entries,
    rank: rankCandidates,
    ask,
    quote: (query: string): QuoteResult => speakers.quote(query),
    completeSpeaker: (partial: string, limit = 25): Choice[] => speakers.complete(partial, limit),
    completeQuestion(partial, options): Choice[] {
      const limit = Math.min(25, options?.limit ?? 25);
      const overlay = overlayOf(options?.guildId);
      const text = cleanQuestion(partial);
      const pool: KbEntry[] = [];
      if (!text) {
        if (overlay) pool.push(...overlay.entries.values());
        pool.push(...popularQuestions);
      } else {
        for (const c of rankCandidates(text, options)) if (c.entry.questions.length > 0 || c.entry.source === 'generated') pool.push(c.entry);
        const folded = fold(text);
        for (const e of [...(overlay?.entries.values() ?? []), ...popularQuestions]) {
          if (e.questions.some((q) => fold(q).includes(folded))) pool.push(e);
        }
      }
      const seen = new Set<string>();
      const out: Choice[] = [];
      for (const e of pool) {
        if (seen.has(e.id) || out.length >= limit) continue;
        const name = e.questions[0];
        // a sentence with no question of its own is offered by the question that brings it up, asked as typed
        const prompt = name ? undefined : promptOf(e.citations[0]?.label ?? '');
        if (!name && (!prompt || prompt.length > 100)) continue;
        seen.add(e.id);
        if (prompt) out.push({ name: prompt, value: prompt });
        else if (name) out.push({ name: name.length > 100 ? `${name.slice(0, 99)}…` : name, value: e.id.slice(0, 100) });
      }
      return out;
    },
    context(label: string, radius = 1): Citation[] | null {
      const i = labelIndex.get(label) ?? labelIndex.get(label.toUpperCase());
      if (i === undefined) return null;
      return article.sentences.slice(Math.max(0, i - radius), i + radius + 1).map(citationOf);
    },
    resolveCitation: (ref: string): CitationLookup => resolveCitation(article, ref),
    entry: entryById,
    setGuildEntries(guildId, list) {
      overlays.delete(guildId);
      answers.delete(guildId);
      ensureOverlay(guildId);
      for (const e of list) upsert({ ...e, guildId });
    },
    upsertGuildEntry: upsert,
    removeGuildEntry(guildId, id) {
      answers.delete(guildId);
      const o = overlays.get(guildId);
      if (!o) return;
      forgetQuestions(o, id);
      o.entries.delete(id);
      o.index.remove(id);
    },
  };
}
