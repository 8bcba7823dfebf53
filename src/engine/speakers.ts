import Fuse from 'fuse.js';
import type { Analysis, Article, Choice, Entity, QuoteResult } from '../core/types.ts';
import { citationOf } from '../kb/citations.ts';
import { BODY_WORDS, CAPITAL_OF, isNationality, NATIONALITIES, OTHER_HOLDERS, RELATIVES, ROLE_NOUNS, SPEECH_VERBS } from '../article/lexicon.ts';
import { roleOf } from './roles.ts';
import { editDistance, escapeRegExp, fold, rawTokens, stem, STOPWORDS, stripChatMarkup, typoBudget } from '../search/text.ts';
import { relatedStems } from './signals.ts';
import { headNoun } from './docs.ts';
import { table } from '../core/table.ts';
import { RELATION_WEIGHT, wordnet } from '../search/wordnet.ts';

/** Words of a name query that say nothing about who is meant. */
const FILLER = new Set(['the', 'his', 'her', 'their', 'mr', 'mrs', 'ms', 'dr', 'of', 'quotes', 'quote', 'said', 'says', 'by', 'from', 'what', 'did', 'say', 's', 'top', 'local', 'a', 'an', 'at', 'for', 'in', 'on', 'with', 'to', 'who', 'that', 'is', 'was']);
/** Countries whose adjective is not their name cut short ("Italy" → Italian is found by prefix; "France" → French is not). */
const ADJECTIVE_OF: Readonly<Record<string, string>> = table({
  france: 'french', spain: 'spanish', britain: 'british', uk: 'british', netherlands: 'dutch', holland: 'dutch',
  switzerland: 'swiss', greece: 'greek', turkey: 'turkish', poland: 'polish', sweden: 'swedish', denmark: 'danish',
  finland: 'finnish', ireland: 'irish', norway: 'norwegian', portugal: 'portuguese', england: 'english',
  scotland: 'scottish', wales: 'welsh', america: 'american', us: 'american', usa: 'american', china: 'chinese',
  iraq: 'iraqi', israel: 'israeli', pakistan: 'pakistani', yemen: 'yemeni', qatar: 'qatari', oman: 'omani',
  'united kingdom': 'british', 'united states': 'american', 'saudi arabia': 'saudi',
});
/** The adjective of a country, by its name: listed, or the nationality its name begins ("Italy" → Italian). */
export function adjectiveOfCountry(country: string): string | undefined {
  const name = country.toLowerCase();
  const listed = ADJECTIVE_OF[name];
  if (listed) return listed;
  const stem = name.slice(0, -1);
  return stem.length >= 3 ? [...NATIONALITIES].find((n) => n.toLowerCase().startsWith(stem))?.toLowerCase() : undefined;
}
/** A capital standing for its country, by the country's adjective ("Rome's top diplomat" → Italian). */
const capitalAdjective = (word: string): string | undefined => {
  const country = CAPITAL_OF.get(word);
  return country ? adjectiveOfCountry(country) : undefined;
};
/** Nouns for a man or woman of a nation ("the Frenchman"), by the nation's adjective. */
const DEMONYM_NOUNS: Readonly<Record<string, string>> = table({
  frenchman: 'french', frenchwoman: 'french', englishman: 'english', englishwoman: 'english', dutchman: 'dutch',
  dutchwoman: 'dutch', irishman: 'irish', irishwoman: 'irish', scotsman: 'scottish', scotswoman: 'scottish',
  welshman: 'welsh', welshwoman: 'welsh', briton: 'british', brit: 'british', spaniard: 'spanish', swede: 'swedish',
  dane: 'danish', finn: 'finnish', pole: 'polish', turk: 'turkish', greek: 'greek', italian: 'italian',
});
/** The nationality a word stands for: a country's or a capital's adjective, or a demonym's ("the Frenchman"). */
const nationalityOf = (word: string): string | undefined => ADJECTIVE_OF[word] ?? capitalAdjective(word) ?? DEMONYM_NOUNS[word];
/** Words a role is asked by that its holder's title does not use ("top diplomat" for a foreign minister): each option's words all in the title. */
const ROLE_SYNONYMS: Readonly<Record<string, readonly (readonly string[])[]>> = table({
  diplomat: [['foreign', 'minister'], ['ambassador']], envoy: [['foreign', 'minister'], ['ambassador']],
  premier: [['prime', 'minister']], pm: [['prime', 'minister']], fm: [['foreign', 'minister']], mp: [['member', 'parliament']], mep: [['member', 'parliament']],
  reporter: [['author']], journalist: [['author']], writer: [['author']], correspondent: [['author']], boss: [['chief', 'executive'], ['head'], ['director'], ['chair'], ['manager']],
  gaffer: [['manager']], skipper: [['captain']], owner: [['head'], ['proprietor']], proprietor: [['owner'], ['head']], priest: [['father'], ['reverend'], ['vicar'], ['rector'], ['pastor'], ['chaplain']],
  ceo: [['chief', 'executive']], head: [['chief'], ['director'], ['leader'], ['chairman'], ['chair'], ['president']],
  expert: [['professor'], ['lecturer'], ['academic'], ['researcher'], ['scientist'], ['analyst'], ['specialist'], ['consultant']],
  nurse: [['ward', 'sister'], ['matron']],
  leader: [['head'], ['chief'], ['president'], ['chairman'], ['chair'], ['chairwoman']], chief: [['head'], ['director'], ['leader'], ['chair'], ['chairman'], ['boss']],
});
/** The two words a role noun is written as one of ("headteacher" → head, teacher; "stationmaster"). */
const ROLE_PARTS = ['head', 'teacher', 'master', 'mistress', 'keeper', 'maker', 'worker', 'owner', 'holder', 'leader', 'manager', 'officer', 'minister', 'secretary', 'director'];
function partsOfRole(word: string): string[] {
  for (const part of ROLE_PARTS) {
    if (word.length < part.length + 3) continue;
    if (word.startsWith(part) && ROLE_PARTS.includes(word.slice(part.length))) return [part, word.slice(part.length)];
    if (word.endsWith(part)) return [word.slice(0, -part.length), part];
  }
  return [];
}

/** A relative by what a "whose" clause makes them ("the grandmother" of "whose grandson …"). */
const KIN_WORDS: Readonly<Record<string, string>> = table({
  grandmother: 'grandparent', grandfather: 'grandparent', grandma: 'grandparent', grandpa: 'grandparent', granny: 'grandparent', gran: 'grandparent',
  mother: 'parent', father: 'parent', mum: 'parent', mom: 'parent', dad: 'parent',
});

/** Everyday words for kin, by the word an article writes ("the mum" of "a mother of three"). */
const COLLOQUIAL_KIN: Readonly<Record<string, string>> = table({
  mum: 'mother', mom: 'mother', mam: 'mother', mama: 'mother', mummy: 'mother', mommy: 'mother',
  dad: 'father', daddy: 'father', grandad: 'grandfather', granddad: 'grandfather', grandpa: 'grandfather',
  gran: 'grandmother', granny: 'grandmother', grandma: 'grandmother', nan: 'grandmother', nana: 'grandmother',
  kid: 'child', kids: 'children', hubby: 'husband', missus: 'wife',
});

