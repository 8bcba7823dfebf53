/**
 * Quotes and their speakers, and statements reported without quotation marks.
 * Quoted spans are found per paragraph (so a quote may run over several sentences), then attributed by the
 * frame around them: `"…," X said`, `X said (…) that "…"`, `adding that "…"`, `according to X, "…"`, or by
 * continuing the previous quote when a quote-only sentence follows it.
 */
import type { Article, Quote, ReportedStatement } from '../core/types.ts';
import type { MentionSpan } from './entities.ts';
import { JUDGING_VERBS, OTHER_HOLDERS, REPORTER_NOUNS, REPORTING_VERBS, SPEECH_PARTICIPLES, SPEECH_VERBS } from './lexicon.ts';
import { table } from '../core/table.ts';

interface Span {
  /** Offset of the opening mark. */
  readonly open: number;
  /** Offset of the closing mark (paragraph end when the quote stays open). */
  readonly close: number;
  readonly closed: boolean;
}

interface Attribution {
  readonly speakerId: string;
  readonly verb: string;
  /** Offset of the attributing verb, so a reported-statement pass does not count it twice. */
  readonly verbAt: number;
}

export interface QuoteResult {
  readonly quotes: Quote[];
  readonly reported: ReportedStatement[];
  /** Sentences where a speaker is referred to by pronoun or by quote continuation. */
  readonly speakerMentions: ReadonlyArray<{ entityId: string; sentence: number }>;
}

