import { describe, expect, it } from 'vitest';
import { StoreMsg } from '../../src/store/messages.ts';
import type { ExportFile } from '../../src/store/types.ts';
import { memoryStore, must } from './support.ts';

const G = 'g1';

function seeded() {
  const store = memoryStore();
  must(store.add(G, { questions: ['Who accused France?', 'Which Italian accused France?'], answer: 'Matteo Salvini.', citations: ['P2.1'] }, 'alice'));
  must(store.add(G, { questions: ['When did Italy open an embassy in Tripoli?'], answer: 'In 2017.', citations: ['"embassy in Tripoli"'] }, 'bob'));
  must(store.add(G, { questions: ['Removed question?'], answer: 'gone' }, 'bob'));
  must(store.remove(G, 3, 'carol'));
  must(store.add(G, { questions: ['Does France have oil in Libya?'], answer: 'Yes, in the east.\nSee P4.1.', citations: ['P4.1'] }, 'dave'));
  return store;
}

describe('export and import', () => {
  it('round-trips live entries into a fresh database', () => {
    const source = seeded();
    const file = source.exportGuild(G);
    expect(file).toMatchObject({ schema: 'citebot.kb', version: 1, guildId: G, article: 'test-article' });
    expect(file.entries).toHaveLength(3);

    const target = memoryStore();
    const imported = must(target.importGuild('g2', JSON.parse(JSON.stringify(file)), 'importer'));
    expect(imported.added).toBe(3);
    const strip = (e: { questions: readonly string[]; answer: string; citations: readonly unknown[]; author: string; createdAt: string; updatedAt: string }) => ({
      questions: e.questions,
      answer: e.answer,
      citations: e.citations,
      author: e.author,
      createdAt: e.createdAt,
      updatedAt: e.updatedAt,
    });
    expect(target.all('g2').map(strip)).toEqual(source.all(G).map(strip));
    expect(target.exportGuild('g2').entries).toEqual(file.entries);
    expect(target.history('g2', 1)).toMatchObject([{ action: 'import', author: 'importer', revision: 1, before: null }]);
  });

  it('is all or nothing and reports every bad entry', () => {
    const target = memoryStore();
    must(target.add(G, { questions: ['Existing question here'], answer: 'x' }, 'm'));
    const file = {
      schema: 'citebot.kb',
      version: 1,
      entries: [
        { questions: ['Fine question one'], answer: 'ok', citations: ['P1.1'] },
        { questions: [''], answer: 'empty question' },
        { questions: ['Bad citation'], answer: 'x', citations: ['P42.1'] },
        { questions: 'not a list', answer: 3 },
        { questions: ['Existing question here!'], answer: 'dup of the database' },
        { questions: ['fine question ONE'], answer: 'dup within the file' },
        'not an object',
        { questions: ['Fine question two'], answer: 'ok', createdAt: 'yesterday' },
        { questions: ['Fine question three'], answer: 'ok' },
      ],
    };
    const result = target.importGuild(G, file, 'importer');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('bad_import');
    expect(result.error.details).toEqual([
      StoreMsg.IMPORT_ENTRY(2, StoreMsg.EMPTY_QUESTION(1)),
      StoreMsg.IMPORT_ENTRY(3, StoreMsg.BAD_CITATION('P42.1', '"P42.1" is not in the article.')),
      StoreMsg.IMPORT_ENTRY(4, StoreMsg.IMPORT_FIELD('questions', 'a list of strings')),
      StoreMsg.IMPORT_ENTRY(4, StoreMsg.IMPORT_FIELD('answer', 'a string')),
      StoreMsg.IMPORT_ENTRY(5, StoreMsg.DUPLICATE('Existing question here!', 1, 'Existing question here')),
      StoreMsg.IMPORT_ENTRY(6, StoreMsg.DUPLICATE_IN_FILE('fine question ONE', 1)),
      StoreMsg.IMPORT_ENTRY(7, StoreMsg.IMPORT_ENTRY_NOT_OBJECT),
      StoreMsg.IMPORT_ENTRY(8, StoreMsg.IMPORT_FIELD('createdAt', 'an ISO timestamp')),
    ]);
    expect(result.error.message).toBe(StoreMsg.BAD_IMPORT(8));
    expect(target.list(G).total).toBe(1);
  });

  it('reports a citation that would now point at another sentence (the article changed since the export)', () => {
    const file = seeded().exportGuild(G);
    const first = file.entries[0];
    if (!first) throw new Error('seeded export is empty');
    const changed = { ...file, entries: [{ ...first, cited: [{ label: 'P2.1', text: 'A sentence the article no longer has.' }] }, ...file.entries.slice(1)] };
    const result = memoryStore().importGuild(G, changed, 'm');
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_import', details: [StoreMsg.IMPORT_ENTRY(1, StoreMsg.CITATION_MOVED('P2.1', 'P2.1'))] } });
    // Without `cited` (a hand-written file) the references are simply resolved.
    const handWritten = { ...file, entries: file.entries.map(({ cited: _cited, ...rest }) => rest) };
    expect(memoryStore().importGuild(G, handWritten, 'm').ok).toBe(true);
  });

  it.each([
    ['not an object', [], StoreMsg.IMPORT_NOT_OBJECT],
    ['another schema', { schema: 'other', version: 1, entries: [] }, StoreMsg.IMPORT_SCHEMA('"other"')],
    ['a future version', { schema: 'citebot.kb', version: 2, entries: [] }, StoreMsg.IMPORT_VERSION('2')],
    ['no entries', { schema: 'citebot.kb', version: 1 }, StoreMsg.IMPORT_NO_ENTRIES],
  ])('refuses %s as a whole', (_name, data, message) => {
    expect(memoryStore().importGuild(G, data, 'm')).toMatchObject({ ok: false, error: { code: 'bad_import', message } });
  });

  it('refuses an import that would pass the per-server limit', () => {
    const store = memoryStore({ limits: { entriesPerGuild: 2 } });
    const file: ExportFile = {
      schema: 'citebot.kb',
      version: 1,
      guildId: G,
      article: 'a',
      exportedAt: '2024-01-01T00:00:00.000Z',
      entries: ['one topic', 'two things', 'three matters'].map((q) => ({ questions: [q], answer: 'a', citations: [], author: 'm', createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z' })),
    };
    expect(store.importGuild(G, file, 'm')).toMatchObject({ ok: false, error: { code: 'bad_import', details: [StoreMsg.TOO_MANY_ENTRIES(2)] } });
    expect(store.list(G).total).toBe(0);
  });
});
