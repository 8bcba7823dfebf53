import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_ANSWER_CHARS, MAX_CITATIONS, MAX_QUESTION_CHARS, MAX_QUESTIONS } from '../../src/store/limits.ts';
import { StoreMsg } from '../../src/store/messages.ts';
import type { SqliteAnswerStore } from '../../src/store/sqlite.ts';
import type { EntryInput, StoreErrorCode } from '../../src/store/types.ts';
import { SENTENCES, memoryStore, must } from './support.ts';

const G = '111111111111111111';
const OTHER = '222222222222222222';
const MOD = 'user:42';

let store: SqliteAnswerStore;
beforeEach(() => {
  store = memoryStore();
});
afterEach(() => store.close());

const base: EntryInput = { questions: ['Who accused France?'], answer: 'Matteo Salvini.', citations: ['P2.1'] };

describe('validation', () => {
  const cases: [string, EntryInput, StoreErrorCode, string][] = [
    ['no questions', { ...base, questions: [] }, 'empty', StoreMsg.EMPTY_QUESTIONS],
    ['blank question', { ...base, questions: ['   '] }, 'empty', StoreMsg.EMPTY_QUESTION(1)],
    ['zero-width question', { ...base, questions: ['ok?', '\u200B\u200D \uFEFF'] }, 'empty', StoreMsg.EMPTY_QUESTION(2)],
    ['blank answer', { ...base, answer: '\n\t ' }, 'empty', StoreMsg.EMPTY_ANSWER],
    ['zero-width answer', { ...base, answer: '\u200B' }, 'empty', StoreMsg.EMPTY_ANSWER],
    ['blank citation', { ...base, citations: [' '] }, 'empty', StoreMsg.EMPTY_CITATION(1)],
    [
      'question too long',
      { ...base, questions: ['x'.repeat(MAX_QUESTION_CHARS + 1)] },
      'too_long',
      StoreMsg.QUESTION_TOO_LONG(1, MAX_QUESTION_CHARS + 1, MAX_QUESTION_CHARS),
    ],
    ['answer too long', { ...base, answer: 'y'.repeat(MAX_ANSWER_CHARS + 1) }, 'too_long', StoreMsg.ANSWER_TOO_LONG(MAX_ANSWER_CHARS + 1, MAX_ANSWER_CHARS)],
    [
      'too many questions',
      { ...base, questions: Array.from({ length: MAX_QUESTIONS + 1 }, (_, i) => `question number ${i}`) },
      'too_many',
      StoreMsg.TOO_MANY_QUESTIONS(MAX_QUESTIONS + 1, MAX_QUESTIONS),
    ],
    [
      'too many citations',
      { ...base, citations: ['P1.1', 'P2.1', 'P2.2', 'P3.1', 'P4.1', 'byline'] },
      'too_many',
      StoreMsg.TOO_MANY_CITATIONS(MAX_CITATIONS + 1, MAX_CITATIONS),
    ],
    ['unknown label', { ...base, citations: ['P9.9'] }, 'bad_citation', StoreMsg.BAD_CITATION('P9.9', '"P9.9" is not in the article.')],
    ['ambiguous snippet', { ...base, citations: ['France'] }, 'bad_citation', StoreMsg.BAD_CITATION('France', '"France" is in 4 sentences.')],
  ];

  it.each(cases)('%s is refused', (_name, input, code, message) => {
    const result = store.add(G, input, MOD);
    expect(result).toMatchObject({ ok: false, error: { code, message } });
    expect(store.list(G).total).toBe(0);
  });

  it('accepts limits exactly and trims text, storing it otherwise as given', () => {
    const entry = must(
      store.add(
        G,
        {
          questions: [` ${'q'.repeat(MAX_QUESTION_CHARS)}\u200B `, '<@everyone> **bold** `code`?'],
          answer: `\n${'a'.repeat(MAX_ANSWER_CHARS)}\t`,
          citations: ['P1.1', '"Tripoli in 2017"', 'P2.2', 'P4.1', 'byline'],
        },
        MOD,
      ),
    );
    expect(entry.questions).toEqual(['q'.repeat(MAX_QUESTION_CHARS), '<@everyone> **bold** `code`?']);
    expect(entry.answer).toBe('a'.repeat(MAX_ANSWER_CHARS));
    expect(entry.citations.map((c) => c.label)).toEqual(['P1.1', 'P3.1', 'P2.2', 'P4.1', 'byline']);
    expect(entry.citations[1]?.text).toBe(SENTENCES[4].text);
  });

  it('stores untrusted text byte for byte and never interprets it', () => {
    const hostile = [
      "'); DROP TABLE entries; --",
      '@everyone <@&123> https://example.com/x?y=1',
      'nul\u0000inside, emoji 🇮🇹, right-to-left \u202Eevil',
      '{"questions": ["json"]} \\ backslash',
    ];
    for (const [i, text] of hostile.entries()) {
      const entry = must(store.add(G, { questions: [`${text} #${i}`], answer: text }, MOD));
      expect(store.get(G, entry.id)).toMatchObject({ questions: [`${text} #${i}`], answer: text });
    }
    expect(store.all(G)).toHaveLength(hostile.length);
  });

  it('replaces a lone surrogate, as SQLite would, and returns exactly what it stored', () => {
    const entry = must(store.add(G, { questions: ['broken \uD800 question'], answer: 'half \uDC00' }, MOD));
    expect(entry.answer).toBe('half \uFFFD');
    expect(store.get(G, entry.id)).toEqual(entry);
  });

  it('reports every problem of one entry', () => {
    const result = store.add(G, { questions: [''], answer: '', citations: ['nowhere'] }, MOD);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('empty');
    expect(result.error.details).toHaveLength(3);
  });

  it('merges repeated variants and repeated citations of one sentence', () => {
    const entry = must(store.add(G, { questions: ['Who?', 'who', 'WHO!'], answer: 'x', citations: ['P2.2', 'rejected that'] }, MOD));
    expect(entry.questions).toEqual(['Who?']);
    expect(entry.citations).toHaveLength(1);
  });

  it('refuses the entry past the per-server limit', () => {
    const small = memoryStore({ limits: { entriesPerGuild: 2 } });
    must(small.add(G, { questions: ['one thing'], answer: 'a' }, MOD));
    must(small.add(G, { questions: ['another matter'], answer: 'b' }, MOD));
    expect(small.add(G, { questions: ['third topic'], answer: 'c' }, MOD)).toMatchObject({ ok: false, error: { code: 'too_many' } });
    must(small.add(OTHER, { questions: ['third topic'], answer: 'c' }, MOD));
    small.close();
  });
});

