import { describe, expect, it } from 'vitest';
import { parseArticle, analyzeArticle } from '../../src/article/index.ts';
import { createEngine } from '../../src/engine/create.ts';
import { sentenceFacts } from '../../src/engine/docs.ts';
import { loadEngine } from '../../src/app.ts';
import { askingSpan, expectedAnswerType, focusWords } from '../../src/search/question.ts';
import { stem } from '../../src/search/text.ts';
import { cleanQuestion, measuresDimension } from '../../src/engine/signals.ts';
import { givesDate } from '../../src/engine/docs.ts';
import { howWordsMeant } from '../../src/search/text.ts';
import { articleOf, coverageOf, engineOf, topCitation } from '../support/engines.ts';

/** How a sentence refers to what it is about without naming it, on an encyclopedia-style article with no curated entries. */
describe('references an encyclopedia article makes without names', () => {
  const text = `---
title: Tamsin Lighthouse
---
The Tamsin Lighthouse is a stone lighthouse on the island of Corra, built by the engineer Oskar Brandt.

## History

Brandt drew the first plans in 1841, but the island council refused to pay for them. Oskar Brandt died in 1859 before any stone was laid. A statue of Oskar Brandt stands in the harbour.

The lighthouse was finally built between 1866 and 1871 by the Corra Harbour Trust. Its first keeper was Ida Munro, who held the post for 31 years.

## Structure

The main lamp room sits on top of the tower. It was fitted with an electric lamp in 1934 and can be seen from 40 kilometres away. The keepers' cottage has four rooms and a small garden.

The station has three foghorns and two boathouses. The largest optic is the Munro Lens, a ring of glass prisms two metres across. It was completed in 1902 in Glasgow.

## Keepers

The lighthouse is run by a keeper appointed by the Corra Harbour Trust. The current keeper, Elin Voss, took over in 2015.`;
  const e = engineOf(text, 'lighthouse');
  const top = (q: string) => topCitation(e, q)?.text ?? '';

  it('"died" is asked with "die"', () => {
    expect(stem('died')).toBe(stem('die'));
    expect(stem('dying')).toBe(stem('die'));
    expect(top('When did Oskar Brandt die?')).toContain('Brandt died in 1859');
  });

  it('a short word in -e stems as its other forms do ("use" and "used", "age" and "aged"), a short word else as it is, a directorate as no director', () => {
    expect(stem('use')).toBe(stem('used'));
    expect(stem('uses')).toBe(stem('use'));
    expect(stem('age')).toBe(stem('aged'));
    expect(stem('directorate')).not.toBe(stem('director'));
    expect(stem('directorates')).toBe(stem('directorate'));
    expect(stem('gas')).toBe('gas');
    expect(stem('bus')).toBe('bus');
  });

  it('"the lighthouse" is the article\'s topic, named in its title', () => {
    expect(top('When was the lighthouse finally completed?')).toContain('finally built between 1866 and 1871');
    expect(top('Who was the first keeper of the lighthouse?')).toContain('Its first keeper was Ida Munro');
  });

  it('"the lighthouse" is the title\'s lighthouse even where it goes unnamed', () => {
    expect(top('Who is the current keeper of the lighthouse?')).toContain('The current keeper, Elin Voss');
  });

  it('"it" is what the sentence before named', () => {
    expect(top('When was the Munro Lens finished?')).toContain('completed in 1902');
    expect(top('When did the lamp room get an electric lamp?')).toContain('fitted with an electric lamp in 1934');
  });

  it('"how many" prefers the sentence that counts the thing asked about', () => {
    expect(top('How many foghorns does the station have?')).toContain('three foghorns');
    expect(top('how many rooms does the cottage have')).toContain('four rooms');
  });

  it('"how many" counts the last noun of its phrase, not the word that describes it', () => {
    const answer = e.ask('How many stone boathouses does the station have?');
    expect(answer.answered).toBe(true);
    expect(answer.citations[0]?.text).toContain('two boathouses');
  });
});

describe('a close second that answers goes first', () => {
  const text = `---
title: Marrow Reef Light
---
The Marrow Reef Light is a lighthouse on a tidal reef off the port of Dunmere.

## Background

Local records list at least 38 shipwrecks on the reef between 1790 and 1850. After the disaster of 1843, merchants in Dunmere formed the Callow Safety Committee (CSC) to campaign for a light on the reef. The committee was chaired by the shipowner Edwina Stallard, who had lost two vessels on the rock.`;
  const e = engineOf(text, 'reef');

  it('answers "who chaired" with the sentence that says so, over the entry that only says what the committee is', () => {
    const answer = e.ask('Who chaired the Callow Safety Committee?');
    expect(answer.answered).toBe(true);
    expect(answer.citations[0]?.text).toContain('chaired by the shipowner Edwina Stallard');
    expect(topCitation(e, 'Who chaired the Callow Safety Committee?')?.text).toContain('chaired by');
  });

  it('still refuses when no candidate close to the front-runner answers', () => {
    expect(e.ask('Who funded the Callow Safety Committee?').answered).toBe(false);
  });
});

describe('"every year" says how often, not that a year is asked for', () => {
  const text = `---
title: Ambrel River
---
The Ambrel River is the longest river of Ostmarra.

## Conservation

The Ambrel River Commission (ARC), founded in 1999, coordinates water management among the four provinces along the river. The commission publishes an annual report on water quality, fish numbers and flood risk.`;
  const e = engineOf(text, 'river');

  it('answers with the sentence on what is published yearly, not the one with a year in it', () => {
    const answer = e.ask('What does the river commission publish every year?');
    expect(answer.answered).toBe(true);
    expect(answer.citations[0]?.text).toContain('publishes an annual report');
  });

  it('still reads "year" as asking for a date where it frames the question', () => {
    expect(topCitation(e, 'commission year')?.text).toContain('founded in 1999');
  });
});

describe('a history article: its setting, its named events, its irregular verbs', () => {
  const e = engineOf(
    `---
title: Harrowgate dock strike
---
The Harrowgate dock strike was a labour dispute that lasted from 14 June to 29 September 1911. It began in Harrowgate when the port cut wages.

## Background

Dock labour was hired by the half-day at call-stands outside the dock gates. Every August the union holds a march known as Dockers Day, which ends at Dockers Quay. The event was first organised in 1936 by the Harrowgate Trades Council (HTC). The union's first secretary, Mary Loft, taught the dockers to read in the evenings.`,
    'strike',
  );

  it('does not require the place the title names: the whole story is set there', () => {
    const answer = e.ask('How was dock labour hired in Harrowgate?');
    expect(answer.answered).toBe(true);
    expect(answer.citations[0]?.text).toContain('hired by the half-day');
  });

  it('does not take a name the article writes, though no entity, for one it does not know', () => {
    const event = e.rank('Who first organised the Dockers Day march?').find((c) => c.entry.citations[0]?.text.includes('first organised in 1936'));
    expect(event?.detail.missingRequired).toBe(0);
  });

  it('matches an irregular past form with its verb', () => {
    expect(stem('taught')).toBe(stem('teach'));
    expect(topCitation(e, 'What did Mary Loft teach the dockers?')?.text).toContain('taught the dockers');
  });
});

describe('what an acronym stands for does not say why', () => {
  const e = engineOf(
    `---
title: Maren Tolvik
---
Maren Tolvik was an engineer best known for the Brask Sound bridge.

## Career

From 1879 to 1888 she also served as consulting engineer to the National Harbours Commission (NHC), advising on the design of breakwaters. She resigned from the commission in 1888 after a dispute with its chairman, Leopold Aske, over the cost of the Varre breakwater.`,
    'tolvik',
  );

  it('ranks the sentence that gives the reason before the entry saying what the commission is', () => {
    const [first] = e.rank('Why did Tolvik resign from the National Harbours Commission?');
    expect(first?.entry.citations[0]?.text).toContain('after a dispute with its chairman');
  });

  it('still answers what the acronym stands for with that entry', () => {
    expect(e.rank('What does NHC stand for?')[0]?.entry.id).toBe('gen:acronym:org:national-harbours-commission');
  });
});

describe('durations in words, lengths, and honorifics', () => {
  const e = engineOf(
    `---
title: Harrowgate dock strike
---
The Harrowgate dock strike was a labour dispute in the port city of Harrowgate in 1911.

## Course

It closed the port to most shipping for fifteen weeks. In 1910 the council approved a 4-kilometre tram line along the quay. Trams on the new line were to run every six minutes. In July the government sent Sir Robert Fane to mediate. Fane proposed a return to the old rate of seven pence while a committee studied the tally system.`,
    'port',
  );

  it('answers "how long was it closed" with a duration spelled out', () => {
    const answer = e.ask('How long was the port closed to shipping?');
    expect(answer.answered).toBe(true);
    expect(answer.citations[0]?.text).toContain('for fifteen weeks');
  });

  it('does not take a time for the length of a line', () => {
    const ranked = e.rank('How long will the new tram line be?');
    expect(ranked[0]?.entry.citations[0]?.text).toContain('4-kilometre tram line');
  });

  it('reads "Sir" as part of how a name is written, and finds the person a verb comes before', () => {
    const answer = e.ask('What did Sir Robert Fane propose?');
    expect(answer.answered).toBe(true);
    expect(answer.citations[0]?.text).toContain('Fane proposed a return');
  });
});

