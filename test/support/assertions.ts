/** Checks shared by the e2e suites: every recorded body inside the limits, one callback per interaction, in time. */
import { expect } from 'vitest';
import type { APIEmbed, APIEmbedField } from 'discord-api-types/v10';
import type { FakeDiscord, RestRecord } from './fake-discord.ts';
import { checkCallback, checkMessage } from './limits.ts';

/** Every body the bot sent so far, checked against Discord's limits and the no-mentions rule. */
export function expectAllBodiesValid(fake: FakeDiscord): void {
  const problems: string[] = [];
  for (const r of fake.requests) {
    if (r.kind === 'callback') problems.push(...checkCallback(r.body).map((p) => `${r.path}: ${p}`));
    if (r.kind === 'edit' && r.method === 'PATCH') problems.push(...checkMessage(r.body, `edit ${r.path}`));
    if (r.kind === 'followup' || r.kind === 'channel-message') problems.push(...checkMessage(r.body, `${r.kind} ${r.path}`));
  }
  expect(problems).toEqual([]);
}

/** Interaction routes carry no Authorization header; nothing unexpected was requested. */
export function expectCleanTraffic(fake: FakeDiscord): void {
  const unauthenticated = fake.requests.filter((r) => ['callback', 'edit', 'followup'].includes(r.kind));
  expect(unauthenticated.filter((r) => r.authorization !== undefined).map((r) => r.path)).toEqual([]);
  expect(fake.requests.filter((r) => r.kind === 'unmatched').map((r) => `${r.method} ${r.path}`)).toEqual([]);
}

/** Exactly one callback per dispatched interaction, each accepted within the deadline. */
export function expectOneTimelyCallbackEach(fake: FakeDiscord, interactionIds: readonly string[]): RestRecord[] {
  const out: RestRecord[] = [];
  for (const id of interactionIds) {
    const callbacks = fake.callbacksFor(id);
    expect(callbacks, `callbacks for ${id}`).toHaveLength(1);
    const c = callbacks[0];
    if (!c) continue;
    expect(c.status, `status for ${id}`).toBe(204);
    expect(c.elapsedMs ?? Infinity).toBeLessThan(3_000);
    out.push(c);
  }
  return out;
}

/** What the bot sent, as far as the tests look at it (message, autocomplete or modal data). */
export interface Sent {
  readonly type?: number;
  readonly content?: string;
  readonly flags?: number;
  readonly embeds: readonly APIEmbed[];
  readonly components: readonly { readonly components: readonly { readonly custom_id: string; readonly label?: string }[] }[];
  readonly allowed_mentions?: unknown;
  readonly message_reference?: { readonly message_id: string };
  readonly choices: readonly { readonly name: string; readonly value: string }[];
  readonly custom_id?: string;
  readonly title?: string;
}

function asSent(raw: unknown): Sent {
  const o = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<Sent>;
  return { ...o, embeds: o.embeds ?? [], components: o.components ?? [], choices: o.choices ?? [] };
}

/** The callback body's `data`. */
export const dataOf = (r: RestRecord): Sent => asSent((r.body as { data?: unknown } | null)?.data);
/** A channel message, edit or follow-up body. */
export const bodyOf = (r: RestRecord): Sent => asSent(r.body);
/** The callback's type (4 message, 5 deferred, 7 update, 8 autocomplete, 9 modal). */
export const typeOf = (r: RestRecord): number | undefined => (r.body as { type?: number } | null)?.type;

/** The i-th embed of a sent message; fails the test when it is missing. */
export function embedOf(sent: Sent, i = 0): APIEmbed & { fields: APIEmbedField[]; description: string; title: string } {
  const e = sent.embeds[i];
  if (!e) throw new Error(`no embed ${i} in ${JSON.stringify(sent)}`);
  return { ...e, fields: e.fields ?? [], description: e.description ?? '', title: e.title ?? '' };
}

/** Custom ids of every button in a sent message. */
export const buttonIds = (sent: Sent): string[] => sent.components.flatMap((row) => row.components.map((b) => b.custom_id));
