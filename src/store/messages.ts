/** Every sentence the store and the kb CLI show a moderator or operator. Tests assert against these functions. */

/** Shortens untrusted text for a message, on one line. */
export const preview = (text: string, max = 60): string => {
  const line = text.replace(/\s+/gu, ' ');
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
};

export const StoreMsg = {
  EMPTY_QUESTIONS: 'Give at least one question.',
  EMPTY_QUESTION: (n: number) => `Question ${n} is empty.`,
  EMPTY_ANSWER: 'The answer is empty.',
  EMPTY_CITATION: (n: number) => `Citation ${n} is empty.`,
  QUESTION_TOO_LONG: (n: number, length: number, max: number) =>
    `Question ${n} is ${length} characters long; the limit is ${max}.`,
  ANSWER_TOO_LONG: (length: number, max: number) => `The answer is ${length} characters long; the limit is ${max}.`,
  TOO_MANY_QUESTIONS: (count: number, max: number) => `${count} questions given; an entry takes at most ${max}.`,
  TOO_MANY_CITATIONS: (count: number, max: number) => `${count} citations given; an entry takes at most ${max}.`,
  TOO_MANY_ENTRIES: (max: number) => `This server already has ${max} entries, the limit. Remove one first.`,
  /** The resolver's reason usually names the reference already; otherwise it is named here. */
  BAD_CITATION: (ref: string, reason: string) =>
    reason.includes(ref) ? reason : `Citation "${preview(ref)}" does not point at one sentence of the article: ${reason}`,
  DUPLICATE: (question: string, existingId: number, existingQuestion: string) =>
    `"${preview(question)}" duplicates entry #${existingId} ("${preview(existingQuestion)}"). Edit #${existingId}, or force to add anyway.`,
  DUPLICATE_IN_FILE: (question: string, n: number) => `"${preview(question)}" repeats entry ${n} of this file.`,
  NOT_FOUND: (id: number) => `There is no entry #${id} on this server.`,
  DELETED: (id: number) => `Entry #${id} is removed. Restore it first.`,
  ALREADY_DELETED: (id: number) => `Entry #${id} is already removed.`,
  NOT_DELETED: (id: number) => `Entry #${id} is not removed, so there is nothing to restore.`,
  CONFLICT: (id: number, expected: number, actual: number) =>
    `Entry #${id} changed meanwhile (revision ${actual}, you edited revision ${expected}). Look at it again and retry.`,
  BAD_IMPORT: (count: number) => `The import was refused, nothing was written: ${count} problem${count === 1 ? '' : 's'}.`,
  IMPORT_NOT_OBJECT: 'The file is not a citebot export (expected a JSON object).',
  IMPORT_SCHEMA: (schema: string) => `The file is not a citebot export (schema is ${schema}, expected "citebot.kb").`,
  IMPORT_VERSION: (version: string) => `Export version ${version} is not one this citebot reads (it reads version 1).`,
  IMPORT_ENTRY_NOT_OBJECT: 'it is not a JSON object.',
  IMPORT_NO_ENTRIES: 'The file has no "entries" list.',
  IMPORT_ENTRY: (n: number, problem: string) => `entry ${n}: ${problem}`,
  CITATION_MOVED: (ref: string, label: string) =>
    `Citation "${preview(ref)}" now points at ${label}, a different sentence than when it was exported: the article changed. Fix the citation in the file.`,
  IMPORT_FIELD: (field: string, expected: string) => `"${field}" must be ${expected}.`,
} as const;

export const FileMsg = {
  NOT_SQLITE: (path: string) =>
    `${path} exists but is not an SQLite database. citebot will not touch it: move it away or set DATABASE_PATH to another file.`,
  FOREIGN: (path: string) =>
    `${path} is an SQLite database of another application. citebot will not touch it: set DATABASE_PATH to another file.`,
  NEWER: (path: string, version: number, known: number) =>
    `${path} was written by a newer citebot (schema ${version}; this one knows up to ${known}). Upgrade citebot.`,
  NOT_A_FILE: (path: string) => `${path} is not a regular file. Set DATABASE_PATH to a file path.`,
  UNREADABLE: (path: string, reason: string) => `Cannot open the database ${path}: ${reason}`,
} as const;