describe('"what is X?" is answered where the article introduces X', () => {
  const e = engineOf(
    `---
title: Brannock Salt Works
---
Brannock Salt Works is a former salt works on the Ardle estuary.

## Workforce

Between 1862 and 1868 the company built a terrace of 64 cottages for its workers, known as Pan Row. Rent for a Pan Row cottage was taken directly from wages. In 1931 several houses on Pan Row had to be abandoned.

A second grievance was the introduction of the "tally system", under which gangs were paid by the ton. The tally system was withdrawn for general cargo in 1894.`,
    'salt',
  );

  it('ranks "… known as Pan Row" first for "What was Pan Row?"', () => {
    expect(topCitation(e, 'What was Pan Row?')?.text).toContain('known as Pan Row');
  });

  it('reads a term in quotation marks as introduced there ("the \\"tally system\\", under which …")', () => {
    expect(topCitation(e, 'What was the tally system?')?.text).toContain('under which gangs were paid');
  });

  it('leaves other questions on the name to the words they ask', () => {
    expect(topCitation(e, 'When were houses on Pan Row abandoned?')?.text).toContain('had to be abandoned');
  });
});

describe('"left" for "leave", and a sum of money for "how much money"', () => {
  const e = engineOf(
    `---
title: Brannock Salt Works
---
Brannock Salt Works is a former salt works on the Ardle estuary.

## History

The works was founded in 1771 by Thomas Penhallow and Edmund Sallis. Sallis left the partnership in 1779 after a dispute over profits and moved to Dunhollow. In 1958 the provincial treasury allotted 3.2 million crowns to the restoration, of which a third was spent on the engine house.`,
    'salt',
  );

  it('answers "why did he leave" with the sentence saying he left', () => {
    const answer = e.ask('Why did Edmund Sallis leave the partnership?');
    expect(answer.answered).toBe(true);
    expect(answer.citations[0]?.text).toContain('Sallis left the partnership');
  });

  it('counts "3.2 million crowns" as the money asked about', () => {
    const [first] = e.rank('How much money did the provincial treasury allot to the restoration?');
    expect(first?.detail.coverage).toBe(1);
  });
});

describe('a longer name over the place it starts with, and chat shorthand', () => {
  const e = engineOf(
    `---
title: Kestrel Valley vaccination campaign
---
The Kestrel Valley vaccination campaign was a public-health campaign in the province of Dunhallow.

## Opposition

In April 1959 about 1,500 people marched through Ostrey to demand that the compulsory clauses be repealed. The last vaccination day was held in Ostrey on 30 June 1961. Under the Ostrey Agreement, vaccination days for farm labourers were moved outside the harvest months. The historian Petra Dunmore wrote that the campaign owed much to the Ostrey Agreement.`,
    'kestrel',
  );

  it('reads "the Ostrey Agreement" as the agreement, and answers what it was where it says what it provides', () => {
    expect(topCitation(e, 'What was the Ostrey Agreement?')?.text).toContain('Under the Ostrey Agreement');
  });

  it('reads "ppl" and "thru" as people and through', () => {
    expect(cleanQuestion('how many ppl marched thru Ostrey')).toBe('how many people marched through Ostrey');
    expect(cleanQuestion('What is R&D in the U.S.? Did Wen visit?')).toBe('What is R&D in the U.S.? Did Wen visit?');
    expect(topCitation(e, 'how many ppl marched thru ostrey')?.text).toContain('1,500 people marched');
  });

  it('reads "pm" as prime minister except after a time, and drops an interjection before a question word', () => {
    expect(cleanQuestion('who is the pm of the gna')).toBe('who is the prime minister of the gna');
    expect(cleanQuestion('did they meet at 5 pm')).toBe('did they meet at 5 pm');
    expect(cleanQuestion('ngl whos the pm of the gna')).toBe('whos the prime minister of the gna');
    expect(cleanQuestion('so the embassy opened when')).toBe('so the embassy opened when');
    // (the same greetings and hedges a comma sets off: "quick question, when …")
    expect(cleanQuestion('quick question when did Italy open its embassy')).toBe('when did Italy open its embassy');
    expect(topCitation(loadEngine(), 'ngl whos the pm of the gna')?.text).toContain('Prime Minister Fayez al-Sarraj');
  });

  it('reads "the French guy" as the person a sentence names, not as a word to find', () => {
    const reply = loadEngine().ask('what did the french guy say abuot drawing a line');
    expect(reply.answered).toBe(true);
    expect(reply.citations[0]?.text).toContain('important to draw a line');
    expect(loadEngine().ask('what did the french guy say about the population of Libya').answered).toBe(false);
  });

  it('reads "mentioned in the article" as where the question was read, not as what it asks', () => {
    expect(cleanQuestion('Who is the French foreign minister mentioned in the article?')).not.toMatch(/mentioned|article/);
    expect(cleanQuestion('Who mentioned the ceasefire?')).toBe('Who mentioned the ceasefire?');
    expect(topCitation(loadEngine(), 'Who is the French foreign minister mentioned in the article?')?.text).toContain('French Foreign Minister Jean Yves Le Drian');
  });

  it('reads "at the top of this piece" and "given in the dateline" as where to look, keeping the dateline', () => {
    expect(cleanQuestion("Which journalist's name appears at the top of this piece?")).not.toMatch(/appears|top|piece/);
    expect(cleanQuestion('What date is given in the dateline?')).not.toMatch(/given/);
    expect(cleanQuestion('What date is given in the dateline?')).toMatch(/dateline/);
    expect(cleanQuestion('Who was given the first stroke of the bell?')).toBe('Who was given the first stroke of the bell?');
    expect(loadEngine().ask("Which journalist's name appears at the top of this piece?")).toMatchObject({ answered: true, citations: [expect.objectContaining({ label: 'byline' })] });
  });

  it('reads a verb of saying as said by a sentence that quotes the person asked about', () => {
    const a = loadEngine().ask('What is the shared position Moavero Milanesi described?');
    expect(a.answered, `(${a.confidence})`).toBe(true);
    expect(a.citations[0]?.text).toContain('our absolutely shared position');
  });

  it('reads what a report is about as no part of who wrote it', () => {
    expect(cleanQuestion('Who is the author of the Xinhua report on Italy and France?')).toBe('Who is the author of the Xinhua report?');
    expect(cleanQuestion('Who wrote the story about the Libya talks?')).toBe('Who wrote the story?');
    expect(cleanQuestion('What did the report say about Italy?')).toBe('What did the report say about Italy?');
    expect(loadEngine().ask('Who is the author of the Xinhua report on Italy and France?')).toMatchObject({ answered: true, citations: [expect.objectContaining({ label: 'byline' })] });
  });
});

const FENWICK = `---
title: Fenwick Canal and Railway
---
The Fenwick Canal and Railway Company was a transport company that built a canal and a railway in the Tarrow Vale.

## History

The company was founded on 3 March 1834 by a group of coal merchants. The canal was 24 miles long and rose 312 feet through 27 locks.

## Preservation

A separate charity, the Fenwick Canal Trust, was founded in 1985 and has restored 6 miles of the canal, including eight locks.`;

describe('a name built on the topic\'s is another thing', () => {
  const e = engineOf(FENWICK, 'fenwick');

  it('does not take a sentence on the trust named after the company for one on the company', () => {
    expect(topCitation(e, 'When was the Fenwick Canal and Railway Company founded?')?.text).toContain('3 March 1834');
    const article = parseArticle(FENWICK, { slug: 'fenwick' });
    const facts = sentenceFacts(article, analyzeArticle(article));
    const at = (snippet: string) => facts[article.sentences.findIndex((u) => u.text.includes(snippet))];
    expect(at('Fenwick Canal Trust')?.implied).toBeUndefined();
    expect(at('rose 312 feet')?.implied).toBe('org:fenwick-canal-and-railway-company');
  });

  it('still answers on the trust by its name', () => {
    expect(topCitation(e, 'When was the Fenwick Canal Trust founded?')?.text).toContain('founded in 1985');
  });
});

describe('light verbs', () => {
  const e = engineOf(
    `---
title: Maren Tolvik
---
Maren Tolvik was an engineer.

## Travels

In 1873 she spent four months in the neighbouring kingdom of Aldmark, studying the dykes of the Veen delta. She returned convinced that steam pumps were too costly.`,
    'tolvik',
  );

  it('weighs "go", which the article never uses, less than another word it never uses', () => {
    const [top] = e.rank('When did Tolvik go to Aldmark by boat?');
    const weight = (word: string) => top?.detail.slotWeights[top.detail.slotWords.indexOf(word)] ?? 0;
    expect(top?.entry.citations[0]?.text).toContain('Aldmark');
    expect(weight('go')).toBeGreaterThan(0);
    expect(weight('go')).toBeLessThan(weight('boat'));
  });
});

describe('a founder is who founded it', () => {
  const text = `---
title: Corra Rowing Club
---
The Corra Rowing Club (CRC) is an amateur rowing club on the island of Corra.

## History

The club was formed in 1901 at a meeting in the harbour master's office. Its founder was Ada Brandt, a schoolteacher who had rowed at college.

The boathouse was built in 1923 and enlarged in 1978.`;
  const e = engineOf(text, 'club');

  it('answers "who founded" with the sentence that names the founder, over the entry saying what the club is', () => {
    const answer = e.ask('Who founded the Corra Rowing Club?');
    expect(answer.answered).toBe(true);
    expect(answer.citations[0]?.text).toContain('Its founder was Ada Brandt');
  });
});

