/**
 * People, organisations and places: found from capitalised runs, titles, a small gazetteer and acronym patterns,
 * then merged so that every form the article uses points at one entity.
 */
import type { Article, Entity, EntityType } from '../core/types.ts';
import {
  HONORIFICS, KNOWN_ORGS, NAME_PARTICLES, NATIONALITIES, NON_NAME_WORDS, NON_ORG_CAPS, ORG_HEADS, PARTICLE_PREFIX, ROLE_ABBREVIATIONS,
  NUMBER_WORDS, OTHER_OFFICES, VESSEL_NOUN_BEFORE, PLACE_ALIASES, PLACE_HEADS, PLACE_PREFIXES, PLACES, THING_PREFIXES, RELATIVES, ROLE_NOUNS, SPEECH_VERBS, THING_HEADS, TITLE_WORDS,
} from './lexicon.ts';
import { fold, isFormOf, nameTokens, sameToken, slugify, surnameOf } from './names.ts';
import { capitalisedRuns, type Run, type Word } from './runs.ts';
import { wordnet } from '../search/wordnet.ts';
import { table } from '../core/table.ts';
import { escapeRegExp, stem as stemOf, STOPWORDS } from '../search/text.ts';

/** Where an entity is named (or referred to by role) in the text. */
export interface MentionSpan {
  readonly entityId: string;
  readonly type: EntityType;
  readonly sentence: number;
  readonly start: number;
  readonly end: number;
  /** 'name' for a written name, 'role' for a resolved role reference ("his Italian counterpart"). */
  readonly via: 'name' | 'role';
}

export interface EntityResult {
  readonly entities: Entity[];
  /** Sorted by start offset. */
  readonly spans: MentionSpan[];
  /** Bound role phrases ("italian counterpart" → person id), for later resolution. */
  readonly roleRefs: ReadonlyMap<string, string>;
}

interface Draft {
  type: EntityType;
  name: string;
  readonly forms: string[];
  role: string;
  acronym: string;
  readonly order: number;
  /** Person only: tokens of the most complete name. */
  tokens: string[];
  readonly extra: string[];
  /** Nicknames the article gives ("Big Sam"): aliases as a whole, not word by word. */
  readonly nicknames: string[];
  /** A first name given the family's surname the article implies ("his wife, Lorna"): the name as written. */
  written?: string;
  /** The person they are the relative of, for such a first name. */
  relativeOf?: Draft;
  id: string;
}

type Candidate =
  | { kind: 'org'; name: string; acronym: string; start: number; end: number; run: Run }
  | { kind: 'place'; name: string; start: number; end: number; run: Run }
  | { kind: 'person'; name: string; role: string; titled: boolean; start: number; end: number; run: Run }
  | { kind: 'single'; name: string; start: number; end: number; run: Run }
  | { kind: 'thing'; name: string; start: number; end: number; run: Run };

const DIRECTIONS = /^(?:north|south|east|west|northern|southern|eastern|western|central|north-eastern|north-western|south-eastern|south-western|northeastern|northwestern|southeastern|southwestern)$/;
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'near', 'to', 'into', 'across', 'outside', 'inside', 'towards', 'toward', 'around', 'via']);
const NEWS_AGENCIES: ReadonlyMap<string, string> = new Map([
  ['Xinhua', 'Xinhua'], ['Reuters', 'Reuters'], ['AP', 'Associated Press'], ['AFP', 'Agence France-Presse'],
  ['Bloomberg', 'Bloomberg'], ['ANSA', 'ANSA'], ['dpa', 'dpa'],
]);
const ORG_BY_NAME: ReadonlyMap<string, string> = new Map(
  [...KNOWN_ORGS].filter(([acr]) => !acr.includes('.')).map(([acr, name]) => [name.toLowerCase(), acr]),
);

const textOf = (article: Article, ws: readonly Word[]): string =>
  ws.length === 0 ? '' : article.text.slice(ws[0]?.start ?? 0, ws.at(-1)?.end ?? 0);
const titleCase = (s: string): string => s.charAt(0) + s.slice(1).toLowerCase();
const gazetteerName = (s: string): string | undefined => {
  const alias = PLACE_ALIASES.get(s);
  if (alias) return alias;
  if (PLACES.has(s)) return s;
  if (/^\p{Lu}+$/u.test(s) && PLACES.has(titleCase(s))) return titleCase(s);
  return undefined;
};
const NATURAL_FEATURES = /^(?:River|Lake|Sea|Ocean|Mountains|Desert|Island|Islands|Valley|Canal|Gulf|Bay|Peninsula|Basin|Delta)$/;
const MONTH_WORDS = new Set(['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']);
const isTitleWord = (w: string): boolean => TITLE_WORDS.has(w) && !HONORIFICS.has(w);
/** How a country's adjective is made ("Bavorian", "Lesmarkese", "Ostrish"). */
const DEMONYM = /^\p{Lu}\p{Ll}+(?:ian|ean|an|ese|ish|i)$/u;
/** An office named with "of" just before a run: "Minister of Energy and …", "Secretary for …". */
const OFFICE_BEFORE = /\b(?:Minister|Secretary|Director|Commissioner|Chancellor|President|Head|Chief|Governor)\s+(?:of|for)\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}-]*\s+)*(?:and|&)\s+)?$/u;

/** Where an office named with "of" starts, when one ends right before `at` (the office's last words run on). */
function officeBefore(text: string, at: number): number | undefined {
  const head = text.slice(Math.max(0, at - 80), at);
  const m = OFFICE_BEFORE.exec(head);
  return m ? at - head.length + m.index : undefined;
}

/** Joins org runs split by "of"/"for (the)": "Government" + "of" + "National Accord" → one run. */
function mergeOrgRuns(article: Article, runs: Run[]): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    const prev = out.at(-1);
    if (prev && prev.sentence === run.sentence && !prev.possessive && !prev.compound) {
      const between = article.text.slice(prev.words.at(-1)?.end ?? 0, run.words[0]?.start ?? 0);
      // "Fenwick Canal and Railway Company": "and" joins only when what follows ends the name as an organisation
      // ("Ashby Primary School and St Aldric's … School" are two: the first is whole already)
      const connector = /^ (?:of|for|on|of the|for the|and the) $/.test(between) || (between === ' and ' && ORG_HEADS.has(run.words.at(-1)?.text ?? '') && !ORG_HEADS.has(prev.words.at(-1)?.text ?? ''));
      // "the engineer Tobias Wrenfield for the Lights Board": a person's name is not the start of the board's
      // (after a title: "Dr. Amara Quist of the University of Holm")
      let named = prev.words;
      while (named.length > 2 && (TITLE_WORDS.has(named[0]?.text ?? '') || HONORIFICS.has(named[0]?.text ?? ''))) named = named.slice(1);
      const personLike = named.length >= 2 && named.length <= 3 && named.every((w) => /^\p{Lu}\p{Ll}/u.test(w.text) && !ORG_HEADS.has(w.text) && !PLACE_HEADS.has(w.text) && !THING_HEADS.has(w.text) && !NON_NAME_WORDS.has(w.text) && !NATIONALITIES.has(w.text) && !TITLE_WORDS.has(w.text));
      const orgish = prev.words.some((w) => ORG_HEADS.has(w.text)) || (!personLike && run.words.some((w) => ORG_HEADS.has(w.text)));
      // ("Wenshire Fire and Rescue Service (WFRS)": the acronym after it spells both halves)
      const end = run.words.at(-1)?.end ?? 0;
      const acronym = /^\s*\((\p{Lu}{3,})\)/u.exec(article.text.slice(end, end + 14))?.[1];
      const spelled = acronym !== undefined && [...prev.words, ...run.words].map((w) => w.text[0]).join('') === acronym;
      // ("Wessmoor Fire and Rescue Service": what "and" joins ends as an organisation, so the whole is one)
      if (connector && (orgish || spelled || between === ' and ')) {
        out[out.length - 1] = { ...prev, words: [...prev.words, ...run.words], possessive: run.possessive, compound: run.compound };
        continue;
      }
    }
    out.push(run);
  }
  return out;
}

