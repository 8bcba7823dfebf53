/**
 * Reply → Discord message or modal, as plain API JSON, inside Discord's limits by construction.
 * Allowed mentions are set by the one send helper in src/discord/respond.ts.
 */
import { ButtonStyle, ComponentType, TextInputStyle } from 'discord.js';
import type {
  APIActionRowComponent,
  APIButtonComponentWithCustomId,
  APIEmbed,
  APIEmbedField,
  APIModalInteractionResponseCallbackData,
} from 'discord.js';
import type { Citation } from '../core/types.ts';
import type { StoredEntry } from '../store/types.ts';
import { clamp, clampNonEmpty, LIMITS } from './limits.ts';
import { isPrivate } from './model.ts';
import type { Button, Form, Reply } from './model.ts';
import { T } from './texts.ts';

/** A message ready for interaction.reply(), editReply(), or POST /channels/{id}/messages. */
export interface DiscordMessage {
  readonly content?: string;
  readonly embeds: APIEmbed[];
  readonly components: APIActionRowComponent<APIButtonComponentWithCustomId>[];
  readonly ephemeral: boolean;
  readonly files: { readonly name: string; readonly data: Buffer }[];
}

export type DiscordRender =
  | { readonly type: 'message'; readonly message: DiscordMessage }
  | { readonly type: 'modal'; readonly modal: APIModalInteractionResponseCallbackData };

const COLOUR = { answer: 0x2f9e44, miss: 0xf08c00, info: 0x1c7ed6, error: 0xe03131 } as const;

/** Renders any reply for Discord. */
export function renderDiscord(reply: Reply): DiscordRender {
  if (reply.kind === 'form') return { type: 'modal', modal: renderModal(reply.form) };
  return { type: 'message', message: renderMessage(reply) };
}

