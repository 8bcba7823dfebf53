/** /ask question:<text> [private:<bool>] — answers with the sentences that support it. */
import { createHash } from 'node:crypto';
import { SlashCommandBuilder } from 'discord.js';
import type { Reply } from '../src/replies/model.ts';
import { T } from '../src/replies/texts.ts';
import type { Caller, CommandContext } from './define.ts';
import { defineCommand, routeId } from './define.ts';

const NAME = 'ask';
/** Longest question accepted; longer text is not a question about one article. */
const MAX_QUESTION = 500;
/** Sentences shown either side of a cited one by "Show in context". */
const CONTEXT_RADIUS = 2;

const data = new SlashCommandBuilder()
  .setName(NAME)
  .setDescription('Ask a question about the article; the answer quotes the sentences it rests on')
  .addStringOption((o) =>
    o.setName('question').setDescription('Your question, e.g. “Who met in Rome?”').setRequired(true).setAutocomplete(true).setMaxLength(MAX_QUESTION),
  )
  .addBooleanOption((o) => o.setName('private').setDescription('Show the answer only to you'))
  .toJSON();

/** The key votes are recorded under: the entry that answered, else a hash of the question (fits a button id). */
function voteKey(entryId: string | undefined, question: string): string {
  if (entryId !== undefined && entryId.length <= 80) return entryId;
  return `q:${createHash('sha256').update(question.trim().toLowerCase()).digest('hex').slice(0, 16)}`;
}

/**
 * Answers one question for a caller: shared by /ask, mentions and DMs.
 * An autocomplete choice arrives as an entry id, free text as itself; both work.
 */
export function answerQuestion(text: string, caller: Pick<Caller, 'guildId'>, ctx: CommandContext, hidden = false): Reply {
  const guildId = caller.guildId ?? undefined;
  const entry = text.length <= 100 ? ctx.app.engine.entry(text, guildId) : undefined;
  const question = entry?.questions[0] ?? text;
  const answer = ctx.app.knowledge.ask(question, guildId !== undefined ? { guildId } : {});
  if (!answer.answered || answer.answer === null) {
    const suggestions = answer.suggestions.slice(0, 5);
    // each suggestion a button that asks it (the renderer leaves out one whose text does not fit a button id)
    const buttons = suggestions.map((s) => ({ id: routeId(NAME, 'try', s), label: s, style: 'secondary' as const }));
    return { kind: 'no-answer', question, suggestions, buttons };
  }
  const key = voteKey(answer.entryId, question);
  const labels: string[] = [];
  for (const c of answer.citations) {
    if (routeId(NAME, 'ctx', [...labels, c.label].join(',')).length > 100) break;
    labels.push(c.label);
  }
  return {
    kind: 'answer',
    answer,
    meta: ctx.app.engine.article.meta,
    private: hidden,
    buttons: [
      ...(labels.length > 0 ? [{ id: routeId(NAME, 'ctx', labels.join(',')), label: T.showInContext, style: 'secondary' as const }] : []),
      { id: routeId(NAME, 'vote', 'up', key), label: '', emoji: '👍', style: 'secondary' },
      { id: routeId(NAME, 'vote', 'down', key), label: '', emoji: '👎', style: 'secondary' },
    ],
  };
}

export default defineCommand({
  data,
  help: {
    name: NAME,
    description: 'Ask a question; the answer quotes the article, with sentence labels.',
    usage: ['/ask question:<text>', '/ask question:<text> private:true'],
  },
  guards: { guildOnly: false, moderatorOnly: false },
  earlyAck: (inv) => (inv.options.boolean('private') ? 'private' : 'public'),
  run(inv, ctx) {
    const question = (inv.options.string('question') ?? '').trim();
    return answerQuestion(question, inv.caller, ctx, inv.options.boolean('private') ?? false);
  },
  autocomplete(option, typed, caller, ctx) {
    if (option !== 'question') return [];
    const guildId = caller.guildId ?? undefined;
    if (guildId !== undefined) ctx.app.knowledge.ensureGuild(guildId);
    return ctx.app.engine.completeQuestion(typed, guildId !== undefined ? { guildId, limit: 25 } : { limit: 25 });
  },
  button(args, caller, ctx) {
    const [action, ...rest] = args;
    if (action === 'ctx') {
      const passages = (rest.join(':') || '').split(',').flatMap((label) => {
        const sentences = ctx.app.engine.context(label, CONTEXT_RADIUS);
        return sentences ? [{ label, sentences: sentences.map((s) => ({ ...s, cited: s.label === label })) }] : [];
      });
      return { reply: { kind: 'context', passages }, update: false };
    }
    if (action === 'try') {
      // a suggestion pressed: asked as if typed, answered to the one who pressed it
      return { reply: answerQuestion(rest.join(':'), caller, ctx, true), update: false };
    }
    if (action === 'vote') {
      const [direction, ...keyParts] = rest;
      const value = direction === 'down' ? -1 : 1;
      const counts = ctx.app.store.vote(caller.guildId ?? 'dm', keyParts.join(':'), caller.userId, value);
      return { reply: { kind: 'voted', value, up: counts.up, down: counts.down }, update: false };
    }
    throw new Error(`unknown ask button: ${args.join(':')}`);
  },
});