function classify(article: Article, run: Run): Candidate[] {
  let ws = [...run.words];
  const runStart = run.words[0]?.start ?? 0;
  const runEnd = run.words.at(-1)?.end ?? 0;
  /** The text just before the run, or just after it. */
  const textBefore = (chars: number): string => article.text.slice(Math.max(0, runStart - chars), runStart);
  const textAfter = (chars: number): string => article.text.slice(runEnd, runEnd + chars);
  const after = textAfter(14);
  // "WASHINGTON (AP)" is a dateline place and its agency, not an organisation and its acronym.
  const datelinePlace = ws.length === 1 && gazetteerName(ws[0]?.text ?? '') !== undefined;
  const acronym = run.possessive || run.compound || datelinePlace ? null : /^\s*\((\p{Lu}[\p{Lu}\p{N}&-]{1,9})\)/u.exec(after)?.[1];
  const start = (): number => ws[0]?.start ?? 0;
  const end = (): number => ws.at(-1)?.end ?? 0;

  if (acronym) {
    // Prefer the shortest tail whose initials spell the acronym: "Libya National Oil Corporation (NOC)".
    for (let i = 0; i < ws.length; i++) {
      const initials = ws.slice(i).map((w) => w.text[0]).join('');
      if (initials === acronym) {
        ws = ws.slice(i);
        break;
      }
    }
    while (ws.length > 1 && NON_NAME_WORDS.has(ws[0]?.text ?? '') && !ORG_HEADS.has(ws[0]?.text ?? '') && ws[0]?.text[0] !== acronym[0]) ws.shift();
    const name = textOf(article, ws);
    if (name !== acronym) return [{ kind: 'org', name, acronym, start: start(), end: end(), run }];
  }

  // Leading function words ("The", "In", "For") are never part of a name; a place's prefix after "the" is ("the
  // Little Ambrel" is another river than the Ambrel)
  while (ws.length > 0 && NON_NAME_WORDS.has(ws[0]?.text ?? '') && !ORG_HEADS.has(ws[0]?.text ?? '')) {
    const [first, next] = ws;
    ws = ws.slice(1);
    if (first?.text === 'The' && ws.length >= 2 && PLACE_PREFIXES.has(next?.text ?? '')) break;
  }
  // Letters after a name are no part of it ("Jonathan Ferrey KC", "Ann Lee OBE", "John Smith Jr")
  while (ws.length > 2 && POST_NOMINALS.has(ws.at(-1)?.text ?? '')) ws.pop();
  if (ws.length === 0) return [];

  const joined = textOf(article, ws);
  if (ws.length === 1 && /^(?:\p{Lu}\.){2,}$/u.test(joined)) {
    const place = gazetteerName(joined);
    if (place) return [{ kind: 'place', name: place, start: start(), end: end(), run }];
    const org = KNOWN_ORGS.get(joined);
    if (org) return [{ kind: 'org', name: joined.replace(/\./g, ''), acronym: joined.replace(/\./g, ''), start: start(), end: end(), run }];
    return [];
  }

  // ("Cllr Owen Pritchard (Lib Dem)": a party, never a person)
  if (PARTIES.test(joined) || (PARTIES_IN_BRACKETS.test(joined) && /\($/.test(textBefore(1)) && /^\)/.test(textAfter(1)))) return [{ kind: 'org', name: joined, acronym: '', start: start(), end: end(), run }];
  const agency = NEWS_AGENCIES.get(joined);
  if (agency) return [{ kind: 'org', name: agency, acronym: agency === joined ? '' : joined, start: start(), end: end(), run }];

  const place = gazetteerName(joined);
  // "Russia-backed forces", "Tripoli-based government": an attribute, not a mention of the place as such.
  if (place && run.compound) return [];
  if (place) return [{ kind: 'place', name: place, start: start(), end: end(), run }];

  // ("the Member of Parliament for Cresswold North": an office, not the body it sits in)
  if (ws.length > 1 && /^Members?\s+of\s/.test(joined)) return [];
  // ("Mines Minister Hester Quaile": a portfolio, a title and a whole name are a person's, whatever the portfolio is)
  const portfolio = ws.length >= 4 && ws.length <= 5 && isTitleWord(ws[1]?.text ?? '') && !ws.slice(2).some((w) => ORG_HEADS.has(w.text) || PLACE_HEADS.has(w.text) || isTitleWord(w.text));
  if (ws.length > 1 && !portfolio && ws.some((w) => ORG_HEADS.has(w.text)) && !ws.every((w) => isTitleWord(w.text) || NATIONALITIES.has(w.text))) {
    // An org head after a title run is a person's role ("Party leader …") only when a name follows; keep it simple.
    const known = ORG_BY_NAME.get(joined.toLowerCase());
    return [{ kind: 'org', name: joined, acronym: known ?? '', start: start(), end: end(), run }];
  }

  if (ws.length === 1 && /^\p{Lu}[\p{Lu}\p{N}]{1,7}$/u.test(joined) && !NON_ORG_CAPS.has(joined)) {
    return [{ kind: 'org', name: joined, acronym: joined, start: start(), end: end(), run }];
  }

  // "the historian Eleanor Marsh", "the engineer Tom Bridge": a person noun before the name outweighs its last word
  const before = nounBefore(article.text, run.words[0]?.start ?? 0);
  // (or one a role is stated for, or who speaks: "Ruaridh Moss, head of metals research, …", "Ann Wood said")
  const named = (): boolean => {
    if (ws.length < 2 || ws.length > 3) return false;
    // ("businesses on Quay Road said": a street's, whatever follows)
    if (/\b(?:on|in|at|along|near|from|into|across|outside|inside|off)\s+$/.test(textBefore(12))) return false;
    if (before !== undefined && namesPerson(before)) return true;
    if (SPEECH_VERBS.has(/^\s+([a-z]+)\b/.exec(article.text.slice(end(), end() + 20))?.[1] ?? '')) return true;
    // (or right after one: '"I was terrified," said Amy Lane, 9.')
    // (only verbs a speaker follows: "a bay called Seal Cove" names a place)
    if (/\b(?:said|says|added|adds|asked|replied|explained|insisted|warned|recalled|admitted|agreed)\s+$/.test(textBefore(14))) return true;
    const givenRole = statedRole(article.text, start(), end()).split(/\s+/)[0] ?? '';
    return DESCRIPTIVE_NOUNS.has(givenRole) || ROLE_QUALIFIERS.test(givenRole);
  };
  if (ws.length > 1 && (PLACE_HEADS.has(ws.at(-1)?.text ?? '') || PLACE_PREFIXES.has(ws[0]?.text ?? '')) && !named()) {
    return [{ kind: 'place', name: joined, start: start(), end: end(), run }];
  }

  // (nor is a comet, a storm or a ship: "Comet Ledvinka", "Hurricane Delia", "HMS Vigil", "the crab boat Marram Lass")
  // (a ship is called by its name without the prefix: "the MV Corrie Dawn" is "the Corrie Dawn")
  if (ws.length > 1 && VESSEL_NOUN_BEFORE.test(textBefore(16))) return [{ kind: 'thing', name: joined, start: start(), end: end(), run }];
  if (ws.length > 1 && THING_PREFIXES.has(ws[0]?.text ?? '')) return [{ kind: 'thing', name: SHIP_PREFIX.test(ws[0]?.text ?? '') ? textOf(article, ws.slice(1)) : joined, start: start(), end: end(), run }];
  // Events, works and buildings ("Louisiana Purchase", "Gateway Arch") are not people; their places are not named here.
  if (ws.length > 1 && THING_HEADS.has(ws.at(-1)?.text ?? '') && !named()) return [{ kind: 'thing', name: joined, start: start(), end: end(), run }];

  // A place inside a longer run ("Libya Crisis", "Rome Friday"): take the place, drop the rest.
  const inner = ws.map((w) => gazetteerName(w.text));
  if (inner.some(Boolean)) {
    return ws.flatMap((w, i) => {
      const name = inner[i];
      return name ? [{ kind: 'place' as const, name, start: w.start, end: w.end, run }] : [];
    });
  }

  // "St Aldric's", "at St Aldric's", "St Aldric's Church": a church, a school or a hospital named for a saint, not
  // a person in the story (who may be called St John: "St John Hale said")
  const saint = ws.length >= 2 && /^(?:St|St\.|Saint)$/.test(ws[0]?.text ?? '');
  if (saint && (run.possessive || /\b(?:at|in|to|from|of|near|outside|inside)\s+$/.test(textBefore(10)))) {
    return [{ kind: 'place', name: textOf(article, ws), start: ws[0]?.start ?? 0, end: ws.at(-1)?.end ?? 0, run }];
  }
  // a whole quotation in capitals is a slogan or a title: banners reading "Keep Hollowell Learning"
  if (/["“‘]$/.test(textBefore(1)) && /^[.,!?]?["”’]/.test(textAfter(2))) return [];

  // People: a run of title words (with nationality adjectives) before the name is the role. A demonym the
  // nationality list does not hold counts before a title word ("Bavorian Prime Minister Greta Hollmann").
  let k = 0;
  let titled = false;
  // (and so does a portfolio before a title: "Industry Minister Sabine Kettleworth", "Water Secretary …")
  // (and a place before a title, with a whole name after it: "Marrick Mayor Ilse Corrigan")
  const nationality = (i: number) =>
    NATIONALITIES.has(ws[i]?.text ?? '') ||
    ((DEMONYM.test(ws[i]?.text ?? '') || wordnet().isMostlyNoun((ws[i]?.text ?? '').toLowerCase())) && isTitleWord(ws[i + 1]?.text ?? '') && i + 2 < ws.length) ||
    (i === 0 && isTitleWord(ws[1]?.text ?? '') && ws.length >= 4 && !HONORIFICS.has(ws[0]?.text ?? '')) ||
    // (a word between two title words belongs to the title: "Chief Fire Officer Maren Druitt", "Chief Medical Officer …")
    (i > 0 && isTitleWord(ws[i - 1]?.text ?? '') && isTitleWord(ws[i + 1]?.text ?? '') && i + 3 <= ws.length);
  // a person noun written as a title before a whole name: "Parent Li Wen", "Headteacher Owen Price", "Councillors
  // Peter Lang"
  const personTitle = (i: number) => i === 0 && ws.length >= 3 && personNounTitle(ws[0]?.text ?? '');
  while (k < ws.length - 1 && (TITLE_WORDS.has(ws[k]?.text ?? '') || nationality(k) || personTitle(k))) {
    if (TITLE_WORDS.has(ws[k]?.text ?? '') || personTitle(k)) titled = true;
    k++;
  }
  // "Minister of Energy and Infrastructure Hanna de Vries": the office's last words ran into the name
  const office = officeBefore(article.text, run.words[0]?.start ?? 0);
  let officeEnd = -1;
  if (office !== undefined && k === 0) {
    while (k < ws.length - 2 && (TITLE_WORDS.has(ws[k]?.text ?? '') || wordnet().isMostlyNoun((ws[k]?.text ?? '').toLowerCase()))) k++;
    if (k > 0) {
      titled = true;
      officeEnd = ws[k - 1]?.end ?? -1;
    }
  }
  const roleWords = ws.slice(0, k).filter((w) => !HONORIFICS.has(w.text));
  const core = ws.slice(k);
  const bad = core.some(
    (w) =>
      // A title word inside a name is a name ("John Major"); before it, it was taken as the role.
      // Month names inside a name are names ("Theresa May").
      ((NON_NAME_WORDS.has(w.text) && !(w !== core[0] && MONTH_WORDS.has(w.text))) ||
        NATIONALITIES.has(w.text) ||
        (TITLE_WORDS.has(w.text) && w === core[0]) ||
        (/^\p{Lu}[\p{Lu}\p{N}]+$/u.test(w.text) && !(w === core.at(-1) && core.length > 1 && /^[IVX]+$/.test(w.text)))) &&
      !NAME_PARTICLES.has(w.text.toLowerCase()),
  );
  if (bad || core.length === 0 || core.length > 5) return [];
  const name = textOf(article, core);
  const s = core[0]?.start ?? 0;
  const e = core.at(-1)?.end ?? 0;
  // a title and an office stated around the name are both kept ("the city's mayor, Alderman Henry Pellow")
  const titleRole =
    office !== undefined && officeEnd >= 0 ? article.text.slice(office, officeEnd)
    // ("Capt Alasdair Rennick" is a captain: an abbreviated title is read in full)
    : roleWords.some((w) => isTitleWord(w.text)) ? roleWords.map((w) => TITLES_IN_FULL[w.text.replace(/\.$/, '')] ?? w.text).join(' ')
    : roleWords.length === 1 && personNounTitle(roleWords[0]?.text ?? '') ? singularOf((roleWords[0]?.text ?? '').toLowerCase())
    : '';
  // (an honorific opens the name as written: "The trust's chief executive, Dr Helena Marchbank,")
  let from = run.words.findIndex((w) => w === ws[0]);
  // (and a title: "The ferry's master, Capt Alasdair Rennick,")
  while (from > 0 && (HONORIFICS.has(run.words[from - 1]?.text ?? '') || TITLE_WORDS.has(run.words[from - 1]?.text ?? ''))) from--;
  const stated = statedRole(article.text, run.words[from]?.start ?? ws[0]?.start ?? s, e);
  const role = titleRole && stated && !titleRole.toLowerCase().includes(stated.toLowerCase()) ? `${titleRole}, ${stated}` : titleRole || stated;
  // "District Dockers", "Tessly Fusiliers", "Fifteen Weeks": a group or a span of time, not a person
  const lastWord = core.at(-1)?.text ?? '';
  // "Valerider Coaches, a family firm based in Brackhurst": a name set off as a body is a body's
  const setOffAs = /^,\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,3}?([a-z]+)(?=\s+(?:based|founded|that|which|owned|run|set|in|from|with|of)\b|[,.;])/.exec(article.text.slice(e, e + 80))?.[1];
  if (!titled && core.length >= 2 && setOffAs !== undefined && ORG_NOUNS.has(setOffAs) && !named()) return [{ kind: 'org', name, acronym: '', start: s, end: e, run }];
  // ("the Market Figures", a series of figurines: things, as "an early Market Figure" is one)
  const afterThe = /\b[Tt]he\s+$/.test(article.text.slice(Math.max(0, s - 5), s));
  if (!titled && !role && core.length >= 2 && afterThe && wordnet().isPluralNoun(lastWord.toLowerCase()) && !wordnet().isPersonNoun(lastWord.toLowerCase())) return [{ kind: 'thing', name, start: s, end: e, run }];
  if (!titled && core.length >= 2 && (wordnet().isPluralNoun(lastWord.toLowerCase()) || NUMBER_WORDS.has((core[0]?.text ?? '').toLowerCase()))) return [];
  // "the brig Marigold Vane", "the novel The Long Watch": a name a common noun says is a thing's, not a person's
  // (a name of two words or more: in "after his death Tolvik moved" the noun ends another phrase)
  // (a craft is a person's: "the mason Corvin Halbach")
  const thing = before !== undefined && !DESCRIPTIVE_NOUNS.has(before) && wordnet().isNoun(before) && !wordnet().isMostlyAdjective(before) && !wordnet().isPersonNoun(before) && !wordnet().kindsOf(before).has('person');
  if (!titled && !role && core.length >= 2 && thing) return [{ kind: 'thing', name, start: s, end: e, run }];
  // "the aid group Waterline Relief": a body's noun before the name; "the provincial capital, Kesh Amar,": a place's
  if (!titled && core.length >= 2 && /\b(?:the|a|an)\s+(?:[a-z-]+\s+){0,2}(?:group|charity|organisation|organization|agency|network|foundation|association|society|consortium|coalition|alliance|movement|campaign|nonprofit|non-profit)\s+$/.test(textBefore(60))) return [{ kind: 'org', name, acronym: '', start: s, end: e, run }];
  if (!titled && core.length >= 2 && PLACE_NOUN_SET_OFF.test(textBefore(30))) return [{ kind: 'place', name, start: s, end: e, run }];
  // (or a plural for what they are, stated before the name: "the letting agents Corrigan Fell")
  if (!titled && core.length >= 2 && /^(?:[a-z]+\s+)?[a-z]+s$/.test(role) && wordnet().isPluralNoun(role.split(/\s+/).at(-1) ?? '')) return [{ kind: 'org', name, acronym: '', start: s, end: e, run }];
  // "an analyst at Greystone Kemp", "a lawyer with Harker Vane": where a person works is no person
  const employer = /\b([a-z]{3,})\s+(?:at|with|for)\s+$/.exec(textBefore(40))?.[1];
  if (!titled && core.length >= 2 && employer !== undefined && namesPerson(employer)) return [{ kind: 'org', name, acronym: '', start: s, end: e, run }];
  // "chief executive of Tessaly Renewables", "founder of Harker Vane": what someone leads or works for is no person
  if (!titled && core.length >= 2 && /\b(?:chief executive|executive|director|chairman|chairwoman|chair|president|founder|co-founder|owner|boss|spokesman|spokeswoman|spokesperson|employee|manager)\s+of\s+$/.test(textBefore(40))) return [{ kind: 'org', name, acronym: '', start: s, end: e, run }];
  // "the Liberal Democrat group", "the Save Our Schools campaign": a name before a group's noun names the group
  // ("the Sarraj government" still names Sarraj)
  const nounAfter = /^\s+([a-z]{3,})\b/.exec(article.text.slice(e, e + 30))?.[1];
  if (!titled && !role && core.length >= 2 && /\b(?:the|a|an)\s+$/i.test(textBefore(5)) && GROUP_NOUNS.has(nounAfter ?? '')) return [];
  // "Kessenau Porcelain Manufactory", "Blue Thistle", "Summit Shaft": a name ending in a common noun for a thing, a
  // body or a place, that opens with a common word or runs to three words, is no one's, unless the article has its
  // last word speak or go by a title ("Rose Hill said", "Mrs Hill")
  // "known as the Bridge Staithe", "held by the Westrand Provincial Archive", "the Corrie Dawn had passed": a name
  // written after "the" is a thing's, a body's or a place's; people's names go without it
  // (not an office: "the Bell Warden wears a cloak"; though one with its date is an event: "the Scarra Runaway of 19
  // August 1923")
  const dated = /^\s+of\s+(?:\d{1,2}\s+\p{Lu}\p{Ll}+\s+|\p{Lu}\p{Ll}+\s+)?\d{4}\b/u.test(article.text.slice(e, e + 30));
  if (!titled && core.length >= 2 && afterThe && !named() && (dated || (!wordnet().kindsOf(lastWord.toLowerCase()).has('person') && !wordnet().isPersonNoun(lastWord.toLowerCase())))) {
    const kind = kindOfName(lastWord.toLowerCase());
    if (kind === 'org') return [{ kind: 'org', name, acronym: '', start: s, end: e, run }];
    if (kind === 'place') return [{ kind: 'place', name, start: s, end: e, run }];
    return [{ kind: 'thing', name, start: s, end: e, run }];
  }
  // "the market town of Lusk Harran", "the summit station at Corrabeg Saddle", "trains stop at Scarra Loop": a name after
  // a place's noun and "of", or after "at", is a place's (where someone works, after "at", was read above)
  if (!titled && !role && core.length >= 2 && !named() && (PLACE_NOUN_OF.test(textBefore(30)) || /\bat\s+$/.test(textBefore(4)))) return [{ kind: 'place', name, start: s, end: e, run }];
  // "Pellinmouth Strand" in a text that also says "in Pellinmouth": a name opening with a place's is no one's
  // (when it ends in a word for a place or a structure: "Orvath Steel" may be a company that is "in Orvath")
  if (!titled && !role && core.length >= 2 && !named() && kindOfName(lastWord.toLowerCase()) !== 'thing' && placeAlone(article.text, core[0]?.text ?? '')) {
    return [{ kind: 'place', name, start: s, end: e, run }];
  }
  if (!titled && !role && core.length >= 2 && !named()) {
    const thing = thingNamed(article.text, core.map((w) => w.text));
    if (thing === 'org') return [{ kind: 'org', name, acronym: '', start: s, end: e, run }];
    if (thing === 'place') return [{ kind: 'place', name, start: s, end: e, run }];
    if (thing === 'thing') return [{ kind: 'thing', name, start: s, end: e, run }];
  }
  if (core.length >= 2 || titled) return [{ kind: 'person', name, role, titled, start: s, end: e, run }];
  if (run.initial && run.words.length === 1) return [{ kind: 'single', name, start: s, end: e, run }];
  return [{ kind: 'single', name, start: s, end: e, run }];
}

