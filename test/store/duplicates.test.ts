import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { QuestionIndex } from '../../src/store/duplicates.ts';
import { NEAR_DUPLICATE_JACCARD } from '../../src/store/limits.ts';
import { jaccard, normalizeQuestion, tokenSet } from '../../src/store/normalize.ts';
import { openSqliteStore } from '../../src/store/sqlite.ts';
import { fakeResolver, must, tempDir } from './support.ts';

const { dir, cleanup } = tempDir();
afterAll(cleanup);

describe('near-duplicate index', () => {
  it('agrees with comparing every pair (random questions over a small vocabulary)', () => {
    let seed = 7;
    const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const words = ['who', 'what', 'the', 'libya', 'france', 'italy', 'oil', 'gna', 'truce', 'embassy', 'rome', 'haftar'];
    const question = (): string => Array.from({ length: 2 + Math.floor(random() * 6) }, () => words[Math.floor(random() * words.length)]).join(' ');
    const stored = Array.from({ length: 300 }, (_, i) => ({ id: i + 1, questions: [question(), question()] }));
    const index = new QuestionIndex();
    for (const s of stored) index.set(s.id, s.questions);
    for (const s of stored.filter((x) => x.id % 3 === 0)) index.delete(s.id);
    const live = stored.filter((x) => x.id % 3 !== 0);

    let hits = 0;
    for (let i = 0; i < 500; i++) {
      const probe = [question()];
      const brute = live.find((s) =>
        s.questions.some((q) => {
          const a = tokenSet(normalizeQuestion(q));
          const b = tokenSet(normalizeQuestion(probe[0] ?? ''));
          return jaccard(a, b) >= NEAR_DUPLICATE_JACCARD;
        }),
      );
      expect(index.find(probe, 0)?.id, probe[0]).toBe(brute?.id);
      if (brute) hits += 1;
    }
    expect(hits).toBeGreaterThan(50);
    expect(hits).toBeLessThan(450);
  });

  it("sees another connection's writes at once", () => {
    const path = join(dir, 'shared.sqlite');
    const a = openSqliteStore({ path, resolveCitation: fakeResolver, article: 'a' });
    const b = openSqliteStore({ path, resolveCitation: fakeResolver, article: 'a' });
    must(b.add('g', { questions: ['first question here'], answer: 'x' }, 'm'));
    must(a.add('g', { questions: ['Who leads the GNA?'], answer: 'Sarraj.' }, 'm'));
    expect(b.add('g', { questions: ['who leads the gna'], answer: 'y' }, 'm')).toMatchObject({ ok: false, error: { code: 'duplicate', existingId: 2 } });
    must(a.remove('g', 2, 'm'));
    must(b.add('g', { questions: ['who leads the gna'], answer: 'y' }, 'm'));
    a.close();
    b.close();
  });
});
