import type { AnswerType } from '../core/types.ts';

/** What a question asks for, read from its wording. `other` when nothing specific. */
export function expectedAnswerType(folded: string): AnswerType {
  const q = ` ${folded.replace(/[^\p{L}\p{N}' ]+/gu, ' ').replace(/\s+/g, ' ')} `;
  if (/ (stand for|stands for|full name of|acronym|abbreviation) /.test(q)) return 'definition';
  if (/ how (many|much|old|large|big|long|far|high|tall|deep) | (number|percentage|proportion|amount|share) of /.test(q)) return 'number';
  if (/ when | what (year|date|day|month|time) | which (year|date|day|month) | since when /.test(q)) return 'date';
  if (/ where | (which|what) (country|city|town|place|region|capital|location) /.test(q)) return 'place';
  if (/ why | what (caused|causes|reason|reasons) | for what reason /.test(q)) return 'reason';
  if (/ (what|how) (did|does|do|has|have|had) .+ (say|said|tweet|tweeted|write|wrote|tell|told|add|added|explain|explained|declare|declared) | quote| quoted /.test(q)) return 'quote';
  if (/ (which|what) (organi[sz]ation|company|agency|group|body|institution|firm|party|government) /.test(q)) return 'organisation';
  if (/ who | whom | whose | (which|what) (person|man|woman|minister|leader|official|general|president|journalist|reporter|author) /.test(q)) return 'person';
  return 'other';
}