describe('what kind of answer a question asks for', () => {
  it.each([
    ['When did it open?', 'date'],
    ['and when will it close', 'date'],
    ['Since when is it protected?', 'date'],
    ['What happens when the fighting stops?', 'other'],
    // a quantity asked for by its name
    ['What was the attendance at the final?', 'number'],
    ['What is the population of the island?', 'number'],
    ['What was the final about?', 'other'],
    // a body or a person asked for with a word between ("which Libyan firm", "which Italian official")
    ['Which Libyan firm is the Italian energy major teamed up with?', 'organisation'],
    ['Which Italian official did France\'s top diplomat sit down with?', 'person'],
  ])('%s → %s', (q, type) => {
    expect(expectedAnswerType(q.toLowerCase())).toBe(type);
  });
});

describe('a question about what is still to come', () => {
  const text = `---
title: The Harbour Ferry
---
The ferry company held its annual meeting on Monday. The company will hold its next meeting in June 2027, the chair said.

The old pier was closed in 2019.`;
  const e = engineOf(text, 'ferry');

  it('is answered by the sentence that speaks of the future, not by a past date', () => {
    expect(topCitation(e, 'When will the company hold its next meeting?')?.text).toContain('June 2027');
    const past = e.rank('When will the pier be closed?')[0];
    expect(past?.entry.citations[0]?.text).toContain('closed in 2019');
    expect(past?.confidence).toBeLessThan(e.rank('When was the pier closed?')[0]?.confidence ?? 0);
  });
});

describe('references that chain', () => {
  const text = `---
title: The Brandmoor Railway
---
The Brandmoor Railway was a narrow-gauge line in the hills of Varn.

In 1859 the company was allowed to build a branch from Tessel to the slate quarries at Coldharrow. The branch was engineered by Alfred Dunstone, who chose a narrow gauge. It opened for goods in 1863 and for passengers in 1865.

A second branch to Morrow opened for passengers in 1871.

## Preservation

The Brandmoor Railway Preservation Society was formed in 1967. Its founder was Arthur Bellamy, a teacher. They bought the trackbed from the county for 4,250 pounds in 1970. A rival group paid less for the old station.`;
  const e = engineOf(text, 'railway');

  it('"the society" is the one society the article names', () => {
    expect(topCitation(e, 'What did the society buy in 1970?')?.text).toContain('They bought the trackbed');
  });

  it('"it" two sentences on is still the Coldharrow branch', () => {
    expect(topCitation(e, 'When did the Coldharrow branch open for passengers?')?.text).toContain('for passengers in 1865');
  });
});

describe('speakers named without a title before them', () => {
  const text = `---
title: Island ferries go electric
source: Coast Wire
---
The island ferry company said on Monday it had ordered three battery-powered vessels.

"Our passengers have been asking for this for years," said SLF chief executive Annika Roos.

"New boats are wonderful, but what we need is a last sailing after 10 p.m.," said Per Almgren, who chairs the Holmsey residents' association.`;
  const e = engineOf(text, 'ferries');

  it('a name with a slip in each word is still the name; a long meta word with two slips is still a meta word', () => {
    const who = e.ask('who is anika ros');
    expect(who.answered).toBe(true);
    expect(who.citations[0]?.text).toContain('Annika Roos');
    expect(e.ask('what did anika ros say about the artical').citations[0]?.text).toContain('asking for this for years');
  });

  it.each([
    ['Per Almgren', /Almgren/],
    ['almgren', /Almgren/],
    ['the chair of the residents association', /Almgren/],
    ['chief executive', /Roos/],
    ['the CEO', /Roos/],
  ])('"%s" finds %s and their quote', (query, name) => {
    const r = e.quote(query);
    expect(r.speaker).toMatch(name);
    expect(r.quotes.length).toBe(1);
  });
});

describe('what something costs', () => {
  const text = `---
title: Tram line approved
---
Councillors voted 31 to 12 for the scheme, which is expected to cost 612 million euros.

The joint venture runs the Kell depot, which opened in 2019.`;
  const e = engineOf(text, 'tram');

  it('a sentence without an amount of money does not answer "how much is it worth"', () => {
    expect(e.ask('How much is the joint venture worth?').answered).toBe(false);
  });

  it('a slipped auxiliary after "how much" is not a word of the question', () => {
    const a = e.ask('how much dose the scheme cost');
    expect(a.answered).toBe(true);
    expect(a.citations[0]?.text).toContain('612 million euros');
  });
});

describe('how long something takes', () => {
  const text = `---
title: Electric ferries
---
Skerry Line Ferries will take delivery of the first ship in June 2027.

Each vessel will carry up to 400 passengers and will recharge in about 20 minutes at shore stations.`;
  const e = engineOf(text, 'ferries');

  it('is answered by a duration, not by another sentence that shares "take"', () => {
    expect(topCitation(e, 'How long will it take to recharge the ferries?')?.text).toContain('about 20 minutes');
  });
});

/** People asked about by role, in questions about what they said or did. */
describe('a person named by role in a question', () => {
  const text = `---
title: Harbour budget
---
Mayor Lena Voss presented the city budget on Monday.

"We will not raise the harbour fee this year," Voss told reporters.

The council's finance chief, Omar Dahl, warned that the port's income had fallen by a third.

Dahl said the city would need to borrow to repair the north quay.`;
  const e = engineOf(text, 'budget');

  it('answers with what that person said where the sentence only names them', () => {
    const a = e.ask('What did the finance chief say about the north quay?');
    expect(a.answered).toBe(true);
    expect(a.citations[0]?.text).toContain('Dahl said the city would need to borrow');
    expect(e.ask('What did the mayor say about the harbour fee?').citations[0]?.text).toContain('"We will not raise the harbour fee');
  });

  it('reads what a quoted person wants or thinks in their quote', () => {
    for (const q of ['What does Voss think about the harbour fee?', 'What does the mayor want for the harbour fee?']) {
      const a = e.ask(q);
      expect(a.answered, `${q} (${a.confidence})`).toBe(true);
      expect(a.citations[0]?.text).toContain('"We will not raise the harbour fee');
    }
    // and in what they are reported to have said, without quotation marks
    const reported = e.ask('What does Dahl think about the north quay?');
    expect(reported.answered, `${reported.confidence}`).toBe(true);
    expect(reported.citations[0]?.text).toContain('Dahl said the city would need to borrow');
  });

  it('does not give one person words another said', () => {
    expect(e.ask('What did the mayor say about the north quay?').answered).toBe(false);
  });

  it('leaves a role alone where the question asks who holds it', () => {
    expect(e.ask('Who is the mayor?').citations[0]?.text).toContain('Mayor Lena Voss');
  });
});

describe('a person named by role on the seed article', () => {
  const seed = loadEngine();
  it.each([
    ["What did Rome's top diplomat say must be reached as soon as possible?", 'P6.1'],
    ['What did the Frenchman tweet?', 'P10.1'],
    // asked for the holder's name, the role is where the sentence states it
    ['French foreign minister name', 'P1.1'],
  ])('%s → %s', (q, label) => {
    const a = seed.ask(q);
    expect(a.answered, `${q} (${a.confidence})`).toBe(true);
    expect(a.citations[0]?.label).toBe(label);
  });
});

describe('a capital for its country', () => {
  // the seed article's text alone, without its curated entries
  const seed = loadEngine();
  const e = createEngine({ article: seed.article, analysis: seed.analysis });

  it.each([
    ['Did Paris reject the accusation?', 'France has rejected that accusation.'],
    ['When did Rome open an embassy in Tripoli?', 'opened an embassy in Tripoli in 2017'],
  ])('%s', (q, snippet) => {
    const a = e.ask(q);
    expect(a.answered, `${q} (${a.confidence})`).toBe(true);
    expect(a.citations[0]?.text).toContain(snippet);
  });

  it('also where curated questions use the capital\'s name: the article\'s own names decide', () => {
    const [top] = seed.rank('In which part of the country does Paris hold energy interests?');
    expect(top?.entry.citations[0]?.text).toContain('France, which has oil assets in eastern Libya');
    expect(coverageOf(top, 'paris')).toBeGreaterThan(0.5);
  });

  it('a continent\'s adjective for the one country of the article in that continent ("the North African state")', () => {
    const colonial = e.rank('Did the North African state once belong to Italy\'s empire?').find((c) => c.entry.citations[0]?.text.includes('former colonial power in Libya'));
    expect(coverageOf(colonial, 'african')).toBe(1);
    // (not where the article names two: France and Italy are both European)
    const troops = e.rank('Which European country has troops in Tripoli?').find((c) => c.entry.citations[0]?.text.includes('task force'));
    expect(coverageOf(troops, 'european')).toBeLessThan(1);
  });

  it('a cabinet is covered by a sentence naming a minister in it', () => {
    const salvini = e.rank('Who in the Italian cabinet blamed France?').find((c) => c.entry.citations[0]?.text.includes('Deputy Prime Minister Matteo Salvini'));
    expect(coverageOf(salvini, 'cabinet')).toBe(1);
  });

  it('only for the capital: another city is another place', () => {
    expect(e.ask('When did Milan open an embassy in Tripoli?').answered).toBe(false);
  });
});