/** "her daughter", "his wife", "whose husband": a relative named beside someone, which says what they are. */
const KIN_OF_SUBJECT = /\b(her|his|whose)\s+(?:(?:new|newborn|baby|infant|young|little|elder|eldest|younger|youngest|two|three|four|late|first|only)\s+)?(daughters?|sons?|child|children|baby|babies|kids?|twins|grandsons?|granddaughters?|grandchild|grandchildren|husband|wife)\b/gi;
/** What having that relative makes someone ("her son" → a mother). */
const KIN_RECIPROCAL: Readonly<Record<string, readonly string[]>> = Object.fromEntries<readonly string[]>([
  ...['daughter', 'daughters', 'son', 'sons', 'child', 'children', 'baby', 'babies', 'kid', 'kids', 'twins'].flatMap((k) => [[`her ${k}`, ['mother', 'parent']], [`his ${k}`, ['father', 'parent']], [`whose ${k}`, ['parent']]] as const),
  ...['grandson', 'grandsons', 'granddaughter', 'granddaughters', 'grandchild', 'grandchildren'].flatMap((k) => [[`her ${k}`, ['grandmother', 'grandparent']], [`his ${k}`, ['grandfather', 'grandparent']], [`whose ${k}`, ['grandparent']]] as const),
  ['her husband', ['wife']], ['his wife', ['husband']], ['whose husband', ['wife']], ['whose wife', ['husband']],
] as (readonly [string, readonly string[]])[]);

/** "in charge of", "at the head of": a description of whoever leads something. */
const IN_CHARGE = /\b(?:in charge of|at the head of)\b/gi;
/** An age asked ("the 17-year-old", "the 81 year old"), read as one word a person's profile holds when the article gives that age. */
const AGE_ASKED = /\b(\d{1,3})[- ]years?[- ]old\b/gi;
const ageWord = (age: string): string => `aged${age}`;

/** A role in politics: an office, a party, a seat ("energy spokesman for the opposition Progressive Alliance"). */
/** What a court report says of the one on trial: convicted, sentenced, charged, pleading or denying the charges. */
const TRIED = /\b(?:was|were|has been|had been) (?:sentenced|convicted|jailed|acquitted|charged|found guilty|found not guilty)\b|\bpleaded (?:not )?guilty\b|\bdenied (?:the |both |all |two |three )?(?:charges?|offences?)\b|\b(?:is|was) accused of\b|\b(?:stood|stands|went on) trial\b/;
const POLITICAL = /\b(?:MP|MEP|minister|councillor|senator|congressman|congresswoman|mayor|parliament|party|opposition|alliance|assembly member|shadow)\b/i;

/** Words for kin that say which relative someone is. */
const KIN: ReadonlySet<string> = new Set(['mother', 'father', 'husband', 'wife', 'son', 'daughter', 'brother', 'sister', 'grandmother', 'grandfather', 'grandson', 'granddaughter', 'widow', 'widower', 'uncle', 'aunt', 'nephew', 'niece']);

/** A query for someone's relative: "Sarah Tennick's husband". */
const RELATIVE_OF = new RegExp(`^(.+?)['’]s\\s+(${[...RELATIVES].join('|')})$`, 'i');
/** Titles before a name that say what the person is. */
const ACADEMIC_TITLES: readonly (readonly [string, string])[] = [[String.raw`(?:Dr\.?|Doctor)`, 'doctor'], [String.raw`(?:Prof\.?|Professor)`, 'professor']];

/** A run of capitalised words: a name as written ("Morning Tern", "Halder Civil"). */
const NAME_RUN = /\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*/gu;

/** A role noun without its "-man", "-woman" or "-person" ("spokes", "chair"). */
const ungendered = (word: string): string => word.replace(/(?:wo)?man$|person$|people$|men$/, '');

/** A role word matched through WordNet costs more than one the role has itself ("union" is also "the North"). */
const ROLE_WORD_COST = 0.25;
const RELATED_ROLE_COST = 0.4;

/**
 * What a query word costs as a role word (the word itself, a country for its adjective, or a synonym), or
 * undefined when it stands for none of them.
 */
function roleCost(word: string, roleWords: ReadonlySet<string>): number | undefined {
  // (or its plural or singular: "fan" of "the fans' podcast")
  if (roleWords.has(word) || roleWords.has(`${word}s`) || (word.endsWith('s') && roleWords.has(word.slice(0, -1))) || standsForNation(word, roleWords)) return ROLE_WORD_COST;
  // "the grandmother" for a grandparent, "the mother" for a parent
  const kin = KIN_WORDS[word];
  if (kin && roleWords.has(kin)) return ROLE_WORD_COST;
  // "spokeswoman" for a spokesperson, "chairman" for a chair
  const base = ungendered(word);
  // ("helmsman" for the lifeboat's helm, "linesman" for a line judge's line)
  if (base.length >= 4 && [...roleWords].some((r) => ungendered(r) === base || (base !== word && `${r}s` === base))) return ROLE_WORD_COST;
  if ((ROLE_SYNONYMS[word] ?? []).some((option) => option.every((r) => roleWords.has(r)))) return ROLE_WORD_COST;
  // a form of a role word ("the mediator" of the Rivers Mediation Office), or a synonym WordNet gives ("judge" for
  // "Mr Justice …")
  if (word.length >= 5 && [...roleWords].some((r) => r.length >= 5 && stem(r) === stem(word))) return ROLE_WORD_COST;
  return word.length >= 4 && [...wordnet().related(word)].some(([r, relation]) => relation === 'synonym' && roleWords.has(r)) ? RELATED_ROLE_COST : undefined;
}

/**
 * The words of the organisations a role names, by acronym or by the common noun it owns ("NCA chair", "the fund's
 * chief investment officer" → the Civil Service Pension Fund): a reader asks for "the pension fund's investment chief".
 */
