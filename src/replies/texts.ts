/**
 * Every string a user can read, in one place. Texts with parameters are functions; tests assert against them.
 */
import type { RefusalReason } from './model.ts';

export const T = {
  noAnswerTitle: "The article doesn't say",
  noAnswer: (question: string) => `I couldn't find an answer to “${question}” in the article.`,
  didYouMean: 'Did you mean…',
  citedHeading: (label: string) => `Cited · ${label}`,
  footer: (parts: readonly string[]) => parts.filter((p) => p !== '').join(' · '),
  by: (byline: string) => (byline === '' ? '' : `by ${byline}`),
  showInContext: 'Show in context',
  helpful: 'Helpful',
  notHelpful: 'Not helpful',

  quotesTitle: (speaker: string) => `What ${speaker} said`,
  alsoKnownAs: (aliases: readonly string[]) => `Also: ${aliases.join(', ')}`,
  quoteHeading: (n: number, labels: readonly string[]) => `Quote ${n} · ${labels.join(', ')}`,
  mentionedIn: 'Also mentioned in',
  noQuotes: (speaker: string) => `The article mentions ${speaker} but does not quote them.`,
  unknownSpeakerTitle: 'Unknown speaker',
  unknownSpeaker: (query: string) => `No one quoted in the article matches “${query}”.`,
  tryInstead: 'Try one of these',

  sourceCiteHeading: 'How to cite',
  sourceCite: (citation: string, example: string) =>
    `${citation}\nEvery answer cites sentences by label: “${example}” is paragraph ${example.replace(/^P(\d+)\.(\d+)$/, '$1, sentence $2')}.`,
  sourceFields: { source: 'Source', byline: 'Byline', dateline: 'Dateline', published: 'Published', sentences: 'Citable sentences', note: 'Note' },

  helpTitle: 'citebot — answers about one article, with citations',
  helpIntro: 'Ask a question and get the exact sentences of the article that support the answer. You can also mention me with a question, or send me a direct message.',

  contextTitle: 'In context',

  entryTitle: (action: string, id: number) => `Entry #${id} ${action}`,
  entryQuestions: 'Questions',
  entryAnswer: 'Answer',
  entryCitations: 'Citations',
  entryMeta: (author: string, updatedAt: string, revision: number, uses: number) =>
    `by ${author} · ${updatedAt} · revision ${revision} · used ${uses}×`,
  entryHistory: 'History',
  entriesTitle: (total: number) => `Moderator answers (${total})`,
  entriesEmpty: 'No moderator answers yet. Add one with /kb add.',
  entriesPage: (page: number, pages: number) => `Page ${page} of ${pages}`,
  previous: 'Previous',
  next: 'Next',
  exported: (count: number) => `Exported ${count} ${count === 1 ? 'entry' : 'entries'}.`,
  imported: (count: number) => `Imported ${count} ${count === 1 ? 'entry' : 'entries'}.`,
  gapsTitle: 'Most frequent unanswered questions',
  gapsEmpty: 'No unanswered questions recorded yet.',
  gapLine: (count: number, question: string) => `${count}× ${question}`,
  feedbackTitle: 'Feedback on answers',
  feedbackTotals: (up: number, down: number) => `👍 ${up} · 👎 ${down}`,
  feedbackEmpty: 'No votes yet.',
  voted: (value: 1 | -1) => (value === 1 ? 'Thanks! Your 👍 was recorded.' : 'Thanks! Your 👎 was recorded; moderators will see it.'),

  storeErrorTitle: 'Not saved',
  invalidTitle: 'Not accepted',
  refusal: (reason: RefusalReason, command: string) =>
    reason === 'not-moderator'
      ? `Only moderators can use /${command}: it needs the Manage Server permission or a moderator role. Nothing was changed.`
      : `/${command} works only in a server.`,
  error: (ref: string) => `Something went wrong (ref ${ref}). The error was logged; please try again.`,

  formAddTitle: 'Add an answer',
  formEditTitle: (id: number) => `Edit answer #${id}`,
  formQuestions: 'Questions (one per line)',
  formAnswer: 'Answer',
  formCitations: 'Citations (optional, e.g. P3.2)',

  mentionEmpty: 'Ask me a question about the article, e.g. “Who met in Rome?”',
  truncated: '…',
} as const;
