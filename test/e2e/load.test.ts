/** Load: 500 /ask interactions sent through the fake gateway as fast as possible; all answered, none late. */
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import { bodyOf, expectAllBodiesValid, expectCleanTraffic, expectOneTimelyCallbackEach } from '../support/assertions.ts';
import { startHarness } from '../support/harness.ts';
import type { Harness } from '../support/harness.ts';

const COUNT = 500;
const QUESTIONS = [
  'Who met in Rome?',
  'Who wrote the article?',
  'What did Le Drian say about a military solution?',
  'When did Haftar launch his offensive?',
  'How many soldiers does Italy have in Libya?',
  'What is the population of Libya?',
  'Who does Italy support?',
  'What did Salvini accuse France of?',
];

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  await h.stop();
});

const percentile = (sorted: readonly number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

it(`acknowledges ${COUNT} concurrent /ask interactions, every one within 3 s`, async () => {
  const interactions = Array.from({ length: COUNT }, (_, i) =>
    h.fake.chatInput('ask', [{ name: 'question', type: ApplicationCommandOptionType.String, value: QUESTIONS[i % QUESTIONS.length] ?? '' }], i % 2 === 0 ? h.fake.member : h.fake.moderator),
  );
  const started = performance.now();
  await Promise.all(interactions.map((x) => h.fake.interact(x, 10_000)));
  const wall = performance.now() - started;

  const callbacks = expectOneTimelyCallbackEach(
    h.fake,
    interactions.map((x) => x.id),
  );
  const times = callbacks.map((c) => c.elapsedMs ?? Infinity).sort((a, b) => a - b);
  const p50 = percentile(times, 50);
  const p99 = percentile(times, 99);
  const max = times[times.length - 1] ?? NaN;
  console.log(`load: ${COUNT} /ask acknowledged in ${wall.toFixed(0)} ms; ack p50 ${p50.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms, max ${max.toFixed(1)} ms`);
  expect(callbacks).toHaveLength(COUNT);
  expect(max).toBeLessThan(3_000);
  expectAllBodiesValid(h.fake);
  expectCleanTraffic(h.fake);
});

it('acknowledges first and answers after when the answers are slow (a burst longer than the deadline)', async () => {
  const real = h.app.knowledge.ask.bind(h.app.knowledge);
  const spy = vi.spyOn(h.app.knowledge, 'ask').mockImplementation((question, options) => {
    const until = performance.now() + 40;
    while (performance.now() < until) {
      // simulate an engine that needs 40 ms per question: 80 questions need 3.2 s in all
    }
    return real(question, options);
  });
  const interactions = Array.from({ length: 80 }, (_, i) =>
    h.fake.chatInput('ask', [{ name: 'question', type: ApplicationCommandOptionType.String, value: i % 4 === 3 ? 'What is the population of Libya?' : 'Who met in Rome?' }]),
  );
  const callbacks = await Promise.all(interactions.map((x) => h.fake.interact(x, 10_000)));
  const deferred = interactions.filter((_, i) => (callbacks[i]?.body as { type: number }).type === 5);
  expect(deferred.length).toBeGreaterThan(0);
  expect(Math.max(...callbacks.map((c) => c.elapsedMs ?? Infinity))).toBeLessThan(3_000);
  // Every deferred interaction gets its answer: an edit, or (private abstention) a delete and a private follow-up.
  for (const x of deferred) {
    const done = await h.fake.waitFor((r) => (r.kind === 'followup' || (r.kind === 'edit' && r.method === 'PATCH')) && r.path.includes(x.token), 10_000);
    const question = x.data.options?.[0];
    if (question && 'value' in question && question.value === 'What is the population of Libya?') {
      expect(done.kind).toBe('followup');
      expect(bodyOf(done).flags).toBe(64);
      expect(h.fake.requests.some((r) => r.method === 'DELETE' && r.path.includes(x.token))).toBe(true);
    } else {
      expect(done.kind).toBe('edit');
    }
  }
  spy.mockRestore();
  expectOneTimelyCallbackEach(
    h.fake,
    interactions.map((x) => x.id),
  );
  expectAllBodiesValid(h.fake);
  expectCleanTraffic(h.fake);
});