describe('everything a person said answers questions that name them', () => {
  const e = engineOf(
    articleOf(
      'Dam talks',
      'The talks opened on Tuesday.',
      'Hanna Berg, the energy minister, spoke first. "The dam," she said, "is not negotiable."',
      'The dam, a 2 billion crown project financed partly by the Northern Bank, will generate 900 megawatts.',
      'Berg said a court case would not put "a single extra litre" into the river.',
      'Walter Penrose, 81, was in the gallery. "They got me walking again," Walter Penrose said.',
    ),
    'dam',
  );
  const top = (q: string) => e.rank(q)[0]?.entry;

  it('a question that shares a word with a quote but names nobody is answered by a sentence', () => {
    expect(top('Which lender is putting money into the dam?')?.citations[0]?.label).toBe('P3.1');
  });

  it('all of a person\'s quotes give no age, and no place', () => {
    expect(top('How old is Walter Penrose?')?.citations[0]?.label).toBe('P5.1');
    expect(top('Where was Walter Penrose?')?.citations[0]?.label).toBe('P5.1');
  });

  it('a question on what someone said is still answered by their quotes', () => {
    expect(top('What did Berg say about the dam?')?.id).toBe('gen:quote:person:hanna-berg');
  });
});

describe('a thing called by its common noun, and a person only referred to', () => {
  const text = articleOf(
    'Ward ruling',
    'Mr Justice Anselm Mere found that the Pellham Hospitals Trust (PHT) had failed to consult.',
    '"The process was unfair," the judge wrote.',
    'According to its chief executive, the trust faces a deficit of £22 million this year.',
  );

  it('"the trust" is the one trust the article names', () => {
    const e = engineOf(text, 'trust');
    expect(topCitation(e, 'PHT deficit')?.label).toBe('P3.1');
  });

  it('a sentence that only refers to a person by role does not name anyone', () => {
    const article = parseArticle(text, { slug: 'trust' });
    const facts = sentenceFacts(article, analyzeArticle(article));
    expect(facts[0]?.types.has('person')).toBe(true);
    expect(facts[1]?.types.has('person')).toBe(false);
  });
});

describe('a word asking for a measurement is read as asked', () => {
  const e = engineOf(
    articleOf(
      'River talks',
      'The talks on the Corran River opened on Tuesday.',
      'Technical teams led by the deputy minister, Faris al-Nouri, met on Tuesday evening to compare flow data.',
      'The army was asked to drill 60 emergency wells along the lower river.',
      '"We need rain," said Anna Berg.',
    ),
    'river',
  );

  it('"how long" is no slip for "along"', () => {
    expect(e.rank('How long is the Corran River?')[0]?.detail.slotCoverage[0] ?? 0).toBe(0);
  });
});

describe('a place a longer name opens', () => {
  const e = engineOf(
    articleOf(
      'Dam talks',
      'Oskar Brandvold, the chief engineer at Kessel Gorge, said the authority was releasing more water.',
      'The Kessel Gorge Dam, a 2.4 billion crown project, is designed to generate 1,150 megawatts.',
      'Older plants in the north generate about 300 megawatts each. The grid needs 2,000 megawatts in winter.',
    ),
    'dam',
  );

  it('is spoken of where the longer name is written ("Kessel Gorge megawatts")', () => {
    expect(topCitation(e, 'Kessel Gorge megawatts')?.label).toBe('P2.1');
  });
});

describe('"how big" and "how old" in news copy', () => {
  const e = engineOf(
    articleOf(
      'Talks',
      "Lesmark's minister arrived with a delegation of 22 officials, engineers and farmers.",
      'Among those in the gallery were Walter Penrose, 81, and his wife.',
      'The ferry company ordered three battery-powered vessels in a deal worth 96 million crowns.',
    ),
    'news',
  );

  it('a group is as big as its count, a person as old as the age set off after the name', () => {
    expect(e.ask("How big is Lesmark's delegation?").citations[0]?.label).toBe('P1.1');
    expect(e.ask('How old is Walter Penrose?').citations[0]?.label).toBe('P2.1');
  });

  it('a sum of money is not how big a thing is', () => {
    expect(e.ask('How big are the batteries on the vessels?').answered).toBe(false);
  });
});

describe('"what is the name of …" is answered where the name is given', () => {
  const e = engineOf(
    articleOf(
      'Dam',
      'The Kessel Gorge Dam, a 2.4 billion crown project, will generate 1,150 megawatts when its reservoir is full.',
      'Its reservoir, Lake Edda, will hold 14 billion cubic metres of water.',
      'According to the authority, which operates the dam, the reservoir was 31 percent full at the end of February.',
      'Venn later wrote a memoir called Twelve Weeks on the Quay.',
    ),
    'dam',
  );

  it.each([
    ["What is the name of the dam's reservoir?", 'P2.1'],
    ['What was the memoir called?', 'P4.1'],
  ])('%s', (q, label) => {
    const a = e.ask(q);
    expect(a.answered, `${q} (${a.confidence})`).toBe(true);
    expect(a.citations[0]?.label).toBe(label);
  });
});

describe('what someone said about a thing', () => {
  const e = engineOf(
    articleOf(
      'Dam',
      'Oskar Brandvold, the chief engineer, spoke by telephone.',
      '"We are releasing more than we promised, not less," Brandvold said. "The problem downstream is the drought, not the dam," he said.',
    ),
    'dam',
  );

  it('cites the quote about it first, and reads a silent "gh" left out as a slip ("drout")', () => {
    for (const q of ['What did Brandvold say about the drought?', 'wat did brandvold say about the drout']) {
      const a = e.ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.citations[0]?.text, q).toContain('the drought, not the dam');
    }
  });
});

describe('offices and bounds', () => {
  const e = engineOf(
    articleOf(
      'Water talks',
      "Lesmark's Minister of Water Resources, Karim al-Rashid, arrived on Tuesday with a delegation of 22 officials, engineers and farmers' representatives from the delta.",
      "Lesmark's deputy water minister, Faris al-Nouri, spoke.",
      'Visitors must be at least 12 years old to climb the tower.',
      "The tower's age for climbing is not known.",
    ),
    'water',
  );

  it('a deputy holds another office than the one asked about', () => {
    expect(e.ask('who is lesmarks water ministr').citations[0]?.label).toBe('P1.1');
    expect(e.ask("who is Lesmark's deputy water minister").citations[0]?.label).toBe('P2.1');
  });

  it('"at least" states a minimum', () => {
    expect(topCitation(e, 'What is the minimum age for climbing?')?.label).toBe('P3.1');
  });
});

describe('a year given as rough', () => {
  const e = engineOf(
    articleOf(
      'Salt works',
      'Between 1919 and 1922 the company replaced the original beam engine with two electric pumps.',
      'The engine house was listed in 1974, and the engine is now steamed on the first Sunday of each month.',
    ),
    'salt',
  );

  it('"around 1920" is near the years either side', () => {
    expect(topCitation(e, 'What took over from the original engine around 1920?')?.label).toBe('P1.1');
  });

  it('"in the 1920s" is any year of the decade', () => {
    const top = e.rank('What did the company replace in the 1910s?')[0];
    expect(top?.entry.citations[0]?.label).toBe('P1.1');
    expect(coverageOf(top, '1910s')).toBeGreaterThan(0);
  });

  it('"in 1920" is that year only: a number is no slip for another', () => {
    const top = e.rank('What happened to the engine in 1920?')[0];
    const year = top?.detail.slotWords.indexOf('1920') ?? -1;
    expect(year).toBeGreaterThanOrEqual(0);
    expect(top?.detail.slotCoverage[year]).toBe(0);
  });
});

describe('a length answers "how deep", "how tall", "how far" only where the sentence speaks of that', () => {
  const e = engineOf(
    articleOf(
      'River',
      'The Ambrel begins at Lake Hollin, a glacial lake lying at an altitude of 1,870 metres.',
      'A footpath follows the river for 590 kilometres from Lake Hollin to the sea.',
      'In 1826 the geologist Thomas Veck found a bed of rock salt lying 190 metres below the marsh.',
      'The city of Branmoor lies some 45 kilometres to the north. Its only tunnel, the 620-yard Gallows Tunnel, was closed in 1960.',
    ),
    'river',
  );

  it.each([
    ['How deep is Lake Hollin?', false, undefined],
    ['How high is Lake Hollin?', true, 'P1.1'],
    ['How deep was the bed of rock salt that Veck found?', true, 'P3.1'],
    ['How far is Branmoor?', true, 'P4.1'],
    ['How long was the Gallows Tunnel?', true, 'P4.2'],
  ])('%s', (q, answered, label) => {
    const a = e.ask(q);
    expect(a.answered, `${q} (${a.confidence})`).toBe(answered);
    if (label) expect(a.citations[0]?.label).toBe(label);
  });
});

describe('"how many X" is answered by a count of X', () => {
  const e = engineOf(
    articleOf(
      'Campaign',
      "The Kestrel Valley Women's Association agreed to help by registering households.",
      "Its secretary later wrote that the association's members visited more than 70,000 homes.",
      'The board recruited 210 nurses and 38 doctors.',
    ),
    'campaign',
  );

  it('a sentence that names the thing but counts another keeps less of its confidence', () => {
    const uncounted = e.rank('How many members did the association have?')[0];
    const counted = e.rank('How many nurses did the board recruit?')[0];
    expect(counted?.confidence).toBe(1);
    expect(uncounted?.entry.citations[0]?.label).toBe('P2.1');
    expect(uncounted?.confidence).toBeLessThan(1);
  });
});