/** Renders a reply as a message (a form becomes a short notice: forms exist only as modals). */
export function renderMessage(reply: Reply): DiscordMessage {
  const ephemeral = isPrivate(reply);
  const base = { ephemeral, files: [] as { name: string; data: Buffer }[], components: [] as DiscordMessage['components'] };
  const message = (embeds: APIEmbed[], extra: Partial<DiscordMessage> = {}): DiscordMessage =>
    fitMessage({ ...base, embeds, ...extra });

  switch (reply.kind) {
    case 'answer': {
      const { answer, meta } = reply;
      const fields = answer.citations.map((c) => citationField(T.citedHeading(c.label), c));
      const footer = T.footer([meta.source, T.by(meta.byline), meta.published]);
      return message(
        [
          {
            color: COLOUR.answer,
            title: answer.question,
            description: answer.answer ?? '',
            fields,
            ...(footer !== '' ? { footer: { text: footer } } : {}),
          },
        ],
        { components: buttonRows(reply.buttons) },
      );
    }
    case 'no-answer':
      return message([
        {
          color: COLOUR.miss,
          title: T.noAnswerTitle,
          description: [T.noAnswer(reply.question), ...suggestionBlock(T.didYouMean, reply.suggestions)].join('\n'),
        },
      ], { components: buttonRows(reply.buttons ?? []) });
    case 'quotes': {
      const { result } = reply;
      const fields: APIEmbedField[] = result.quotes.map((q, i) => ({
        name: T.quoteHeading(i + 1, q.citations.map((c) => c.label)),
        value: q.citations.map((c) => quoteBlock(c.text)).join('\n'),
      }));
      if (result.mentions.length > 0) {
        fields.push({ name: T.mentionedIn, value: result.mentions.map((c) => `**${c.label}** ${c.text}`).join('\n') });
      }
      const lines: string[] = [];
      const aliases = result.aliases.filter((a) => a !== reply.speaker);
      if (aliases.length > 0) lines.push(T.alsoKnownAs(aliases));
      if (result.quotes.length === 0) lines.push(T.noQuotes(reply.speaker));
      return message([{ color: COLOUR.info, title: T.quotesTitle(reply.speaker), description: lines.join('\n'), fields }]);
    }
    case 'unknown-speaker':
      return message([
        {
          color: COLOUR.miss,
          title: T.unknownSpeakerTitle,
          description: [T.unknownSpeaker(reply.query), ...suggestionBlock(T.tryInstead, reply.suggestions)].join('\n'),
        },
      ]);
    case 'source': {
      const { meta } = reply;
      const f = T.sourceFields;
      const fields: APIEmbedField[] = [
        { name: f.source, value: meta.source, inline: true },
        { name: f.byline, value: meta.byline, inline: true },
        { name: f.dateline, value: meta.dateline, inline: true },
        { name: f.published, value: meta.published, inline: true },
        { name: f.sentences, value: String(reply.sentences), inline: true },
        { name: T.sourceCiteHeading, value: T.sourceCite(citeAs(meta), reply.exampleLabel) },
        { name: f.note, value: meta.note },
      ].filter((x) => x.value.trim() !== '');
      return message([{ color: COLOUR.info, title: meta.title, ...(isUrl(meta.url) ? { url: meta.url } : {}), fields }]);
    }
    case 'help':
      return message([
        {
          color: COLOUR.info,
          title: T.helpTitle,
          description: T.helpIntro,
          fields: reply.commands.map((c) => ({ name: `/${c.name}`, value: [c.description, ...c.usage.map((u) => `\`${u}\``)].join('\n') })),
        },
      ]);
    case 'context':
      return message(
        reply.passages.map((p) => ({
          color: COLOUR.info,
          title: `${T.contextTitle} · ${p.label}`,
          description: p.sentences.map((s) => (s.cited ? `**${s.label}** __${s.text}__` : `${s.label} ${s.text}`)).join('\n'),
        })),
      );
    case 'entry':
      return message([entryEmbed(reply.entry, reply.action, reply.history)]);
    case 'entries':
      return message(
        [
          {
            color: COLOUR.info,
            title: T.entriesTitle(reply.total),
            description:
              reply.entries.length === 0
                ? T.entriesEmpty
                : reply.entries.map((e) => `**#${e.id}** ${e.questions[0] ?? ''} — ${clamp(e.answer, 120)}`).join('\n'),
            footer: { text: T.entriesPage(reply.page, reply.pages) },
          },
        ],
        { components: buttonRows(reply.buttons) },
      );
    case 'export':
      return message([], {
        content: T.exported(reply.file.entries.length),
        files: [{ name: reply.filename, data: Buffer.from(JSON.stringify(reply.file, null, 2), 'utf8') }],
      });
    case 'imported':
      return message([], { content: T.imported(reply.added) });
    case 'gaps':
      return message([
        {
          color: COLOUR.info,
          title: T.gapsTitle,
          description: reply.gaps.length === 0 ? T.gapsEmpty : reply.gaps.map((g) => T.gapLine(g.count, g.question)).join('\n'),
        },
      ]);
    case 'feedback':
      return message([
        {
          color: COLOUR.info,
          title: T.feedbackTitle,
          description:
            reply.stats.up + reply.stats.down === 0
              ? T.feedbackEmpty
              : [T.feedbackTotals(reply.stats.up, reply.stats.down), '', ...reply.stats.byAnswer.map((b) => `\`${b.key}\` 👍 ${b.up} · 👎 ${b.down}`)].join('\n'),
        },
      ]);
    case 'voted':
      return message([], { content: T.voted(reply.value) });
    case 'store-error':
      return message([
        {
          color: COLOUR.error,
          title: T.storeErrorTitle,
          description: [reply.error.message, ...(reply.error.details ?? []).map((d) => `• ${d}`)].join('\n'),
        },
      ]);
    case 'invalid':
      return message([{ color: COLOUR.error, title: T.invalidTitle, description: [reply.message, ...reply.details.map((d) => `• ${d}`)].join('\n') }]);
    case 'refusal':
      return message([], { content: T.refusal(reply.reason, reply.command) });
    case 'error':
      return message([], { content: T.error(reply.ref) });
    case 'form':
      return message([], { content: reply.form.title });
  }
}

