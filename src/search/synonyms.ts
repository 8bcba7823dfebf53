import synonyms from 'synonyms';
import { stem } from './text.ts';

/**
 * Related words for query expansion, from the `synonyms` package's WordNet-derived dictionary
 * (base forms only, so inflected words are looked up through a few lemma guesses).
 * A synonym is only ever a weaker match than the word itself (see SYNONYM_WEIGHT in the index).
 */

let reverse: Map<string, Set<string>> | undefined;

/** word → every headword whose synonym list holds it (built once, on first use, ~20 ms). */
function reverseIndex(): Map<string, Set<string>> {
  if (reverse) return reverse;
  reverse = new Map();
  for (const [head, entry] of Object.entries(synonyms.dictionary)) {
    for (const list of Object.values(entry)) {
      for (const word of list ?? []) {
        if (word === head || word.includes(' ')) continue;
        let set = reverse.get(word);
        if (!set) reverse.set(word, (set = new Set()));
        set.add(head);
      }
    }
  }
  return reverse;
}

/** Base-form guesses for an inflected English word: holdings → holding, hold; died → die, di. */
function lemmaGuesses(word: string): string[] {
  const out = [word];
  const rules: [RegExp, string][] = [
    [/ies$/, 'y'],
    [/ied$/, 'y'],
    [/(ss|x|ch|sh)es$/, '$1'],
    [/s$/, ''],
    [/ed$/, ''],
    [/ed$/, 'e'],
    [/ing$/, ''],
    [/ing$/, 'e'],
    [/([b-df-hj-np-tv-z])\1(ed|ing)$/, '$1'],
  ];
  for (const [re, sub] of rules) if (re.test(word)) out.push(word.replace(re, sub));
  return out;
}

/** Stems of the single-word synonyms of `word` (its own stem excluded). */
export function synonymStems(word: string): string[] {
  const own = stem(word);
  const found = new Set<string>();
  const rev = reverseIndex();
  for (const lemma of lemmaGuesses(word)) {
    const entry = synonyms.dictionary[lemma];
    if (entry) {
      for (const list of Object.values(entry)) for (const w of list ?? []) if (!w.includes(' ')) found.add(stem(w));
    }
    for (const head of rev.get(lemma) ?? []) found.add(stem(head));
  }
  found.delete(own);
  return [...found];
}

let lexicon: Set<string> | undefined;

/** Whether a folded word is an English word the dictionary knows (heads and synonyms, with lemma guesses). */
export function isEnglishWord(word: string): boolean {
  if (!lexicon) {
    lexicon = new Set(Object.keys(synonyms.dictionary));
    for (const entry of Object.values(synonyms.dictionary)) for (const list of Object.values(entry)) for (const w of list ?? []) lexicon.add(w);
  }
  return lemmaGuesses(word).some((w) => lexicon?.has(w));
}