describe('duplicates', () => {
  beforeEach(() => {
    must(store.add(G, { questions: ['Who has oil assets in eastern Libya?'], answer: 'France.' }, MOD));
  });

  it.each([
    ['the same words', 'Who has oil assets in eastern Libya?'],
    ['case, punctuation and accents', '  who HAS oil-assets in eastern Líbya!!! '],
    ['a near variant (Jaccard ≥ 0.8)', 'Who has the oil assets in eastern Libya'],
  ])('%s are refused with the existing id', (_name, question) => {
    expect(store.add(G, { questions: ['Something else entirely', question], answer: 'x' }, MOD)).toMatchObject({
      ok: false,
      error: { code: 'duplicate', existingId: 1 },
    });
  });

  it('a different question passes, and force adds a duplicate', () => {
    must(store.add(G, { questions: ['Who has assets in Libya?'], answer: 'x' }, MOD));
    expect(must(store.add(G, { questions: ['Who has oil assets in eastern Libya?'], answer: 'y' }, MOD, { force: true })).id).toBe(3);
  });

  it('are per server and ignore removed entries', () => {
    must(store.add(OTHER, { questions: ['Who has oil assets in eastern Libya?'], answer: 'x' }, MOD));
    must(store.remove(G, 1, MOD));
    must(store.add(G, { questions: ['Who has oil assets in eastern Libya?'], answer: 'x' }, MOD));
    // Restoring #1 would now duplicate #2.
    expect(store.restore(G, 1, MOD)).toMatchObject({ ok: false, error: { code: 'duplicate', existingId: 2 } });
    must(store.restore(G, 1, MOD, { force: true }));
  });

  it('an edit is checked against the others, not itself', () => {
    must(store.add(G, { questions: ['When did Italy open an embassy?'], answer: '2017.' }, MOD));
    must(store.edit(G, 1, { questions: ['Who has oil assets in eastern Libya?', 'Which country has oil in Libya?'] }, MOD));
    expect(store.edit(G, 2, { questions: ['Which country has oil in Libya?'] }, MOD)).toMatchObject({
      ok: false,
      error: { code: 'duplicate', existingId: 1 },
    });
  });
});

