import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/store/sqlite.ts';
import { fakeClock, fakeResolver, tempDir } from './support.ts';
import { seededRandom } from '../../src/core/random.ts';

const { dir, cleanup } = tempDir();
afterAll(cleanup);

const rng = seededRandom;

interface ModelEntry {
  questions: string[];
  answer: string;
  refs: string[];
  deleted: boolean;
  revision: number;
  uses: number;
}

const WORDS = ['oil', 'Libya', 'France', 'Italy', 'embassy', 'truce', 'GNA', 'Haftar'];
const REFS = ['P1.1', 'P2.1', 'P2.2', 'P3.1', 'P4.1', 'byline'];
const G = 'oracle';

/** The model's duplicate rule: three-word questions are the same when they use the same words. */
const key = (q: string): string => [...new Set(q.toLowerCase().split(' '))].sort().join(' ');

describe('oracle: the SQLite store agrees with a plain Map', () => {
  it.each([1, 2, 3, 4])('random adds, edits, removes and restores (seed %i)', (seed) => {
    const random = rng(seed);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    const question = (): string => `${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)}`;
    const path = join(dir, `oracle-${seed}.sqlite`);
    let store = openSqliteStore({ path, resolveCitation: fakeResolver, article: 'a', now: fakeClock() });
    const model = new Map<number, ModelEntry>();
    let nextId = 1;
    const outcomes = new Map<string, number>();
    const count = (what: string): void => void outcomes.set(what, (outcomes.get(what) ?? 0) + 1);

    const clashes = (questions: readonly string[], except: number): boolean =>
      [...model].some(([id, e]) => id !== except && !e.deleted && e.questions.some((q) => questions.some((mine) => key(mine) === key(q))));

    const compare = (): void => {
      const live = [...model].filter(([, e]) => !e.deleted);
      expect(store.all(G).map((e) => ({ id: e.id, questions: e.questions, answer: e.answer, labels: e.citations.map((c) => c.label), revision: e.revision, uses: e.uses }))).toEqual(
        live.map(([id, e]) => ({ id, questions: e.questions, answer: e.answer, labels: e.refs, revision: e.revision, uses: e.uses })),
      );
      expect(store.list(G, { includeDeleted: true }).total).toBe(model.size);
    };

    for (let step = 0; step < 300; step++) {
      const op = random();
      const ids = [...model.keys()];
      const force = random() < 0.2;
      if (op < 0.4 || ids.length === 0) {
        const questions = [...new Set(Array.from({ length: 1 + Math.floor(random() * 2) }, question))].filter(
          (q, i, all) => all.findIndex((o) => o.toLowerCase() === q.toLowerCase()) === i,
        );
        const refs = [...new Set(Array.from({ length: Math.floor(random() * 3) }, () => pick(REFS)))];
        const answer = `answer ${step}`;
        const result = store.add(G, { questions, answer, citations: refs }, 'm', { force });
        if (!force && clashes(questions, 0)) {
          expect(result).toMatchObject({ ok: false, error: { code: 'duplicate' } });
          count('add refused as duplicate');
        } else {
          expect(result).toMatchObject({ ok: true, value: { id: nextId, revision: 1 } });
          count('added');
          model.set(nextId++, { questions, answer, refs, deleted: false, revision: 1, uses: 0 });
        }
      } else if (op < 0.65) {
        const id = pick(ids);
        const e = model.get(id) as ModelEntry;
        const patch: { answer?: string; questions?: string[] } = random() < 0.5 ? { answer: `edited ${step}` } : { questions: [question()] };
        const result = store.edit(G, id, patch, 'm', { force });
        if (e.deleted) expect(result).toMatchObject({ ok: false, error: { code: 'deleted' } });
        else if (patch.questions && !force && patch.questions.join() !== e.questions.join() && clashes(patch.questions, id)) {
          expect(result).toMatchObject({ ok: false, error: { code: 'duplicate' } });
          count('edit refused as duplicate');
        } else {
          const changed = patch.answer !== undefined ? patch.answer !== e.answer : patch.questions?.join() !== e.questions.join();
          Object.assign(e, patch);
          if (changed) e.revision += 1;
          expect(result).toMatchObject({ ok: true, value: { id, revision: e.revision } });
        }
      } else if (op < 0.8) {
        const id = pick(ids);
        const e = model.get(id) as ModelEntry;
        const result = store.remove(G, id, 'm');
        if (e.deleted) expect(result).toMatchObject({ ok: false, error: { code: 'deleted' } });
        else {
          e.deleted = true;
          e.revision += 1;
          expect(result).toMatchObject({ ok: true, value: { deleted: true, revision: e.revision } });
        }
      } else if (op < 0.9) {
        const id = pick(ids);
        const e = model.get(id) as ModelEntry;
        const result = store.restore(G, id, 'm', { force });
        if (!e.deleted) expect(result).toMatchObject({ ok: false, error: { code: 'not_deleted' } });
        else if (!force && clashes(e.questions, id)) {
          expect(result).toMatchObject({ ok: false, error: { code: 'duplicate' } });
          count('restore refused as duplicate');
        }
        else {
          e.deleted = false;
          e.revision += 1;
          expect(result).toMatchObject({ ok: true, value: { deleted: false, revision: e.revision } });
        }
      } else if (op < 0.95) {
        const id = pick(ids);
        store.recordUse(G, id);
        (model.get(id) as ModelEntry).uses += 1;
      } else {
        // Restart: the reopened store must hold exactly the same state.
        store.close();
        store = openSqliteStore({ path, resolveCitation: fakeResolver, article: 'a', now: fakeClock(Date.parse('2030-01-01T00:00:00Z') + step * 1e6) });
      }
      if (step % 25 === 0) compare();
    }
    compare();
    // The sequence must have exercised the refusals, not only the happy path.
    expect(outcomes.get('add refused as duplicate') ?? 0).toBeGreaterThan(0);
    expect(outcomes.get('edit refused as duplicate') ?? 0).toBeGreaterThan(0);
    for (const [id, e] of model) expect(store.history(G, id).map((h) => h.revision)).toEqual(Array.from({ length: e.revision }, (_, i) => i + 1));
    store.close();
  });
});
