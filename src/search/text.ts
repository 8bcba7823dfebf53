import { stemmer } from 'stemmer';
import { table } from '../core/table.ts';

/**
 * Text normalisation shared by indexing and querying. Both sides must go through the same functions,
 * or a word indexed one way is looked up another.
 */

/** Lowercases, folds diacritics and typographic quotes/dashes, drops zero-width and control characters. */
export function fold(text: string): string {
  return foldKeepCase(text).toLowerCase();
}

/** `fold` without lowercasing, so tokens of the two line up (used to see which words were capitalised). */
export function foldKeepCase(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]/g, '')
    .replace(/[\u2018\u2019\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-');
}

/** Removes what users type around a question in chat: mentions, custom emoji, Markdown marks, URLs. */
export function stripChatMarkup(text: string): string {
  return text
    .replace(/<a?:\w+:\d+>/g, ' ') // custom emoji
    .replace(/<(?:@[!&]?|#)\d+>/g, ' ') // user, role and channel mentions
    .replace(/@(?:everyone|here)\b/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/[*_~`|>#]+/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
}

/** Word-ish tokens of folded text: letters/digits, keeping inner apostrophes, hyphens, commas and dots of numbers. */
const TOKEN = /[\p{L}\p{N}]+(?:['.,/-][\p{L}\p{N}]+)*/gu;

/** Splits folded text into raw tokens (no stemming). */
export function rawTokens(folded: string): string[] {
  return folded.match(TOKEN) ?? [];
}

/**
 * Expands one raw token into the terms it is indexed under: "cease-fire" → cease, fire, ceasefire;
 * "al-haftar" → al, haftar, alhaftar; "libya's" → libya; "1,800" → 1800; "50/50" → 50/50, 50.
 */
export function termsOf(raw: string): string[] {
  let token = raw.replace(/'s$/, '').replace(/'$/, '');
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(token)) token = token.replace(/,/g, '');
  if (/^[\d.]+$/.test(token)) return [token.replace(/\.$/, '')];
  const parts = token.split(/[-/'.,]/).filter((p) => p.length > 0);
  if (parts.length <= 1) return [token];
  const joined = parts.join('');
  return [...parts, joined];
}

/** Words that carry no content for retrieval. Question words are kept apart (see QUESTION_WORDS). */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but nor so yet of to in on at by for with from into onto upon about ' +
    'as than then that this these those there here it its it\'s itself they them their theirs themselves he him his ' +
    'himself she her hers herself we us our ours ourselves you your yours yourself i me my mine myself ' +
    'is am are was were be been being do does did doing done have has had having will would shall should can could ' +
    'may might must ought not yes if else also too very just only such both each every any all many much ' +
    'what which who whom whose when where why how whether while ' +
    'up down out off s t d ll re ve m o y ' +
    'please tell know say says said anything something someone thing things article story text piece ' +
    'according ' +
    // honorifics say nothing a name does not ("Sir Robert Fane", "Mrs Dahl"); "miss" is also a verb
    'mr mrs ms mx dr sir dame'
  ).split(/\s+/),
);

/**
 * Whether an unknown word is a misspelt stopword ("wht", "wich", "acording"): then it carries no content.
 * `isWord` tells real words apart, so "war" is never taken for a misspelt "was".
 */
export function isMisspeltStopword(word: string, isWord: (w: string) => boolean): boolean {
  if (word.length < 3 || isWord(word)) return false;
  for (const s of STOPWORDS) {
    // two slips in a long word ("artical" for article), one in a short one
    const budget = s.length >= 6 ? 2 : 1;
    if (s.length < 3 || Math.abs(s.length - word.length) > budget) continue;
    if (editDistance(word, s, budget) <= budget) return true;
  }
  return false;
}

/** Words that open a question; a slip in one of them ("wen", "hw", "dose") is still the question word. */
export const QUESTION_OPENERS: readonly string[] = ['who', 'what', 'when', 'where', 'which', 'why', 'how', 'whose', 'does', 'did', 'do', 'is', 'are', 'was', 'were', 'can', 'will', 'has', 'have'];

/** Whether the word at the start of a question is a misspelt question word or auxiliary. */
export function isMisspeltOpener(word: string): boolean {
  if (QUESTION_OPENERS.includes(word)) return true;
  const bare = word.replace(/'?s$/, '');
  return QUESTION_OPENERS.some((o) => o.length >= 2 && (bare === o || (word.length >= 2 && editDistance(word, o, 1) <= 1 && Math.abs(word.length - o.length) <= 1)));
}

/** Slips close to two question words that are, in practice, one of them. */
const USUAL_OPENER_SLIPS: Readonly<Record<string, string>> = table({ wht: 'what', whta: 'what', whn: 'when', wher: 'where', whr: 'where', whos: 'who', hwo: 'how' });

/**
 * The question word a misspelt opening word stands for ("wat" → what, "hw" → how, "wen" → when), or the word
 * itself. Only question words are considered: "does", "is" and the like say nothing about the answer's kind.
 */
export function openerMeant(word: string): string {
  if (QUESTION_WORDS.has(word) || word.length < 2) return word;
  const usual = USUAL_OPENER_SLIPS[word];
  if (usual) return usual;
  const close = [...QUESTION_WORDS].filter((o) => editDistance(word, o, 1) <= 1 && Math.abs(word.length - o.length) <= 1);
  return close.length === 1 ? (close[0] ?? word) : word;
}

/** The words that follow "how" in a question of quantity or measure. */
const HOW_WORDS = ['many', 'much', 'long', 'far', 'old', 'big', 'often', 'tall', 'deep', 'high', 'wide', 'large', 'fast', 'soon'];

/**
 * The question with a slip in the word after "how" read as the word meant ("how meny comets" → how many), when
 * one such word is a letter away and the slip is no word of its own.
 */
export function howWordsMeant(folded: string, isWord: (w: string) => boolean): string {
  return folded.replace(/\bhow ([a-z]{2,7})\b/g, (phrase, word: string) => {
    if (HOW_WORDS.includes(word) || isWord(word)) return phrase;
    const close = HOW_WORDS.filter((h) => editDistance(word, h, 1) <= 1);
    return close.length === 1 ? `how ${close[0] ?? word}` : phrase;
  });
}

/** Question words and phrases, mapped to the answer type they ask for. */
export const QUESTION_WORDS: ReadonlySet<string> = new Set(['who', 'whom', 'whose', 'when', 'where', 'why', 'what', 'which', 'how']);

/**
 * Irregular past forms of verbs, by their base ("taught" → teach): Porter stemming leaves them apart. Forms that
 * are as often another word are left out ("left", "saw", "rose", "felt", "fell", "ground", "wound", "bore"); "found"
 * is in, as to found a thing is written "founded" (the question side reads "did she found …" itself).
 */
export const IRREGULAR_VERBS: ReadonlyMap<string, string> = new Map(
  (
    'wrote:write written:write said:say told:tell took:take taken:take gave:give given:give went:go gone:go made:make ' +
    'came:come began:begin begun:begin held:hold met:meet led:lead seen:see knew:know known:know got:get ' +
    'thought:think brought:bring bought:buy fought:fight sought:seek built:build sent:send spent:spend won:win ' +
    'lost:lose paid:pay kept:keep ran:run risen:rise fallen:fall chose:choose chosen:choose drew:draw drawn:draw ' +
    'grew:grow grown:grow flew:fly flown:fly struck:strike spoke:speak spoken:speak stood:stand taught:teach ' +
    'caught:catch sold:sell dug:dig fed:feed forgot:forget forgotten:forget hid:hide hidden:hide hung:hang lent:lend ' +
    'meant:mean rode:ride ridden:ride shook:shake shaken:shake shot:shoot slept:sleep stuck:stick swept:sweep ' +
    'swore:swear sworn:swear swam:swim swum:swim threw:throw thrown:throw wore:wear worn:wear woke:wake understood:understand ' +
    'sang:sing sung:sing sank:sink sunk:sink broke:break broken:break drove:drive driven:drive ate:eat eaten:eat ' +
    'fled:flee froze:freeze frozen:freeze rang:ring stole:steal stolen:steal tore:tear torn:tear wept:weep ' +
    'withdrew:withdraw withdrawn:withdraw arose:arise arisen:arise dealt:deal heard:hear sat:sit overcame:overcome ' +
    'forbade:forbid forbidden:forbid sprang:spring bent:bend bit:bite bitten:bite blew:blow blown:blow bred:breed ' +
    'drank:drink drunk:drink knelt:kneel leapt:leap strove:strive swung:swing undertook:undertake ' +
    'undertaken:undertake rebuilt:rebuild overthrew:overthrow overthrown:overthrow beaten:beat found:find'
  )
    .split(' ')
    .map((pair) => pair.split(':') as [string, string])
    .filter(([past, base]) => past !== base),
);

/** Porter stem of a folded term; numbers are kept as they are. */
export function stem(term: string): string {
  // short words stay as they are ("gas", "bus"), but for those in -e the stemmer cuts from their other forms too:
  // "use" is stemmed as "used" and "uses" are, "age" as "aged"
  if ((term.length <= 3 && !(term.length === 3 && term.endsWith('e') && !STOPWORDS.has(term))) || /\d/.test(term)) return term;
  let s = stems.get(term);
  if (s === undefined) {
    if (stems.size > 50_000) stems.clear();
    const base = IRREGULAR_VERBS.get(term);
    if (base !== undefined) {
      // (no base is itself in the table, so this goes one step at most)
      stems.set(term, (s = stem(base)));
      return s;
    }
    // "died", "dies", "dying" stem apart from "die" (and "lied", "tied" likewise): a short verb in -ie keeps it
    const shortIe = /^([a-z])(?:ied|ies)$/.exec(term) ?? /^([dlt])ying$/.exec(term);
    // "engineer" is not "engine", "volunteer" not "volunt": the -eer words keep their ending
    const eer = /^([a-z]{3,}eer)(?:s|ed|ing)?$/.exec(term);
    // "directorate" is no "director", "electorate" no "elector", "doctorate" no "doctor": these keep their ending
    const orate = /^((?:direct|elect|protect|inspect|rect|doct)orate)s?$/.exec(term);
    // "holdings", "findings", "buildings": a plural in -ings is a thing had, not the verb done ("held", "found")
    const ings = /^[a-z]{3,}ings$/.test(term) ? term.slice(0, -1) : undefined;
    stems.set(term, (s = shortIe ? `${shortIe[1]}ie` : eer ? (eer[1] ?? term) : orate ? (orate[1] ?? term) : ings ?? stemmer(term)));
  }
  return s;
}
/**
 * The stem of a word read as a verb of its own, not as another verb's past: "found" as to found (stem("found") is
 * find's), for "did she found …".
 */
export const baseFormStem = (term: string): string => (IRREGULAR_VERBS.has(term) ? stemmer(term) : stem(term));
/** Stemming is the hottest step of a query; words repeat, so it is memoised. */
const stems = new Map<string, string>();

/** A term of text with its position, before and after stemming. */
export interface Term {
  readonly surface: string;
  readonly stem: string;
  /** Index of the raw token it came from (terms of one hyphenated token share it). */
  readonly position: number;
  readonly stop: boolean;
}

/** Full analysis of a text into terms (folded, split, stemmed, stopwords flagged). */
export function analyze(text: string): Term[] {
  const out: Term[] = [];
  const raws = rawTokens(fold(text));
  raws.forEach((raw, position) => {
    for (const surface of termsOf(raw)) {
      out.push({ surface, stem: stem(surface), position, stop: STOPWORDS.has(surface) });
    }
  });
  return out;
}

/** Optimal string alignment distance (Damerau–Levenshtein with adjacent transpositions), capped at `max + 1`. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  let prevPrev = new Array<number>(cols).fill(0);
  let prev = Array.from({ length: cols }, (_, j) => j);
  for (let i = 1; i < rows; i++) {
    const cur = new Array<number>(cols).fill(0);
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, (prevPrev[j - 2] ?? 0) + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prevPrev = prev;
    prev = cur;
  }
  return prev[cols - 1] ?? max + 1;
}

/** How many edits a typo of a word this long may contain and still be recognised. */
export function typoBudget(length: number): number {
  if (length < 4) return 0;
  if (length < 7) return 1;
  return 2;
}

/** Text with the characters that mean something in a regular expression escaped, to match it literally. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
