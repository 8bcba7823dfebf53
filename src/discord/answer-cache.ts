/**
 * Memoises the engine's answers per server. The Engine contract makes `ask` a pure function of the question and
 * the entries it holds, so a cached answer stays right until that server's entries change; every entry write
 * clears the server's cache. Popular questions then cost nothing under load.
 */
import type { Engine } from '../core/engine.ts';
import type { Answer } from '../core/types.ts';

/** Distinct questions remembered per server (least recently asked dropped first). */
const DEFAULT_MAX = 1_000;
/** Servers with a cache at once (least recently active dropped first). */
const MAX_SERVERS = 500;

/** Wraps `engine.ask` (in place) with a per-server LRU cache invalidated by entry writes. */
export function cacheAnswers(engine: Engine, max = DEFAULT_MAX): void {
  const caches = new Map<string, Map<string, Answer>>();
  const keyOf = (guildId: string | undefined): string => guildId ?? '';
  const ask = engine.ask.bind(engine);
  const setGuildEntries = engine.setGuildEntries.bind(engine);
  const upsertGuildEntry = engine.upsertGuildEntry.bind(engine);
  const removeGuildEntry = engine.removeGuildEntry.bind(engine);

  const patch = engine as { -readonly [K in keyof Engine]: Engine[K] };
  patch.ask = (question, options) => {
    const key = keyOf(options?.guildId);
    let cache = caches.get(key);
    if (cache) {
      caches.delete(key);
      caches.set(key, cache);
    } else {
      caches.set(key, (cache = new Map<string, Answer>()));
      if (caches.size > MAX_SERVERS) {
        const oldest = caches.keys().next();
        if (!oldest.done) caches.delete(oldest.value);
      }
    }
    const hit = cache.get(question);
    if (hit) {
      cache.delete(question);
      cache.set(question, hit);
      return hit;
    }
    const answer = ask(question, options);
    cache.set(question, answer);
    if (cache.size > max) {
      const oldest = cache.keys().next();
      if (!oldest.done) cache.delete(oldest.value);
    }
    return answer;
  };
  patch.setGuildEntries = (guildId, entries) => {
    caches.delete(guildId);
    setGuildEntries(guildId, entries);
  };
  patch.upsertGuildEntry = (entry) => {
    caches.delete(entry.guildId);
    upsertGuildEntry(entry);
  };
  patch.removeGuildEntry = (guildId, id) => {
    caches.delete(guildId);
    removeGuildEntry(guildId, id);
  };
}