/** Renders a form as a modal with Label components (the current shape; Action Rows are deprecated for inputs). */
export function renderModal(form: Form): APIModalInteractionResponseCallbackData {
  return {
    custom_id: clamp(form.id, LIMITS.customId),
    title: clampNonEmpty(form.title, LIMITS.modalTitle),
    components: form.fields.slice(0, LIMITS.modalComponents).map((f) => ({
      type: ComponentType.Label,
      label: clampNonEmpty(f.label, LIMITS.textInputLabel),
      component: {
        type: ComponentType.TextInput,
        custom_id: clamp(f.id, LIMITS.customId),
        style: f.multiline ? TextInputStyle.Paragraph : TextInputStyle.Short,
        required: f.required,
        max_length: Math.min(f.maxLength, LIMITS.textInputValue),
        ...(f.placeholder !== undefined ? { placeholder: clamp(f.placeholder, LIMITS.placeholder) } : {}),
        ...(f.value !== undefined && f.value !== '' ? { value: clamp(f.value, Math.min(f.maxLength, LIMITS.textInputValue)) } : {}),
      },
    })),
  };
}

// --- internal ---

function citationField(name: string, c: Citation): APIEmbedField {
  return { name, value: quoteBlock(c.text) };
}

/** Markdown block quote of a sentence, every line prefixed so multi-line text stays inside the quote. */
function quoteBlock(text: string): string {
  return text
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}

function suggestionBlock(heading: string, items: readonly string[]): string[] {
  return items.length === 0 ? [] : ['', `**${heading}**`, ...items.map((s) => `• ${s}`)];
}

function citeAs(meta: { title: string; source: string; byline: string; published: string; url: string }): string {
  const parts = [meta.byline, meta.published !== '' ? `(${meta.published})` : '', meta.title !== '' ? `“${meta.title}”` : '', meta.source, meta.url];
  return parts.filter((p) => p !== '').join('. ');
}

function isUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

function authorLabel(author: string): string {
  return /^\d{15,20}$/.test(author) ? `<@${author}>` : author;
}

function entryEmbed(entry: StoredEntry, action: string, history?: readonly { action: string; author: string; at: string; revision: number }[]): APIEmbed {
  const fields: APIEmbedField[] = [
    { name: T.entryQuestions, value: entry.questions.map((q) => `• ${q}`).join('\n') },
    { name: T.entryAnswer, value: entry.answer },
  ];
  if (entry.citations.length > 0) {
    fields.push({ name: T.entryCitations, value: entry.citations.map((c) => `**${c.label}** ${c.text}`).join('\n') });
  }
  if (history && history.length > 0) {
    fields.push({
      name: T.entryHistory,
      value: history.map((h) => `r${h.revision} ${h.action} by ${authorLabel(h.author)} · ${h.at}`).join('\n'),
    });
  }
  return {
    color: entry.deleted ? COLOUR.miss : COLOUR.answer,
    title: T.entryTitle(action, entry.id),
    fields,
    footer: { text: T.entryMeta(entry.author, entry.updatedAt, entry.revision, entry.uses) },
  };
}

const STYLE: Record<Button['style'], ButtonStyle.Primary | ButtonStyle.Secondary | ButtonStyle.Success | ButtonStyle.Danger> = {
  primary: ButtonStyle.Primary,
  secondary: ButtonStyle.Secondary,
  success: ButtonStyle.Success,
  danger: ButtonStyle.Danger,
};

function buttonRows(buttons: readonly Button[]): APIActionRowComponent<APIButtonComponentWithCustomId>[] {
  const usable = buttons.filter((b) => b.id.length > 0 && b.id.length <= LIMITS.customId);
  const rows: APIActionRowComponent<APIButtonComponentWithCustomId>[] = [];
  for (let i = 0; i < usable.length && rows.length < LIMITS.rows; i += LIMITS.buttonsPerRow) {
    rows.push({
      type: ComponentType.ActionRow,
      components: usable.slice(i, i + LIMITS.buttonsPerRow).map((b) => ({
        type: ComponentType.Button,
        custom_id: b.id,
        style: STYLE[b.style],
        ...(b.label !== '' ? { label: clamp(b.label, LIMITS.buttonLabel) } : {}),
        ...(b.emoji !== undefined ? { emoji: { name: b.emoji } } : {}),
        ...(b.disabled ? { disabled: true } : {}),
      })),
    });
  }
  return rows;
}