/** The prefixes of ships' names ("HMS", "MV"). */
const SHIP_PREFIX = /^(?:HMS|HMY|RMS|SS|MV|USS)$/;
/** Words for a parent, a child or a spouse that a relative's name follows ("children of Aurel Vessling", "his father, …"). */
const KIN_BEFORE = /\b(?:child|children|son|sons|daughter|daughters|father|mother|parents|wife|husband|widow|brother|sister|grandson|granddaughter|grandfather|grandmother|nephew|niece|uncle|aunt)\s*(?:,\s*|\s+of\s+)?$/;
/** Nouns for a place that a name of one follows ("the provincial capital, Kesh Amar", "the river town of Ostreby"). */
const PLACE_NOUNS = 'capital|city|town|village|province|region|district|county|port|island|suburb|municipality|hamlet';
const PLACE_NOUN_SET_OFF = new RegExp(`\\b(?:${PLACE_NOUNS})\\s*,\\s*$`);
/** (after "of", a parish or a valley too: "down the valley, Gunnar Ståhlberg" is no place, "the valley of Orva" is) */
const PLACE_NOUN_OF = new RegExp(`\\b(?:${PLACE_NOUNS}|parish|valley)\\s+of\\s+$`);
/** The verbs of speech, as a regular expression's alternatives. */
const SPEECH_VERB_ALTERNATION = [...SPEECH_VERBS].join('|');
/** Kinds of body a thing-noun at the end of a name makes the name's ("manufactory", "constabulary", "archive"). */
const BODY_KINDS = new Set(['organization', 'organisation', 'institution', 'establishment', 'company', 'business', 'enterprise', 'firm', 'factory', 'industrial_plant', 'works', 'facility', 'building', 'structure', 'agency', 'association', 'club', 'society', 'school', 'depository', 'repository']);
/** Kinds of place ("route", "orchard", "dale"). */
const PLACE_KINDS = new Set(['location', 'region', 'geological_formation', 'body_of_water', 'land', 'tract', 'way', 'road', 'route', 'area', 'geographical_area', 'natural_elevation', 'valley', 'passage']);

/**
 * Whether a capitalised name is a thing's, a body's or a place's by its last word, a common noun for one (not a
 * person), with a first word (or, in a name of three words, a word inside it) that the text also writes in lower
 * case; undefined when it may be a person's.
 */
function thingNamed(text: string, words: readonly string[]): 'org' | 'place' | 'thing' | undefined {
  const last = (words.at(-1) ?? '').toLowerCase();
  const first = (words[0] ?? '').toLowerCase();
  if (!/^[a-z]{3,}$/.test(last) || !wordnet().isMostlyNoun(last) || wordnet().isPersonNoun(last)) return undefined;
  // (a common word in this very text, where it is also written in lower case: "Blue", "Summit"; "Anna", "Tom" are not)
  const common = (w: string) => /^[a-z]{3,}$/.test(w) && !wordnet().isPersonNoun(w) && new RegExp(`\\b${w}\\b`).test(text);
  if (!(words.length >= 3 ? words.slice(1, -1).some((w) => common(w.toLowerCase())) : common(first))) return undefined;
  const written = escapeRegExp(words.at(-1) ?? '');
  if (new RegExp(`\\b(?:Mr|Mrs|Ms|Miss|Dr|Prof)\\.?\\s+${written}\\b|\\b${written}\\s+(?:${SPEECH_VERB_ALTERNATION})\\b`).test(text)) return undefined;
  return kindOfName(last);
}

/** Whether the text writes this word alone as a place, after "in" or "at" and before no other name ("in Pellinmouth"). */
function placeAlone(text: string, word: string): boolean {
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(word)) return false;
  return new RegExp(`\\b(?:${[...PLACE_PREPOSITIONS].join('|')})\\s+${escapeRegExp(word)}\\b(?![\\s-]+\\p{Lu})(?!['’])`, 'u').test(text);
}

/** What a name is by the common noun it ends in: a body's ("archive"), a place's ("shelf") or else a thing's. */
function kindOfName(last: string): 'org' | 'place' | 'thing' {
  const kinds = new Set([last, ...wordnet().kindsOf(last)]);
  if ([...kinds].some((k) => BODY_KINDS.has(k))) return 'org';
  if ([...kinds].some((k) => PLACE_KINDS.has(k))) return 'place';
  return 'thing';
}

/** Nouns that describe a person next to their name ("UNICEF spokesman X", "X, the U.N. envoy for Libya"). */
const DESCRIPTIVE_NOUNS = new Set([
  ...ROLE_NOUNS, 'spokesperson', 'strongman', 'representative', 'head', 'coordinator', 'analyst', 'expert', 'researcher',
  'reporter', 'correspondent', 'author', 'founder', 'ceo', 'lawyer', 'writer', 'poet', 'novelist', 'journalist', 'actor',
  'actress', 'singer', 'scientist', 'historian', 'artist', 'composer', 'painter', 'philosopher', 'explorer', 'trader',
  'traders', 'merchant', 'economist', 'professor', 'student', 'activist', 'witness', 'resident', 'doctor', 'teacher',
  'executive', 'chair', 'chairperson', 'manager', 'engineer', 'officer', 'councillor', 'councilor', 'owner', 'operator',
  'architect', 'curator', 'astronomer', 'astrophysicist', 'physicist', 'schoolteacher', 'pilot', 'captain', 'surveyor',
]);
/**
 * The common noun just before a name, after a determiner and at most one number or adjective ("the brig …", "the
 * 1979 film …", "the historian …"). None in "the government sent Robert Fane": there the word before is a verb.
 */
function nounBefore(text: string, at: number): string | undefined {
  const m = /\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:([\p{L}\p{N}-]+)\s+)?([a-z]{3,})\s+$/u.exec(text.slice(Math.max(0, at - 40), at));
  const between = m?.[1];
  // (a number, a measure, "14-metre", or an adjective between)
  return m && (between === undefined || /^\d+(?:[.,]\d+)?(?:-[a-z]+)?$/.test(between) || wordnet().isMostlyAdjective(between.toLowerCase())) ? m[2] : undefined;
}
/** A noun for a person: listed, or a noun WordNet says is a kind of person and is no adjective first ("broad" is). */
const namesPerson = (word: string): boolean =>
  // (not a word that is mostly grammar: WordNet's "have" is a rich person, its "will" a wish)
  !STOPWORDS.has(word) &&
  // (nor a participle WordNet reads back to a person: "the neighbouring Sennet Fen" is no neighbour; "sibling" is a noun)
  (!/ing$/.test(word) || DESCRIPTIVE_NOUNS.has(word) || wordnet().isMostlyNoun(word)) &&
  (DESCRIPTIVE_NOUNS.has(word) || (wordnet().isPersonNoun(word) && !wordnet().isMostlyAdjective(word)) || (PERSON_SUFFIX.test(word) && !wordnet().knows(word)) || compoundPersonNoun(word));
/** A person noun WordNet lacks made of a word and a listed one: "headteacher", "stationmaster". */
const compoundPersonNoun = (word: string): boolean =>
  /^[a-z]{7,}$/.test(word) && !wordnet().knows(word) && ([...DESCRIPTIVE_NOUNS].some((n) => n.length >= 5 && word.length >= n.length + 3 && word.endsWith(n)) || manOf(word));
/** "trawlerman", "lifeboatwoman": a person of a thing WordNet knows. */
const manOf = (word: string): boolean => {
  const m = /^([a-z]{4,}?)s?(?:wo)?man$/.exec(word);
  return m !== null && wordnet().isNoun(m[1] ?? '');
};
/** A capitalised common noun for a person, used as a title ("Parent", "Headteacher", "Councillors"). */
function personNounTitle(word: string): boolean {
  if (!/^\p{Lu}\p{Ll}{3,}$/u.test(word) || HONORIFICS.has(word)) return false;
  return namesPerson(singularOf(word.toLowerCase()));
}
const singularOf = (word: string): string => (/[^s]s$/.test(word) && wordnet().isPluralNoun(word) ? word.slice(0, -1) : word);
/** How the names of trades and sciences' practitioners end, for those WordNet lacks ("glaciologist", "volcanologist"). */
const PERSON_SUFFIX = /^[a-z]{5,}(?:ologist|ographer|ician|onomist)$/;
/** Whether a word is written as a name: capitalised after a lower-case word somewhere, and never in lower case. */
function writtenAsName(text: string, word: string): boolean {
  const w = escapeRegExp(word);
  return new RegExp(`\\b\\p{Ll}[\\p{L}'’-]*\\s+${w}\\b`, 'u').test(text) && !new RegExp(`\\b${escapeRegExp(word.toLowerCase())}\\b`).test(text);
}

/** Whether a word is the subject of what companies do, or owns what they own ("Castellan said", "Castellan's offer"). */
function actsAsCompany(text: string, word: string): boolean {
  const w = escapeRegExp(word);
  return new RegExp(`\\b${w}\\s+(?:said|says|would|will|has|had|thinks|bid|offered|wants|plans|declined|agreed|announced|expects|expected|employs|employed|operates|operated)\\b|\\b${w}['’]s\\s+(?:[a-z-]+\\s+)?(?:${COMPANY_POSSESSIONS}|bid|offer|chief)\\b`).test(text);
}

