/**
 * The one Reply model every transport renders: Discord (./discord.ts), the terminal (./text.ts) and JSON.
 * Plain data only; command handlers return it and never touch a transport.
 */
import type { Answer, ArticleMeta, Citation, QuoteResult } from '../core/types.ts';
import type { ExportFile, FeedbackStats, Gap, HistoryRow, StoreError, StoredEntry } from '../store/types.ts';

/** A button under a reply. `id` routes back to the command that made it ("<command>:<action>:…", ≤ 100 chars). */
export interface Button {
  readonly id: string;
  readonly label: string;
  readonly emoji?: string;
  readonly style: 'primary' | 'secondary' | 'success' | 'danger';
  readonly disabled?: boolean;
}

/** One input of a form (a Discord modal; the terminal asks for each in turn). */
export interface FormField {
  readonly id: string;
  readonly label: string;
  readonly multiline: boolean;
  readonly required: boolean;
  readonly placeholder?: string;
  readonly value?: string;
  readonly maxLength: number;
}

/** A form to fill in before the command continues (`/kb add`, `/kb edit`). */
export interface Form {
  /** Routes the submission back to its command: "<command>:<action>[:<arg>]". */
  readonly id: string;
  readonly title: string;
  readonly fields: readonly FormField[];
}

/** A help line for one command. */
export interface HelpEntry {
  readonly name: string;
  readonly description: string;
  /** Usage lines, e.g. "/ask question:<text> [private:true]". */
  readonly usage: readonly string[];
}

/** A passage of the article around one cited sentence. */
export interface ContextPassage {
  readonly label: string;
  readonly sentences: readonly (Citation & { readonly cited: boolean })[];
}

export type EntryAction = 'added' | 'edited' | 'removed' | 'restored' | 'shown';

/** Why a command was refused before it ran. */
export type RefusalReason = 'not-moderator' | 'guild-only';

export type Reply =
  /** A grounded answer with its citations. */
  | {
      readonly kind: 'answer';
      readonly answer: Answer;
      readonly meta: ArticleMeta;
      readonly private: boolean;
      readonly buttons: readonly Button[];
    }
  /** The article doesn't say; always private, with suggestions. */
  | {
      readonly kind: 'no-answer';
      readonly question: string;
      readonly suggestions: readonly string[];
      /** One per suggestion that fits a button: pressing it asks that question (Discord only). */
      readonly buttons?: readonly Button[];
    }
  /** A speaker's quotes. */
  | { readonly kind: 'quotes'; readonly result: QuoteResult; readonly speaker: string }
  /** No speaker matched; suggestions instead. */
  | { readonly kind: 'unknown-speaker'; readonly query: string; readonly suggestions: readonly string[] }
  /** The article's metadata and how to cite it. */
  | { readonly kind: 'source'; readonly meta: ArticleMeta; readonly sentences: number; readonly exampleLabel: string }
  | { readonly kind: 'help'; readonly commands: readonly HelpEntry[] }
  /** Sentences around cited labels ("Show in context"). */
  | { readonly kind: 'context'; readonly passages: readonly ContextPassage[] }
  /** One moderator entry after an action on it. */
  | {
      readonly kind: 'entry';
      readonly action: EntryAction;
      readonly entry: StoredEntry;
      readonly history?: readonly HistoryRow[];
    }
  /** A page of moderator entries. */
  | {
      readonly kind: 'entries';
      readonly entries: readonly StoredEntry[];
      readonly total: number;
      readonly page: number;
      readonly pages: number;
      readonly buttons: readonly Button[];
    }
  /** The server's entries as a JSON file. */
  | { readonly kind: 'export'; readonly file: ExportFile; readonly filename: string }
  | { readonly kind: 'imported'; readonly added: number }
  | { readonly kind: 'gaps'; readonly gaps: readonly Gap[] }
  | { readonly kind: 'feedback'; readonly stats: FeedbackStats }
  /** Acknowledges a 👍/👎 vote. */
  | { readonly kind: 'voted'; readonly value: 1 | -1; readonly up: number; readonly down: number }
  /** A moderator's write was refused by the store, with what to fix. */
  | { readonly kind: 'store-error'; readonly error: StoreError }
  /** A user input problem found before the store (unreadable file, empty field …). */
  | { readonly kind: 'invalid'; readonly message: string; readonly details: readonly string[] }
  | { readonly kind: 'refusal'; readonly reason: RefusalReason; readonly command: string }
  /** The error boundary's reply: an opaque reference to the logged error. */
  | { readonly kind: 'error'; readonly ref: string }
  /** Ask the user to fill in a form first. */
  | { readonly kind: 'form'; readonly form: Form };

export type ReplyKind = Reply['kind'];

/** Whether a reply is shown only to the person who asked (Discord: the ephemeral flag). */
export function isPrivate(reply: Reply): boolean {
  switch (reply.kind) {
    case 'answer':
      return reply.private;
    case 'quotes':
    case 'source':
      return false;
    case 'no-answer':
    case 'unknown-speaker':
    case 'help':
    case 'context':
    case 'entry':
    case 'entries':
    case 'export':
    case 'imported':
    case 'gaps':
    case 'feedback':
    case 'voted':
    case 'store-error':
    case 'invalid':
    case 'refusal':
    case 'error':
    case 'form':
      return true;
  }
}