describe('"The bridge …" some sentences after the bridge was named', () => {
  const e = engineOf(
    articleOf(
      'Engineer',
      'Her largest project was the Brask Sound swing bridge, which carried the railway across the sound. Construction began in April 1881 and took four years. The bridge was opened by King Erland II on 19 September 1885.',
      'A statue of her was unveiled beside the Brask Sound bridge in 1911.',
      'She was born in Harnsby in 1841. She studied at the polytechnic in Tressholm. She married in 1869. She died in 1903.',
    ),
    'bridge',
  );

  it('is about the thing last named with that noun', () => {
    const top = e.rank('Who opened the Brask Sound bridge?')[0];
    expect(top?.entry.citations[0]?.label).toBe('P1.3');
    // the name counts as written there, if more weakly
    expect(coverageOf(top, 'brask')).toBeGreaterThanOrEqual(0.5);
  });
});

describe('a verb and its particle', () => {
  const e = engineOf(
    articleOf(
      'Embassy',
      'Italy opened an embassy in Tripoli in 2017.',
      'The ministers met in Rome on Friday and agreed on a plan.',
    ),
    'embassy',
  );

  it('"set up" a mission is to open one', () => {
    const top = e.rank('When did Italy set up a mission in Tripoli?')[0];
    expect(top?.entry.citations[0]?.label).toBe('P1.1');
    expect(coverageOf(top, 'set')).toBeGreaterThan(0);
  });
});

describe('"the population of" a place', () => {
  const e = engineOf(
    articleOf(
      'Glacier',
      'Meltwater from the glacier supplies drinking water to about 9,000 people in Vessby and two neighbouring villages.',
      'In Vessby, a town of 4,700 people below the glacier, the findings landed on the mayor\'s desk.',
      'The study used data from 38 stakes drilled into the ice of the Kjelda range.',
    ),
    'glacier',
  );

  it('is how many live there, not how many something serves', () => {
    const a = e.ask('What is the population of Vessby?');
    expect(a.answered).toBe(true);
    expect(a.citations[0]?.label).toBe('P2.1');
  });

  it('is not said of a place no sentence counts the people of', () => {
    expect(e.ask('What is the population of Kjelda?').answered).toBe(false);
  });
});

describe('"Its" after a sentence that called a thing by its common noun', () => {
  const text = articleOf(
    'Glacier',
    'The National Water and Energy Directorate (NWED) monitors river flows in the region.',
    'Ice cover fell by a third. The directorate recorded a 22 percent drop in August flow. Its head, Per Vinje, will report to parliament in November.',
  );

  it('refers to that thing', () => {
    const article = parseArticle(text, { slug: 'glacier' });
    const analysis = analyzeArticle(article);
    const facts = sentenceFacts(article, analysis);
    const nwed = analysis.entities.find((x) => x.acronym === 'NWED')?.id;
    expect(nwed).toBeDefined();
    expect(facts[2]?.byHeads).toContain(nwed);
    expect(facts[3]?.referred).toContain(nwed);
  });
});

describe('"Who is the chair of X?"', () => {
  const e = engineOf(
    articleOf(
      'Bid',
      'The National Competition Authority (NCA) will review the bid. NCA chair Helena Marsh said the authority would look closely at any deal in flat steel, where Orvath and Castellan compete.',
      "Orvath Steel's board said it would consider the offer. \"We did not invite it,\" chair Ingrid Paulsen-Roe said of the bid for Orvath.",
    ),
    'bid',
  );

  it('is not answered by the chair of another organisation', () => {
    const ids = e.rank('Who is the chair of Orvath?').map((c) => c.entry.id);
    expect(ids[0]).toBe('gen:who:person:ingrid-paulsen-roe');
    // the competition authority's chair ranks after the sentences on Orvath's own
    expect(ids.indexOf('gen:who:person:helena-marsh')).toBeGreaterThan(ids.indexOf('gen:s:P2.2'));
  });
});

describe('"how fast" asks for a rate', () => {
  const e = engineOf(
    articleOf(
      'Glacier',
      'The Varnstad Glacier is shrinking, a study found.',
      'The researchers found that the glacier lost an average of 1.9 metres of ice thickness per year between 2015 and 2023.',
      'The melting glacier feeds the Orva River, and the melt worries farmers.',
    ),
    'glacier',
  );

  it('is answered by a sentence that gives one', () => {
    expect(topCitation(e, 'how fast is the glacier melting')?.label).toBe('P2.1');
  });
});

describe('a measurement asked for is answered by one', () => {
  const e = engineOf(
    articleOf(
      'Valley',
      'Most of its inhabitants lived in scattered farming settlements, and the nearest hospital for many of them was in the provincial capital, Dunhallow, two hours away.',
      'The board recruited 210 nurses in Dunhallow.',
    ),
    'valley',
  );

  it('not by a word related to it', () => {
    expect(e.ask('What was the population of Dunhallow?').answered).toBe(false);
  });
});

describe('"what colour" asks for a colour', () => {
  const e = engineOf(
    articleOf(
      'Lighthouse',
      'The painter Ilse Garroway produced a series of eleven views of the tower between 1885 and 1902.',
      'The lantern room was painted red in 1931 to make it easier to see from the sea.',
    ),
    'lighthouse',
  );

  it('is answered where one is named, not by the painter of the tower\'s pictures', () => {
    expect(e.ask('What colour was the lantern room painted?').citations[0]?.label).toBe('P2.1');
    expect(topCitation(e, 'What colour is the tower painted?')?.label).toBe('P2.1');
  });
});

describe('a birth, a title and a thing set off by a comma', () => {
  const e = engineOf(
    articleOf(
      'Physician',
      'Ilse Marr (4 May 1861 – 2 June 1938) was a physician and public-health reformer.',
      'In 1889 Marr married the engineer Paul Stave. The couple had three children: Jon (born 1891), Ada (born 1895) and Rolf (born 1899).',
      "Marr retired in 1926. She spent her last years writing a memoir, *Water and Fever*, which was published in 1934. Critics praised the memoir for its plain account of the epidemic. Marr's memoir was reprinted in 1950 and again in 1972 under its original title.",
      'The usual working boat of the bay was the Rask yawl, a small sailing vessel with a shallow draught. The museum restored four of the last Rask yawls in 2010.',
    ),
    'physician',
  );

  it('a birth in brackets after another name is that person\'s, not the one asked about', () => {
    expect(e.ask('When was Ilse Marr born?').citations[0]?.label).toBe('P1.1');
  });

  it('"what was the title of" is answered where the title is given', () => {
    const a = e.ask("What was the title of Marr's memoir?");
    expect(a.citations[0]?.label).toBe('P3.2');
  });

  it('"the Rask yawl, a …" in mid-sentence says what a Rask yawl is', () => {
    expect(e.ask('What was a Rask yawl?').citations[0]?.label).toBe('P4.1');
  });
});

describe('how long, said by when it began', () => {
  it('"has run since 1952" answers "how long has it been running"', () => {
    const buses = engineOf(
      articleOf(
        'Bus cuts',
        'The 44 has run in some form since 1952, when a private operator introduced it to carry farm workers.',
        'The 44 route crosses the Pennick Green bridge, 12 metres long.',
      ),
      'buses',
    );
    expect(coverageOf(buses.rank('How long has the 44 been running?').find((c) => c.entry.citations[0]?.text.includes('since 1952')), 'long')).toBe(1);
  });
});

describe('a thing taken up again by "the" in the next sentence', () => {
  const e = engineOf(
    articleOf(
      'Observatory',
      'In 1996 a fire destroyed the old workshop and library, although none of the telescopes was damaged. An inquiry later traced the fire to a faulty electric heater left switched on overnight.',
      'A second fire in 2004 damaged the visitor centre, which reopened in 2006 after repairs costing 2 million crowns.',
    ),
    'observatory',
  );

  it('is the one the sentence before brought in, with its year', () => {
    expect(topCitation(e, 'What caused the fire in 1996?')?.label).toBe('P1.2');
  });

  it('with its year also when the sentence opens with it ("The fire was started by …")', () => {
    const mill = engineOf(
      articleOf(
        'Paper mill',
        "Thomas Penhale's son, Arthur Penhale, ran the mill from 1869 to 1897 and rebuilt most of it after a fire on 14 March 1883 destroyed the machine house. The fire was started by a spark from the boiler flue.",
        'A second fire in 1921 gutted the rag house.',
      ),
      'mill',
    );
    expect(coverageOf(mill.rank('What caused the fire of 1883?').find((c) => c.entry.citations[0]?.text.startsWith('The fire was started')), '1883')).toBeGreaterThan(0);
  });
});

describe('what a question means, beside the words it shares', () => {
  const e = engineOf(
    articleOf('Island', 'On the island, barley and oats filled the fields in summer.', 'On the island, cattle and sheep grazed the hills in summer.'),
    'island',
  );

  it('of two sentences that share the same words with it, ranks first the one nearer in meaning', () => {
    for (const q of ['What animals lived on the island?', 'Which livestock were kept on the island?']) {
      expect(topCitation(e, q)?.label, q).toBe('P2.1');
    }
  });

  it('does not make an answer of what the words found do not support', () => {
    expect(e.ask('Which livestock were kept on the island?').answered).toBe(false);
  });
});