/**
 * Applies every per-field limit, then the 6000-character total. To fit, it shortens in this order so that citations
 * survive: long footers, descriptions down to 1000 characters, trailing fields (keeping one), then everything else.
 */
export function fitMessage(message: DiscordMessage): DiscordMessage {
  const embeds = message.embeds.slice(0, LIMITS.embeds).map(fitEmbed);
  const over = (): number => embeds.reduce((n, e) => n + embedLength(e), 0) - LIMITS.embedTotal;
  const steps: ((e: APIEmbed) => APIEmbed)[] = [
    (e) => (e.footer && e.footer.text.length > 256 ? { ...e, footer: { ...e.footer, text: clamp(e.footer.text, 256) } } : e),
    (e) => shortenDescription(e, 1000, over()),
    (e) => dropFields(e, 1, over),
    (e) => shortenDescription(e, 0, over()),
    (e) => dropFields(e, 0, over),
    (e) => (e.title !== undefined && e.title.length > 64 ? { ...e, title: clamp(e.title, 64) } : e),
  ];
  for (const step of steps) {
    for (let i = embeds.length - 1; i >= 0 && over() > 0; i--) {
      const e = embeds[i];
      if (e) embeds[i] = step(e);
    }
  }
  while (embeds.length > 1 && over() > 0) embeds.pop();
  const content = message.content !== undefined ? clamp(message.content, LIMITS.content) : undefined;
  return {
    ...message,
    ...(content !== undefined && content !== '' ? { content } : { content: undefined }),
    embeds: embeds.map(stripEmpty),
  };
}

function shortenDescription(e: APIEmbed, floor: number, excess: number): APIEmbed {
  if (excess <= 0 || e.description === undefined || e.description.length <= floor) return e;
  const keep = Math.max(floor, e.description.length - excess);
  return { ...e, description: keep > 1 ? clamp(e.description, keep) : '' };
}

function dropFields(e: APIEmbed, keep: number, excess: () => number): APIEmbed {
  const fields = [...(e.fields ?? [])];
  let over = excess();
  while (fields.length > keep && over > 0) {
    const f = fields.pop();
    if (f) over -= f.name.length + f.value.length;
  }
  return { ...e, fields };
}

function fitEmbed(e: APIEmbed): APIEmbed {
  const fields = (e.fields ?? []).slice(0, LIMITS.fields).map((f) => ({
    ...f,
    name: clampNonEmpty(f.name, LIMITS.fieldName),
    value: clampNonEmpty(f.value, LIMITS.fieldValue),
  }));
  return {
    ...e,
    ...(e.title !== undefined ? { title: clamp(e.title, LIMITS.title) } : {}),
    ...(e.description !== undefined ? { description: clamp(e.description, LIMITS.description) } : {}),
    ...(e.footer ? { footer: { ...e.footer, text: clampNonEmpty(e.footer.text, LIMITS.footer) } } : {}),
    ...(e.author ? { author: { ...e.author, name: clampNonEmpty(e.author.name, LIMITS.author) } } : {}),
    fields,
  };
}

function stripEmpty(e: APIEmbed): APIEmbed {
  const out: APIEmbed = { ...e };
  if (out.description === undefined || out.description.trim() === '') delete out.description;
  if (out.title !== undefined && out.title.trim() === '') delete out.title;
  if (out.fields && out.fields.length === 0) delete out.fields;
  return out;
}

/** Characters Discord counts towards the 6000 total for one embed. */
export function embedLength(e: APIEmbed): number {
  return (
    (e.title?.length ?? 0) +
    (e.description?.length ?? 0) +
    (e.footer?.text.length ?? 0) +
    (e.author?.name.length ?? 0) +
    (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}