describe('entries', () => {
  it('assigns per-server ids and returns what was stored', () => {
    const a = must(store.add(G, base, MOD));
    const b = must(store.add(OTHER, base, MOD));
    const c = must(store.add(G, { ...base, questions: ['Who rejected the accusation?'] }, MOD));
    expect([a.id, b.id, c.id]).toEqual([1, 1, 2]);
    expect(a).toEqual({
      id: 1,
      guildId: G,
      questions: ['Who accused France?'],
      answer: 'Matteo Salvini.',
      citations: [{ label: 'P2.1', text: SENTENCES[2].text }],
      author: MOD,
      createdAt: '2024-05-01T12:00:01.000Z',
      updatedAt: '2024-05-01T12:00:01.000Z',
      revision: 1,
      deleted: false,
      uses: 0,
    });
    expect(store.get(G, 1)).toEqual(a);
    expect(store.get(G, 3)).toBeUndefined();
    expect(store.guilds()).toEqual([G, OTHER]);
  });

  it('keeps a history of every change: who, when, before and after', () => {
    must(store.add(G, base, 'alice'));
    const edited = must(store.edit(G, 1, { answer: 'Salvini.' }, 'bob'));
    expect(edited).toMatchObject({ revision: 2, author: 'bob', answer: 'Salvini.', citations: [{ label: 'P2.1' }] });
    expect(edited.createdAt < edited.updatedAt).toBe(true);
    const removed = must(store.remove(G, 1, 'carol'));
    expect(removed).toMatchObject({ revision: 3, deleted: true });
    const restored = must(store.restore(G, 1, 'dave'));
    expect(restored).toMatchObject({ revision: 4, deleted: false, answer: 'Salvini.' });

    const history = store.history(G, 1);
    expect(history.map((h) => [h.revision, h.action, h.author])).toEqual([
      [1, 'add', 'alice'],
      [2, 'edit', 'bob'],
      [3, 'remove', 'carol'],
      [4, 'restore', 'dave'],
    ]);
    expect(history[0]).toMatchObject({ before: null, after: { questions: ['Who accused France?'], answer: 'Matteo Salvini.', citations: ['P2.1'] } });
    expect(history[1]).toMatchObject({ before: { answer: 'Matteo Salvini.' }, after: { answer: 'Salvini.' } });
    expect(history[2]).toMatchObject({ before: { answer: 'Salvini.' }, after: null });
    expect(history[3]?.at).toBe(restored.updatedAt);
  });

  it('soft-deletes: removed entries leave search and lists but can be read and restored', () => {
    must(store.add(G, base, MOD));
    must(store.add(G, { questions: ['Who rejected the accusation?'], answer: 'France.' }, MOD));
    must(store.remove(G, 1, MOD));
    expect(store.all(G).map((e) => e.id)).toEqual([2]);
    expect(store.list(G)).toMatchObject({ total: 1 });
    expect(store.list(G, { includeDeleted: true }).total).toBe(2);
    expect(store.get(G, 1)?.deleted).toBe(true);
    expect(store.edit(G, 1, { answer: 'x' }, MOD)).toMatchObject({ ok: false, error: { code: 'deleted' } });
    expect(store.remove(G, 1, MOD)).toMatchObject({ ok: false, error: { code: 'deleted' } });
    expect(store.restore(G, 2, MOD)).toMatchObject({ ok: false, error: { code: 'not_deleted' } });
    expect(store.restore(G, 9, MOD)).toMatchObject({ ok: false, error: { code: 'not_found', message: StoreMsg.NOT_FOUND(9) } });
    must(store.remove(G, 2, MOD));
    expect(store.guilds()).toEqual([]);
    // Ids are never reused.
    expect(must(store.add(G, { questions: ['new'], answer: 'n' }, MOD)).id).toBe(3);
  });

  it('an edit replaces only the given fields; an edit that changes nothing makes no revision', () => {
    must(store.add(G, base, MOD));
    expect(must(store.edit(G, 1, { answer: ' Matteo Salvini. ' }, 'other'))).toMatchObject({ revision: 1, author: MOD });
    const e = must(store.edit(G, 1, { citations: ['P2.1', 'P2.2'] }, MOD));
    expect(e).toMatchObject({ revision: 2, questions: base.questions, answer: base.answer });
    expect(e.citations.map((c) => c.label)).toEqual(['P2.1', 'P2.2']);
    expect(store.edit(G, 1, { citations: ['P7.7'] }, MOD)).toMatchObject({ ok: false, error: { code: 'bad_citation' } });
  });

  it('refuses a stale edit with conflict', () => {
    must(store.add(G, base, MOD));
    must(store.edit(G, 1, { answer: 'one' }, MOD, { expectedRevision: 1 }));
    expect(store.edit(G, 1, { answer: 'two' }, MOD, { expectedRevision: 1 })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: StoreMsg.CONFLICT(1, 1, 2) },
    });
    expect(store.remove(G, 1, MOD, { expectedRevision: 1 })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('pages the list', () => {
    for (let i = 0; i < 25; i++) must(store.add(G, { questions: [`topic ${i} unique words ${'w'.repeat(i + 1)}`], answer: `${i}` }, MOD));
    const page = store.list(G, { offset: 20, limit: 20 });
    expect(page.total).toBe(25);
    expect(page.entries.map((e) => e.id)).toEqual([21, 22, 23, 24, 25]);
    expect(store.list(G).entries).toHaveLength(20);
  });

  it('counts uses', () => {
    must(store.add(G, base, MOD));
    store.recordUse(G, 1);
    store.recordUse(G, 1);
    store.recordUse(G, 99);
    expect(store.get(G, 1)).toMatchObject({ uses: 2, revision: 1 });
  });
});

describe('unanswered log', () => {
  it('counts normalised questions per server, most asked first', () => {
    store.logUnanswered(G, 'What is the population of Libya?');
    store.logUnanswered(G, '  what is   the POPULATION of libya ??');
    store.logUnanswered(G, 'Who won?');
    store.logUnanswered(G, '   ');
    store.logUnanswered(OTHER, 'Who won?');
    expect(store.gaps(G)).toEqual([
      { question: 'what is the population of libya', count: 2, firstAsked: '2024-05-01T12:00:01.000Z', lastAsked: '2024-05-01T12:00:02.000Z' },
      { question: 'who won', count: 1, firstAsked: '2024-05-01T12:00:03.000Z', lastAsked: '2024-05-01T12:00:03.000Z' },
    ]);
    expect(store.gaps(G, 1)).toHaveLength(1);
    expect(store.gaps(OTHER)).toHaveLength(1);
  });

  it('drops a gap once an entry answers that question', () => {
    store.logUnanswered(G, 'Who won?');
    must(store.add(G, { questions: ['Who won'], answer: 'Nobody.' }, MOD));
    expect(store.gaps(G)).toEqual([]);
  });
});

describe('feedback', () => {
  it('keeps one vote per user per answer; a second vote replaces the first', () => {
    expect(store.vote(G, '1', 'u1', 1)).toEqual({ up: 1, down: 0 });
    expect(store.vote(G, '1', 'u1', 1)).toEqual({ up: 1, down: 0 });
    expect(store.vote(G, '1', 'u2', -1)).toEqual({ up: 1, down: 1 });
    expect(store.vote(G, '1', 'u1', -1)).toEqual({ up: 0, down: 2 });
    store.vote(G, 'who won', 'u1', 1);
    store.vote(OTHER, '1', 'u1', 1);
    expect(store.feedback(G)).toEqual({
      up: 1,
      down: 2,
      byAnswer: [
        { key: '1', up: 0, down: 2 },
        { key: 'who won', up: 1, down: 0 },
      ],
    });
  });
});
