/**
 * /kb — moderators teach the bot: add, edit, remove, restore, show, list, export, import, gaps, feedback.
 * Guild only; Manage Server by default, re-checked at run time by the dispatcher (moderatorOnly).
 */
import { InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import type { StoredEntry, StoreResult } from '../src/store/types.ts';
import type { Form, Reply } from '../src/replies/model.ts';
import { T } from '../src/replies/texts.ts';
import type { Caller, CommandContext } from './define.ts';
import { defineCommand, routeId } from './define.ts';

const NAME = 'kb';
const PAGE_SIZE = 10;
/** Largest import file read (bytes); an export of thousands of entries fits well within it. */
const MAX_IMPORT_BYTES = 2_000_000;
const FIELD = { questions: 'questions', answer: 'answer', citations: 'citations' } as const;

const id = (o: import('discord.js').SlashCommandIntegerOption) => o.setName('id').setDescription('Entry number, as shown by /kb list').setRequired(true).setMinValue(1);

const data = new SlashCommandBuilder()
  .setName(NAME)
  .setDescription("Moderators: manage this server's answers")
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setContexts(InteractionContextType.Guild)
  .addSubcommand((s) => s.setName('add').setDescription('Add an answer (opens a form)'))
  .addSubcommand((s) => s.setName('edit').setDescription('Edit an answer (opens a form)').addIntegerOption(id))
  .addSubcommand((s) => s.setName('remove').setDescription('Remove an answer (it can be restored)').addIntegerOption(id))
  .addSubcommand((s) => s.setName('restore').setDescription('Bring back a removed answer').addIntegerOption(id))
  .addSubcommand((s) => s.setName('show').setDescription('Show an answer and its history').addIntegerOption(id))
  .addSubcommand((s) =>
    s
      .setName('list')
      .setDescription("List this server's answers")
      .addIntegerOption((o) => o.setName('page').setDescription('Page number').setMinValue(1)),
  )
  .addSubcommand((s) => s.setName('export').setDescription("Download this server's answers as JSON"))
  .addSubcommand((s) =>
    s
      .setName('import')
      .setDescription('Add answers from an export file (all or nothing)')
      .addAttachmentOption((o) => o.setName('file').setDescription('A JSON file made by /kb export').setRequired(true)),
  )
  .addSubcommand((s) => s.setName('gaps').setDescription('The most frequent questions nobody could answer'))
  .addSubcommand((s) => s.setName('feedback').setDescription('👍/👎 votes on answers'))
  .toJSON();

function entryForm(formId: string, title: string, entry?: StoredEntry): Form {
  return {
    id: formId,
    title,
    fields: [
      { id: FIELD.questions, label: T.formQuestions, multiline: true, required: true, maxLength: 4000, placeholder: 'Who met in Rome?', value: entry?.questions.join('\n') ?? '' },
      { id: FIELD.answer, label: T.formAnswer, multiline: true, required: true, maxLength: 4000, value: entry?.answer ?? '' },
      {
        id: FIELD.citations,
        label: T.formCitations,
        multiline: true,
        required: false,
        maxLength: 4000,
        placeholder: 'P3.1',
        value: entry?.citations.map((c) => c.label).join('\n') ?? '',
      },
    ],
  };
}

const lines = (text: string | undefined): string[] =>
  (text ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');

/** Reads a submitted form; tolerant of ids that only contain the field name. */
function field(fields: ReadonlyMap<string, string>, name: string): string | undefined {
  if (fields.has(name)) return fields.get(name);
  for (const [key, value] of fields) if (key.toLowerCase().includes(name)) return value;
  return undefined;
}

function entryReply(result: StoreResult<StoredEntry>, action: 'added' | 'edited' | 'removed' | 'restored'): Reply {
  return result.ok ? { kind: 'entry', action, entry: result.value } : { kind: 'store-error', error: result.error };
}

function listPage(guildId: string, page: number, ctx: CommandContext): Reply {
  const first = ctx.app.store.list(guildId, { offset: 0, limit: PAGE_SIZE });
  const pages = Math.max(1, Math.ceil(first.total / PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pages);
  const { total, entries } = current === 1 ? first : ctx.app.store.list(guildId, { offset: (current - 1) * PAGE_SIZE, limit: PAGE_SIZE });
  return {
    kind: 'entries',
    entries,
    total,
    page: current,
    pages,
    buttons:
      pages > 1
        ? [
            { id: routeId(NAME, 'list', current - 1), label: T.previous, style: 'secondary', disabled: current <= 1 },
            { id: routeId(NAME, 'list', current + 1), label: T.next, style: 'secondary', disabled: current >= pages },
          ]
        : [],
  };
}

/** The dispatcher guarantees a server for every /kb handler (guildOnly); this narrows the type. */
function guildOf(caller: Caller): string {
  if (caller.guildId === null) throw new Error('/kb handler reached without a server');
  return caller.guildId;
}

export default defineCommand({
  data,
  help: {
    name: NAME,
    description: "Moderators only: manage this server's answers.",
    usage: [
      '/kb add',
      '/kb edit id:<n>',
      '/kb remove id:<n>',
      '/kb restore id:<n>',
      '/kb show id:<n>',
      '/kb list [page:<n>]',
      '/kb export',
      '/kb import file:<json>',
      '/kb gaps',
      '/kb feedback',
    ],
  },
  guards: { guildOnly: true, moderatorOnly: true },
  slow: (inv) => inv.subcommand === 'import',
  async run(inv, ctx) {
    const guildId = guildOf(inv.caller);
    const { store, knowledge } = ctx.app;
    const author = inv.caller.userId;
    const n = inv.options.integer('id') ?? 0;
    const sub = inv.subcommand ?? '';
    switch (sub) {
      case 'add':
        return { kind: 'form', form: entryForm(routeId(NAME, 'add'), T.formAddTitle) };
      case 'edit': {
        const entry = store.get(guildId, n);
        if (!entry || entry.deleted) return { kind: 'store-error', error: { code: 'not_found', message: `There is no answer #${n}.` } };
        return { kind: 'form', form: entryForm(routeId(NAME, 'edit', n), T.formEditTitle(n), entry) };
      }
      case 'remove':
        return entryReply(knowledge.remove(guildId, n, author), 'removed');
      case 'restore':
        return entryReply(knowledge.restore(guildId, n, author), 'restored');
      case 'show': {
        const entry = store.get(guildId, n);
        if (!entry) return { kind: 'store-error', error: { code: 'not_found', message: `There is no answer #${n}.` } };
        return { kind: 'entry', action: 'shown', entry, history: store.history(guildId, n) };
      }
      case 'list':
        return listPage(guildId, inv.options.integer('page') ?? 1, ctx);
      case 'export': {
        const file = store.exportGuild(guildId);
        return { kind: 'export', file, filename: `citebot-kb-${guildId}.json` };
      }
      case 'import': {
        const upload = inv.options.file('file');
        if (!upload) return { kind: 'invalid', message: 'Attach the JSON file made by /kb export.', details: [] };
        if (upload.size > MAX_IMPORT_BYTES) {
          return { kind: 'invalid', message: `${upload.name} is ${upload.size} bytes; the limit is ${MAX_IMPORT_BYTES}.`, details: [] };
        }
        let parsed: unknown;
        try {
          parsed = JSON.parse(await upload.read());
        } catch (error) {
          return { kind: 'invalid', message: `${upload.name} is not valid JSON.`, details: [error instanceof Error ? error.message : String(error)] };
        }
        const result = knowledge.importGuild(guildId, parsed, author);
        return result.ok ? { kind: 'imported', added: result.value.added } : { kind: 'store-error', error: result.error };
      }
      case 'gaps':
        return { kind: 'gaps', gaps: store.gaps(guildId, 15) };
      case 'feedback':
        return { kind: 'feedback', stats: store.feedback(guildId) };
      default:
        throw new Error(`unknown /kb subcommand: "${sub}"`);
    }
  },
  button(args, caller, ctx) {
    const [action, page] = args;
    if (action !== 'list') throw new Error(`unknown kb button: ${args.join(':')}`);
    return { reply: listPage(guildOf(caller), Number(page) || 1, ctx), update: true };
  },
  submit(args, fields, caller, ctx) {
    const guildId = guildOf(caller);
    const [action, n] = args;
    const questions = lines(field(fields, FIELD.questions));
    const answer = (field(fields, FIELD.answer) ?? '').trim();
    const citations = lines(field(fields, FIELD.citations));
    if (action === 'add') {
      return entryReply(ctx.app.knowledge.add(guildId, { questions, answer, citations }, caller.userId), 'added');
    }
    if (action === 'edit') {
      return entryReply(ctx.app.knowledge.edit(guildId, Number(n), { questions, answer, citations }, caller.userId), 'edited');
    }
    throw new Error(`unknown kb form: ${args.join(':')}`);
  },
});
