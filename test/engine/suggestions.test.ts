import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app.ts';
import { engineOf, topCitation } from '../support/engines.ts';

/** What a refusal offers instead, on an article with no curated entries: questions that lead somewhere. */
describe('suggestions on an article with no curated entries', () => {
  const text = `---
title: Lake Tarrow
---
Lake Tarrow is a freshwater lake in the uplands of Brenmoor, fed by four mountain streams.

The lake is about 11 kilometres long and reaches a depth of 86 metres near its northern shore.

Its outflow, the River Sallow, was straightened in 1880 to improve navigation for timber barges.

A stone causeway built by the monks of Holm Abbey in the twelfth century crosses the southern end.

Brown trout and arctic char live in the lake, and ospreys returned to nest on its islands in 1998.

Every August the village of Kell holds a rowing regatta on the water.`;
  const e = engineOf(text, 'lake');
  const sentence = (snippet: string) => e.article.sentences.find((s) => s.text.includes(snippet))?.label;

  it('offers a question that brings up the sentence closest to a refused question', () => {
    // the article says who built the causeway, not who paid for it
    const a = e.ask('Who paid for the causeway?');
    expect(a.answered).toBe(false);
    const leads = a.suggestions.map((s) => e.ask(s)).filter((b) => b.answered).map((b) => b.citations[0]?.label);
    expect(leads).toContain(sentence('stone causeway'));
  });

  it.each(['Who paid for the causeway?', 'What is the population of Kell?', 'How many fish are caught each year?', 'Who owns the lake?'])(
    'every suggestion for "%s" is answered when asked',
    (q) => {
      const a = e.ask(q);
      expect(a.answered).toBe(false);
      expect(a.suggestions.length).toBeGreaterThan(0);
      for (const s of a.suggestions) {
        expect(s).not.toMatch(/about (kilometres|metres|today|despite)\?/);
        expect(e.ask(s).answered, s).toBe(true);
      }
    },
  );

  it('answers "What is the article about?" with the lead', () => {
    for (const q of ['What is the article about?', "what's it about", 'What is this story about?']) {
      const a = e.ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.citations[0]?.label).toBe(sentence('freshwater lake in the uplands'));
    }
  });

  it('"the lake" is Lake Tarrow: a place name may open with its common noun', () => {
    // the causeway sentence does not say "lake"; the article is about the lake, so it need not
    expect(topCitation(e, 'What crosses the far end of the lake?')?.label).toBe(sentence('stone causeway'));
  });

  it('offers sentences in autocomplete by the question that brings them up', () => {
    const choices = e.completeQuestion('regatta');
    const choice = choices.find((c) => c.name.startsWith('What does the article say about'));
    expect(choice).toBeDefined();
    expect(choice?.value.length).toBeLessThanOrEqual(100);
    const a = e.ask(choice?.value ?? '');
    expect(a.answered).toBe(true);
    expect(a.citations[0]?.label).toBe(sentence('rowing regatta'));
  });
});

describe('names and speakers', () => {
  it('matches a hyphenated name as one name', () => {
    const text = `---
title: The Orrin prize
---
The physicist Marisa Orrin-Hale won the Keller Prize in 2011 for her work on cold plasma.

Her cousin Tomas Orrin built the first telescope at the site.`;
    const e = engineOf(text, 'prize');
    const a = e.ask('Who is Marisa Orrin-Hale?');
    expect(a.answered).toBe(true);
    expect(a.citations[0]?.text).toContain('Marisa Orrin-Hale won');
  });

  it('refuses what someone said when the article quotes nothing of theirs', () => {
    const seed = loadEngine();
    for (const q of ['What did Fayez al-Sarraj say about the Rome meeting?', 'What did Fayez Sarraj say about the Rome meeting?']) {
      expect(seed.ask(q).answered, q).toBe(false);
    }
    // and still answers for someone it does quote
    expect(seed.ask('What did Le Drian say about the Rome meeting?').answered).toBe(true);
  });
});