describe('a date or a number asked about someone', () => {
  const landslide = loadEngine({ articlePath: 'eval/articles/kessrig-railway-landslide.md' });

  it('is answered by the sentence that gives it, not by who they are', () => {
    expect(landslide.rank('How long has Tobias Haslauer been driving trains on the line?')[0]?.entry.citations[0]?.text).toMatch(/has driven trains on the line for 27 years/);
    expect(landslide.rank('Who is Tobias Haslauer?')[0]?.entry.id).toMatch(/^gen:who:/);
  });
});

describe('"what time" asks for a time of day', () => {
  const e = engineOf(
    articleOf(
      'Garden',
      'The garden was opened to the general public on 3 May 1838, though visitors were at first admitted only on Sundays.',
      'Today the garden opens daily from 9:00 to 18:00 between April and September.',
    ),
    'garden',
  );

  it('"from 9:00 to 18:00" says what time it opens; "3 May 1838" only when', () => {
    for (const q of ['What time does the garden open?', 'what time does the garden open in summmer']) expect(topCitation(e, q)?.label, q).toBe('P2.1');
    expect(topCitation(e, 'When was the garden opened to the public?')?.label).toBe('P1.1');
  });
});

describe('"how often" asks for a frequency, "how quickly" may be answered by the time it takes', () => {
  const e = engineOf(
    articleOf(
      'Garden',
      'The garden\'s best-known plant is a Sollen cycad that Vrane is said to have planted in 1797. The cycad is housed in the Palm House and is moved to a larger tub about once every fifteen years.',
      'Because the soil was thin, the harvest failed in roughly one year in four. The fleet stayed in harbour once the earthquakes began.',
      'In 1875 Vantry completed the Brindlecote Swing Bridge, which could be turned by two men using a hand winch. The swing span of 38 metres opened in under four minutes, allowing tall ships to pass.',
    ),
    'garden',
  );

  it('"once every fifteen years" and "one year in four" say how often; "once the earthquakes began" does not', () => {
    expect(topCitation(e, 'How often does the ancient cycad get repotted?')?.label).toBe('P1.2');
    expect(topCitation(e, 'How often did the harvest fail?')?.label).toBe('P2.1');
  });

  it('"in under four minutes" says how quickly', () => {
    expect(topCitation(e, 'How quickly could the Brindlecote bridge be moved out of the way for ships?')?.label).toBe('P3.2');
  });
});

describe('the topic\'s words inside the name of another thing built on it', () => {
  const garden = loadEngine({ articlePath: 'eval/articles/quarvenholt-botanic-garden.md' });
  const text = (q: string) => garden.rank(q)[0]?.entry.citations[0]?.text ?? '';

  it('say nothing of the topic: "when was the garden founded" is not answered by when the Friends of the garden were', () => {
    expect(text('When was the garden founded?')).toMatch(/^It was founded in 1791/);
    expect(text('When were the Friends of the Quarvenholt Botanic Garden founded?')).toMatch(/a charity founded in 1931/);
  });
});

describe('"where is X?" is answered where the article says what X is', () => {
  const e = engineOf(
    articleOf(
      'Pell Sound',
      'The Pell Sound oyster fishery is a shellfishery in Pell Sound, a shallow tidal inlet on the western coast of the Marrowby peninsula.',
      'Pell Sound is about 14 kilometres long and opens to the sea through a narrow channel.',
    ),
    'pell',
  );

  it('with "located", "situated" left unsaid, and only where that sentence names a place', () => {
    for (const q of ['Where is Pell Sound located?', 'Where is Pell Sound situated?']) {
      const a = e.ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.citations[0]?.label, q).toBe('P1.1');
    }
  });
});

describe('meaning, with what the article\'s sentences share taken out', () => {
  const island = loadEngine({ articlePath: 'eval/articles/corvey-volcanic-island.md' });
  const reservoir = loadEngine({ articlePath: 'eval/articles/fellgate-reservoir-leak.md' });

  it('finds the sentence a paraphrase means among many on the same subject', () => {
    expect(island.rank('How far away can mariners see the beacon?')[0]?.entry.citations[0]?.text).toMatch(/range of 21 nautical miles/);
    expect(reservoir.rank('How tall is the earthen barrier holding back the water?')[0]?.entry.citations[0]?.text).toMatch(/29-metre earth embankment/);
  });

  it('weighs little where the words already cover the question (a near-miss in meaning does not outrank them)', () => {
    const seed = loadEngine();
    for (const q of ['what does moavero want after the ceasfire', 'wat comes after the cease fire acording to moavero']) {
      expect(seed.rank(q)[0]?.entry.citations[0]?.text, q).toMatch(/^This is to be followed by a humanitarian truce/);
    }
  });
});

describe('a section heading', () => {
  const raw = [
    '# Aldermoor Mill',
    '',
    'Aldermoor Mill was a cotton mill on the river Wendle. It closed in 1968.',
    '',
    '## Strike of 1878',
    '',
    'In January the firm announced a ten per cent cut in wages. The dispute ended on 15 April with a compromise.',
    '',
    '## Fire of 1891',
    '',
    'The fire began in the warehouse on the night of 8 October. The flames ended at the engine house.',
  ].join('\n');
  const e = engineOf(raw, 'mill');

  it('says what the sentences under it are about', () => {
    const a = e.ask('How did the 1878 strike end?');
    expect(a.answered).toBe(true);
    expect(a.citations[0]?.label).toBe('P2.2');
  });

  it('the title is no section: the lead is not about "Aldermoor Mill" more than the rest', () => {
    expect(sentenceFacts(e.article, e.analysis).map((f) => f.section)).toEqual(['', '', '', '', 'Strike of 1878', 'Strike of 1878', '', 'Fire of 1891', 'Fire of 1891']);
  });
});

describe('one or many of a "-man" word', () => {
  const e = engineOf(
    articleOf('Port fire', 'The port employs two watchmen on the night shift.', 'A night watchman was found safe in a pump house on Monday.', 'Four firemen were treated for smoke.'),
    'port',
  );

  it('"watchmen" asks about the watchman, "fireman" about the firemen', () => {
    expect(topCitation(e, 'Where was the watchmen found?')?.label).toBe('P2.1');
    expect(coverageOf(e.rank('How many fireman were treated?')[0], 'fireman')).toBe(1);
  });
});

describe('what a work tells, and a death that is someone else\'s', () => {
  const e = engineOf(
    articleOf(
      'Novelist',
      'Vesna Draković (14 March 1911 – 2 November 1979) was a novelist, best known for the novel *The Salt Orchard*.',
      'The youngest child of the family, a boy named Pavo, died of diphtheria in 1922 at the age of four.',
      'Her first novel, *The Salt Orchard* (1949), follows three generations of a salt-making family as the old trade collapses. Her last novel, *Salt and Ash* (1977), returns to the family of *The Salt Orchard* and is set in the 1970s.',
    ),
    'novelist',
  );

  it('"What is X about?" and "What happens in X?" are answered where the title is followed by what it tells', () => {
    for (const q of ['What is The Salt Orchard about?', 'What happens in The Salt Orchard?']) {
      const a = e.ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.citations[0]?.label, q).toBe('P3.1');
    }
  });

  it('"a boy named Pavo, died" gives no date of her death; "She died there" does', () => {
    const life = engineOf(
      articleOf(
        'Novelist',
        'Vesna Draković was a novelist, best known for the novel *The Salt Orchard*.',
        'When Vesna was nine, her father drowned in a storm. The youngest child of the family, a boy named Pavo, died of diphtheria in 1922 at the age of four.',
        'In 1978 Draković moved to a clinic in Hallenburg. She died there on 2 November 1979, at the age of sixty-eight.',
      ),
      'novelist',
    );
    for (const q of ['When did Vesna Draković die?', 'wen did vesna drakovic die']) expect(topCitation(life, q)?.label, q).toBe('P3.2');
  });
});

describe('a number joined to what it counts ("the 900-bed hospital")', () => {
  const e = engineOf(
    articleOf(
      'Strike',
      'About 640 nurses walked out in the first strike at the 900-bed hospital since it opened in 1987.',
      'A porter said porters were the people nobody notices until a bed needs moving at the hospital.',
    ),
    'strike',
  );

  it('counts it, as "900 beds" would', () => {
    const [top] = e.rank('How many beds does the hospital have?');
    expect(top?.entry.citations[0]?.label).toBe('P1.1');
    expect(top?.confidence).toBe(1);
  });
});

describe('a name typed short, an age in years ago, the event of "construction of", counts in words', () => {
  const pass = loadEngine({ articlePath: 'eval/articles/skarden-pass.md' });
  const barrage = loadEngine({ articlePath: 'eval/articles/ostmark-tidal-barrage.md' });
  const textOf = (e: typeof pass, q: string) => e.rank(q)[0]?.entry.citations[0]?.text ?? '';

  it('"the Skarden tunnel" is the Skarden Road Tunnel, not the pass', () => {
    for (const q of ['When was the Skarden tunnel built?', 'wen was the skarden tunel built']) expect(textOf(pass, q), q).toContain('Work on the Skarden Road Tunnel began in 1971');
  });

  it('"how old" is answered by "formed 310 million years ago"', () => {
    const [top] = pass.rank('How old is the Halvaer Gneiss?');
    expect(top?.entry.citations[0]?.text).toContain('310 million years ago');
    expect(coverageOf(top, 'old')).toBe(1);
  });

  it('in "when did construction of the barrage begin", construction is the event asked about', () => {
    const [top] = barrage.rank('When did construction of the barrage begin?');
    expect(top?.entry.citations[0]?.text).toMatch(/^Construction began on 14 April 1979/);
    expect(top?.confidence).toBeGreaterThanOrEqual(0.6);
  });

  it('"Twenty-two radial sluice gates" counts them', () => {
    expect(textOf(barrage, 'How many sluice gates does the barrage have?')).toMatch(/^Twenty-two radial sluice gates/);
  });
});

