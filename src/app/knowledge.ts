import { cleanQuestion } from '../engine/signals.ts';
import type { Engine } from '../core/engine.ts';
import type { Answer, KbEntry, QuoteResult } from '../core/types.ts';
import { expectedAnswerType } from '../search/question.ts';
import { fold } from '../search/text.ts';
import type { AnswerStore, EntryInput, StoredEntry, StoreResult } from '../store/types.ts';

/** Knowledge-base id of a moderator entry: unique across servers. */
export const moderatorEntryId = (guildId: string, id: number): string => `mod:${guildId}:${id}`;

/** The stored entry's number back from a moderator entry id, or undefined for other ids. */
export function storedIdOf(entryId: string | undefined, guildId: string): number | undefined {
  const prefix = `mod:${guildId}:`;
  if (!entryId?.startsWith(prefix)) return undefined;
  const n = Number(entryId.slice(prefix.length));
  return Number.isInteger(n) ? n : undefined;
}

/** A stored moderator entry as a knowledge-base entry. */
export function toKbEntry(e: StoredEntry): KbEntry & { readonly guildId: string } {
  return {
    id: moderatorEntryId(e.guildId, e.id),
    source: 'moderator',
    questions: e.questions,
    answer: e.answer,
    citations: e.citations,
    answerType: expectedAnswerType(fold(e.questions[0] ?? '')),
    guildId: e.guildId,
  };
}

/**
 * The store and the engine kept in step: every moderator write goes to the store first (durable),
 * then to that server's search overlay, so an answer is searchable the moment it is confirmed.
 * Servers' entries are loaded into the engine on first use.
 */
export class Knowledge {
  private readonly loaded = new Set<string>();

  constructor(
    readonly engine: Engine,
    readonly store: AnswerStore,
  ) {}

  /** Loads a server's entries into the engine once. */
  ensureGuild(guildId: string): void {
    if (this.loaded.has(guildId)) return;
    this.engine.setGuildEntries(guildId, this.store.all(guildId).map(toKbEntry));
    this.loaded.add(guildId);
  }

  /** Answers a question; in a server it also logs a miss for /kb gaps and counts a moderator entry's use. */
  ask(question: string, options: { readonly guildId?: string } = {}): Answer {
    const { guildId } = options;
    if (guildId) this.ensureGuild(guildId);
    const answer = this.engine.ask(question, guildId ? { guildId } : {});
    if (guildId) {
      if (!answer.answered && cleanQuestion(question)) this.store.logUnanswered(guildId, cleanQuestion(question));
      const stored = storedIdOf(answer.entryId, guildId);
      if (stored !== undefined) this.store.recordUse(guildId, stored);
    }
    return answer;
  }

  quote(query: string): QuoteResult {
    return this.engine.quote(query);
  }

  add(guildId: string, input: EntryInput, author: string, options?: { readonly force?: boolean }): StoreResult<StoredEntry> {
    return this.apply(guildId, this.store.add(guildId, input, author, options));
  }

  edit(guildId: string, id: number, patch: Partial<EntryInput>, author: string, options?: { readonly force?: boolean }): StoreResult<StoredEntry> {
    return this.apply(guildId, this.store.edit(guildId, id, patch, author, options));
  }

  remove(guildId: string, id: number, author: string): StoreResult<StoredEntry> {
    return this.apply(guildId, this.store.remove(guildId, id, author));
  }

  restore(guildId: string, id: number, author: string): StoreResult<StoredEntry> {
    return this.apply(guildId, this.store.restore(guildId, id, author));
  }

  importGuild(guildId: string, data: unknown, author: string): ReturnType<AnswerStore['importGuild']> {
    this.ensureGuild(guildId);
    const result = this.store.importGuild(guildId, data, author);
    if (result.ok) for (const e of result.value.entries) this.engine.upsertGuildEntry(toKbEntry(e));
    return result;
  }

  private apply(guildId: string, result: StoreResult<StoredEntry>): StoreResult<StoredEntry> {
    this.ensureGuild(guildId);
    if (result.ok) {
      const e = result.value;
      if (e.deleted) this.engine.removeGuildEntry(guildId, moderatorEntryId(guildId, e.id));
      else this.engine.upsertGuildEntry(toKbEntry(e));
    }
    return result;
  }
}