function ownerWords(role: string, analysis: Analysis): string[] {
  const orgs = analysis.entities.filter((e) => e.type === 'organisation');
  const out: string[] = [];
  for (const w of role.split(/[\s,()]+/)) {
    const acronym = /^\p{Lu}{2,}$/u.test(w) ? orgs.filter((o) => o.acronym === w) : [];
    const owner = /^([a-z]+)['’]s$/.exec(w)?.[1];
    // (or the capitalised noun of the one body it heads: "Council leader" of Cresswold County Council)
    const noun = owner ?? (/^\p{Lu}\p{Ll}{3,}$/u.test(w) ? w.toLowerCase() : undefined);
    const byNoun = noun ? orgs.filter((o) => headNoun(o) === noun) : [];
    for (const o of [...acronym, ...(byNoun.length === 1 ? byNoun : [])]) out.push(...words(o.name));
  }
  return out;
}
/** Whether a query word stands for the nationality a role names: a country, a capital or a demonym for its adjective. */
function standsForNation(word: string, roleWords: ReadonlySet<string>): boolean {
  const adjective = nationalityOf(word);
  if (adjective !== undefined && roleWords.has(adjective)) return true;
  return word.length >= 4 && [...roleWords].some((r) => r.length > word.length && r.startsWith(word.slice(0, -1)) && isNationality(r));
}
/** Whether a query word matched a role only as a place standing for a nationality ("Italy", "Rome" for Italian). */
function isPlaceWord(word: string, roleWords: ReadonlySet<string>): boolean {
  return standsForNation(word, roleWords) && !roleWords.has(word) && DEMONYM_NOUNS[word] === undefined;
}
/** Words a phrase naming someone by role ends in ("the French *minister*", "Rome's top *diplomat*", "the *Frenchman*"). */
export const ROLE_HEADS: ReadonlySet<string> = new Set([
  ...[...ROLE_NOUNS].map((w) => w.toLowerCase()),
  ...Object.keys(ROLE_SYNONYMS),
  ...Object.keys(DEMONYM_NOUNS).filter((w) => !isNationality(w)),
  'strongman',
]);
/** Role words that do not tell two holders of the same office apart ("French", "Italian", "counterpart"). */
const undistinguishing = (word: string): boolean => word === 'counterpart' || isNationality(word);
/** Words for anyone holding an office, which say nothing about which office. */
const ANY_HOLDER = new Set(['representative', 'rep', 'official', 'figure', 'person', 'man', 'woman']);
/** What the start of a name word costs, beside a whole one ("Ruth Aber"). */
const PREFIX_COST = 0.5;
/** Words that make an office another one: a deputy mayor is not the mayor, nor a minister the prime minister. */
const RANKS: ReadonlySet<string> = new Set(['prime', ...OTHER_HOLDERS]);
/** What a query word the role does not have costs (a name word within one typo costs 1). */
const ASIDE_COST = 0.5;
/** Words for anyone at all, in a description ("the wife of *one* of the trapped *men*"). */
const ANYONE = new Set(['one', 'ones', 'men', 'women', 'people', 'persons', 'guy', 'guys', 'lady', 'ladies', 'bloke', 'chap', 'fellow', 'folk', 'someone', 'somebody', 'anyone', 'anybody']);
/** Particles kept in a description's sentence, for the verbs they make ("called off", "took over"). */
const PARTICLE_WORDS = new Set(['off', 'up', 'out', 'over', 'down', 'in', 'on', 'away', 'back']);
/** Words for someone of 13 to 19, and of 65 or more, as a description puts them. */
const TEENAGE_WORDS = ['teenager', 'teen', 'teenage', 'youngster', 'adolescent', 'student', 'pupil', 'schoolboy', 'schoolgirl'];
const OLD_AGE_WORDS = ['pensioner', 'elderly', 'old', 'oap', 'senior'];
/** How much of a description (its words weighed by rarity among the people quoted) must fit the one it finds. */
const DESCRIBED_MIN = 0.6;
/** How closely a person noun of a description must fit (a synonym's or a derivation's weight, or the word itself). */
const KIND_FIT = 0.7;
/** By how much more than it fits anyone else. */
const DESCRIBED_MARGIN = 0.2;
/** How well a narrower kind of person ("trawlerman" for a fisherman) fits the kind a description asks for. */
const NARROWER_FIT = 0.8;
/** How well a role synonym ("chief" for a director) fits a description's kind of person. */
const SYNONYM_FIT = 0.8;
/**
 * How far a word of the description fits a person who only says it in their quotes: a little, as a speaker's words
 * are about many things (at 0.5 a researcher quoted on her patients was "the patient in the trial").
 */
const OWN_WORDS_FIT = 0.3;
/** Name particles that may be dropped or glued on ("al-Haftar" ~ "Haftar", "Le Drian" ~ "LeDrian"). */
const PARTICLES = new Set(['al', 'el', 'le', 'la', 'de', 'di', 'da', 'van', 'von', 'der', 'du', 'bin', 'ibn', 'abu', 'del', 'dos']);

/** A speaker query is a name or a role: what chat adds (mentions, markdown, links) is dropped, and no more than a long name's length is read. */
const MAX_SPEAKER_QUERY = 200;
const plainQuery = (query: string): string => stripChatMarkup(query.slice(0, MAX_SPEAKER_QUERY * 4)).slice(0, MAX_SPEAKER_QUERY);
const words = (text: string): string[] => rawTokens(fold(text)).flatMap((t) => t.split(/[-']/)).filter((w) => w.length > 0);
const squash = (text: string): string => words(text).join('');

/**
 * The forms a person goes by, for people to read: the joined forms made only for matching ("LeDrian") are left
 * out when the spaced form is there.
 */
function readableAliases(entity: Entity): string[] {
  const all = [...new Set([entity.name, ...entity.aliases])];
  const spaced = new Set(all.filter((a) => /[\s-]/.test(a)).map(squash));
  return all.filter((a) => /[\s-]/.test(a) || !spaced.has(squash(a)));
}

interface Candidate {
  readonly entity: Entity;
  /** Folded single words of every alias (particles included). */
  readonly nameWords: ReadonlySet<string>;
  /** Aliases with spaces, hyphens and particles removed ("ledrian", "jeanyvesledrian", "haftar"). */
  readonly squashed: ReadonlySet<string>;
  readonly roleWords: ReadonlySet<string>;
  /** Role words only of what the office is of or for ("referee" of "head of referee development"). */
  readonly complement: ReadonlySet<string>;
  readonly quoteCount: number;
  /** Name words the article writes for the person (not "Pendry" for "his wife, Lorna," whose surname it implies). */
  readonly written: ReadonlySet<string>;
}

/**
 * Finds a person by whatever a user types: full name, surname, a misspelling, a joined name, or a role
 * ("French foreign minister"). A name must match closely: an unknown name finds nobody, never a neighbour.
 */
export class SpeakerFinder {
  private readonly candidates: Candidate[];
  private readonly fuse: Fuse<{ alias: string; i: number }>;

  constructor(
    private readonly article: Article,
    private readonly analysis: Analysis,
  ) {
    const counts = new Map<string, number>();
    for (const q of analysis.quotes) counts.set(q.speakerId, (counts.get(q.speakerId) ?? 0) + 1);
    this.candidates = analysis.entities
      .filter((e) => e.type === 'person')
      .map((entity) => {
        const aliases = [entity.name, ...entity.aliases];
        const nameWords = new Set(aliases.flatMap(words));
        const squashed = new Set<string>();
        for (const a of aliases) {
          squashed.add(squash(a));
          squashed.add(words(a).filter((w) => !PARTICLES.has(w)).join(''));
        }
        // (a relative's role takes the words of the person they are related to: "the skipper's wife")
        const related = entity.relativeOf ? analysis.entities.find((o) => o.id === entity.relativeOf) : undefined;
        const stated = [...words(roleOf(entity, analysis)), ...ownerWords(entity.role, analysis), ...(related ? words(related.role) : [])];
        // ("Dr Nadia Fenlow" is a doctor, "Prof. Aalst" a professor, whatever else the article says they are)
        for (const [title, word] of ACADEMIC_TITLES) if (aliases.some((a) => a.length >= 3 && new RegExp(`\\b${title}\\s+${escapeRegExp(a)}\\b`).test(article.text))) stated.push(word);
        // (and someone a sentence opens with who was convicted, sentenced or charged, or denied the charges, is the
        // defendant: "Desmond Pellow, 54, … was sentenced at Wessington Crown Court")
        if (entity.mentions.some((i) => { const t = article.sentences[i]?.text ?? ''; return aliases.some((a) => a.length >= 3 && t.startsWith(a)) && TRIED.test(t); })) stated.push('defendant', 'accused');
        const written = entity.written ? new Set(words(entity.written)) : nameWords;
        // (what the office is of or for is no office: "head of referee development" is no referee)
        // (each of two roles: "glaciologist at the institute, the study's lead author")
        const parts = roleOf(entity, analysis).split(/,\s+|\s+and\s+(?=the\s)/).map((r) => r.split(/\s+(?:of|for|at|with|in|on)\s+/));
        const offices = new Set(parts.flatMap(([office = '']) => words(office)));
        // (except for someone who runs or owns what it is of: who "has run Fairbrother's Newsagents" is a newsagent)
        const keeps = [...offices].every((w) => w === 'head' || w === 'owner' || w === 'proprietor');
        const complement = new Set(keeps ? [] : parts.flatMap(([, ...of]) => words(of.join(' '))).filter((w) => !offices.has(w)));
        return { entity, nameWords, squashed, roleWords: new Set([...stated, ...stated.flatMap(partsOfRole)]), complement, quoteCount: counts.get(entity.id) ?? 0, written };
      })
      // speakers first, so a tie goes to someone with something to quote
      .sort((a, b) => b.quoteCount - a.quoteCount);
    this.fuse = new Fuse(
      this.candidates.flatMap((c, i) => [c.entity.name, ...c.entity.aliases].map((alias) => ({ alias, i }))),
      { keys: ['alias'], includeScore: true, threshold: 0.35, ignoreLocation: true },
    );
  }

  /** The best person for a query, or undefined when nobody matches closely enough. */
  find(query: string): Entity | undefined {
    // "Sarah Tennick's husband": the relative of the person named, who is that to them
    const kin = RELATIVE_OF.exec(plainQuery(query).trim());
    if (kin?.[1] && kin[2]) {
      const named = this.findPerson(kin[1]);
      const relative = named && this.candidates.find((c) => (c.entity.relativeOf === named.id || named.relativeOf === c.entity.id) && c.roleWords.has(kin[2]?.toLowerCase() ?? ''));
      if (relative) return relative.entity;
    }
    const found = this.findPerson(query) ?? this.byDescription(query);
    return found && this.asksAnotherOffice(query, found) ? undefined : found;
  }

  /**
   * Whether the query asks for a rank of office the person's role does not hold ("prime minister", "deputy mayor",
   * "shadow chancellor"): a minister for energy is no prime minister, a mayor no deputy mayor.
   */
  private asksAnotherOffice(query: string, entity: Entity): boolean {
    const qWords = words(plainQuery(query)).filter((w) => !FILLER.has(w));
    const own = new Set([entity.name, ...entity.aliases].flatMap(words));
    if (qWords.some((w) => own.has(w))) return false;
    const role = new Set(words(roleOf(entity, this.analysis)));
    return qWords.some((w) => RANKS.has(w) && !role.has(w));
  }

  private profiles: { c: Candidate; stems: Set<string>; roleStems: Set<string>; pairs: Set<string>; ownWords: Set<string> }[] | undefined;
  private wordsOfArticle: Set<string> | undefined;
  private get articleWords(): Set<string> {
    this.wordsOfArticle ??= new Set(words(this.article.text));
    return this.wordsOfArticle;
  }

  /**
   * A quoted person described in words the article uses of them ("the miner who was rescued"): each query word
   * found in their role or in the sentence that introduces them (quotations left out), rarer words counting more;
   * only a clear best fit, and nobody when the description is of no one quoted.
   */
  private byDescription(query: string): Entity | undefined {
    // ("the *woman* whose husband was trapped", "the wife of *one* of the trapped *men*": said of anyone, so no word of theirs)
    // ("the man *in charge of* the rescue teams": the one who leads or heads them)
    const qWords = words(plainQuery(query).replace(IN_CHARGE, ' leader ').replace(AGE_ASKED, (_, age: string) => ` ${ageWord(age)} `)).filter((w) => !FILLER.has(w) && !STOPWORDS.has(w) && !ANY_HOLDER.has(w) && !ANYONE.has(w) && w.length >= 3);
    // (an age alone is description enough: "the 17-year-old")
    if (qWords.length < 2 && !qWords.some((w) => /^aged\d/.test(w))) return undefined;
    // a name is no description: someone the query names is found by name or not at all, and so is a capitalised
    // word the article does not write ("the Irene woman")
    if (this.candidates.some((c) => qWords.some((w) => c.nameWords.has(w)))) return undefined;
    const articleWords = this.articleWords;
    const capitalised = (plainQuery(query).match(/(?<=\s)\p{Lu}[\p{L}'’-]*/gu) ?? []).flatMap(words);
    if (capitalised.some((w) => !articleWords.has(w))) return undefined;
    // (two capitalised words in a row are a name; so are words that are all of one name the article writes, whatever
    // it is the name of: "Helen Marsh")
    // (unless the article gives those words to a place or a body: "outside the Corn Exchange")
    const runs = plainQuery(query).match(/\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)+/gu) ?? [];
    if (runs.some((run) => !this.analysis.entities.some((e) => e.type !== 'person' && [e.name, ...e.aliases].some((a) => fold(a) === fold(run) || fold(a) === fold(`the ${run}`))))) return undefined;
    if (this.analysis.entities.some((e) => { const own = new Set([e.name, ...e.aliases].flatMap(words)); return qWords.every((w) => own.has(w)); })) return undefined;
    // a query whose every word is a word of someone's role was for the rules of findPerson to settle ("the education
    // secretary" is no regional secretary of the Education Union)
    if (qWords.every((w) => this.candidates.some((c) => c.roleWords.has(w)))) return undefined;
    const profiles = this.descriptionProfiles;
    if (profiles.length === 0) return undefined;
    const n = profiles.length;
    let total = 0;
    const scores = profiles.map(() => 0);
    const ruledOut = new Set<number>();
    // what kind of person is asked for ("the pension fund *chairman*", "the builder mate") is what they must be, or
    // nearly: a word WordNet only relates from afar ("chairman" → presiding officer) is not enough
    // (whose someone is says which, not what they are: "the *patient's* husband", "the *patients'* group solicitor")
    const owners = new Set([...fold(plainQuery(query)).matchAll(/([\p{L}-]+?)(?:['’]s|s['’])(?=\s|$)/gu)].map((m) => stem(m[1] ?? '')));
    const kinds = qWords.filter((w) => wordnet().isPersonNoun(w) && !owners.has(stem(w)));
    for (const w of qWords) {
      const st = stem(w);
      const formal = COLLOQUIAL_KIN[w];
      // (kin is what it is: WordNet's derivations make a mother of a father)
      const related = KIN.has(formal ?? w) ? new Map<string, number>() : relatedStems(w);
      const phrasal = [...wordnet().related(w)].filter(([r]) => /^[a-z]+_[a-z]+$/.test(r)).map(([r, relation]) => [r.split('_').map(stem).join(' '), RELATION_WEIGHT[relation]] as const);
      // (a role asked by a word its holder's title does not use: "the medical chief" for a medical director; their
      // own title, not another's in the sentence that names them)
      const synonyms = ROLE_SYNONYMS[w] ?? [];
      // (a "-man" compound asked is also the word it is built on: the "frontman" of a consortium "fronted by" him)
      const base = /^[a-z]{4,}(?:wo)?m[ae]n$/.test(w) ? stem(ungendered(w)) : undefined;
      const fit = profiles.map((p) => (p.stems.has(st) || (formal !== undefined && p.stems.has(stem(formal))) ? 1 : Math.max(0, base !== undefined && p.stems.has(base) ? KIND_FIT : 0, synonyms.some((o) => o.every((r) => p.roleStems.has(stem(r)))) ? SYNONYM_FIT : 0, ...[...related].filter(([r]) => p.stems.has(r)).map(([, x]) => x), ...phrasal.filter(([r]) => p.pairs.has(r)).map(([, x]) => x), p.ownWords.has(st) ? OWN_WORDS_FIT : 0)));
      // (a kind of what is asked is what is asked: a trawlerman is a fisherman, a midwife a nurse)
      if (kinds.includes(w)) {
        const narrower = [...wordnet().related(w)].filter(([h, r]) => r === 'hyponym' && /^[a-z]+$/.test(h) && wordnet().isPersonNoun(h)).map(([h]) => stem(h));
        // (further down too, by what their role's words are kinds of: a toxicologist is a medical scientist, a scientist)
        // (only when nobody fits the word otherwise: a minister is a kind of leader, but "the farmers' leader" is the
        // president of their federation)
        const said = fit.some((f) => f >= KIND_FIT);
        const isKind = (p: (typeof profiles)[number]) => narrower.some((h) => p.stems.has(h)) || (!said && [...p.c.roleWords].some((r) => r.length >= 4 && wordnet().isPersonNoun(r) && wordnet().kindsOf(r).has(w)));
        profiles.forEach((p, i) => { if ((fit[i] ?? 0) < NARROWER_FIT && isKind(p)) fit[i] = NARROWER_FIT; });
        fit.forEach((f, i) => { if (f < KIND_FIT) ruledOut.add(i); });
      }
      const df = fit.filter((f) => f > 0).length;
      const idf = Math.log((n + 1) / (df + 0.5));
      total += idf;
      fit.forEach((f, i) => (scores[i] = (scores[i] ?? 0) + idf * f));
    }
    if (total <= 0) return undefined;
    // a deputy is not the office holder asked for when the holder is quoted too: "the port authority chief
    // executive" is not her deputy, the deputy chief executive
    const offices = profiles.map((p) => new Set(words(roleOf(p.c.entity, this.analysis))));
    offices.forEach((office, i) => {
      const ranks = [...office].filter((w) => OTHER_HOLDERS.has(w) && !qWords.includes(w));
      const held = [...office].filter((w) => !OTHER_HOLDERS.has(w));
      if (ranks.length > 0 && offices.some((other, j) => j !== i && held.every((w) => other.has(w)) && !ranks.some((w) => other.has(w)))) ruledOut.add(i);
    });
    const ranked = scores.map((x, i) => ({ x: ruledOut.has(i) ? 0 : x / total, i })).sort((a, b) => b.x - a.x);
    const [best, second] = ranked;
    if (!best || best.x < DESCRIBED_MIN || (second && best.x - second.x < DESCRIBED_MARGIN)) return undefined;
    return profiles[best.i]?.c.entity;
  }

  /**
   * What the article says of each quoted person, for descriptions: their role (apart, for role synonyms), and the
   * words of the first sentence that writes their name (quotations left out), with its verbs' particles in pairs and
   * what their age, their kin and their title make them (a pensioner, a mother, a politician).
   */
  private get descriptionProfiles(): { c: Candidate; stems: Set<string>; roleStems: Set<string>; pairs: Set<string>; ownWords: Set<string> }[] {
    this.profiles ??= this.candidates
      .filter((c) => c.quoteCount > 0)
      .map((c) => {
        // (the first sentence that writes their name: a quote of theirs before it says nothing of who they are)
        const names = [c.entity.name, ...c.entity.aliases].filter((a) => a.length >= 3);
        const first = c.entity.mentions.find((i) => names.some((a) => this.article.sentences[i]?.text.includes(a))) ?? c.entity.mentions[0];
        // (with the sentence before it in the paragraph, when that names no one else and gives them their role: "A
        // mother of three whose children all learned to swim at the baths said …. "…," said Sarah Dunleavy")
        const before = first === undefined ? undefined : this.article.sentences[first - 1];
        const role = fold(c.entity.role);
        const lead = before && role.length >= 3 && before.kind === 'body' && before.paragraph === this.article.sentences[first ?? -1]?.paragraph && fold(before.text).includes(role) && !this.analysis.entities.some((e) => e.type === 'person' && e.id !== c.entity.id && e.mentions.includes(before.index)) ? `${before.text} ` : '';
        const intro = first === undefined ? '' : `${lead}${this.article.sentences[first]?.text ?? ''}`;
        const plain = intro.replace(/["“][^"”]*["”]/g, ' ');
        const introStems = words(plain).filter((w) => !STOPWORDS.has(w) || PARTICLE_WORDS.has(w)).map(stem);
        // (an age says what they are: "Callum Dunmore, 16," is a teenager, "Len Pardoe, 74," a pensioner)
        // (by a name of theirs alone: "Callum Dunmore, 16," is no age of Rachel Dunmore's)
        const own = names.filter((a) => !this.candidates.some((o) => o !== c && [o.entity.name, ...o.entity.aliases].includes(a)));
        const ownName = own.map(escapeRegExp).join('|');
        // ("Kofi Adeyemi, who is 17 and …", "Ada Rook, aged 70,")
        const age = Number((own.length > 0 ? new RegExp(`(?:${ownName}),\\s+(?:who is\\s+|aged\\s+)?(\\d{1,3})(?!,\\d)(?=\\s*[,;)]|\\s+and\\b)`).exec(intro)?.[1] : undefined) ?? NaN);
        const byAge = [...(age >= 13 && age <= 19 ? TEENAGE_WORDS : age >= 65 ? OLD_AGE_WORDS : []), ...(Number.isNaN(age) ? [] : [ageWord(String(age))])];
        // (and how a quote of theirs describes them, unnamed: '"…," said the detective leading the inquiry.')
        const theirs = this.analysis.quotes.filter((q) => q.speakerId === c.entity.id);
        const described = theirs
          .flatMap((q) => q.sentences.map((i) => (this.article.sentences[i]?.text ?? '').replace(/["“][^"”]*["”]/g, ' , ')))
          // (before the description, only verbs that invert with their subject: in "warned the council" or "told the
          // committee" the one described is who was spoken to)
          .flatMap((t) => [...t.matchAll(/\b(?:said|says|added|explained|told reporters)\s+(?:the|a|an|one)\s+([\p{Ll}][\p{Ll}\s'’-]{2,60}?)\s*(?=[,.;:!?]|$)|(?:^|,\s*)(?:the|a|an|one)\s+([\p{Ll}][\p{Ll}\s'’-]{2,60}?)\s+([a-z]+)\b/gu)])
          .map((m) => m[1] ?? (SPEECH_VERBS.has(m[3] ?? '') ? m[2] : undefined) ?? '');
        // (and what their kin makes them: "who gave birth to her daughter at the unit" is a mother, "whose wife" a husband)
        const kin = [...plain.matchAll(KIN_OF_SUBJECT)].flatMap((m) => KIN_RECIPROCAL[`${m[1]?.toLowerCase()} ${m[2]?.toLowerCase()}`] ?? []);
        // (and someone whose role is in politics is a politician)
        const title = roleOf(c.entity, this.analysis);
        const political = POLITICAL.test(title) ? ['politician'] : [];
        const roleStems = new Set([...words(title), ...c.roleWords, ...political].filter((w) => !STOPWORDS.has(w)).map(stem));
        // (a "-man" compound is also the word it is built on: a trawlerman is a trawler, a chairman a chair)
        const bases = words(plain).flatMap((w) => (/^[a-z]{4,}(?:wo)?m[ae]n$/.test(w) ? [ungendered(w)] : []));
        // (and what an aside after their name says of them anywhere: "Tom Ellery, who leads the Independent Alliance
        // group, said …")
        const aside = new RegExp(`(?:${ownName}),\\s+((?:who|whose|a|an|the)\\s[^,;:.]{3,80}),`, 'g');
        const asides = own.length === 0 ? [] : this.article.sentences.flatMap((t) => [...t.text.replace(/["“][^"”]*["”]/g, ' , ').matchAll(aside)].map((m) => m[1] ?? ''));
        const stems = new Set([...roleStems, ...[...words(plain), ...described.flatMap(words), ...asides.flatMap(words), ...byAge, ...kin, ...bases].filter((w) => !STOPWORDS.has(w)).map(stem)]);
        // (a verb and its particle, for a description in one word: "called off" for "cancelled")
        const pairs = new Set(introStems.slice(1).map((w, i) => `${introStems[i] ?? ''} ${w}`));
        // (and what they say in their quotes, for less: "the engineer from the water company" of "The company has had
        // people on the dam all night")
        const ownWords = new Set(theirs.flatMap((q) => words(q.text)).filter((w) => !STOPWORDS.has(w) && w.length >= 3).map(stem));
        return { c, stems, roleStems, pairs, ownWords };
      });
    return this.profiles;
  }

  /** Whether the article writes these words as a capitalised office ("the Education Secretary"), with no name after it. */
  private writesOffice(qWords: readonly string[]): boolean {
    if (qWords.length < 2 || qWords.some((w) => !/^\p{L}+$/u.test(w))) return false;
    const title = new RegExp(`\\b[Tt]he ${qWords.map((w) => `${escapeRegExp(w[0]?.toUpperCase() ?? '')}${escapeRegExp(w.slice(1))}`).join(' ')}\\b(?!,? \\p{Lu})`, 'u');
    return title.test(this.article.text);
  }

  private findPerson(query: string): Entity | undefined {
    // ("the man *in charge of* the rescue teams": the one who leads or heads them)
    const qWords = words(plainQuery(query).replace(IN_CHARGE, ' leader ')).filter((w) => !FILLER.has(w));
    if (qWords.length === 0) return undefined;
    const joined = qWords.join('');
    const joinedNoParticles = qWords.filter((w) => !PARTICLES.has(w)).join('');
    let best: { c: Candidate; cost: number } | undefined;
    const considered: { c: Candidate; cost: number }[] = [];
    const consider = (c: Candidate, cost: number) => {
      considered.push({ c, cost });
      if (!best || cost < best.cost || (cost === best.cost && c.quoteCount > best.c.quoteCount)) best = { c, cost };
    };
    /** People found by role alone, with the role words the query left unsaid that tell them apart. */
    const byRole: { c: Candidate; distinct: number; cost: number }[] = [];
    const roleOnly = new Set<Candidate>();
    for (const c of this.candidates) {
      // whole name, joined or not, exact or within a typo
      for (const s of c.squashed) {
        if (s.length < 3) continue;
        for (const q of [joined, joinedNoParticles]) {
          if (q.length < 3) continue;
          const d = q === s ? 0 : editDistance(q, s, typoBudget(Math.min(q.length, s.length)));
          if (d <= typoBudget(Math.min(q.length, s.length))) consider(c, d);
        }
      }
      // every query word is a word of the name (within a typo) or of the role
      let cost = 0;
      let nameHits = 0;
      let roleHits = 0;
      let officeHits = 0;
      let aside: string | undefined;
      let prefix: string | undefined;
      let ok = true;
      let asideAt = -1;
      // ("the union representative": someone holding an office of what the role is of)
      let holderAsked = false;
      for (const [k, w] of qWords.entries()) {
        if (c.nameWords.has(w)) {
          if (!PARTICLES.has(w)) nameHits++;
          continue;
        }
        // ("representative", "official": said of any office, so no word of one; another word must find the role)
        if (ANY_HOLDER.has(w) && !c.roleWords.has(w)) {
          holderAsked = true;
          continue;
        }
        const asRole = roleCost(w, c.roleWords);
        if (asRole !== undefined) {
          roleHits++;
          if (!isPlaceWord(w, c.roleWords) && !c.complement.has(w)) officeHits++;
          cost += asRole;
          continue;
        }
        const budget = typoBudget(w.length);
        let bestD = budget + 1;
        for (const n of c.nameWords) {
          if (PARTICLES.has(n)) continue;
          bestD = Math.min(bestD, editDistance(w, n, budget));
        }
        if (bestD <= budget) {
          cost += bestD;
          nameHits++;
          continue;
        }
        // the start of a surname beside a whole name word ("Ruth Aber"): counted once the rest is read (shorter, down
        // to an initial, when the query also writes another of their names whole: "Susan D", "Alasdair Ren")
        const beside = qWords.some((x) => x !== w && c.nameWords.has(x) && !PARTICLES.has(x));
        if ((w.length >= 4 || beside) && [...c.nameWords].some((n) => n.length > w.length && n.startsWith(w)) && prefix === undefined) {
          prefix = w;
          cost += PREFIX_COST;
          continue;
        }
        if (PARTICLES.has(w)) continue;
        // one word more than the role says, where it can only describe the same person: "the mayor of *Vessby*"
        // when she is introduced in Vessby, "the *independent* glacier modeller"
        if (aside === undefined) {
          aside = w;
          asideAt = k;
          cost += ASIDE_COST;
          continue;
        }
        // (two words in a row of one name: "the primary school head" of Thrushcombe Primary School's headteacher)
        if (asideAt === k - 1 && !aside.includes(' ')) {
          aside = `${aside} ${w}`;
          asideAt = k;
          cost += ASIDE_COST;
          continue;
        }
        ok = false;
        break;
      }
      if (prefix !== undefined) {
        if (nameHits === 0) ok = false;
        else nameHits++;
      }
      if (holderAsked && roleHits > 0) officeHits = Math.max(officeHits, 1);
      if (ok && aside !== undefined && !(nameHits === 0 && this.fitsAside(aside, c, officeHits))) ok = false;
      // a role asked for by part of its words ("prime minister") fits the shorter role best
      // a place alone ("Rome", "Italy") is nobody, though it stands for a nationality in a role ("Rome's envoy")
      if (nameHits === 0 && roleHits > 0 && officeHits === 0) ok = false;
      if (ok && (nameHits > 0 || cost > 0)) consider(c, cost + (nameHits === 0 ? 0.5 + 0.01 * (c.roleWords.size - roleHits) : 0));
      if (ok && nameHits === 0 && roleHits > 0) {
        roleOnly.add(c);
        const asked = new Set(qWords.flatMap((w) => [w, nationalityOf(w) ?? w, ...(ROLE_SYNONYMS[w] ?? []).flat()]));
        const unsaid = [...c.roleWords].filter((r) => !asked.has(r) && !undistinguishing(r));
        // a deputy prime minister is not the premier asked about
        // (an acting or interim holder does hold it: "the head teacher" of a school with an acting headteacher)
        if (!unsaid.some((r) => OTHER_HOLDERS.has(r))) byRole.push({ c, distinct: unsaid.length, cost });
      }
    }
    // "foreign minister" when two foreign ministers speak: nobody, with both offered, rather than a guess
    // ("the returning officer" beside a deputy returning officer: the deputy's shorter title does not make her the
    // officer; the holder found by the same words is (costs apart by less than half a role word: only by the words
    // their titles leave unsaid), not one found by fewer: "Italian premier" is not Libya's)
    const holds = (c: Candidate) => byRole.some((r) => r.c === c);
    const first = best;
    const holder = first && roleOnly.has(first.c) && !holds(first.c) ? considered.filter((x) => holds(x.c) && x.cost - first.cost < ROLE_WORD_COST / 2).sort((a, b) => a.cost - b.cost)[0] : undefined;
    const found = holder ?? best;
    // and so for a name two people share ("Mallory" for Bridget and Declan Mallory), unless only one of them is
    // written with it (Alan Pendry is, "his wife, Lorna," is not)
    const near = (w: string, n: string) => w === n || (n.length >= 4 && editDistance(w, n, typoBudget(n.length)) <= typoBudget(n.length));
    const writtenWith = (c: Candidate) => qWords.filter((w) => [...c.nameWords].some((n) => near(w, n))).every((w) => [...c.written].some((n) => near(w, n)));
    if (found && !roleOnly.has(found.c) && considered.some((x) => x.c !== found.c && x.cost === found.cost && !roleOnly.has(x.c) && (writtenWith(x.c) || !writtenWith(found.c)))) return undefined;
    if (found && roleOnly.has(found.c) && !byRole.some((r) => r.c === found.c)) return undefined;
    // "the education secretary" where the article writes of "the Education Secretary", an office of its own that no
    // one it quotes is given: not the regional secretary of the National Education Union
    if (found && roleOnly.has(found.c) && this.writesOffice(qWords) && !fold(roleOf(found.c.entity, this.analysis)).includes(qWords.join(' '))) return undefined;
    if (found && byRole.some((r) => r.c === found.c)) {
      // (the best matched first: a role's own word before a word WordNet relates to it)
      const cheapest = Math.min(...byRole.map((r) => r.cost));
      const matched = byRole.filter((r) => r.cost === cheapest);
      const fewest = Math.min(...matched.map((r) => r.distinct));
      const closest = matched.filter((r) => r.distinct === fewest);
      if (closest.length > 1) return undefined;
      return closest[0]?.c.entity;
    }
    return found?.c.entity;
  }

  /**
   * Whether a query word the role lacks still fits the person found by role: a place or organisation named where
   * the person is introduced, or its adjective ("the Bavorian lawmaker" introduced "In Bavoria, …"; "Orvath
   * chairwoman"; "the Ashby head" of "Mr Price, who has led Ashby …"); or an adjective beside two words of the role
   * ("the independent glacier modeller").
   */
  private fitsAside(word: string, c: Candidate, officeHits: number): boolean {
    if (officeHits === 0) return false;
    // (read from the paragraph of the first mention, up to and with that sentence: a capitalised word there, or the
    // adjective of one, "Bavorian" for "Bavoria")
    const at = c.entity.mentions[0] ?? -1;
    const paragraph = this.article.sentences[at]?.paragraph;
    // (and the sentence after, unless it names someone else: in "Ferrier and Dion Wrenfield scored for Rovers" the
    // Rovers are theirs)
    const others = (i: number) => this.analysis.entities.some((e) => e.type === 'person' && e.id !== c.entity.id && e.mentions.includes(i));
    const intro = this.article.sentences.filter((x) => x.paragraph === paragraph && (x.index <= at || (x.index === at + 1 && !others(x.index)))).map((x) => x.text).join(' ');
    // (two words: both of one name there, in that order)
    // (in the singular or the plural: "the mine safety inspector" of the Mines Safety Authority's)
    const stems = (text: string) => ` ${words(text).map(stem).join(' ')} `;
    if (word.includes(' ')) return (intro.match(NAME_RUN) ?? []).some((run) => stems(run).includes(stems(word)));
    const names = (intro.match(/\p{Lu}[\p{L}'’-]*/gu) ?? []).flatMap(words);
    if (names.some((f) => f.length >= 3 && (f === word || (word.length > f.length && word.length - f.length <= 3 && word.startsWith(f.slice(0, -1)))))) return true;
    // (or a number written there: "the driver of the 44" of "Gareth Mottram, who has driven the 44 for 23 years")
    if (/^\d+$/.test(word) && words(intro).includes(word)) return true;
    // (or a common noun the article gives a name the role holds: "the trawler skipper" of "the Morning Tern's skipper"
    // after "the 14-metre trawler Morning Tern", "the contractor's engineer" of "chief engineer at Halder Civil")
    if (this.describedIn(c.entity.role).has(word)) return true;
    // (or the place the whole story is set, named in its title: "the president of Marzana" in a story on Marzana)
    if (this.titlePlaceWords.has(word)) return true;
    // (or a word the article writes, in lower case, before a word of the role that names a body, not a person: "the
    // chair of the planning committee" of a committee chair, in an article on "the council's planning committee";
    // not "the primary school head" of a grammar school's head beside "Harlow Primary School")
    const body = [...c.roleWords].filter((r) => r.length >= 4 && !wordnet().isPersonNoun(r) && !STOPWORDS.has(r));
    if (body.some((r) => new RegExp(`\\b${escapeRegExp(word)} ${escapeRegExp(r)}\\b`).test(this.article.text))) return true;
    // (or a word any body goes by, for a role held at one the article names: "the charity spokeswoman" of the
    // spokeswoman for the Lungwell Trust)
    if (BODY_WORDS.has(word) && this.analysis.entities.some((e) => e.type === 'organisation' && c.entity.role.includes(e.name))) return true;
    return officeHits >= 2 && word.length >= 4 && wordnet().isMostlyAdjective(word);
  }

  /** Words of the one place the article's title names (worked out once). */
  private titlePlaces: ReadonlySet<string> | undefined;
  private get titlePlaceWords(): ReadonlySet<string> {
    this.titlePlaces ??= this.placesInTitle();
    return this.titlePlaces;
  }
  private placesInTitle(): ReadonlySet<string> {
    const title = fold(this.article.meta.title);
    const named = this.analysis.entities.filter((e) => e.type === 'place' && [e.name, ...e.aliases].some((a) => a.length >= 3 && new RegExp(`\\b${escapeRegExp(fold(a))}\\b`).test(title)));
    // (one place only: a title naming two, "merger of Ashby and Hollowell schools", sets the story in neither)
    return new Set(named.length === 1 ? named.flatMap((e) => words(e.name)) : []);
  }

  /** Common nouns the article gives the names a role holds, by the role. */
  private readonly described = new Map<string, Set<string>>();
  private describedIn(role: string): Set<string> {
    let out = this.described.get(role);
    if (out) return out;
    out = new Set<string>();
    const folded = fold(role);
    const text = this.article.text;
    for (const name of new Set(text.match(NAME_RUN) ?? [])) {
      if (!new RegExp(`\\b${escapeRegExp(fold(name))}\\b`).test(folded)) continue;
      const at = escapeRegExp(name);
      const before = new RegExp(`\\b(?:the|a|an)\\s+(?:[\\p{L}\\p{N}-]+\\s+)?([a-z]{3,})\\s+${at}\\b`, 'gu');
      const after = new RegExp(`\\b${at},\\s+(?:the|a|an)\\s+(?:[\\p{L}\\p{N}-]+\\s+)?([a-z]{3,})[,.]`, 'gu');
      // ("the mountain village of Kessrig")
      const of = new RegExp(`\\b(?:the|a|an)\\s+(?:[\\p{L}\\p{N}-]+\\s+)?([a-z]{3,})\\s+of\\s+${at}\\b`, 'gu');
      for (const re of [before, after, of]) for (const m of text.matchAll(re)) if (m[1] && wordnet().isNoun(m[1])) out.add(m[1]);
    }
    this.described.set(role, out);
    return out;
  }

  /**
   * The one person a phrase names by role alone ("the French minister", "Rome's top diplomat", "the
   * Frenchman"), or undefined: for a phrase with a name in it, or a role several people hold.
   */
  byRole(phrase: string): Entity | undefined {
    const asked = words(phrase).filter((w) => !FILLER.has(w));
    if (asked.length === 0 || !asked.some((w) => ROLE_HEADS.has(w))) return undefined;
    const found = this.find(phrase);
    const candidate = found && this.candidates.find((c) => c.entity.id === found.id);
    if (!candidate || asked.some((w) => candidate.nameWords.has(w))) return undefined;
    return found;
  }

  quote(query: string): QuoteResult {
    const entity = this.find(query);
    if (!entity) {
      return { query, speaker: null, aliases: [], quotes: [], mentions: [], suggestions: this.suggest(query) };
    }
    // two quotes in one sentence ("…," Le Drian said, adding that "…") are shown once, with both their words
    const quotes: { text: string; citations: ReturnType<typeof citationOf>[] }[] = [];
    for (const q of this.analysis.quotes.filter((x) => x.speakerId === entity.id)) {
      const citations = q.sentences.flatMap((i) => (this.article.sentences[i] ? [citationOf(this.article.sentences[i])] : []));
      const last = quotes.at(-1);
      if (last && last.citations.map((c) => c.label).join() === citations.map((c) => c.label).join()) last.text = `${last.text} … ${q.text}`;
      else quotes.push({ text: q.text, citations });
    }
    const quoted = new Set(this.analysis.quotes.filter((q) => q.speakerId === entity.id).flatMap((q) => q.sentences));
    const mentions = entity.mentions.filter((i) => !quoted.has(i)).flatMap((i) => (this.article.sentences[i] ? [citationOf(this.article.sentences[i])] : []));
    return { query, speaker: entity.name, aliases: readableAliases(entity), quotes, mentions, suggestions: [] };
  }

  /** Speaker names to offer instead: fuzzy neighbours first, then whoever has the most quotes. */
  suggest(query: string): string[] {
    const out: string[] = [];
    const add = (name: string) => {
      if (!out.includes(name) && out.length < 3) out.push(name);
    };
    const plain = plainQuery(query).trim();
    if (plain) for (const hit of this.fuse.search(plain, { limit: 5 })) add(this.candidates[hit.item.i]?.entity.name ?? '');
    for (const c of this.candidates) if (c.quoteCount > 0) add(c.entity.name);
    return out.filter((n) => n.length > 0);
  }

  /** Autocomplete choices: speakers who are quoted first, then everyone else the article names. */
  complete(partial: string, limit: number): Choice[] {
    const text = fold(partial).trim();
    const list = text
      ? [...new Set([this.find(partial), ...this.fuse.search(partial, { limit: 25 }).map((h) => this.candidates[h.item.i]?.entity)])]
      : this.candidates.map((c) => c.entity);
    const prefixHits = text ? this.candidates.filter((c) => [...c.nameWords].some((w) => w.startsWith(text))).map((c) => c.entity) : [];
    const seen = new Set<string>();
    const out: Choice[] = [];
    for (const e of [...prefixHits, ...list]) {
      if (!e || seen.has(e.id) || out.length >= Math.min(25, limit)) continue;
      seen.add(e.id);
      const name = e.role ? `${e.name} (${e.role})` : e.name;
      out.push({ name: name.slice(0, 100), value: e.name.slice(0, 100) });
    }
    return out;
  }
}
