import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app.ts';
import { engineOf } from '../support/engines.ts';

/** What an article does not say, asked with the words of what it does say. No curated entries. */
describe('near misses on an article with no curated entries', () => {
  const text = `---
title: The Harbour Bridge
---
The Varnholt Harbour Bridge opened in 1932 after eight years of construction.

It was designed by the engineer Mara Oslund, who said: "A bridge must carry a city, not only its cars."

The Bank of Varnholt lent the city 40 million crowns for the works, according to the Transport Office (TO).

The bridge is 1,149 metres long and carries six lanes of traffic. About 160,000 vehicles cross it every day.`;
  const e = engineOf(text, 'bridge');

  it('answers a "how many" that a sentence counts', () => {
    expect(e.ask('How many lanes does the bridge carry?').citations[0]?.text).toContain('carries six lanes of traffic');
  });

  it('answers what it says about a name written with a joining word', () => {
    const a = e.ask('How much did the Bank of Varnholt lend?');
    expect(a.answered).toBe(true);
    expect(a.citations[0]?.text).toContain('lent the city 40 million crowns');
  });

  it.each([
    // the name is one thing asked about, not three words that each count as covered
    'When was the Bank of Varnholt founded?',
    // another office than the one the article names
    'What did the Finance Office say about the bridge?',
    // both people are named, but nothing says they met
    'Did Mara Oslund meet the Bank of Varnholt?',
    // a sentence with no date, number or reason is no answer to "when", "how many" or "why"
    'When did Mara Oslund design the bridge?',
    'How many engineers designed the bridge?',
    'Why did Mara Oslund design the bridge?',
    // "after eight years of construction" is a time, not a reason
    'Why was the bridge built?',
  ])('refuses "%s"', (q) => {
    const a = e.ask(q);
    expect(a.answered, `${q} → ${a.citations[0]?.text ?? ''} (${a.confidence})`).toBe(false);
    expect(a.suggestions.length).toBeGreaterThan(0);
  });
});

describe('near misses on the seed article', () => {
  const e = loadEngine();

  it.each([
    // "Government of National Accord" is one name; "created" is what is asked about it, and nothing says when
    'When was the Government of National Accord created?',
    // both are named in one sentence, but nothing says they met
    'Did Salvini meet Sarraj?',
    // "United" belongs to another name than the United Nations
    'Did the United Arab Emirates support Haftar?',
    // a "when" is about its event: the sentence dates Haftar's offensive, not the GNA's forming
    'When was the Government of National Accord formed?',
    // "eastern Libya" is no city
    "Which city is Haftar's stronghold in?",
    // the town the question names is no answer to which town it is in ("the Mellitah oil and gas plant")
    'In which Libyan town is the Mellitah plant?',
    // nor is the country it names an answer to where in that country it is
    'Where in Libya is the Mellitah plant located?',
    // France is in most of the story, so not required by name; but Italy's embassy is not France's
    'When did France open its embassy in Tripoli?',
    // and so by the country's adjective: the French are France
    'When did the French open an embassy in Tripoli?',
    // the sentence gives him the title; nothing says when he became it
    'When did Le Drian become foreign minister?',
  ])('refuses "%s"', (q) => {
    const a = e.ask(q);
    expect(a.answered, `${q} → ${a.citations[0]?.text ?? ''} (${a.confidence})`).toBe(false);
  });

  it('still answers what the sentence does say about the same names', () => {
    expect(e.ask('Who launched an offensive against the Government of National Accord?').citations[0]?.label).toBe('P2.1');
    expect(e.ask('Did Salvini accuse France of supporting Haftar?').citations[0]?.label).toBe('P2.1');
    expect(e.ask('When did Haftar launch his offensive against the GNA?').citations[0]?.label).toBe('P2.1');
    expect(e.ask('In which city did Le Drian give a press conference?').citations[0]?.label).toBe('P3.1');
    // "begin" says when, not what: the offensive is the event
    expect(e.ask('When did the offensive against the Government of National Accord begin?').citations[0]?.label).toBe('P2.1');
    expect(e.ask('When did Italy open its embassy in Tripoli?').citations[0]?.label).toBe('P8.1');
    expect(e.ask('When did the Italians open an embassy in Tripoli?').citations[0]?.label).toBe('P8.1');
    // ("since when" asks for the time, and "since" is no word to find)
    expect(e.ask('Since when has Italy had an embassy in Tripoli?')).toMatchObject({ answered: true, citations: [expect.objectContaining({ label: 'P8.1' })] });
    // ("an immediate cease-fire" says how quickly)
    expect(e.ask("How quickly does Italy's foreign minister want the fighting halted?")).toMatchObject({ answered: true, citations: [expect.objectContaining({ label: 'P6.1' })] });
    // ("eastern Libya" is a part of Libya)
    expect(e.ask('Where in Libya is Haftar based?').citations[0]?.label).toBe('P9.1');
  });
});

describe('"how many" is about the thing counted', () => {
  const text = `---
title: Kessel Station
---
Kessel Station is a research base on the Varn ice shelf.

About 140 scientists, engineers and support staff work at the station in summer.

The station has three laboratories and a landing strip for light aircraft.`;
  const e = engineOf(text, 'station');

  it('answers a count of people by a count of scientists and engineers', () => {
    expect(e.ask('How many people work at the station in summer?').citations[0]?.text).toContain('About 140 scientists');
  });

  it('refuses a count of something the sentence does not count', () => {
    expect(e.ask('How many pilots work at the station in summer?').answered).toBe(false);
    // the seed article counts a 300-member task force, which "fighters" only loosely matches
    expect(loadEngine().ask('How many fighters defend Tripoli for the GNA?').answered).toBe(false);
  });
});