describe('how long it went on, how many times, the year "the same year" means, and how things are now', () => {
  const text = `---
title: Brackley Mill
---
# Brackley Mill

Brackley Mill is a former corn mill on the river Lenn. The Great Fire of 1702 began in the bakehouse beside it. Fanned by a westerly wind, it burned for about nine hours before it was stopped at the river. The poet Ann Hale later wrote a long poem on the Great Fire, "The Burning of Brackley".

The mill's charter has been amended twice since then, in 1820 and in 1904. The wheel is turned four times a day in summer for visitors.

In 2021 the trust that runs the mill sold 3,100 bags of flour to bakers in the valley. Annual turnover reached 90,000 crowns in the same year, up from 2020.

Henry Platt, who chaired the trust from 1961 to 1988, saved the building from demolition. Since 2016 the trust has been chaired by Mara Linden.`;
  const e = engineOf(text, 'mill');

  it('"how long did the fire burn" asks for a duration, not for the word "long"', () => {
    expect(topCitation(e, 'How long did the Great Fire burn?')?.text).toContain('burned for about nine hours');
    expect(focusWords('how long did the great fire burn')).toContain('long');
    expect(focusWords('how long has she lived in brackley')).toContain('long');
  });

  it('"how many times" is answered by "twice"', () => {
    expect(topCitation(e, 'How many times has the charter been changed?')?.text).toContain('amended twice');
  });

  it('"in the same year" is the year the sentence before gives', () => {
    expect(topCitation(e, "What was the trust's turnover in 2021?")?.text).toContain('Annual turnover reached 90,000 crowns');
    const article = parseArticle(text, { slug: 'mill' });
    const facts = sentenceFacts(article, analyzeArticle(article));
    expect(facts.map((f) => f.yearMeant).filter(Boolean)).toEqual(['2021']);
  });

  it('"today" asks for how things are now, not for a past holder', () => {
    expect(topCitation(e, 'Who chairs the trust today?')?.text).toContain('Since 2016 the trust has been chaired by Mara Linden');
  });
});

describe('a thing described in plain words instead of named', () => {
  const text = `---
title: Harl Quarry
---
# Harl Quarry

Harl Quarry is a limestone quarry above the village of Harl. The stone was first cut there in 1790 for field walls. Sales to builders in the valley reached 9,000 tonnes a year by 1850. Exports of the stone peaked in 1908, when it was sent to six countries. The quarry reached its largest workforce, 212 men, in 1912.`;
  const e = engineOf(text, 'quarry');

  it('is found through the definitions of the sentence\'s words ("shipments abroad … highest level" for "exports … peaked")', () => {
    expect(topCitation(e, 'When did shipments abroad reach their highest level?')?.text).toContain('Exports of the stone peaked in 1908');
  });

  it('ranks by those words, but they do not make an answer sure', () => {
    expect(coverageOf(e.rank('When did shipments abroad reach their highest level?')[0], 'abroad')).toBe(0.35);
    // ("abroad" is only in the definition of "exports": the rest of the question is found, and no more)
    const [sent] = e.rank('When were exports of the stone sent abroad?');
    expect(sent?.entry.citations[0]?.text).toContain('Exports of the stone peaked');
    expect(sent?.confidence).toBeLessThan(0.3);
    const article = parseArticle(text, { slug: 'quarry' });
    const facts = sentenceFacts(article, analyzeArticle(article));
    expect(facts.find((f) => f.defined.length > 0 && f.carried === '' && f.defined.includes(stem('foreign')))).toBeDefined();
  });
});

describe('a decade in words', () => {
  const e = engineOf(
    articleOf('Dairy', 'The dairy struggled during the depression of the early 1930s, when orders fell by half.', 'In 1950 orders rose again as the dairy opened a shop in the capital.'),
    'dairy',
  );

  it('is the decade the article writes in figures ("the thirties" for the 1930s)', () => {
    const [top] = e.rank('What happened to orders in the thirties?');
    expect(top?.entry.citations[0]?.text).toContain('early 1930s');
    expect(coverageOf(top, 'thirties')).toBe(0.85);
  });
});

describe('a weight asked for', () => {
  const e = engineOf(
    articleOf('Bells', 'The tower of St Ada has eight bells, the heaviest of them cast in 1850 at the Harl foundry.', 'The tenor bell alone is 2.1 tonnes of bronze.', 'Each dredge had a bag of chain rings that held about 40 kilograms of catch.'),
    'bells',
  );

  it('is answered by a mass ("2.1 tonnes", "40 kilograms"), not by the word "heaviest"', () => {
    expect(focusWords('what weight of catch could a dredge hold')).toContain('weight');
    expect(topCitation(e, 'How heavy is the tenor bell?')?.text).toContain('2.1 tonnes');
    expect(coverageOf(e.rank('What weight of catch could a dredge hold?')[0], 'weight')).toBe(1);
  });
});

describe('"how broad" and "how thick"', () => {
  const e = engineOf(
    articleOf('Ropeworks', 'The Great Rope Walk is 400 metres long and was built in 1790.', 'Its brick walls are 0.9 metres thick at the base, and the roof is carried on 212 oak trusses.', 'The town was laid out on a grid of plots, each 24 feet (7.3 m) wide, running back from the market place.', 'A thick hedge once grew beside the rope walk, and the plots were broad enough for a house and a yard.'),
    'ropeworks',
  );

  it('ask for a width or a thickness, not for the words "broad" or "thick"', () => {
    expect(topCitation(e, 'How thick are the walls of the rope walk?')?.text).toContain('0.9 metres thick');
    expect(topCitation(e, 'How broad were the plots?')?.text).toContain('24 feet (7.3 m) wide');
    expect(focusWords('how thick are the walls')).toContain('thick');
    expect(focusWords('how broad were the plots')).toContain('broad');
  });
});

describe('a question typed in a hurry', () => {
  const e = engineOf(
    articleOf('Island', 'The eruption began on 3 May 1961 on the north flank of the volcano.', 'All 197 residents were taken off by fishing boats, and no lives were lost.', 'They were allowed to return in June 1963, and by 1965 about 140 people had resettled.'),
    'island',
  );

  it('means what its words were meant to, in likeness of meaning too ("evacuted" is evacuated)', () => {
    const [top] = e.rank('how many peple were evacuted');
    expect(top?.meaning ?? 0).toBeGreaterThan(0.1);
  });
});

describe('an age given as "is 16"', () => {
  const e = engineOf(
    articleOf('Bakery', 'Kayla Dunn is 16 and has worked the Saturday shift behind the counter since last spring.', '"My friends think it is weird that I get up at six on a Saturday," Kayla Dunn says.', 'The tower is 62 metres tall.'),
    'bakery',
  );

  it('says how old someone is, and a height does not', () => {
    expect(topCitation(e, 'How old is Kayla Dunn?')?.text).toContain('Kayla Dunn is 16');
    expect(e.ask('How old is the tower?').answered).toBe(false);
  });
});

describe('a year the question names', () => {
  const e = engineOf(
    articleOf('Colony', 'The first full census of the colony was made in 1962 and counted 480,000 breeding pairs.', 'By the third full census, completed in 2001, the total had fallen to 298,000 pairs.', 'The most recent breeding census, in 2019, recorded about 212,000 breeding pairs, a decline of 56 percent since 1962.'),
    'colony',
  );

  it('is not answered by a sentence on other years', () => {
    expect(topCitation(e, 'How many breeding pairs did the 2001 census find?')?.text).toContain('completed in 2001');
  });
});

describe('a share and a length in millimetres', () => {
  const e = engineOf(
    articleOf('Seabird', 'The oldest known adult was ringed in 1968 and was last seen alive in 2009.', 'Adult survival is estimated at 92 percent a year, while fewer fledglings survive to breeding age.', 'Its bill is slender and dark, and measures 41 to 45 mm.', 'Adults show a pale bill when seen at sea.'),
    'seabird',
  );

  it('"what share" asks for a percentage, "how long is its bill" for a length in millimetres', () => {
    expect(focusWords('what share of adults survive each year')).toContain('share');
    expect(topCitation(e, 'What share of adults stay alive each year?')?.text).toContain('92 percent');
    expect(topCitation(e, 'How long is its bill?')?.text).toContain('41 to 45 mm');
  });
});

describe('a frame word in a keyword query', () => {
  const e = engineOf(
    articleOf('Strike', 'The editor William Dace had opposed the strike from the start.', 'Venn himself was arrested on 17 August over a speech to the soldiers.', 'He was charged with incitement but released on bail after four days.'),
    'strike',
  );

  it('is asked as itself, not read as a slip for a name ("date" is no "Dace")', () => {
    const [top] = e.rank('Venn arrest date');
    expect(top?.entry.citations[0]?.text).toContain('arrested on 17 August');
    expect(top?.detail.slotWords).toContain('date');
    expect(top?.confidence ?? 0).toBeGreaterThanOrEqual(0.6);
  });
});