/** The verb right after a subject's name and any aside ("Wrenfield said …", "Tremlow, the spokesman, accused …"). */
const verbAfterSubject = (rest: string): string | undefined => /^(?:,[^,"“”]{1,80},)?\s+(?:also\s+)?([a-z]+)\b/.exec(rest)?.[1];
const PRONOUNS = /^(?:he|she|they|it|we|i)$/i;
/** Abbreviated titles whose full stop is no sentence's or clause's end. */
const TITLE_ABBREVIATION = /\b(?:Dr|Mr|Mrs|Ms|Prof|St|Gen|Sen|Rep|Gov|Col|Lt|Capt|Sgt|Rev|Maj|Adm)\./g;
/** How far into a sentence its attributing verb may stand and still attribute a quote at the sentence's end. */
const OPENING_VERB_WORDS = 6;
const WORD_RE = /[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu;

/** Quoted spans of [from, to), pairing straight quotes in order and curly quotes by direction. */
function quoteSpans(text: string, from: number, to: number): Span[] {
  const spans: Span[] = [];
  let open = -1;
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (ch === '"') {
      if (open < 0) open = i;
      else {
        spans.push({ open, close: i, closed: true });
        open = -1;
      }
    } else if (ch === '“' || ch === '«') {
      if (open < 0) open = i;
    } else if ((ch === '”' || ch === '»') && open >= 0) {
      spans.push({ open, close: i, closed: true });
      open = -1;
    }
  }
  if (open >= 0 && open < to - 1) spans.push({ open, close: to, closed: false });
  return spans;
}

/** Words that say a person is a woman or a man: a title before the name, or a role or kin noun. */
const WOMAN = /\b(?:Mrs|Ms|Miss|Lady|Dame|Sister|Queen|Princess|Duchess|Countess|Baroness)\.?\s+$/;
const MAN = /\b(?:Mr|Sir|Lord|King|Prince|Duke|Count|Baron|Father|Brother)\.?\s+$/;
// (and a "-woman" or "-man" compound written in lower case: "fisherwoman", "ferryman"; not "German" or "human")
const WOMAN_ROLE = /\b(?:wife|mother|daughter|sister|grandmother|aunt|niece|widow|woman|actress|waitress|headmistress|landlady|girl)\b|\b[a-z]{2,}woman\b/i;
const MAN_ROLE = /\b(?:husband|father|son|brother|grandfather|uncle|nephew|widower|man|actor|waiter|headmaster|landlord|boy)\b|\b[a-z]{2,}(?<!wo|hu|sha|ger|ro|cai|nor|otto)man\b/i;

/**
 * Who the article makes a woman or a man, where it says: by a title before the name ("Ms Lee"), by a role ("his wife",
 * "the spokeswoman"), or by the pronoun a sentence opens with right after the only sentence naming them ("Ann Lee runs
 * the cafe. She …").
 */
function gendersOf(article: Article, spans: readonly MentionSpan[], roles: ReadonlyMap<string, string>): Map<string, 'she' | 'he'> {
  const out = new Map<string, 'she' | 'he'>();
  const votes = new Map<string, { she: number; he: number }>();
  // (a title or a role counts twice: what a pronoun near a name says is only likely)
  const vote = (id: string, g: 'she' | 'he', weight = 1) => {
    const v = votes.get(id) ?? { she: 0, he: 0 };
    v[g] += weight;
    votes.set(id, v);
  };
  const people = spans.filter((s) => s.type === 'person');
  for (const s of people) {
    const before = article.text.slice(Math.max(0, s.start - 12), s.start);
    if (WOMAN.test(before)) vote(s.entityId, 'she', 2);
    else if (MAN.test(before)) vote(s.entityId, 'he', 2);
  }
  for (const [id, role] of roles) {
    const woman = WOMAN_ROLE.test(role);
    const man = MAN_ROLE.test(role);
    if (woman !== man) vote(id, woman ? 'she' : 'he', 2);
  }
  // ('Maureen Ashdown, 79, has bought her bread here since 1958. "…," she laughs.': the one person named just before
  // a "she" or "he" who speaks)
  article.sentences.forEach((sentence, i) => {
    const speaking = /["”’],?\s+(she|he)\s+[a-z]+/.exec(sentence.text)?.[1];
    if (!speaking) return;
    const named = new Set(people.filter((s) => s.sentence === i || s.sentence === i - 1).map((s) => s.entityId));
    if (named.size === 1 && article.sentences[i - 1]?.paragraph === sentence.paragraph) vote([...named][0] ?? '', speaking as 'she' | 'he');
  });
  article.sentences.forEach((sentence, i) => {
    const opening = /^(She|He|Her|His)\b/.exec(sentence.text)?.[1];
    const before = new Set(people.filter((s) => s.sentence === i - 1).map((s) => s.entityId));
    if (opening && before.size === 1 && article.sentences[i - 1]?.paragraph === sentence.paragraph) vote([...before][0] ?? '', /^(?:She|Her)$/.test(opening) ? 'she' : 'he');
  });
  // ("Ruth Fenwright, the council leader, said the decision had been the hardest of her eleven years": the pronoun
  // after the one person a sentence names, outside quotation marks, is theirs)
  // (named by name: "Lena Haskett, … not related to the fisherman, said she woke" names only her)
  article.sentences.forEach((sentence, i) => {
    const named = people.filter((s) => s.sentence === i && s.via === 'name');
    const first = named[0];
    if (!first || named.some((s) => s.entityId !== first.entityId)) return;
    const after = article.text.slice(first.end, sentence.end).replace(/["“][^"“”]*["”]?/g, ' ');
    const she = /\b(?:she|her|hers|herself)\b/i.test(after);
    const he = /\b(?:he|his|him|himself)\b/i.test(after);
    if (she !== he) vote(first.entityId, she ? 'she' : 'he');
  });
  for (const [id, v] of votes) if (v.she !== v.he) out.set(id, v.she > v.he ? 'she' : 'he');
  return out;
}

/** A statement standing for whoever made it: '"…," the statement said'. */
const WRITTEN_WORDS = /^\s*(?:the|her|his|their|its)\s+(?:statement|letter|post|tweet|message|email|note|press release)\s*$/;

/** The person a life story is about, and whether the text calls them "she" or "he". */
export interface Subject {
  readonly id: string;
  readonly pronoun: 'she' | 'he';
}

const PRONOUN_GENDER: Readonly<Record<string, 'she' | 'he'>> = table({ she: 'she', her: 'she', he: 'he', him: 'he', his: 'he' });

/**
 * Analyses quotes given the entity mention spans (sorted by start); `subject`, for a life story, is who its
 * "she" or "he" is when a quote is attributed by pronoun.
 */
export function extractQuotes(article: Article, spans: readonly MentionSpan[], subject?: Subject, roles: ReadonlyMap<string, string> = new Map()): QuoteResult {
  const { text, sentences } = article;
  const quotes: Array<{ speakerId: string; parts: string[]; sentences: number[]; verb: string; verbAt: number; lastSentence: number }> = [];
  const usedVerbs = new Set<number>();
  const speakerMentions: Array<{ entityId: string; sentence: number }> = [];
  const quoted: Array<[number, number]> = [];

  const sentenceAt = (offset: number): number => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((sentences[mid]?.start ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const speakerSpans = spans.filter((s) => s.type === 'person' || s.type === 'organisation');
  const genders = gendersOf(article, spans, roles);
  /** Last person mention before `at` (the most recent referent for "he said"), of the pronoun's gender when known. */
  /** The people mentioned before `at`, last first, outside quotation marks. */
  function* peopleBefore(at: number): Generator<MentionSpan> {
    for (let i = speakerSpans.length - 1; i >= 0; i--) {
      const s = speakerSpans[i];
      if (s && s.end <= at && s.type === 'person' && !quoted.some(([a, b]) => s.start > a && s.end < b)) yield s;
    }
  }
  const lastPersonBefore = (at: number, pronoun?: string): string => {
    const wanted = pronoun ? PRONOUN_GENDER[pronoun] : undefined;
    for (const s of peopleBefore(at)) {
      // ("Tom Reed praised Ann Lee. "She was brilliant," he said.": he is not Ms Lee)
      const known = genders.get(s.entityId);
      if (wanted && known && known !== wanted) continue;
      // (a mention that says which: "her son" is no "she")
      const said = text.slice(s.start, s.end);
      if (wanted && (WOMAN_ROLE.test(said) ? 'she' : MAN_ROLE.test(said) ? 'he' : wanted) !== wanted) continue;
      return s.entityId;
    }
    return '';
  };
  /** The person named last before `at` whose role has every word of `description` ("minister", "energy minister"). */
  const describedBefore = (at: number, description: string): string => {
    const words = description.toLowerCase().split(/\s+/);
    for (const s of peopleBefore(at)) {
      const role = (roles.get(s.entityId) ?? '').toLowerCase();
      // (a deputy holds another office: "the chief executive" is not "her deputy, the deputy chief executive"; an acting
      // chief executive holds it)
      if (role && words.every((w) => new RegExp(`\\b${w}\\b`).test(role)) && !role.split(/\W+/).some((w) => OTHER_HOLDERS.has(w) && !words.includes(w))) return s.entityId;
    }
    return '';
  };
  /** The person a sentence opens with, as its subject, when the pronoun's gender does not contradict it. */
  const subjectOf = (sentence: number, pronoun: string): string => {
    const unit = sentences[sentence];
    const first = unit ? speakerSpans.find((s) => s.type === 'person' && s.start >= unit.start && s.start <= unit.start + 4) : undefined;
    const known = first ? genders.get(first.entityId) : undefined;
    return first && (!known || known === PRONOUN_GENDER[pronoun]) ? first.entityId : '';
  };
  /** The speaker named in [from, to): nearest to `near` (the verb) wins; a person beats an organisation. */
  const speakerIn = (from: number, to: number, near: 'start' | 'end'): string => {
    // "The historian Leif Sandmo, author of the first biography of Tolvik, wrote that": the aside between the
    // subject and the verb names no speaker
    const aside = near === 'end' ? /,[^,"“”]*,\s*$/.exec(text.slice(from, to)) : null;
    // (unless the aside is the name itself: '"…," Reed's wife, Helen, said')
    const named = aside !== null && speakerSpans.some((s) => s.type === 'person' && text.slice(from + aside.index, to).replace(/^,\s*|,\s*$/g, '').trim() === text.slice(s.start, s.end));
    const until = aside && !named && speakerSpans.some((s) => s.start >= from && s.end <= from + aside.index) ? from + aside.index : to;
    const inside = speakerSpans.filter((s) => s.start >= from && s.end <= until && !quoted.some(([a, b]) => s.start > a && s.end < b));
    // a name after a preposition is no subject ("the king turned to Tolvik and said")
    const subjects = inside.filter((s) => !/\b(?:to|with|for|at|by|of|from|about|on|towards|toward)\s+$/i.test(text.slice(Math.max(0, s.start - 12), s.start)));
    const candidates = subjects.length > 0 ? subjects : inside;
    const people = candidates.filter((s) => s.type === 'person');
    const pool = people.length > 0 ? people : candidates;
    const pick = near === 'end' ? pool.at(-1) : pool[0];
    if (pick) return pick.entityId;
    const words = [...text.slice(from, to).matchAll(WORD_RE)].map((m) => m[0]);
    // in a life story, "she wrote" is its subject when the story calls her "she"
    // (the pronoun nearest the verb: "\"I watched …,\" she wrote" is hers)
    const pronouns = words.filter((w) => PRONOUNS.test(w));
    const pronoun = (near === 'end' ? pronouns.at(-1) : pronouns[0])?.toLowerCase();
    if (pronoun && subject && PRONOUN_GENDER[pronoun] === subject.pronoun) return subject.id;
    // ("He reckons, with some pride, that …" after "Len Pardoe, 74, has eaten a Quillick's pasty …": a pronoun opening
    // a sentence is the subject of the sentence before, as it was its first person named, not its last)
    const at = sentenceAt(from);
    if (pronoun && sentences[at]?.start === from && /^(?:He|She)\b/.test(text.slice(from, from + 4))) {
      const subject = subjectOf(at - 1, pronoun);
      if (subject) return subject;
    }
    // ("Wrenfield said a repair, including the drainage Breck had asked for, would take months. "…," he said.": a
    // quote opening its sentence, given to "he", is the subject's of the sentence before, not the last name in it)
    // (only a subject who said something there: "Rachel's son, Callum, …" is about Callum, and "The Morning Tern is
    // expected …" about no speaker)
    const opening = sentences[at];
    const before = sentences[at - 1];
    if (pronoun && opening && before?.paragraph === opening.paragraph && /^\s*["“‘]/.test(text.slice(opening.start, opening.start + 2))) {
      const subject = subjectOf(at - 1, pronoun);
      const span = speakerSpans.find((s) => s.entityId === subject && s.start >= before.start && s.start <= before.start + 4);
      if (subject && span && SPEECH_VERBS.has(verbAfterSubject(text.slice(span.end, before.end)) ?? '')) return subject;
    }
    // ('"…," he told the Courier. "I will be raising it next week," he added.': a quote opening its sentence and
    // given to the pronoun the quote just before was given to is the same speaker's, not the last name in between)
    const previous = quotes.at(-1);
    if (pronoun && opening && before?.paragraph === opening.paragraph && previous?.lastSentence === at - 1 && /^\s*["“‘]/.test(text.slice(opening.start, opening.start + 2))) {
      const known = genders.get(previous.speakerId);
      const given = /["”’],?\s+(she|he)\s+[a-z]+/i.exec(before.text)?.[1]?.toLowerCase();
      if (known === PRONOUN_GENDER[pronoun] || (!known && given === pronoun)) return previous.speakerId;
    }
    if (pronoun) return lastPersonBefore(from, pronoun);
    return '';
  };

  for (const paragraph of article.paragraphs) {
    const body = paragraph.sentences.map((i) => sentences[i]).filter((s) => s?.kind === 'body');
    const first = body[0];
    const last = body.at(-1);
    if (!first || !last) continue;
    const pSpans = quoteSpans(text, first.start, last.end);
    for (const sp of pSpans) quoted.push([sp.open, sp.close]);

    let prevQuote: (typeof quotes)[number] | undefined = quotes.at(-1);
    // A paragraph opening with a quote continues an unattributed-open quote from the paragraph before.
    for (const [k, sp] of pSpans.entries()) {
      const s1 = sentenceAt(sp.open);
      const s2 = sentenceAt(Math.max(sp.open, sp.close - 1));
      const u1 = sentences[s1];
      const u2 = sentences[s2];
      if (!u1 || !u2) continue;
      const prevClose = pSpans[k - 1]?.close ?? -1;
      const nextOpen = pSpans[k + 1]?.open ?? Number.MAX_SAFE_INTEGER;
      const prefixFrom = Math.max(u1.start, prevClose + 1);
      const suffixTo = Math.min(u2.end, nextOpen);
      const prefix = text.slice(prefixFrom, sp.open);
      const suffix = sp.closed ? text.slice(sp.close + 1, suffixTo) : '';
      const inner = text.slice(sp.open + 1, sp.close).trim();
      if (!/\p{L}/u.test(inner)) continue;
      const sentIdx = range(s1, s2);

      // '"We were promised a wall," said Margaret Hollis, who chairs …, "and then nothing."': the words after the
      // attribution that ended the quote before are the same speaker's
      const resumed = k > 0 && prevQuote !== undefined && prevQuote.verbAt >= prefixFrom && prevQuote.verbAt < sp.open && /,\s*$/.test(prefix);
      if (resumed && prevQuote) {
        // (the comma closing the first half is the attribution's: "The dam," she said, "is not negotiable.")
        const last = prevQuote.parts.length - 1;
        prevQuote.parts[last] = (prevQuote.parts[last] ?? '').replace(/,$/, '');
        continueQuote(prevQuote, inner, sentIdx, s2);
        continue;
      }
      const attribution =
        fromSuffix(suffix, sp.close + 1, s1) ?? fromPrefix(prefix, prefixFrom, k > 0 ? quotes.at(-1) : undefined, u1.index);
      if (attribution) {
        usedVerbs.add(attribution.verbAt);
        prevQuote = startQuote(attribution.speakerId, attribution.verb, attribution.verbAt, inner, sentIdx, s2);
        continue;
      }
      // Continuation: a quote standing alone right after a quote (same paragraph, or a new paragraph of the same quote),
      // unless the next sentence introduces its speaker
      const standsAlone = prefix.trim() === '' && /^[\s.,!?…]*$/.test(suffix);
      const introduced = standsAlone ? introducedAfter(s1, s2, first.index) : undefined;
      if (prevQuote && standsAlone && s1 - prevQuote.lastSentence <= 1 && s1 > prevQuote.lastSentence - 1 && !introduced) {
        continueQuote(prevQuote, inner, sentIdx, s2);
        continue;
      }
      // ('Kayla plans to spend her pay on a cookbook, "so at least I can keep doing the plaits".': words quoted in a
      // sentence about its subject, the one person it names, with no verb of saying, are that person's)
      const inSentence = speakerSpans.filter((s) => s.type === 'person' && s.start >= u1.start && s.end <= u1.end && !quoted.some(([a, b]) => s.start > a && s.end < b));
      const subject = inSentence[0];
      // (not a title or a name in quotation marks: "Smith's novel "The Long Watch"", nor a subject that is a possessive)
      const quotedWords = inner.split(/\s+/);
      const spoken = quotedWords.length >= 3 && !quotedWords.every((w) => /^[\p{Lu}\d]|^(?:of|the|and|a|an|in|on|for|to)$/u.test(w));
      if (spoken && prefix.trim() !== '' && s1 === s2 && subject && subject.start <= u1.start + 4 && !/^['’]s\b/.test(text.slice(subject.end, subject.end + 2)) && inSentence.every((s) => s.entityId === subject.entityId) && /^[\s.,;!?’”]*$/.test(suffix)) {
        prevQuote = startQuote(subject.entityId, 'said', subject.end, inner, sentIdx, s2);
        continue;
      }
      // ('Rhys Tremlow, the opposition's spokesman, accused the minister of "hiding behind the trust" while …': words
      // quoted after a subject's own verb of saying or judging are the subject's, whoever else the sentence names)
      const judged = subject && subject.start <= u1.start + 4 && s1 === s2 ? verbAfterSubject(text.slice(subject.end, sp.open)) : undefined;
      if (judged && subject && (SPEECH_VERBS.has(judged) || JUDGING_VERBS.has(judged)) && quotedWords.length >= 2 && !/["“”]/.test(text.slice(subject.end, sp.open))) {
        prevQuote = startQuote(subject.entityId, judged, subject.end, inner, sentIdx, s2);
        continue;
      }
      // ('Ms Teague said the plan had not been updated since 2019. "If we are going to store this …"': a quote standing
      // alone after a sentence reporting what someone said is theirs)
      const before = sentences[s1 - 1];
      const reporter = standsAlone && before && before.paragraph === u1.paragraph ? speakerSpans.find((s) => s.type === 'person' && s.start >= before.start && s.start <= before.start + 4) : undefined;
      if (reporter && SPEECH_VERBS.has(/^\s+([a-z]+)/.exec(text.slice(reporter.end, reporter.end + 20))?.[1] ?? '') && !(prevQuote && prevQuote.lastSentence === s1 - 1)) {
        prevQuote = startQuote(reporter.entityId, 'said', reporter.end, inner, sentIdx, s2);
        continue;
      }
      if (introduced) prevQuote = startQuote(introduced.entityId, 'said', introduced.start, inner, sentIdx, s2);
    }
  }

  /**
   * A quote standing alone, `s1`–`s2`, whose speaker the next sentence of its paragraph introduces:
   * '"Proper bread, that's what they made here." Len Pardoe, 74, a retired trawlerman, has eaten …' (a quote opening
   * the paragraph that starts at `firstSentence`, then the person the next sentence opens with, named there for the
   * first time) or "That was the view of Idris Fenn, leader of …".
   */
  function introducedAfter(s1: number, s2: number, firstSentence: number): MentionSpan | undefined {
    const next = sentences[s2 + 1];
    if (!next || next.paragraph !== sentences[s2]?.paragraph) return undefined;
    const found = s1 === firstSentence ? spans.find((s) => s.type === 'person' && s.start === next.start) : undefined;
    if (found && !spans.some((s) => s.entityId === found.entityId && s.start < found.start) && /^[^.!?]{0,6},\s/.test(text.slice(found.end, found.end + 8))) return found;
    const view = /^(?:That|This|Those|These|Such)\s+(?:was|were|is|are)\s+the\s+(?:view|verdict|words?|message|assessment|opinion|warning|reaction|response)\s+of\s+/.exec(next.text);
    if (view) return spans.find((s) => s.type === 'person' && s.start === next.start + view[0].length);
    // ('"You don't close a bakery like this one …" The man who says it has been lifting trays …, and his name is Owain
    // Quillick.': the one person the sentence names)
    if (/^The\s+[a-z]+(?:\s+[a-z]+)?\s+who\s+(?:says|said|wrote|writes|speaks|spoke)\s+(?:it|this|that|so|these words|those words)\b/.test(next.text)) {
      const named = spans.filter((s) => s.type === 'person' && s.start >= next.start && s.end <= next.end);
      if (named.length > 0 && named.every((s) => s.entityId === named[0]?.entityId)) return named[0];
    }
    return undefined;
  }

  /** Records a new quote of `speakerId` with the words `inner`, in the sentences `sentIdx` (the last of them `last`). */
  function startQuote(speakerId: string, verb: string, verbAt: number, inner: string, sentIdx: number[], last: number): (typeof quotes)[number] {
    const q = { speakerId, parts: [inner], sentences: sentIdx, verb, verbAt, lastSentence: last };
    quotes.push(q);
    for (const s of sentIdx) speakerMentions.push({ entityId: speakerId, sentence: s });
    return q;
  }

  /** Adds the words of a quote's next part, in the sentences `sentIdx` (the last of them `last`), to the quote. */
  function continueQuote(q: (typeof quotes)[number], inner: string, sentIdx: readonly number[], last: number): void {
    q.parts.push(inner);
    for (const s of sentIdx) if (!q.sentences.includes(s)) q.sentences.push(s);
    q.lastSentence = last;
    for (const s of sentIdx) speakerMentions.push({ entityId: q.speakerId, sentence: s });
  }

  function fromSuffix(suffix: string, at: number, sentence: number): Attribution | null {
    // `"…," Le Drian said` / `"…," said Le Drian` / `"…," France's Le Drian tweeted.`
    // (further past a description set off after the name: `"…," Callum Drees, general secretary of the …, told Meridian.`)
    const apposed = /^\s*\p{Lu}[^,.;:!?"“”]{0,60},[^,"“”]{1,160},\s*\p{Ll}/u.test(suffix);
    // '"We were not ready" – Tom Reed, harbour master.': a dash, then the name
    const dash = /^[\s,]*[–—]\s*/.exec(suffix);
    if (dash) {
      const speakerId = speakerIn(at + dash[0].length, at + dash[0].length + Math.max(0, suffix.slice(dash[0].length).search(/[,.;:!?]|$/)), 'start');
      if (speakerId) return { speakerId, verb: 'said', verbAt: at };
    }
    // '"It was chaos," according to Reed.'
    const according = /^[\s,]*according to\s+/i.exec(suffix);
    if (according) {
      const from = at + according[0].length;
      const stop = suffix.slice(according[0].length).search(/[.,;:!?]/);
      const speakerId = speakerIn(from, stop < 0 ? at + suffix.length : from + stop, 'start');
      if (speakerId) return { speakerId, verb: 'according to', verbAt: at + (according.index ?? 0) };
    }
    const words = [...suffix.matchAll(WORD_RE)].slice(0, apposed ? 28 : 8);
    for (const [i, w] of words.entries()) {
      const verb = w[0];
      if (!SPEECH_VERBS.has(verb)) continue;
      const verbAt = at + (w.index ?? 0);
      // Subject before the verb, or (inverted) right after it: "said Le Drian".
      let speakerId = speakerIn(at, verbAt, 'end');
      if (!speakerId && i <= 1) {
        const tail = suffix.slice((w.index ?? 0) + w[0].length);
        // (an abbreviated title's full stop ends nothing: "said Dr. Astrid Lindqvist, a glaciologist")
        const stop = tail.replace(TITLE_ABBREVIATION, (m) => m.replace('.', ' ')).search(/[.,;:!?]/);
        speakerId = speakerIn(verbAt + w[0].length, verbAt + w[0].length + (stop < 0 ? tail.length : stop), 'start');
        // "said one commuter, Dana Wells, at the station": the name set off after the description
        const apposed = /^\s*(?:a|an|one|the|another)\s+[\p{Ll}\s-]{2,40},\s*[^.,;:!?]+/u.exec(tail);
        if (!speakerId && apposed) speakerId = speakerIn(verbAt + w[0].length, verbAt + w[0].length + apposed[0].length, 'start');
      }
      // '"…," the 67-year-old said': a description by age only is the person named last
      if (!speakerId && /^[\s,]*the\s+\d{1,3}-year-old\s*$/.test(text.slice(at, verbAt))) speakerId = lastPersonBefore(at);
      // '"…," the statement said': the statement is the one just quoted, its speaker's
      const previous = quotes.at(-1);
      if (!speakerId && previous && sentence - previous.lastSentence <= 1 && WRITTEN_WORDS.test(text.slice(at, verbAt))) speakerId = previous.speakerId;
      // '"…," the minister added' after "The Minister for Energy, Owen Stavely, …": the person named last whose role
      // has that noun (and the description's other words)
      // ('"…," the agency's chief executive said': whichever body is the owner, the role is the one asked)
      const described = /^[\s,]*the\s+(?:[a-z-]+['’]s\s+)?((?:[a-z-]+\s+){0,2}[a-z-]+)\s*$/.exec(text.slice(at, verbAt))?.[1];
      if (!speakerId && described) speakerId = describedBefore(at, described);
      return speakerId ? { speakerId, verb, verbAt } : null;
    }
    return null;
  }

  function fromPrefix(prefix: string, at: number, previous: (typeof quotes)[number] | undefined, sentence: number): Attribution | null {
    const words = [...prefix.matchAll(WORD_RE)];
    // "In Reed's words, "…""
    const inWords = /\b[Ii]n\s+((?:\p{Lu}[\p{L}'’-]+\s+){0,3}\p{Lu}[\p{L}'’-]+)['’]s\s+(?:own\s+)?words,?\s*$/u.exec(prefix);
    if (inWords) {
      const speakerId = speakerIn(at + inWords.index, at + inWords.index + inWords[0].length, 'start');
      if (speakerId) return { speakerId, verb: 'said', verbAt: at + inWords.index };
    }
    // "according to X, "…""
    const acc = /\baccording to\b/i.exec(prefix);
    if (acc) {
      const from = at + acc.index + acc[0].length;
      const speakerId = speakerIn(from, at + prefix.length, 'start');
      if (speakerId) return { speakerId, verb: 'according to', verbAt: at + acc.index };
    }
    // The last attributing verb before the quote, with at most a dozen words between them; more when "that" opens
    // the clause the quote ends ("X said in a lecture to the Institution of Engineers in 1864 that the tower "…"")
    const thatAt = words.findLastIndex((w) => w[0] === 'that');
    // (and any distance when the verb opens the sentence, its subject before it: "Minister Kettleworth said the
    // government, which …, would examine the bid "carefully"")
    const opensSentence = at === (sentences[sentence]?.start ?? -1);
    for (let i = words.length - 1; i >= 0; i--) {
      const w = words[i];
      if (!w) continue;
      if (words.length - i > (i < thatAt ? 24 : 14) && !(opensSentence && i <= OPENING_VERB_WORDS)) continue;
      const word = w[0];
      const verbAt = at + (w.index ?? 0);
      const participle = SPEECH_PARTICIPLES.get(word);
      if (participle) {
        // "…, adding that "…"": the speaker of the clause — the quote just before in this sentence, or its subject.
        const speakerId =
          (previous && previous.lastSentence === sentence ? previous.speakerId : '') ||
          speakerIn(sentences[sentence]?.start ?? at, verbAt, 'end');
        if (speakerId) return { speakerId, verb: participle, verbAt };
        continue;
      }
      if (!SPEECH_VERBS.has(word)) continue;
      // Subject: nearest name before the verb within the sentence ("For his part, Moavero Milanesi said that").
      const clauseStart = sentences[sentence]?.start ?? at;
      const speakerId = speakerIn(clauseStart, verbAt, 'end') || speakerIn(verbAt + w[0].length, at + prefix.length, 'start');
      if (speakerId) return { speakerId, verb: word, verbAt };
    }
    // 'Trust chair Paula Nkemelu: "We have asked …"': a name and a colon, as news copy sets a quote under it
    const colon = /:\s*$/.exec(prefix);
    if (colon) {
      const named = speakerSpans.filter((s) => s.type === 'person' && s.start >= at && s.end <= at + colon.index && /^[\s.,)]*$/.test(text.slice(s.end, at + colon.index))).at(-1);
      if (named) return { speakerId: named.entityId, verb: 'said', verbAt: at + colon.index };
      // ('Reed was blunt: "We were not ready."': the one person the clause before the colon is about, as its subject)
      const people = speakerSpans.filter((s) => s.type === 'person' && s.start >= at && s.end <= at + colon.index);
      const [subject] = people;
      const clause = text.slice(at, at + colon.index);
      // (or her word for it: "Reed's reply was short:", "Reed's message was simple:")
      const after = text.slice(subject?.end ?? 0, at + colon.index);
      const hers = /^['’]s\s+(?:reply|message|answer|response|verdict|advice|warning|view|plea|retort|reaction|explanation|conclusion)\s+(?:was|is)\b/.test(after);
      if (subject && people.every((s) => s.entityId === subject.entityId) && /^\s*$/.test(text.slice(at, subject.start)) && (/^\s+(?:was|were|is|are|had|has|sounded|seemed|remained|put it|summed it up)\b/.test(after) || hers) && clause.length <= 80) {
        return { speakerId: subject.entityId, verb: 'said', verbAt: at + colon.index };
      }
    }
    return null;
  }

  const reported = reportedStatements(article, spans, quoted, usedVerbs, lastPersonBefore);
  return {
    // The comma before a closing mark belongs to the attribution, not to the words quoted.
    quotes: quotes.map((q) => ({ speakerId: q.speakerId, text: q.parts.join(' ').replace(/,$/, ''), sentences: q.sentences, verb: q.verb })),
    reported,
    speakerMentions,
  };
}

const range = (a: number, b: number): number[] => Array.from({ length: b - a + 1 }, (_, i) => a + i);

/** "according to OCHA, …", "OCHA said 2,000 …": attributions outside quotation marks. */
function reportedStatements(
  article: Article,
  spans: readonly MentionSpan[],
  quoted: ReadonlyArray<readonly [number, number]>,
  usedVerbs: ReadonlySet<number>,
  lastPersonBefore: (at: number) => string,
): ReportedStatement[] {
  const out: ReportedStatement[] = [];
  const inQuote = (at: number): boolean => quoted.some(([a, b]) => at > a && at < b);
  for (const unit of article.sentences) {
    if (unit.kind !== 'body') continue;
    for (const w of unit.text.matchAll(WORD_RE)) {
      const word = w[0].toLowerCase();
      const at = unit.start + w.index;
      if (!/^\p{Ll}/u.test(w[0]) || !REPORTING_VERBS.has(word) || usedVerbs.has(at) || inQuote(at)) continue;
      let from: number;
      let to: number;
      if (word === 'according') {
        if (!/^according\s+to\s/i.test(unit.text.slice(w.index))) continue;
        from = at + (/^according\s+to\s+/i.exec(unit.text.slice(w.index))?.[0].length ?? 0);
        const rest = article.text.slice(from, unit.end);
        const stop = rest.search(/[,;:.!?"“]|\s(?:that|which|who)\s/);
        to = from + (stop < 0 ? rest.length : stop);
      } else {
        // The subject: words back to the clause start, at most six.
        const head = article.text.slice(unit.start, at);
        const clause = head.split(/[,;:"“”]\s*|\s(?:and|but|while|as|because|after|before|when)\s/).at(-1) ?? '';
        // Auxiliaries between subject and verb are not the source: "the ARC has warned" → "the ARC".
        const subj = clause
          .trim()
          .replace(/^(?:and|but|or|while|as|so)\s+/i, '')
          .replace(/(?:\s+(?:has|have|had|was|were|is|are|will|would|also|later|then|previously|recently|again|once))+$/i, '')
          .split(/\s+/)
          .slice(-6)
          .join(' ');
        if (!subj || /\b(?:that|which|who)\s*$/.test(subj)) continue;
        from = unit.start + head.lastIndexOf(subj);
        to = from + subj.length;
        // A quote attributed by this verb was already counted; a clause ending in a quote is a quote, not a report.
        const after = article.text.slice(at + w[0].length, unit.end);
        if (/^\s*(?:that\s+)?["“]/.test(after) || /^\s*[,:]?\s*$/.test(after)) continue;
      }
      const sourceText = article.text.slice(from, to).trim().replace(/^(?:the|a|an)\s+/i, (m) => m);
      if (!sourceText) continue;
      const ent = spans.find((s) => s.start >= from && s.end <= to && (s.type === 'organisation' || s.type === 'person'))
        ?? spans.find((s) => s.start >= from && s.end <= to);
      // A source must be someone: a known entity, a pronoun, or a reporting body ("officials", "the agency").
      if (!ent && !PRONOUNS.test(sourceText) && !sourceText.split(/\s+/).some((w) => REPORTER_NOUNS.has(w.toLowerCase()))) continue;
      if (out.some((r) => r.sentence === unit.index && r.sourceText === sourceText)) continue;
      // "He added that …": the most recent person.
      const sourceId = ent?.entityId ?? (PRONOUNS.test(sourceText) ? lastPersonBefore(from) : '');
      out.push({ sourceId, sourceText, sentence: unit.index });
    }
  }
  return out;
}