/** What a company has and a person does not ("Orvath's board", "Orvath's shares"). */
const COMPANY_POSSESSIONS = 'board|shares|shareholders|share price|plants|factories|factory|workforce|employees|subsidiary|subsidiaries|headquarters|chairman|chairwoman|chief executive|revenue|revenues|profits|profit|sales|turnover|stock|bonds|debts|customers|mills|smelter|stake in|vessels|ships|fleet|terminal|terminals|staff|routes|branches|stores';
/** A nickname given in the text: `known around the town as "Big Sam"`, `nicknamed "the Bull"`. */
const NICKNAMED = /\b(?:known(?:\s+[a-z]+){0,4}\s+as|nicknamed|dubbed)\s+["“]([^"”]{2,30})["”]|\b(?:[Ee]veryone|[Ee]verybody|[Ff]riends|[Cc]olleagues|[Rr]egulars|[Cc]ustomers|[Tt]hey|[Pp]eople)\s+calls?\s+(?:him|her)\s+(\p{Lu}[\p{L}'’-]+)\b/gu;
/** Names of institutions a short name stands for ("Ashby" for Ashby Primary School). */
const INSTITUTION = /\s(?:School|College|Academy|Hospital|Infirmary|Clinic|Museum|Library|Theatre|Club)$/;
/** What someone is, by the relative a "whose" clause names ("whose grandson …" → grandparent). */
const KIN_ROLES: Readonly<Record<string, string>> = table({
  grandson: 'grandparent', granddaughter: 'grandparent', grandchild: 'grandparent', son: 'parent', daughter: 'parent', child: 'parent', husband: 'wife', wife: 'husband', partner: 'partner',
});
/** Nouns for a group a name may stand before ("the Liberal Democrat group", "the Save Our Schools campaign"). */
const GROUP_NOUNS = new Set(['group', 'groups', 'party', 'campaign', 'committee', 'coalition', 'movement', 'caucus', 'faction', 'alliance', 'bloc', 'association', 'club', 'team', 'society', 'network', 'trust', 'foundation', 'fund', 'council', 'board']);
/** Letters written after a person's name. */
const POST_NOMINALS = new Set(['KC', 'QC', 'SC', 'MP', 'MEP', 'MSP', 'OBE', 'MBE', 'CBE', 'KBE', 'DBE', 'PhD', 'Jr', 'Jr.', 'Sr', 'Sr.', 'FRS', 'MD']);
/** Nouns for anyone at all: no role. */
const PLAIN_PERSONS = new Set(['woman', 'man', 'person', 'girl', 'boy', 'child', 'lady', 'gentleman', 'individual', 'someone', 'people']);
/** "X, who chairs the residents' association": the verb of a relative clause that states a role, and the role. */
const ROLE_VERBS: Readonly<Record<string, string>> = table({
  chairs: 'chair', heads: 'head', leads: 'leader', runs: 'head', directs: 'director', manages: 'manager', founded: 'founder', owns: 'owner',
  hosts: 'host', presents: 'presenter', edits: 'editor', coaches: 'coach', captains: 'captain', farms: 'farmer',
  // (and what someone was: "who managed the day centre until it closed")
  chaired: 'chair', headed: 'head', led: 'leader', ran: 'head', run: 'head', directed: 'director', managed: 'manager', owned: 'owner',
  hosted: 'host', edited: 'editor', coached: 'coach', captained: 'captain', farmed: 'farmer',
});
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'The', 'A', 'An', 'His', 'Her', 'Its', 'Their']);
/** Lower-case words that belong to a role before its noun ("finance chief", "foreign minister", "deputy head"). */
const ROLE_QUALIFIERS =
  /^(?:fur|oil|gas|arms|aid|trade|foreign|government|opposition|party|army|police|military|senior|former|finance|health|education|defence|defense|interior|justice|economy|transport|culture|energy|environment|labour|labor|security|intelligence|press|deputy|vice|prime|chief|head|principal|resident|assistant|executive|managing|general|interim|acting)$/;
const isLowerWord = (w: string): boolean => w !== '' && w[0] !== w[0]?.toUpperCase();