describe('a kind of what is asked', () => {
  const e = engineOf(
    [
      '# Brastow Ridge Tunnel',
      '',
      'The Brastow Ridge is made up chiefly of hard grey sandstone. In 1863 the contractor introduced rock drills made by the Ossel works.',
      '',
      'Conditions in the camps were poor, and an outbreak of typhus in the winter of 1864 killed 27 people. The camp had a doctor.',
    ].join('\n'),
    'kinds',
  );
  it('finds "sandstone" for "what kind of rock" and "typhus" for "which disease"', () => {
    expect(topCitation(e, 'What kind of rock is the Brastow Ridge made of?')?.text).toContain('sandstone');
    expect(topCitation(e, 'Which disease broke out in the camps?')?.text).toContain('typhus');
  });
});

describe("a question word's own synonyms", () => {
  const e = engineOf(['# Kestrel campaign', '', 'The total cost of the campaign was 3.5 million crowns.', '', 'Nurses visited every school in the valley.'].join('\n'), 'synonyms');
  it('reads "whole" as the article\'s "total", as a synonym from the question\'s side', () => {
    expect(coverageOf(e.rank('What did the whole campaign cost?')[0], 'whole')).toBe(0.7);
  });
});

describe('what someone does for a living', () => {
  const e = engineOf(
    ['# Vesna Drakovic', '', 'Her father, Anton Drakovic, was a harbour pilot who also kept the town\'s tide records.', '', 'When Vesna was nine, her father drowned while guiding a grain ship through a winter storm in January 1921.'].join('\n'),
    'jobs',
  );
  it('is answered by the sentence saying what they were, which covers the word asked', () => {
    const [top] = e.rank("What was her father's job?");
    expect(top?.entry.citations[0]?.text).toContain('was a harbour pilot');
    expect(coverageOf(top, 'job')).toBe(1);
    expect(coverageOf(e.rank('What did her father do for a living?')[0], 'living')).toBe(1);
  });
});

describe('a span of time is no date', () => {
  const e = engineOf(
    [
      '# Marlpit Street Baths',
      '',
      'The pool, which opened in 1968 and draws about 112,000 visits a year, needs repairs.',
      '',
      '"We put forward a scheme that would have kept the pool open for at least another decade," said the spokesman.',
    ].join('\n'),
    'spans',
  );
  it('answers "when did the pool open?" with the year it opened, not with "for another decade"', () => {
    expect(topCitation(e, 'When did the pool open?')?.text).toContain('opened in 1968');
    expect(givesDate('kept the pool open for at least another decade')).toBe(false);
    expect(givesDate('draws 112,000 visits a year')).toBe(false);
    expect(givesDate('it closed last year')).toBe(true);
  });
});

describe('a slip in the word after "how"', () => {
  const e = engineOf(['# Garden', '', 'The garden holds about 11,400 species of living plants.', '', 'Species from the garden were first described by botanists in Quarvenholt.'].join('\n'), 'how-slips');
  it('reads "how meny" as how many, and leaves a word of its own alone', () => {
    const known = (w: string) => ['tall', 'the'].includes(w);
    expect(howWordsMeant('how meny comets did she find', known)).toBe('how many comets did she find');
    expect(howWordsMeant('how mcuh did it cost', known)).toBe('how much did it cost');
    expect(howWordsMeant('how xqzt is it', known)).toBe('how xqzt is it');
    expect(howWordsMeant('how tall is it', known)).toBe('how tall is it');
    expect(topCitation(e, 'how meny species are there')?.text).toContain('11,400 species');
  });
});

describe('how quickly', () => {
  const entry = (text: string) => ({ id: 't', questions: [], answer: text, answerType: 'other' as const, citations: [{ label: 'P1.1', text }], source: 'generated' as const });
  it('is answered by a rate, a time taken or an immediacy, not by "over an hour" alone', () => {
    expect(measuresDimension('quickly', entry('an immediate cease-fire'))).toBe(true);
    expect(measuresDimension('quickly', entry('the average response time was currently 19 minutes'))).toBe(true);
    expect(measuresDimension('quickly', entry('corrects for turbulence up to 500 times a second'))).toBe(true);
    expect(measuresDimension('quickly', entry('the drive to Dunholt takes well over an hour in winter'))).toBe(false);
  });
});

describe('which company', () => {
  const e = engineOf(
    [
      '# Cadwell Viaduct',
      '',
      'Contractors from Hallin Civil Engineering began work on 12 February and are working around the clock.',
      '',
      'Lindow said the company was also talking to coach firms in neighbouring counties about hiring more vehicles.',
    ].join('\n'),
    'bodies',
  );
  it('is answered by the sentence naming a company, which covers the word asked', () => {
    const [top] = e.rank('Which company is carrying out the repair work?');
    expect(top?.entry.citations[0]?.text).toContain('Hallin Civil Engineering');
    expect(coverageOf(top, 'company')).toBe(1);
  });
});

describe('which official', () => {
  const e = engineOf(
    ['# Talks', '', 'Jean Le Drian met Enzo Moavero Milanesi in Rome on Friday.', '', 'Le Drian also spoke about the talks with reporters.'].join('\n'),
    'anyone',
  );
  it('is covered by a sentence naming a person the question does not', () => {
    expect(coverageOf(e.rank('Which official did Le Drian meet?')[0], 'official')).toBe(1);
  });
});

describe('a chatty message', () => {
  const span = (text: string) => {
    const { start, end } = askingSpan(text);
    return text.slice(start, end);
  };
  it('asks in the part with the question mark, after a request, a label or a greeting', () => {
    expect(span('Long-time reader here. I lose track of the sides, so can you remind me which council runs the ferry?')).toBe('which council runs the ferry?');
    expect(span('hey quick one, which agency wrote this? need it for my citation')).toBe('which agency wrote this?');
    expect(span('for my seminar paper: who built the pier?')).toBe('who built the pier?');
    expect(span('I was wondering when the pier opened?')).toBe('when the pier opened?');
    expect(span('Forgive me if I missed it, but when did the pier open?')).toBe('when did the pier open?');
    expect(span("Speaking as a retired engineer, I'm curious whether the pier was built in stone.")).toBe('whether the pier was built in stone.');
  });
  it('is asked whole when its asking part says nothing of its own, or it has no parts', () => {
    for (const whole of ['fact-check: a post says the pier cost 3,000 pounds. what does the article say?', 'Le Drian: what did he say?', 'What bill does Sen. Mattingly plan to file?', 'pier opening year', 'In Rome on Friday, what did he say?', 'What happened on April 4? Who launched it?']) expect(span(whole)).toBe(whole);
  });
  const e = engineOf(
    articleOf(
      'Harbour news',
      'The Corran ferry was taken over by the county council in 2011 after the old operator collapsed.',
      'Work on the new slipway at Dunmore began in March and is due to finish in the autumn.',
      'The pier at Kelby was opened in 1896 by the harbour trust.',
    ),
    'chatty',
  );
  it('answers what it asks, whatever the asker says about themselves around it', () => {
    for (const q of [
      'I grew up near Kelby and my grandmother used to walk us along the seafront every summer, which I still remember fondly. When was the pier opened?',
      'Long-time reader here. I keep losing track of who does what around the harbour, so can you remind me when the council took over the ferry?',
      'for my local history project: who opened the pier at Kelby? asking because my teacher wants sources',
    ]) {
      const answer = e.ask(q);
      expect(answer.answered, q).toBe(true);
    }
    expect(e.ask('I grew up near Kelby and my grandmother used to walk us along the seafront every summer. When was the pier opened?').citations[0]?.text).toContain('1896');
  });
});

describe('a thing taken up again by what it was said to be', () => {
  const e = engineOf(
    articleOf(
      'Abbey library',
      'The most celebrated manuscript of the abbey is the Ardle Psalter, a large illuminated book completed around 1198. It contains 212 leaves and four full-page portraits. A note at the end of the book names the scribe as Brother Ealdo. The abbey also kept a chronicle of its harvests.',
      'The last librarian, Tobin Ravell, is said to have hidden several volumes in the roof before the commissioners arrived. Four of these books were found by builders in 1874. The roof was repaired in 1902.',
    ),
    'described',
  );
  it('finds "the book" a little after "the Ardle Psalter, a large illuminated book"', () => {
    const [top] = e.rank('Who was the scribe of the Ardle Psalter?');
    expect(top?.entry.citations[0]?.text).toContain('Brother Ealdo');
    expect(coverageOf(top, 'ardle')).toBeGreaterThan(0);
  });
  it('reads "Four of these books" as going on about the sentence before', () => {
    expect(topCitation(e, 'When were the books Ravell hid found?')?.text).toContain('1874');
  });
});

describe('whose child someone is', () => {
  const e = engineOf(
    articleOf(
      'Joram Vantry',
      'Joram Vantry (1831–1904) was an engineer who designed harbours and bridges.',
      'Vantry was born in 1831 in Marrowfield. He was the third of five children of Edwin Vantry, a millwright, and his wife Hester. Vantry later wrote that the mill races had taught him about water.',
      'Vantry married Clara Dent in 1860. Lionel followed his father into engineering. Vantry took a job with the harbour board in 1859.',
      // (many sentences about him, as in a long biography: the one naming his father must still be among those ranked)
      ...Array.from({ length: 70 }, (_, k) => `In ${1860 + k} Vantry finished bridge number ${k + 1} at Kessby.`),
    ),
    'parents',
  );
  it('names a parent: "children of Edwin Vantry, a millwright" answers what his father did', () => {
    expect(topCitation(e, "What was Vantry's father's job?")?.text).toContain('millwright');
  });
});
