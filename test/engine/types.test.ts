import { describe, expect, it } from 'vitest';
import { articleOf, engineOf } from '../support/engines.ts';

/** Sentences that are the kind of answer asked for without a modern year, a person's name or "because". */
describe('kinds of answer a sentence can give', () => {
  const text = `---
title: Marrow Ferry
---
A ferry crossing at Marrow is first recorded in a charter of 884.

The landing stage was owned by the Tessel family for three centuries.

The old toll house was pulled down in 1962 to make way for a car park.

The first steam ferry was bought from the Harwell Foundry, which also built the chain.`;
  // a sentence of the wrong kind keeps only part of its confidence (TYPE_MISMATCH_FACTOR); a stricter threshold
  // than the default tells that apart from a sentence of the right kind, which keeps all of it
  const e = engineOf(text, 'ferry', 0.75);

  it.each([
    ['When is the crossing at Marrow first recorded?', 'charter of 884'],
    ['Who owned the landing stage?', 'Tessel family'],
    ['Why was the old toll house pulled down?', 'to make way for a car park'],
    ['Where was the first steam ferry bought from?', 'Harwell Foundry'],
  ])('answers "%s"', (q, snippet) => {
    const a = e.ask(q);
    expect(a.answered, `${q} (${a.confidence})`).toBe(true);
    expect(a.citations[0]?.text).toContain(snippet);
  });
});

describe('"the population of", "the length of", "the cost of" ask for a number', () => {
  const e = engineOf(
    articleOf('Steel', 'Orvath employs 11,400 people at its mill in Tullagh Bridge, 60 km inland.', '"Many of our members live in Tullagh Bridge," the fund manager said.'),
    'steel',
  );

  it('a sentence with no number does not say it', () => {
    expect(e.ask('What is the population of Tullagh Bridge?').answered).toBe(false);
    expect(e.ask('How many people does Orvath employ?').answered).toBe(true);
  });
});