/** An office named with "of" or "for", set off before a name: "Lesmark's Minister of Water Resources, ". */
function officeSetOff(before: string): string {
  const office = /\b((?:\p{Lu}[\p{L}-]*(?:['’]s)?\s+){0,2}\p{Lu}[\p{L}-]*\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:and\s+|&\s+)?\p{Lu}[\p{L}-]*){0,4}),\s+$/u.exec(before);
  return office?.[1] && office[1].split(/\s+/).some((w) => isTitleWord(w)) ? office[1].replace(/^(?:The|A|An|His|Her|Its|Their)\s+/, '') : '';
}

/**
 * The role the text states around a name that has no title before it: a lower-case role noun right before the
 * name with up to two qualifiers (`UNICEF spokesman Christophe Boulierac`), or an apposition after it
 * (`Ghassan Salame, the U.N. envoy for Libya,`). Word scans, not regexes: this runs once per name at start-up.
 */
function statedRole(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - 60), start);
  // "The council's finance chief, Omar Dahl, warned": a role set off by commas before the name counts as one right before it
  // (or closing the sentence: "led by its general secretary, Thomas Alder Venn.")
  const setOff = /[^,],\s+$/.test(before) && /^(?:,\s|\.(?:\s|$))/.test(text.slice(end, end + 2));
  if (/\s$/.test(before) && (setOff || !/[,;:.!?"“”()]\s*$/.test(before))) {
    const words = before.trimEnd().replace(/,$/, '').split(/\s+/);
    const noun = words.at(-1) ?? '';
    // a noun the lists lack, after a determiner, that WordNet says is a person ("the shipowner Edwina Stallard")
    // (or after a qualifier of a role, with no determiner: "opposition lawmaker Jonas Weller")
    // (or after a noun of the trade: "hotel developer Hugo Falstead", "property investor Samuel Derrow")
    const tradeBefore = /^[a-z]{3,}$/.test(words.at(-2) ?? '') && wordnet().isMostlyNoun(words.at(-2) ?? '');
    // (or after a speech verb: "said principal Denise Abernathy-Cole"; or after an age: "the 19-year-old goalkeeper …")
    const afterSpeech = SPEECH_VERBS.has(words.at(-2) ?? '');
    const aged = /^\d+-year-old$/.test(words.at(-2) ?? '') && DETERMINERS.has(words.at(-3) ?? '');
    const personNoun = /^[a-z]{3,}$/.test(noun) && (DETERMINERS.has(words.at(-2) ?? '') || ROLE_QUALIFIERS.test(words.at(-2) ?? '') || tradeBefore || afterSpeech || aged) && namesPerson(noun);
    // (set off by commas, a capitalised office is one too: "the Home Secretary, Walter Greyburn,")
    // (the whole of an office named with "for" or "of": "The Minister for Energy and Coastal Affairs, Owen Stavely,")
    const whole = setOff && /^\p{Lu}/u.test(noun) ? officeSetOff(before) : '';
    if (whole) return whole;
    if (DESCRIPTIVE_NOUNS.has(noun) || personNoun || (setOff && (DESCRIPTIVE_NOUNS.has(noun.toLowerCase()) || isTitleWord(noun)))) {
      const out = [noun];
      for (let i = words.length - 2; i >= 0 && out.length < 3; i--) {
        const w = words[i] ?? '';
        if (!w || /[,;:.!?"“”()]$/.test(w) || DETERMINERS.has(w)) break;
        // Lower-case qualifiers must be nationalities or nouns of the role ("fur traders"), not verbs ("told").
        // (an -ing noun of the trade stays: "planning officer Hugh Tandy", "marketing director")
        if (isLowerWord(w) && ((/(?:ed|ing)$/.test(w) && !(i === words.length - 2 && /ing$/.test(w) && wordnet().isMostlyNoun(w))) || w.length < 3 || SPEECH_VERBS.has(w))) break;
        out.unshift(w);
      }
      // (an owner and an adjective stay: "the trust's medical director")
      // (and a noun of the trade right before the role's noun: "hotel developer", "factory inspector")
      const keeps = (w: string) => DESCRIPTIVE_NOUNS.has(w) || ROLE_QUALIFIERS.test(w) || /^[a-z]{2,}['’]s$/.test(w) || (w.length > 3 && wordnet().isMostlyAdjective(w)) || (out.length === 2 && w.length > 3 && wordnet().isMostlyNoun(w));
      while (out.length > 1 && isLowerWord(out[0] ?? '') && !keeps(out[0] ?? '')) out.shift();
      return out.join(' ');
    }
  }
  // "Prosecuting, Ms Imogen Radstock said": court reports name counsel by the side they argue
  const counsel = /(?:^|[.!?]\s+|\n)(Prosecuting|Defending)(?:\s+[^,]{1,40})?,\s+(?:(?:Mr|Ms|Mrs|Miss|Dr)\.?\s+)?$/.exec(text.slice(Math.max(0, start - 60), start));
  if (counsel) return counsel[1] === 'Prosecuting' ? 'prosecutor' : 'defence barrister';
  // "A spokeswoman for the state Division of Emergency Management, Kelsey Branigan, said": a role and what it is for,
  // set off before the name
  const forWhom = setOff ? /(?:^|[.;:]\s+|,\s+|\b(?:and|but)\s+)(?:[Aa]n?|[Tt]he)\s+((?:[a-z-]+\s+){0,2}([a-z]{4,})\s+(?:for|of|at|with)\s+[^,;:"“”]{3,80}),\s+$/.exec(text.slice(Math.max(0, start - 140), start)) : null;
  if (forWhom?.[1] && namesPerson(forWhom[2] ?? '')) return forWhom[1];
  // "Lesmark's Minister of Water Resources, Karim al-Rashid,": an office named with "of", set off before the name
  const office = setOff ? officeSetOff(before) : '';
  if (office) return office;
  // "The board appointed Tobias Wrenfield as chief engineer", "Anna Berg served as mayor", "… became a teacher":
  // a person's office after "as"
  // ("Callum Brisco has run the Gull and Kettle café for eleven years": who has run something heads it)
  const ran = /^(?:,\s+\d{1,3},)?\s+(?:has|had)\s+(run|owned|managed|led|chaired|headed)\s+(?:the|a|an)\s+([^,.;:"“]{3,60})/.exec(text.slice(end, end + 80));
  if (ran?.[1] && ran[2]) return `${ROLE_VERBS[ran[1]] ?? ran[1]} of the ${ran[2].trim()}`;
  // ("Yusuf Bellamy has lived on Cask Street for 31 years": a resident of it)
  const lived = /^(?:,\s+\d{1,3},)?\s+(?:has|had)\s+lived\s+(?:in|on|at)\s+((?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})/u.exec(text.slice(end, end + 80));
  if (lived?.[1]) return `resident of ${lived[1]}`;
  // (or what they have been: "Her son, Dylan, 27, has been the bakery's head baker for six years")
  const asWords = (/^\s+(?:(?:(?:later\s+)?(?:served|worked|acted|was\s+(?:appointed|elected|named|hired|employed))\s+)?as|became)\s+(?:(?:the|a|an|its|their|his|her)\s+)?([a-z-]+(?:\s+[a-z-]+){0,2})/.exec(text.slice(end, end + 60)) ?? /^(?:,\s+\d{1,3},)?\s+(?:has|had)\s+been\s+(?:the|a|an|its|their|his|her)\s+((?:[a-z-]+['’]s\s+)?[a-z-]+(?:\s+[a-z-]+){0,2})/.exec(text.slice(end, end + 70)))?.[1]?.split(/\s+/) ?? [];
  let asRole = '';
  for (let k = 1; k <= asWords.length; k++) {
    const last = asWords[k - 1] ?? '';
    if (last.length >= 3 && namesPerson(last)) asRole = asWords.slice(0, k).join(' ');
  }
  if (asRole) return asRole;
  // "Dr. Amara Quist of the University of Holm, a climate scientist …": the apposition after where they work
  const affiliation = /^\s+(?:of|from|at)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|for|and|&|the)\s+)*\p{Lu}[\p{L}'’-]*)*(?=,)/u.exec(text.slice(end, end + 100));
  if (affiliation) {
    const role = statedRole(text, start, end + affiliation[0].length);
    if (role) return `${role} ${affiliation[0].trim()}`;
  }
  // "Grace Okoro, whose grandson Tobi …": a grandparent; "Li Wen, whose twin daughters attend …": a parent
  const kin = /^,\s+whose\s+(?:[a-z]+\s+)?(grandsons?|granddaughters?|grandchildren|grandchild|sons?|daughters?|children|child|husband|wife|partner)\b/.exec(text.slice(end, end + 60))?.[1];
  if (kin) return KIN_ROLES[kin.replace(/s$|ren$/, '')] ?? '';
  // ("who has owned the bakery since 2003", also past an apposition: "Rhiannon Quillick, Taff's daughter, who has owned …")
  const relative = new RegExp(`^(?:,\\s+[^,.;:"“]{3,40})?,\\s+who\\s+(?:has\\s+|had\\s+)?(${Object.keys(ROLE_VERBS).join('|')})\\s+(?:(?:the|a|an)\\s+)?([^,.;:"“]{3,60})`).exec(text.slice(end, end + 130));
  if (relative?.[1] && relative[2]) return `${ROLE_VERBS[relative[1]] ?? relative[1]} of the ${relative[2].trim()}`;
  // ("X, the …", "X, an …", or a role with no article: "Nadia Sorvino, president of the …")
  // (or an office with its capital and its "of": "The Rt Rev Simon Gale, Bishop of Tolbury, said")
  // (past an age: "Maureen O’Kelly, 64, a retired librarian from Pelstow,")
  const age = /^,\s+\d{1,3}(?=,\s)/.exec(text.slice(end, end + 8))?.[0].length ?? 0;
  const after = /^,\s+(?:(?:[Tt]he|an?|his|her|its|their)\s+|(?=[a-z])|(?=\p{Lu}\p{Ll}+\s+(?:of|for)\s))/u.exec(text.slice(end + age, end + age + 12));
  if (after) {
    const from = end + age + after[0].length;
    const tail = text.slice(from, from + 160);
    // Up to the apposition's closing comma; a full stop ends it only when a capital follows ("U.N. envoy" runs on).
    let stop = tail.search(/[,;:"“\n]|\.(?=\s+[^a-z]|\s*$)/);
    if (stop < 0) stop = tail.length;
    // the role, not the rest of the description ("a schoolteacher from Otterby who had travelled …")
    // (two roles joined by "and": "a glaciologist at the institute and the study's lead author")
    const [firstRole = '', ...moreRoles] = (tail.slice(0, stop).split(/\s+(?:who|which|that|whose|where|when)\s+/)[0] ?? '').split(/\s+and\s+(?=(?:the|a|an|its|their|his|her)\s)/);
    // (a name the cut would break is read to its end: "regional organiser for the Health and Care Workers' Union")
    const trimRole = (text: string, n: number) => {
      const all = text.trim().split(/\s+/);
      let k = Math.min(n, all.length);
      const capital = (w: string | undefined) => w !== undefined && /^[\p{Lu}(]/u.test(w);
      const joins = (w: string | undefined) => w !== undefined && /^(?:of|and|&|for)$/.test(w);
      const inName = (i: number) => (capital(all[i]) && (capital(all[i - 1]) || (joins(all[i - 1]) && capital(all[i - 2])))) || (joins(all[i]) && capital(all[i - 1]) && capital(all[i + 1]));
      while (k < Math.min(all.length, n + ROLE_NAME_RUN) && inName(k)) k++;
      return all.slice(0, k).join(' ').replace(/(?:\s+(?:in|at|of|for|on|from|with|and|the|a|an))+$/, '');
    };
    const second = moreRoles.map((r) => trimRole(r.replace(/^(?:the|a|an|its|their|his|her)\s+/, ''), 5)).find((r) => r.split(/\s+/).some((w) => DESCRIPTIVE_NOUNS.has(w) || (/^[a-z]{4,}$/.test(w) && namesPerson(w))));
    const phrase = trimRole(firstRole, 8) + (second ? `, ${second}` : '');
    // (with no article, the role must open the phrase: "Nadia Sorvino, president of …", not "…, who held …")
    const phraseWords = phrase.split(/\s+/);
    const first = phraseWords[0] ?? '';
    // (or a noun of the trade before one: "Piet Lund, site manager at …")
    const next = phraseWords[1] ?? '';
    const tradeRole = /^[a-z]{3,}$/.test(first) && wordnet().isMostlyNoun(first) && (DESCRIPTIVE_NOUNS.has(next) || (/^[a-z]{4,}$/.test(next) && namesPerson(next)));
    // (an office written in capitals or with its "of": "a GP at the surgery", "the Member of Parliament for Cresswold North")
    const office = ROLE_ABBREVIATIONS.has(first) || (/^Members?$/.test(first) && next === 'of');
    const opensRole = office || DESCRIPTIVE_NOUNS.has(first) || ROLE_QUALIFIERS.test(first) || (first.length > 3 && wordnet().isMostlyAdjective(first)) || namesPerson(first) || isTitleWord(first) || tradeRole;
    // (a person noun WordNet knows is a role too: "a staff nurse", "regional organiser for …")
    // ("the first woman to receive …" says what someone did, not what they are)
    const roleNoun = phraseWords.slice(0, 4).some((w) => DESCRIPTIVE_NOUNS.has(w) || (w === first && isTitleWord(w)) || (/^[a-z]{4,}$/.test(w) && !PLAIN_PERSONS.has(w) && namesPerson(w) && !wordnet().isPluralNoun(w)));
    // (or what the person is to a thing, set off after the name: "Tom Vickery, the lifeboat's helm.")
    const ofThing = phraseWords.length === 2 && /^,\s+the\s+$/.test(after[0]) && /^[a-z]{3,}['’]s$/.test(first) && wordnet().isMostlyNoun(phraseWords[1] ?? '');
    if ((roleNoun || ofThing || office) && (after[0].trim() !== ',' || opensRole || ofThing)) return phrase;
  }
  return '';
}

/** Words past a role's cut that may finish a name the cut fell in. */
const ROLE_NAME_RUN = 6;

const POSSESSIVE_OR_THE = /\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]he) /g;

/** A role set off before a name and owned by a pronoun or an organisation's common noun ("Its regional secretary, "). */
const OWNED_ROLE = /(?:\b(?:(Its|its|Their|their)|[Tt]he\s+([a-z]+)['’]s)\s+)([a-z][a-z -]*[a-z]),\s+(?:(?:Mr|Mrs|Ms|Dr|Dr\.|Prof|Prof\.)\s+)?$/;
/** The same, set off after the name ("Graham Tollervey, the company's operations director,"). */
const OWNED_ROLE_AFTER = /^,\s+(?:(its|their)|the\s+([a-z]+)['’]s)\s+([a-z][a-z -]*[a-z])[,.;]/;
/** Kinds of body an organisation's last word names ("Committee", "Union"): the company's is none of them. */
const BODIES = new Set(['committee', 'council', 'commission', 'board', 'trust', 'union', 'agency', 'ministry', 'department', 'association', 'federation', 'party', 'club', 'authority', 'court', 'league', 'alliance', 'society', 'foundation', 'institute', 'university', 'college', 'school', 'hospital', 'museum', 'church', 'army', 'police', 'bank', 'government', 'office', 'tribunal', 'assembly', 'parliament']);
/** Common nouns that stand for an organisation named before ("the company's", "the union's"), by the kinds they may be. */
const ORG_NOUNS = new Set(['company', 'firm', 'operator', 'charity', 'consortium', 'group', 'insurer', 'contractor', 'developer', 'owner', 'owners', 'regulator', ...BODIES]);
/** Whether "the company's" may be an organisation of that name: one of its kind, or a company of no listed kind. */
const orgNounFits = (noun: string, name: string): boolean => {
  const head = name.split(/\s+/).at(-1)?.toLowerCase() ?? '';
  if (!ORG_NOUNS.has(noun)) return false;
  return head === noun || (!BODIES.has(noun) && !BODIES.has(head));
};

/** Abbreviated titles in full. */
const TITLES_IN_FULL: Readonly<Record<string, string>> = {
  Capt: 'Captain', Lt: 'Lieutenant', Gen: 'General', Col: 'Colonel', Maj: 'Major', Cdr: 'Commander', Cmdr: 'Commander', Adm: 'Admiral',
  Gov: 'Governor', Sen: 'Senator', Rep: 'Representative', Sgt: 'Sergeant', Insp: 'Inspector', Supt: 'Superintendent', Det: 'Detective',
  Cllr: 'Councillor', DS: 'Detective Sergeant', DC: 'Detective Constable', DI: 'Detective Inspector', DCI: 'Detective Chief Inspector', PC: 'Police Constable',
  DSI: 'Detective Superintendent', DSU: 'Detective Chief Superintendent', PCSO: 'Police Community Support Officer', Pres: 'President', Atty: 'Attorney',
  Amb: 'Ambassador',
};
const TITLES_IN_FULL_VALUES: ReadonlySet<string> = new Set(Object.values(TITLES_IN_FULL));
/** Political parties written as names. */
const PARTIES = /^(?:Lib Dems?|Liberal Democrats?|Labour Party|Conservative Party|Green Party|Reform UK|SNP|Plaid Cymru|Democratic Party|Republican Party)$/;
/** Party names that are a party only in brackets after a name ("Cllr Jean Moss (Lab)"): "Green" may be a surname. */
const PARTIES_IN_BRACKETS = /^(?:Labour|Lab|Conservative|Con|Tory|Green|Reform|Ind|Independent|LD|Democrat|Republican|Dem|Rep|Plaid)$/;

/** Extracts and merges the entities of an article. */
export function extractEntities(article: Article): EntityResult {
  const drafts: Draft[] = [];
  const spans: Array<Omit<MentionSpan, 'entityId' | 'type'> & { draft: Draft }> = [];
  const candidates: Candidate[] = [];

  for (const unit of article.sentences) {
    if (unit.kind === 'byline') continue;
    const runs = mergeOrgRuns(article, capitalisedRuns(unit.text, unit.start, unit.index));
    for (const [i, run] of runs.entries()) {
      // a dateline opens with its place, in capitals, whether the gazetteer knows it or not ("MARRICK, Feb 11 (Westwire)")
      const first = run.words[0];
      if (unit.kind === 'dateline' && i === 0 && first && /^\p{Lu}[\p{Lu}\s.-]*$/u.test(textOf(article, run.words)) && !gazetteerName(textOf(article, run.words))) {
        const name = run.words.map((w) => titleCase(w.text)).join(' ');
        candidates.push({ kind: 'place', name, start: first.start, end: run.words.at(-1)?.end ?? first.end, run });
        continue;
      }
      candidates.push(...classify(article, run));
    }
  }

  const newDraft = (type: EntityType, name: string, order: number): Draft => {
    const d: Draft = { type, name, forms: [name], role: '', acronym: '', order, tokens: nameTokens(name), extra: [], nicknames: [], id: '' };
    drafts.push(d);
    return d;
  };
  const addForm = (d: Draft, form: string): void => {
    if (!d.forms.includes(form)) d.forms.push(form);
  };
  const mention = (d: Draft, c: Candidate, via: MentionSpan['via'] = 'name'): void => {
    spans.push({ draft: d, sentence: c.run.sentence, start: c.start, end: c.end, via });
  };

  // "chief engineer at Halder Civil" somewhere: "Halder Civil, the contractor," is the company too
  // (and "the provincial capital, Kesh Amar," the place "who represents Kesh Amar, accused …" names)
  const employers = new Set(candidates.filter((c) => c.kind === 'org').map((c) => c.name));
  const places = new Set(candidates.filter((c) => c.kind === 'place').map((c) => c.name));
  // (and "the Morning Tern" somewhere: "Morning Tern" is the boat wherever it is named)
  // ("an early Market Figure" of "the Market Figures")
  const thingKey = (name: string) => name.toLowerCase().replace(/s$/, '');
  const things = new Set(candidates.filter((c) => c.kind === 'thing').map((c) => thingKey(c.name)));
  candidates.forEach((c, i) => {
    if (c.kind === 'person' && !c.titled && employers.has(c.name)) candidates[i] = { kind: 'org', name: c.name, acronym: '', start: c.start, end: c.end, run: c.run };
    else if (c.kind === 'person' && !c.titled && places.has(c.name)) candidates[i] = { kind: 'place', name: c.name, start: c.start, end: c.end, run: c.run };
    else if (c.kind === 'person' && !c.titled && !c.role && things.has(thingKey(c.name))) candidates[i] = { kind: 'thing', name: c.name, start: c.start, end: c.end, run: c.run };
  });

  /** Of these drafts, the one mentioned last before `at` (a surname two people share is the one named last). */
  const namedLastBefore = (drafts: readonly Draft[], at: number): Draft | undefined =>
    spans.filter((sp) => sp.end <= at && drafts.includes(sp.draft)).sort((a, b) => b.start - a.start)[0]?.draft;
  // People: most complete forms first, so short forms attach to the full name.
  const people: Draft[] = [];
  const personCands = candidates
    .map((c, order) => ({ c, order }))
    .filter((x): x is { c: Extract<Candidate, { kind: 'person' }>; order: number } => x.c.kind === 'person')
    .sort((a, b) => nameTokens(b.c.name).length - nameTokens(a.c.name).length || a.order - b.order);
  const draftOf = new Map<Candidate, Draft>();
  for (const { c, order } of personCands) {
    const toks = nameTokens(c.name);
    if (toks.length === 0) continue;
    // ("Cllr Pardew said" after "Rhys Pardew, who … is no relation of the midwife": a surname with a title that two
    // people share is the one of them named last before it)
    // ("the third of five children of Aurel Vessling" in the life of Teodor Aurel Vessling: a parent or a child named
    // with the family name is someone else, even when their given name is the subject's second one)
    const kin = toks.length >= 2 && KIN_BEFORE.test(article.text.slice(Math.max(0, c.start - 30), c.start));
    const forms = people.filter((p) => isFormOf(toks, p.tokens) && (!kin || p.tokens[0] === toks[0]));
    const latest = forms.length > 1 ? namedLastBefore(forms, c.start) : undefined;
    let d = latest ?? forms[0];
    if (!d) {
      d = newDraft('person', c.name, order);
      people.push(d);
    }
    addForm(d, c.name);
    if (c.role && (!d.role || order < d.order)) d.role = c.role;
    mention(d, c);
    draftOf.set(c, d);
  }
  // Keep the first-mention order for roles: the earliest stated role wins.
  for (const p of people) {
    const first = personCands.filter((x) => draftOf.get(x.c) === p && x.c.role).sort((a, b) => a.order - b.order)[0];
    if (first) p.role = first.c.role;
  }

  /** Where a draft is first mentioned. */
  const firstSpanOf = (d: Draft) => spans.filter((sp) => sp.draft === d).sort((a, b) => a.start - b.start)[0];
  // '"…," said Marit Ellingsrud of the Brunwalt Institute.' in a sentence that opens "A geologist who has monitored
  // the flank …": someone first named as the speaker of a sentence whose subject is a role holds it
  for (const p of people) {
    if (p.role || p.type !== 'person') continue;
    const first = firstSpanOf(p);
    const unit = first ? article.sentences[first.sentence] : undefined;
    if (!first || !unit || spans.some((sp) => sp.draft !== p && sp.draft.type === 'person' && sp.sentence === first.sentence && sp.start < first.start)) continue;
    // (the speaker: a verb of saying after the name, or one that inverts before it, "said Marit Ellingsrud"; in "told
    // Marit Ellingsrud" she is who was spoken to)
    const speaks = /\b(?:said|says|added|explained)\s+$/.test(article.text.slice(Math.max(0, first.start - 12), first.start)) || SPEECH_VERBS.has(/^\s+([a-z]+)/.exec(article.text.slice(first.end, first.end + 16))?.[1] ?? '');
    // (the subject may open the sentence before, when it names no one: 'A geologist … warned that the danger had
    // not passed. "…," said Marit Ellingsrud')
    const before = article.sentences[first.sentence - 1];
    const beforeNamesNoOne = before?.paragraph === unit.paragraph && before.kind === 'body' && !spans.some((sp) => sp.draft.type === 'person' && sp.sentence === before.index);
    const subject = [unit, ...(beforeNamesNoOne && before ? [before] : [])]
      .map((u) => /^(?:(?:In|On|At|By|After|Before|During)\s+[^,]{1,30},\s+)?(?:A|An|The|the|a|an)\s+((?:[a-z-]+\s+){0,3}?([a-z-]{3,}))(?:\s+of\s+(?:the\s+)?((?:\p{Lu}[\p{L}-]*\s*){1,4})|\s+of\s+[a-z]+)?(?=\s+(?:who|whose|which|that|was|is|had|has|warned|said)\b|,)/u.exec(u.text))
      .find((m) => m?.[1] && namesPerson(m[2] ?? ''));
    if (speaks && subject?.[1]) p.role = subject[3] ? `${subject[1]} of ${subject[3].trim()}` : subject[1];
  }

  // Organisations and places, merged by acronym or name.
  const byKey = new Map<string, Draft>();
  /** The draft under this key (a new one of this type if none), with the candidate as a form and a mention of it. */
  const keyed = (key: string, type: EntityType, c: Candidate, order: number): Draft => {
    let d = byKey.get(key);
    if (!d) {
      d = newDraft(type, c.name, order);
      byKey.set(key, d);
    }
    addForm(d, article.text.slice(c.start, c.end));
    mention(d, c);
    return d;
  };
  for (const [order, c] of candidates.entries()) {
    if (c.kind === 'org') {
      const acr = c.acronym || ORG_BY_NAME.get(c.name.toLowerCase()) || '';
      const known = acr ? KNOWN_ORGS.get(acr) : undefined;
      const key = `org:${acr || c.name.toLowerCase()}`;
      const keyByName = `org:${(known ?? c.name).toLowerCase()}`;
      let d = byKey.get(key) ?? byKey.get(keyByName);
      if (!d) d = newDraft('organisation', c.name, order);
      byKey.set(key, d);
      byKey.set(`org:${c.name.toLowerCase()}`, d);
      if (acr) {
        d.acronym ||= acr;
        byKey.set(`org:${acr}`, d);
      }
      addForm(d, c.name);
      addForm(d, article.text.slice(c.start, c.end));
      if (c.name.replace(/\./g, '') === acr && known && !d.extra.includes(known)) d.extra.push(known);
      // The most complete form is the name: the spelled-out one over the acronym.
      if (c.name.length > d.name.length && c.name !== acr) d.name = c.name;
      mention(d, c);
    } else if (c.kind === 'thing') {
      // a ship, a storm, an event or a work: named, so that "the strike" or "it" can stand for it, but nobody's
      keyed(`thing:${thingKey(c.name)}`, 'thing', c, order);
    } else if (c.kind === 'place') {
      keyed(`place:${c.name.toLowerCase()}`, 'place', c, order);
      // "eastern Libya": a region of its own, and a mention of the country.
      if (DIRECTIONS.test(c.run.before) && c.run.words.length === 1) {
        const regionStart = c.start - c.run.before.length - 1;
        const region = article.text.slice(regionStart, c.end);
        const rkey = `place:${region.toLowerCase()}`;
        let r = byKey.get(rkey);
        if (!r) {
          r = newDraft('place', region, order);
          byKey.set(rkey, r);
        }
        spans.push({ draft: r, sentence: c.run.sentence, start: regionStart, end: c.end, via: 'name' });
      }
    }
  }

  // an entry titled "Corvey Island" whose text calls it "Corvey": the island, though its whole name is never written
  const feature = /^(\p{Lu}[\p{L}'’-]+)\s+(\p{Lu}\p{Ll}+)$/u.exec(article.meta.title.trim());
  if (feature?.[1] && NATURAL_FEATURES.test(feature[2] ?? '') && !byKey.has(`place:${feature[0].toLowerCase()}`) && new RegExp(`\\b${escapeRegExp(feature[1])}\\b`).test(article.text)) {
    byKey.set(`place:${feature[0].toLowerCase()}`, newDraft('place', feature[0], -1));
  }

  // "… with his younger brother Edmund": a relative named by first name alone carries the family's surname
  for (const c of candidates) {
    if (c.kind !== 'single' || nameTokens(c.name).length !== 1) continue;
    // (or of someone named: "Reed's wife, Jan,")
    const kin = /\b(?:[Hh]is|[Hh]er|(\p{Lu}[\p{L}-]+)['’]s)\s+(?:(?:younger|elder|older|eldest|youngest|twin|half-|step)\s*)?(?:brother|sister|son|daughter|cousin|nephew|niece|wife|husband)\s*,?\s*$/u.exec(article.text.slice(Math.max(0, c.start - 40), c.start));
    if (!kin || people.some((p) => p.tokens.some((t) => sameToken(t, nameTokens(c.name)[0] ?? '')))) continue;
    const owner = kin[1] ? people.filter((p) => p.tokens.length >= 2 && p.tokens.at(-1) === fold(kin[1] ?? '')) : [];
    // (the person named last before it, in its paragraph or the one before: "his" is theirs)
    const paragraph = article.sentences[c.run.sentence]?.paragraph ?? 0;
    const near = (sp: { sentence: number }) => { const p = article.sentences[sp.sentence]?.paragraph ?? -1; return p === paragraph || p === paragraph - 1; };
    // (a surname alone counts: "Veldrin said …" in the paragraph before, the whole name further back)
    const bySurname = candidates.flatMap((k) => {
      const draft = k.kind === 'single' && k.start < c.start && near({ sentence: k.run.sentence }) ? people.find((p) => p.tokens.length >= 2 && p.tokens.at(-1) === fold(k.name)) : undefined;
      return draft ? [{ start: k.start, draft }] : [];
    });
    const before = [...spans.filter((sp) => sp.draft.type === 'person' && sp.start < c.start && near(sp)), ...bySurname].sort((a, b) => a.start - b.start);
    // ("Her son, Dylan," is not the son of the man named last, "Mr Thackray" elsewhere)
    const her = /^[Hh]er\b/.test(kin[0]);
    const his = /^[Hh]is\b/.test(kin[0]);
    const calledBy = (d: Draft, titles: string) => d.tokens.length >= 2 && new RegExp(`\\b(?:${titles})\\.?\\s+${escapeRegExp(d.name.split(/\s+/).at(-1) ?? '')}\\b`).test(article.text);
    const genderFits = (d: Draft) => !(her && calledBy(d, 'Mr')) && !(his && calledBy(d, 'Mrs|Ms|Miss'));
    // (looking a little further back when the nearest do not fit: a feature may name her two paragraphs before)
    const further = () => spans.filter((sp) => sp.draft.type === 'person' && sp.start < c.start && genderFits(sp.draft) && (article.sentences[sp.sentence]?.paragraph ?? -1) >= paragraph - 3).sort((a, b) => a.start - b.start).at(-1)?.draft;
    const relative = owner.length === 1 ? owner[0] : kin[1] ? undefined : (before.filter((b) => genderFits(b.draft)).at(-1)?.draft ?? further());
    const surname = relative?.tokens.at(-1);
    const written = relative?.name.split(/\s+/).at(-1);
    if (!surname || !written || surname === fold(c.name)) continue;
    const d = newDraft('person', `${c.name} ${written}`, candidates.indexOf(c));
    d.written = c.name;
    d.relativeOf = relative;
    // (and what else the article says they are: "Her son, Dylan, 27, has been the bakery's head baker")
    const stated = statedRole(article.text, c.end, c.end);
    const kinNoun = /([a-z]+)\s*,?\s*$/.exec(kin[0])?.[1] ?? '';
    if (stated) d.role = `${kinNoun}, ${stated}`;
    addForm(d, c.name);
    people.push(d);
  }

  // Single capitalised words: a known person's surname or name part, an org acronym, or a place after "in".
  for (const c of candidates) {
    if (c.kind !== 'single') continue;
    const toks = nameTokens(c.name);
    // one word of a name, or a hyphenated surname's words ("Mar-Ollé" of "Elena Mar-Ollé")
    const endsName = (p: Draft) => toks.length > 1 && toks.length < p.tokens.length && toks.every((t, k) => sameToken(p.tokens[p.tokens.length - toks.length + k] ?? '', t));
    // (or the surname of a name whose first word reads as a particle: "Marrow" of "Della Marrow")
    const afterParticle = (p: Draft) => toks.length === 1 && p.tokens.length === 1 && /\s/.test(p.name) && sameToken(p.tokens[0] ?? '', toks[0] ?? '');
    // ("The couple had two children, Aurel and Greta": a child's given name is not the parent's second name)
    const kin = KIN_BEFORE.test(article.text.slice(Math.max(0, c.start - 30), c.start));
    const matches = people.filter((p) => (toks.length === 1 && p.tokens.slice(kin ? -1 : 1).some((t) => sameToken(t, toks[0] ?? ''))) || endsName(p) || afterParticle(p));
    // a first name alone ("\"It took us two buses,\" Iris said") when one person has it and nobody has it as another part
    const byFirst = toks.length === 1 && matches.length === 0 ? people.filter((p) => p.tokens.length >= 2 && p.tokens[0] === toks[0]) : [];
    const firstOnly = byFirst.length === 1 && !people.some((p) => p.tokens.slice(1).some((t) => sameToken(t, toks[0] ?? ''))) ? byFirst[0] : undefined;
    // (a surname two people share is the one of them named last before it: "Haslauer, who is not related to the
    // train driver, said" after "… Corinna Haslauer told the agency")
    // (only among those the article writes with it: "his wife, Lorna" is no "Pendry" of its own)
    const sharing = matches.filter((p) => sameToken(p.tokens.at(-1) ?? '', toks[0] ?? '') && p.written === undefined);
    const latest = sharing.length > 1 && !c.run.possessive ? namedLastBefore(sharing, c.start) : undefined;
    const person = matches.length === 1 ? matches[0] : (latest ?? sharing[0] ?? matches.find((p) => sameToken(p.tokens.at(-1) ?? '', toks[0] ?? '')) ?? firstOnly);
    if (person) {
      addForm(person, c.name);
      mention(person, c);
      continue;
    }
    const org = byKey.get(`org:${c.name.toLowerCase()}`);
    if (org) {
      mention(org, c);
      continue;
    }
    // '"We got out in time," Mrs Dobbin said': someone the article names only by title and surname
    const titledOnly = toks.length === 1 && /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame)\.?\s+$/.exec(article.text.slice(Math.max(0, c.start - 6), c.start));
    if (titledOnly) {
      const name = `${titledOnly[0].trim()} ${c.name}`;
      let d = people.find((p) => p.name === name);
      if (!d) {
        d = newDraft('person', name, candidates.indexOf(c));
        people.push(d);
      }
      mention(d, c);
      continue;
    }
    // "Castellan said" after "Castellan Metals Group": the first word of one organisation's name, written as a name
    // (capitalised inside sentences, never in lower case), is that organisation
    // (not where the word names something else too: "Ketterby" is a town before it is "Ketterby Works")
    const opened = drafts.filter((d) => d.name === c.name || d.name.split(/\s+/)[0] === c.name);
    const [company] = opened;
    const place = PLACE_PREPOSITIONS.has(c.run.before) || gazetteerName(c.name) !== undefined || new RegExp(`\\b(?:in|into|from|near|across|outside|inside|towards|toward|around|via)\\s+${escapeRegExp(c.name)}\\b`).test(article.text);
    // (and "Ashby currently has 84 pupils" after "Ashby Primary School": a school's or a hospital's short name)
    const shortName = company?.type === 'organisation' && opened.length === 1 && !place && c.name.length >= 3 && writtenAsName(article.text, c.name);
    if (shortName && (INSTITUTION.test(company.name) || (!/(?:ian|ean|ese|ish)$/.test(c.name) && actsAsCompany(article.text, c.name)))) {
      addForm(company, c.name);
      mention(company, c);
      continue;
    }
    // "the Ambrel" after "the Ambrel River": the short name of a river, lake or range.
    const feature = drafts.find(
      (d) => d.type === 'place' && d.name.startsWith(`${c.name} `) && NATURAL_FEATURES.test(d.name.slice(c.name.length + 1)),
    );
    if (feature) {
      mention(feature, c);
      addForm(feature, c.name);
      continue;
    }
    // (or after a place's noun: "born in the river town of Ostreby")
    const placeNoun = PLACE_NOUN_OF.test(article.text.slice(Math.max(0, c.start - 16), c.start));
    if ((PLACE_PREPOSITIONS.has(c.run.before) || placeNoun) && !c.run.compound && !c.run.initial && c.run.words.length === 1 && c.name.length > 2) {
      const key = `place:${c.name.toLowerCase()}`;
      let d = byKey.get(key);
      if (!d) {
        d = newDraft('place', c.name, candidates.indexOf(c));
        byKey.set(key, d);
      }
      mention(d, c);
    }
  }

  // The byline names the author.
  const byline = article.sentences.find((s) => s.kind === 'byline');
  if (byline && article.meta.byline) {
    const name = article.meta.byline.split(/\s*(?:,|\band\b|&)\s*/)[0]?.trim() ?? '';
    const at = byline.text.indexOf(name);
    if (name && at >= 0 && nameTokens(name).length >= 2) {
      let d = people.find((p) => isFormOf(nameTokens(name), p.tokens));
      if (!d) {
        d = newDraft('person', name, -1);
        d.role = 'author';
        people.push(d);
      }
      spans.push({ draft: d, sentence: byline.index, start: byline.start + at, end: byline.start + at + name.length, via: 'name' });
    }
  }

  // "Derrow, … known around the town as "Big Sam",": a nickname the article gives a person is theirs wherever it is used
  for (const sentence of article.sentences) {
    for (const m of sentence.text.matchAll(NICKNAMED)) {
      const nickname = (m[1] ?? m[2])?.trim() ?? '';
      const at = sentence.start + (m.index ?? 0);
      // (the person named last before it, in its sentence or, for "calls him", the one before)
      const back = m[2] ? 1 : 0;
      const person = spans.filter((sp) => sp.draft.type === 'person' && sp.sentence >= sentence.index - back && sp.sentence <= sentence.index && sp.end <= at).sort((a, b) => b.end - a.end)[0]?.draft;
      if (!person || !/^\p{Lu}/u.test(nickname) || nickname.split(/\s+/).length > 3) continue;
      if (!person.nicknames.includes(nickname)) person.nicknames.push(nickname);
      for (const use of article.text.matchAll(new RegExp(`\\b${escapeRegExp(nickname)}\\b`, 'g'))) {
        const start = use.index ?? 0;
        const unit = article.sentences.find((u) => u.start <= start && start < u.end);
        if (unit && !spans.some((sp) => sp.start <= start && sp.end > start)) spans.push({ draft: person, sentence: unit.index, start, end: start + nickname.length, via: 'name' });
      }
    }
  }

  // "Orvath's board", "Orvath Steel's shares": what belongs to it says a name is a company's, not a person's
  for (const d of people) {
    if (d.role || d.type !== 'person') continue;
    const forms = [...new Set([d.name, ...d.forms, d.tokens.length > 1 ? d.name.split(/\s+/)[0] ?? '' : ''])].filter((f) => f.length >= 3);
    const owned = forms.some((f) => new RegExp(`\\b${escapeRegExp(f)}['’]s\\s+(?:[a-z-]+\\s+)?(?:${COMPANY_POSSESSIONS})\\b`).test(article.text));
    if (!owned) continue;
    d.type = 'organisation';
    // a word of its name that is a common noun ("Steel") stands for the company no more than for steel itself
    const common = d.forms.filter((f) => !/\s/.test(f) && wordnet().knows(f.toLowerCase()));
    for (const f of common) d.forms.splice(d.forms.indexOf(f), 1);
  }
  // "The National Education Union has written … Its regional secretary, Denise Harland,": whose the role is, when
  // a pronoun or an organisation's common noun says so ("the company's operations director, Graham Tollervey,"):
  // the organisation named last before, in the sentence before ("Its") or in that paragraph or the one before
  for (const d of people) {
    if (!d.role || d.type !== 'person') continue;
    const first = firstSpanOf(d);
    if (!first) continue;
    const owner = OWNED_ROLE.exec(article.text.slice(Math.max(0, first.start - 80), first.start)) ?? OWNED_ROLE_AFTER.exec(article.text.slice(first.end, first.end + 80));
    const [, pronoun, noun, role] = owner ?? [];
    // (the role read may be its last words only: "director" of "Its managing director")
    const held = fold(d.role.replace(/^[a-z]+['’]s\s+/, ''));
    if (!owner || !role || !(fold(role) === held || fold(role).endsWith(` ${held}`))) continue;
    const paragraph = article.sentences[first.sentence]?.paragraph ?? -1;
    // ("Its" after a sentence on something else: the one before that, "The railway … is the only route. The road is
    // closed. Its managing director, …")
    const near = (sentence: number) => (pronoun ? sentence === first.sentence - 1 || sentence === first.sentence - 2 : [paragraph, paragraph - 1].includes(article.sentences[sentence]?.paragraph ?? -2));
    const org = spans.filter((sp) => sp.draft.type === 'organisation' && sp.end <= first.start && near(sp.sentence) && (!noun || orgNounFits(noun.toLowerCase(), sp.draft.name))).sort((a, b) => b.start - a.start)[0]?.draft;
    if (org) d.role = `${role} of ${org.name}`;
    else if (fold(role) !== held) d.role = role;
  }
  // Role references: "his Italian counterpart, Enzo Movaero Milanesi" binds the phrase to the person.
  const roleRefs = bindRoleReferences(article, spans, people.filter((d) => d.type === 'person'));

  // "His daughter, Carys Fenn," after the watchman Tobias Fenn: a relative named in full is whose relative they are
  // when one other person has the surname
  for (const d of people) {
    if (d.relativeOf || d.type !== 'person' || d.tokens.length < 2 || !RELATIVES.has(d.role.toLowerCase())) continue;
    const family = people.filter((p) => p !== d && p.type === 'person' && p.tokens.length >= 2 && p.tokens.at(-1) === d.tokens.at(-1));
    if (family.length === 1) d.relativeOf = family[0];
  }
  // "Her deputy, Dorian Kessary," after "Ingrid Maelbrook, the authority's chief executive": a deputy of the person
  // named last before them is their deputy chief executive
  for (const d of people) {
    if (d.type !== 'person' || !/^deputy$/i.test(d.role)) continue;
    const first = firstSpanOf(d);
    // (the first mention may be those words themselves, bound to the name after them)
    if (!first || !/\b(?:[Hh]is|[Hh]er)\s+deputy\b/.test(article.text.slice(Math.max(0, first.start - 30), first.end))) continue;
    const paragraph = article.sentences[first.sentence]?.paragraph ?? -1;
    const principal = spans.filter((sp) => sp.draft !== d && sp.draft.type === 'person' && sp.end <= first.start && (article.sentences[sp.sentence]?.paragraph ?? -1) >= paragraph - 2).sort((a, b) => b.start - a.start)[0]?.draft;
    if (principal?.role && !OTHER_OFFICES.has(principal.role.split(/\s+/)[0]?.toLowerCase() ?? '')) d.role = `${d.role.toLowerCase()} ${principal.role}`;
  }
  // Canonical names and ids.
  const used = new Set<string>();
  for (const d of drafts) {
    if (d.type === 'person') d.name = mostComplete(d.forms);
    const prefix = d.type === 'organisation' ? 'org' : d.type;
    let id = `${prefix}:${slugify(d.name)}`;
    for (let n = 2; used.has(id); n++) id = `${prefix}:${slugify(d.name)}-${n}`;
    used.add(id);
    d.id = id;
  }
  for (const [phrase, draft] of roleRefs.drafts) roleRefs.ids.set(phrase, draft.id);

  const sortedSpans: MentionSpan[] = spans
    .map((s) => ({ entityId: s.draft.id, type: s.draft.type, sentence: s.sentence, start: s.start, end: s.end, via: s.via }))
    .sort((a, b) => a.start - b.start || b.end - a.end);

  const entities: Entity[] = drafts
    .filter((d) => spans.some((s) => s.draft === d))
    .sort((a, b) => a.order - b.order)
    .map((d) => ({
      id: d.id,
      type: d.type,
      name: d.name,
      aliases: aliasesOf(d),
      role: d.role,
      acronym: d.acronym,
      mentions: [...new Set(sortedSpans.filter((s) => s.entityId === d.id).map((s) => s.sentence))].sort((a, b) => a - b),
      ...(d.written ? { written: d.written } : {}),
      ...(d.relativeOf?.id ? { relativeOf: d.relativeOf.id } : {}),
    }));
  return { entities, spans: sortedSpans, roleRefs: roleRefs.ids };
}

/** The most complete form: most name tokens, then longest, then first seen. */
function mostComplete(forms: readonly string[]): string {
  return [...forms].sort((a, b) => nameTokens(b).length - nameTokens(a).length || b.length - a.length)[0] ?? '';
}

function aliasesOf(d: Draft): string[] {
  const out: string[] = [];
  const add = (s: string): void => {
    const v = s.trim();
    if (v && !out.includes(v)) out.push(v);
  };
  add(d.name);
  for (const f of d.forms) add(f);
  for (const n of d.nicknames) add(n);
  if (d.type === 'person') {
    const full = d.name;
    // Regnal names keep their number: "Louis IX" has no surname of its own.
    const surname = /\s[IVX]+$/.test(full) ? full : surnameOf(full);
    add(surname);
    // "al-Haftar" → "Haftar"; "Le Drian" stays whole.
    if (PARTICLE_PREFIX.test(surname)) add(surname.replace(PARTICLE_PREFIX, ''));
    const last = full.split(/\s+/).at(-1) ?? '';
    if (PARTICLE_PREFIX.test(last)) add(last.replace(PARTICLE_PREFIX, ''));
    // Short forms the article uses ("Moavero Milanesi"): each of their words is how readers may ask.
    for (const f of d.forms) {
      const parts = f.split(/\s+/);
      if (f !== full && parts.length >= 2 && !parts.some((p) => NAME_PARTICLES.has(p.toLowerCase()))) parts.forEach(add);
    }
    // Spelling variants of the full name: "Enzo Movaero Milanesi" + "Moavero" → "Enzo Moavero Milanesi".
    const fullParts = full.split(/\s+/);
    for (const f of d.forms) {
      for (const p of f.split(/\s+/)) {
        const i = NAME_PARTICLES.has(p.toLowerCase()) ? -1 : fullParts.findIndex((q) => q !== p && sameToken(fold(q), fold(p)));
        if (i >= 0) {
          add(fullParts.map((q, j) => (j === i ? p : q)).join(' '));
          add(fullParts[i] ?? '');
          add(p);
        }
      }
    }
    // Hyphen/space variants of given names: "Jean Yves Le Drian" ↔ "Jean-Yves Le Drian".
    const given = full.slice(0, full.length - surname.length).trim();
    if (given.includes('-')) add(`${given.replace(/-/g, ' ')} ${surname}`);
    else if (given.split(' ').length === 2 && surname.includes(' ')) add(`${given.replace(' ', '-')} ${surname}`);
  } else {
    if (d.acronym) add(d.acronym);
    for (const e of d.extra) add(e);
    const dotted = `${[...d.acronym].join('.')}.`;
    if (d.acronym && KNOWN_ORGS.has(dotted)) add(dotted);
    const known = d.acronym ? KNOWN_ORGS.get(d.acronym) : undefined;
    if (known) add(known);
  }
  // Joined forms of people's names: "LeDrian", "JeanYvesLeDrian".
  for (const a of d.type === 'person' ? [...out] : []) {
    const joined = a.replace(/[\s-]+/g, '');
    if (joined !== a && /\s|-/.test(a) && !a.includes('.')) add(joined);
  }
  return out;
}

function bindRoleReferences(
  article: Article,
  spans: Array<Omit<MentionSpan, 'entityId' | 'type'> & { draft: Draft }>,
  people: readonly Draft[],
): { drafts: Map<string, Draft>; ids: Map<string, string> } {
  const drafts = new Map<string, Draft>();
  const ids = new Map<string, string>();
  const personSpans = spans.filter((s) => s.draft.type === 'person' && s.via === 'name');
  const found: Array<{ key: string; sentence: number; start: number; end: number }> = [];

  for (const unit of article.sentences) {
    if (unit.kind !== 'body') continue;
    for (const m of unit.text.matchAll(POSSESSIVE_OR_THE)) {
      // "<determiner> (up to three qualifiers) <role noun>": "his Italian counterpart", "the general", "the trust's
      // chief executive"
      const rest = unit.text.slice(m.index + m[0].length, m.index + m[0].length + 60).split(/(?=[\s,;:.!?"“”()])/);
      let len = 0;
      let key = '';
      for (let i = 0; i < Math.min(rest.length, 4); i++) {
        const piece = rest[i] ?? '';
        const w = piece.trim();
        if (!/^[A-Za-z\u00C0-\u024F-]+(?:['’]s)?$/.test(w)) break;
        len += piece.length;
        if (isRoleNoun(w) && !/['’]s$/.test(w)) {
          key = unit.text.slice(m.index + m[0].length, m.index + m[0].length + len).trim().toLowerCase().replace(/\s+/g, ' ');
          // "the trust's chief executive": a role noun followed by another is a qualifier of it
          if (isRoleNoun((rest[i + 1] ?? '').trim())) continue;
          break;
        }
      }
      if (!key) continue;
      const start = unit.start + m.index;
      const end = unit.start + m.index + m[0].length + len;
      // ("stood with his head bowed": a head of someone's body, not of anything, is no office)
      if (key === 'head' && /^[Hh]is|^[Hh]er|^[Tt]heir/.test(m[0]) && !/^\s+of\b/.test(article.text.slice(end, end + 5))) continue;
      found.push({ key, sentence: unit.index, start, end });
      // Apposition: "<phrase>, <Name>" or "<Name>, <phrase>".
      // ("the chair of the Vale Health Partnership (VHP), Kieran Holt": past the office's "of …")
      const tail = /^\s+(?:of|for|at|in|during|on|from|since)\s+[^,.;:"“”]{1,60}(?=,\s)/.exec(article.text.slice(end, end + 70))?.[0].length ?? 0;
      const afterText = article.text.slice(end + tail, end + tail + 3);
      // (or past a title before the name: "His Bavorian counterpart, Minister of Energy and Infrastructure Hanna de Vries")
      // (a name set off in turn: "In a letter handed to the judge, Pellow wrote" names the writer, not the judge)
      const titledName = (s: { start: number; end: number }) => s.start >= end + tail && /^,\s+(?:(?:\p{Lu}[\p{L}'’.-]*|of|for|and|the)\s+){0,8}$/u.test(article.text.slice(end + tail, s.start)) && /^(?:[,;.)]|\s*$|\s+\(|['’]s\b)/.test(article.text.slice(s.end, s.end + 3));
      const next = /^,\s/.test(afterText) ? personSpans.find(titledName) : undefined;
      const before = article.text.slice(start - 2, start) === ', ' ? personSpans.find((s) => s.end === start - 2) : undefined;
      const target = next ?? before;
      if (target && !drafts.has(key)) {
        drafts.set(key, target.draft);
        if (!target.draft.role) target.draft.role = key.replace(/^./, (c) => c.toUpperCase());
        // ("The ferry's master, Capt Alasdair Rennick,": a title says one thing, the phrase another; both are his)
        else if (!/counterpart/.test(key) && TITLES_IN_FULL_VALUES.has(target.draft.role) && !target.draft.role.toLowerCase().includes(key.split(' ').at(-1) ?? '')) target.draft.role = `${target.draft.role}, ${key}`;
        else {
          // "His Bavorian counterpart, Minister of Energy …": the nation the phrase adds belongs to the role
          const qualifiers = key.split(' ').filter((w) => w !== 'counterpart' && !roleWordsOf(target.draft.role).has(w) && !target.draft.role.toLowerCase().split(/\s+/).includes(w) && /^\p{Lu}/u.test(article.text.slice(start, end).split(/\s+/).find((t) => t.toLowerCase() === w) ?? ''));
          if (qualifiers.length > 0) target.draft.role = `${qualifiers.map((w) => article.text.slice(start, end).split(/\s+/).find((t) => t.toLowerCase() === w) ?? w).join(' ')} ${target.draft.role}`;
        }
      }
    }
  }
  // Unbound phrases resolve to the one person whose stated role carries every word of the phrase ("the general" →
  // General …, "the judge" → Mr Justice …); of several, to the one named last, within a few sentences.
  const recent: Array<{ draft: Draft; sentence: number; start: number }> = personSpans.map((s) => ({ draft: s.draft, sentence: s.sentence, start: s.start }));
  for (const f of [...found].sort((a, b) => a.start - b.start)) {
    let d = drafts.get(f.key);
    if (!d && !f.key.includes('counterpart')) {
      const keyWords = f.key.split(' ').map((w) => w.replace(/['’]s$/, ''));
      const head = keyWords.at(-1) ?? '';
      const holders = people.filter((p) => {
        const roleWords = roleWordsOf(p.role);
        // (or a form of one: "the developer's spokeswoman" of the spokeswoman for Ferrant Developments)
        const inRole = (w: string, words: ReadonlySet<string>) => words.has(w) || [...relatedRoleWords(w)].some((r) => words.has(r)) || (w.length >= 5 && [...words].some((r) => r.length >= 5 && stemOf(r) === stemOf(w)));
        if (!keyWords.every((w) => inRole(w, roleWords))) return false;
        // the role's own noun, not a word of a name in it ("the ward" is not the chair of the Friends of Larkspur Ward)
        if (!inRole(head, roleNounsOf(p.role))) return false;
        // a prime minister or a deputy is not "the minister"
        return ![...roleWords].some((r) => (OTHER_OFFICES.has(r) || r === 'prime') && !keyWords.includes(r));
      });
      // "Gunnar Ståhlberg has farmed the valley for 31 years. \"…,\" the farmer said.": the one person the sentence
      // before named, in the same paragraph, when the role is nobody's stated one
      const paragraph = article.sentences[f.sentence]?.paragraph;
      const before = article.sentences[f.sentence - 1];
      const introduced = before?.kind === 'body' && before.paragraph === paragraph ? [...new Set(personSpans.filter((sp) => sp.sentence === f.sentence - 1).map((sp) => sp.draft))] : [];
      const [just, ...others] = introduced;
      // (and only as the one who speaks: "…," the farmer said)
      const speaks = SPEECH_VERBS.has(/^\s*([a-z]+)\b/.exec(article.text.slice(f.end, f.end + 20))?.[1] ?? '') || SPEECH_VERBS.has(/\b([a-z]+)\s+$/.exec(article.text.slice(Math.max(0, f.start - 14), f.start))?.[1] ?? '');
      // (or that sentence's subject, named as it opens, when the role's holder is not in the paragraph: "Ruaridh Moss,
      // head of metals research, was more cautious. \"…,\" the analyst said.")
      const opensWith = (p: Draft) => personSpans.some((sp) => sp.draft === p && sp.sentence === f.sentence - 1 && sp.start <= (before?.start ?? 0) + 1);
      const inParagraph = (p: Draft) => personSpans.some((sp) => sp.draft === p && article.sentences[sp.sentence]?.paragraph === paragraph && sp.start < f.start);
      const holderAway = holders.length === 1 && holders[0] !== undefined && !inParagraph(holders[0]);
      if (just && others.length === 0 && speaks && isRoleNoun(head) && (holders.length === 0 || (holderAway && opensWith(just)))) {
        d = just;
        // what the article calls them is their role, when it states none ("the farmer")
        if (!d.role && holders.length === 0) d.role = f.key;
      }
      else if (holders.length === 1) d = holders[0];
      // "Mark Tennick said … His wife put it more simply": the other of that surname, when "his" is the man named last
      else if (holders.length === 0 && RELATIVES.has(f.key.split(' ').at(-1) ?? '') && /^[Hh](?:is|er)\s/.test(article.text.slice(f.start, f.end))) {
        const last = recent.filter((r) => r.start < f.start && f.sentence - r.sentence <= 2).sort((a, b) => b.start - a.start)[0]?.draft;
        const surname = last && last.tokens.length >= 2 ? last.tokens.at(-1) : undefined;
        const family = surname ? people.filter((p) => p !== last && p.tokens.length >= 2 && p.tokens.at(-1) === surname) : [];
        if (family.length === 1) d = family[0];
      }
      else if (holders.length > 1) {
        const last = recent.filter((r) => r.start < f.start && f.sentence - r.sentence <= 3 && holders.includes(r.draft)).sort((a, b) => b.start - a.start)[0];
        d = last?.draft;
      }
    }
    if (d && !spans.some((s) => s.start <= f.start && s.end >= f.end)) {
      spans.push({ draft: d, sentence: f.sentence, start: f.start, end: f.end, via: 'role' });
      recent.push({ draft: d, sentence: f.sentence, start: f.start });
    }
  }
  return { drafts, ids };
}

/** A role's words, folded, possessives dropped ("Lesmark's Minister of …" → lesmark, minister, of, …). */
function roleWordsOf(role: string): Set<string> {
  return new Set(role.toLowerCase().split(/[\s,()]+/).map((w) => w.replace(/['’]s$/, '')).filter((w) => w.length > 0));
}

/** The words of a role that may be its noun: lower-case ones and titles ("Justice"), not those of a name in it. */
function roleNounsOf(role: string): Set<string> {
  return new Set(role.split(/[\s,()]+/).filter((w) => /^\p{Ll}/u.test(w) || TITLE_WORDS.has(w)).map((w) => w.toLowerCase().replace(/['’]s$/, '')));
}

/** Nouns a role reference may end in: the listed ones, and any singular noun WordNet knows for a person. */
function isRoleNoun(word: string): boolean {
  if (ROLE_NOUNS.has(word)) return true;
  return /^[a-z]{3,}$/.test(word) && !PLAIN_PERSONS.has(word) && namesPerson(word) && !wordnet().isPluralNoun(word);
}

/** Words a role word may be written as instead: its WordNet synonyms ("judge" ~ "justice"). */
function relatedRoleWords(word: string): Set<string> {
  const out = new Set<string>();
  for (const [related, relation] of wordnet().related(word)) if (relation === 'synonym' && !/[_ -]/.test(related)) out.add(related);
  return out;
}
