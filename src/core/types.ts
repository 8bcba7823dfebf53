/**
 * The data model shared by every stage of citebot: article → analysis → knowledge base → answer.
 * Plain data only: no Discord types, no I/O. Transports render these; they never reach inside the stages.
 */

// --- Article -------------------------------------------------------------------------------

/** Metadata from an article's front matter (all optional in the file; defaults are filled in by the parser). */
export interface ArticleMeta {
  /** Folder name under knowledge/, or the file's base name for an ad-hoc article. */
  readonly slug: string;
  readonly title: string;
  /** Publisher or agency, e.g. "Xinhua". Empty when unknown. */
  readonly source: string;
  /** Author name without the leading "by". Empty when unknown. */
  readonly byline: string;
  /** Place of the dateline, e.g. "Rome". Empty when unknown. */
  readonly dateline: string;
  /** ISO date (YYYY-MM-DD) of publication. Empty when unknown. */
  readonly published: string;
  readonly url: string;
  /** Free-text editorial note about the copy, shown by /source. */
  readonly note: string;
}

/** What a citable unit of the article is. */
export type SentenceKind = 'byline' | 'dateline' | 'heading' | 'body';

/** One citable unit: a sentence of the body, or the byline/dateline/heading. */
export interface Sentence {
  /** Stable, human-findable label: "P3.2" = paragraph 3, sentence 2; "byline"; "dateline"; "H1" for headings. */
  readonly label: string;
  /** Position in Article.sentences. */
  readonly index: number;
  /** 1-based paragraph number (0 for byline/heading units outside numbered paragraphs). */
  readonly paragraph: number;
  readonly kind: SentenceKind;
  /** Exactly `article.text.slice(start, end)`. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export interface Paragraph {
  /** 1-based. */
  readonly number: number;
  /** Indexes into Article.sentences. */
  readonly sentences: readonly number[];
}

export interface Article {
  readonly meta: ArticleMeta;
  /** The article body as it stands in the file (front matter removed, nothing else changed). */
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly paragraphs: readonly Paragraph[];
}

// --- Analysis ------------------------------------------------------------------------------

/** What a name names; a thing is a ship, a storm, an event or a work ("HMS Vigil", "the Rope Walk Strike"). */
export type EntityType = 'person' | 'organisation' | 'place' | 'thing';

/** A named thing in the article with every surface form it goes by. */
export interface Entity {
  /** Stable id, e.g. "person:jean-yves-le-drian". */
  readonly id: string;
  readonly type: EntityType;
  /** Canonical (longest, most complete) name. */
  readonly name: string;
  /** Every form the article uses, plus derived ones (surname, joined name, acronym). Includes `name`. */
  readonly aliases: readonly string[];
  /** Role or description as stated in the article, e.g. "French Foreign Minister". Empty when none. */
  readonly role: string;
  /** Acronym for organisations, e.g. "GNA". Empty when none. */
  readonly acronym: string;
  /** Indexes of sentences that mention it (by any alias or resolved role reference). */
  readonly mentions: readonly number[];
  /**
   * For a person whose surname the article only implies ("his wife, Lorna," of Alan Pendry): the name as written.
   * Absent when the article writes the whole name.
   */
  readonly written?: string;
  /** For a relative the article names beside a person ("his wife, Lorna"): that person's id. */
  readonly relativeOf?: string;
}

/** Words the article puts in someone's mouth, verbatim between quotation marks. */
export interface Quote {
  /** Entity id of the speaker. */
  readonly speakerId: string;
  /** The quoted words (inside the marks), joined with a space when spread over several spans. */
  readonly text: string;
  /** Sentence indexes the quote stands in, in article order. */
  readonly sentences: readonly number[];
  /** The verb that attributes it: "said", "added", "tweeted", … */
  readonly verb: string;
}

/** A statement attributed without quotation marks ("according to OCHA, …"). */
export interface ReportedStatement {
  /** Entity id of the source when it is a known entity, else empty. */
  readonly sourceId: string;
  readonly sourceText: string;
  readonly sentence: number;
}

/** A number or date in the text, with what it counts or marks. */
export interface Measure {
  readonly kind: 'number' | 'date' | 'year' | 'percent' | 'money' | 'ratio';
  /** The surface form, e.g. "1,800", "April 4", "50/50". */
  readonly text: string;
  /** Numeric value where there is one (year for dates), else null. */
  readonly value: number | null;
  /** The noun phrase it counts or the event it dates, e.g. "children", "military task force". Empty when unclear. */
  readonly what: string;
  readonly sentence: number;
}

export interface Analysis {
  readonly entities: readonly Entity[];
  readonly quotes: readonly Quote[];
  readonly reported: readonly ReportedStatement[];
  readonly measures: readonly Measure[];
}

// --- Knowledge base ------------------------------------------------------------------------

/** A cited sentence as shown to users: its label and its exact text. */
export interface Citation {
  readonly label: string;
  readonly text: string;
}

/** Where an entry comes from. */
export type EntrySource = 'curated' | 'generated' | 'moderator';

/** What kind of answer an entry or question is about; drives question-aware ranking. */
export type AnswerType = 'person' | 'organisation' | 'place' | 'date' | 'number' | 'reason' | 'quote' | 'definition' | 'other';

/** One question-and-answer unit of the knowledge base. */
export interface KbEntry {
  /** Unique within a knowledge base: "cur:…", "gen:…", "mod:<guild>:<n>". */
  readonly id: string;
  readonly source: EntrySource;
  /** Question variants; the first is the display question. Generated sentence entries may have none. */
  readonly questions: readonly string[];
  readonly answer: string;
  /** Resolved citations, best first. */
  readonly citations: readonly Citation[];
  readonly answerType: AnswerType;
  /** Server the entry belongs to (moderator entries only). */
  readonly guildId?: string;
}

// --- Answers -------------------------------------------------------------------------------

/** The engine's answer to one question. Same shape as the CLI's --json line. */
export interface Answer {
  readonly question: string;
  readonly answered: boolean;
  /** In [0, 1]. */
  readonly confidence: number;
  readonly answer: string | null;
  /** Best supporting sentence first, text exactly as in the article. */
  readonly citations: readonly Citation[];
  /** Up to 3 questions the knowledge base can answer (always filled when not answered). */
  readonly suggestions: readonly string[];
  /** Id of the entry that answered, when one did. */
  readonly entryId?: string;
  readonly entrySource?: EntrySource;
}

/** The result of a speaker lookup. Same shape as the CLI's quote --json line. */
export interface QuoteResult {
  readonly query: string;
  /** Canonical name, or null when no speaker matched. */
  readonly speaker: string | null;
  readonly aliases: readonly string[];
  readonly quotes: readonly { readonly text: string; readonly citations: readonly Citation[] }[];
  /** Sentences that mention the person without quoting them. */
  readonly mentions: readonly Citation[];
  /** Speaker names to try instead (filled when speaker is null). */
  readonly suggestions: readonly string[];
}

/** One autocomplete choice: `value` is a stable id or name (≤ 100 chars), `name` the text shown. */
export interface Choice {
  readonly name: string;
  readonly value: string;
}
