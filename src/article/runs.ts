/**
 * Capitalised runs: the raw material of entity recognition. A run is a sequence of adjacent capitalised words
 * (with name particles inside it), with exact article offsets, split at punctuation and at possessives.
 */
import { wordnet } from '../search/wordnet.ts';
import { NAME_PARTICLES, ORG_HEADS, PARTICLE_PREFIX } from './lexicon.ts';

export interface Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export interface Run {
  /** Sentence index. */
  readonly sentence: number;
  readonly words: readonly Word[];
  /** The run's last word was written with a possessive 's, which is not part of `words`. */
  readonly possessive: boolean;
  /** A `-backed`, `-led` … suffix followed the last word ("United Nations-backed"). */
  readonly compound: boolean;
  /** The run starts its sentence (after opening quotes/brackets). */
  readonly initial: boolean;
  /** Word right before the run, lower-cased ('' at sentence start). */
  readonly before: string;
}

// Dotted abbreviations first ("U.S.", "U.N."), initials and abbreviated titles ("St.", "Sen.") before a capital, then words with inner apostrophes/hyphens, then numbers.
const WORD = /(?:\p{Lu}\.){2,}|(?:St|Mt|Ft|Sen|Gov|Rep|Gen|Dr|Mr|Mrs|Ms|Prof|Col|Lt|Capt|Sgt|Rev|Pres|Adm|Maj|Cmdr|Brig|\p{Lu})\.(?=[ \t]+\p{Lu})|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’-][\p{L}\p{M}\p{N}]+)*|\p{N}+(?:[.,]\p{N}+)*/gu;

/** Words of a text with absolute offsets. */
export function words(text: string, offset: number): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) out.push({ text: m[0], start: offset + m.index, end: offset + m.index + m[0].length });
  return out;
}

const isCapital = (w: string): boolean => /^\p{Lu}/u.test(w) || PARTICLE_PREFIX.test(w);

/** Short words that end a compound adjective after a name ("UN-led", "state-run", "Soviet-era"). */
const SHORT_COMPOUND_HEADS = new Set(['led', 'run', 'era', 'bred', 'fed', 'set', 'hit', 'ish', 'esque']);

/** Splits a hyphenated word whose tail is an English word ("Nations-backed" → "Nations", "-backed"). */
function splitCompound(w: Word): { head: Word; compound: boolean } {
  const m = /^(.*\p{L})-(\p{Ll}+)$/u.exec(w.text);
  // (an English word after the hyphen: "Tripoli-based", "UN-led"; "Park Ji-won" is a name)
  const english = m?.[2] !== undefined && (SHORT_COMPOUND_HEADS.has(m[2]) || (m[2].length >= 4 && wordnet().knows(m[2])));
  if (m && english && !PARTICLE_PREFIX.test(w.text) && m[1] && isCapital(m[1]) && !m[1].includes('-')) {
    return { head: { text: m[1], start: w.start, end: w.start + m[1].length }, compound: true };
  }
  return { head: w, compound: false };
}

/** Particles that may open a name in running text: none of them is an English word. */
const OPENING_PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'ter', 'di', 'du', 'della', 'del', 'bin', 'ibn', 'bint']);

/** Whether the particles from the i-th word on end in a capitalised word, with only spaces between them. */
function particlesLeadToName(ws: readonly Word[], i: number, text: string, offset: number): boolean {
  for (let j = i; j < ws.length; j++) {
    const w = ws[j];
    const next = ws[j + 1];
    if (!w || !next || !/^[ \t\u00A0]+$/.test(text.slice(w.end - offset, next.start - offset))) return false;
    if (isCapital(next.text)) return true;
    if (!NAME_PARTICLES.has(next.text)) return false;
  }
  return false;
}

/** Capitalised runs of one unit's text. `text` is the unit's text, `offset` its start in the article. */
export function capitalisedRuns(text: string, offset: number, sentence: number): Run[] {
  const ws = words(text, offset);
  const runs: Run[] = [];
  let cur: Word[] = [];
  let before = '';
  let initial = false;
  const close = (possessive: boolean, compound: boolean): void => {
    // A trailing particle is not part of a name ("… of Prime Minister" handled by callers; "van" alone is not).
    while (cur.length > 0 && NAME_PARTICLES.has(cur.at(-1)?.text ?? '')) cur.pop();
    if (cur.length > 0) runs.push({ sentence, words: cur, possessive, compound, initial, before });
    cur = [];
  };

  for (let i = 0; i < ws.length; i++) {
    const w = ws[i];
    if (!w) continue;
    const prev = ws[i - 1];
    const gap = prev ? text.slice(prev.end - offset, w.start - offset) : text.slice(0, w.start - offset);
    // Only spaces may separate the words of one run, or a plural's apostrophe inside a name ("Dockers' Union")
    const pluralPossessive = /^['’][ \t\u00A0]+$/.test(gap) && /s$/.test(prev?.text ?? '') && isCapital(w.text);
    if (cur.length > 0 && !/^[ \t\u00A0]+$/.test(gap) && !pluralPossessive) close(false, false);

    let word = w;
    let possessive = false;
    const poss = /^(.+?)['’]s$/u.exec(w.text);
    if (poss?.[1] && isCapital(poss[1])) {
      word = { text: poss[1], start: w.start, end: w.start + poss[1].length };
      possessive = true;
    }
    const { head, compound } = splitCompound(word);
    // a particle inside a name, alone or in a chain ("Ivo van der Berg"); a chain may open one mid-sentence when its
    // first particle is no English word ("… van der Berg said")
    const particle = NAME_PARTICLES.has(head.text) && particlesLeadToName(ws, i, text, offset) && (cur.length > 0 || (i > 0 && OPENING_PARTICLES.has(head.text)));
    if (isCapital(head.text) || particle) {
      if (cur.length === 0) {
        before = prev && /^[ \t\u00A0]+$/.test(gap) ? prev.text.toLowerCase() : '';
        // Sentence-initial, or first word inside an opening quote: capitals there say nothing about names.
        // (a straight mark after a word closes a quotation: in '," Marrow said' the capital is a name's)
        initial = !prev || /(?:[“‘(]|(?:^|\s)")\s*$/.test(gap);
      }
      cur.push(head);
      // "Kestrel Valley Women's Association": an organisation's head after a possessive keeps the name going
      const next = ws[i + 1];
      // (a name of two words or more before it: "Italy's Government" and "John's Company" are a place's and a man's)
      const nameGoesOn = possessive && cur.length >= 2 && next !== undefined && ORG_HEADS.has(next.text) && /^[ \t\u00A0]+$/.test(text.slice(w.end - offset, next.start - offset));
      if ((possessive && !nameGoesOn) || compound) close(possessive, compound);
    } else {
      close(false, false);
    }
  }
  close(false, false);
  return runs;
}
