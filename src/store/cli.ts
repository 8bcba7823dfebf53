/**
 * `kb`: the operators' command line for moderator entries. Same validation as Discord, one store call per command.
 * Results go to stdout (one JSON line with --json); refusals exit 1, usage errors exit 2. Never a stack trace.
 */
import { readFile, stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { CitationLookup } from '../core/engine.ts';
import { isCitebotError } from '../core/errors.ts';
import { preview } from './messages.ts';
import { DEFAULT_DATABASE_PATH, DEFAULT_PAGE_SIZE, openSqliteStore, type SqliteAnswerStore } from './sqlite.ts';
import type { HistoryRow, StoreError, StoreResult, StoredEntry } from './types.ts';

/** What the kb CLI needs from its host: output sinks, the environment and the article's citation resolver. */
export interface KbIo {
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
  /** DATABASE_PATH (default ./data/citebot.sqlite), ARTICLE (slug recorded with entries), USER (default author). */
  readonly env: NodeJS.ProcessEnv;
  /** Called once, and only by commands that resolve citations (add, edit, import). */
  readonly openEngineResolver: () => (ref: string) => CitationLookup;
}

/** The article recorded with entries when ARTICLE is unset: the seed article. */
const FALLBACK_ARTICLE = 'xinhua-2019-04-19-italy-france-libya';
/** Largest import file read, far above what 1,000 entries take. */
const MAX_IMPORT_BYTES = 32 * 1024 * 1024;

export const KB_USAGE = `Usage: npm run --silent kb -- <command> --guild ID [options]
  add      --question Q [--question Q2 …] --answer A [--cite REF …] [--force] [--author NAME] [--json]
  edit     --id N [--question Q …] [--answer A] [--cite REF … | --no-cites] [--force] [--revision R] [--author NAME] [--json]
  remove   --id N [--revision R] [--author NAME] [--json]
  restore  --id N [--force] [--author NAME] [--json]
  list     [--page N] [--deleted] [--json]   (--json without --page: every entry)
  show     --id N [--json]
  export   (JSON on stdout)
  import   FILE|- [--author NAME] [--json]   (all or nothing)
  gaps     [--limit N] [--json]
REF is a sentence label such as P3.2 or a snippet quoted from the article. DATABASE_PATH picks the database file.`;

const COMMANDS = ['add', 'edit', 'remove', 'restore', 'list', 'show', 'export', 'import', 'gaps'] as const;
type Command = (typeof COMMANDS)[number];

const OPTIONS = {
  guild: { type: 'string' },
  question: { type: 'string', multiple: true },
  answer: { type: 'string' },
  cite: { type: 'string', multiple: true },
  'no-cites': { type: 'boolean' },
  force: { type: 'boolean' },
  author: { type: 'string' },
  json: { type: 'boolean' },
  id: { type: 'string' },
  revision: { type: 'string' },
  page: { type: 'string' },
  limit: { type: 'string' },
  deleted: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

class UsageError extends Error {}

const GUILD_ID = /^[A-Za-z0-9_.:-]{1,64}$/u;

function positiveInt(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d{1,9}$/u.test(raw) || Number(raw) < 1) throw new UsageError(`--${name} must be a positive whole number, not "${raw}".`);
  return Number(raw);
}

/**
 * Runs one kb command. `argv` is what follows `kb` (a leading "kb" is tolerated). Returns the exit code:
 * 0 done, 1 refused or failed, 2 usage error.
 */
export async function runKbCli(argv: string[], io: KbIo): Promise<number> {
  const args = argv[0] === 'kb' ? argv.slice(1) : argv;
  const out = (s: string): void => io.stdout(s.endsWith('\n') ? s : `${s}\n`);
  const err = (s: string): void => io.stderr(s.endsWith('\n') ? s : `${s}\n`);
  const json = args.includes('--json');

  const fail = (code: string, message: string, exit: number, details?: readonly string[]): number => {
    if (json) out(JSON.stringify({ ok: false, error: { code, message, ...(details ? { details } : {}) } }));
    else {
      err(`kb: ${message}`);
      for (const d of details ?? []) if (d !== message) err(`  - ${d}`);
    }
    return exit;
  };

  const usage = (message: string): number => fail('usage', json ? message : `${message}\n${KB_USAGE}`, 2);

  let parsed;
  try {
    parsed = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    return usage((error as Error).message);
  }
  const { values: v, positionals } = parsed;
  const [commandName, ...rest] = positionals;
  if (v.help === true) {
    out(KB_USAGE);
    return 0;
  }
  if (commandName === undefined || !(COMMANDS as readonly string[]).includes(commandName)) {
    return usage(commandName === undefined ? 'Name a command.' : `Unknown command "${commandName}".`);
  }
  const command = commandName as Command;
  const guildId = v.guild;
  if (guildId === undefined || !GUILD_ID.test(guildId)) {
    return usage(guildId === undefined ? '--guild ID is required.' : `--guild "${preview(guildId)}" is not a server id.`);
  }

  let store: SqliteAnswerStore | undefined;
  try {
    const id = positiveInt('id', v.id);
    const revision = positiveInt('revision', v.revision);
    const page = positiveInt('page', v.page) ?? 1;
    const limit = positiveInt('limit', v.limit) ?? 10;
    if (['edit', 'remove', 'restore', 'show'].includes(command) && id === undefined) throw new UsageError(`${command} needs --id N.`);
    if (command === 'import' && rest.length !== 1) throw new UsageError('import needs exactly one FILE (or - for stdin).');
    if (command !== 'import' && rest.length > 0) throw new UsageError(`Unexpected argument "${preview(rest.join(' '))}".`);
    if (command === 'add' && (v.question === undefined || v.answer === undefined)) {
      throw new UsageError('add needs at least one --question and an --answer.');
    }
    if (v.cite !== undefined && v['no-cites'] === true) throw new UsageError('Give --cite or --no-cites, not both.');

    const author = v.author ?? `cli:${io.env.USER ?? io.env.USERNAME ?? 'terminal'}`;
    let resolver: ((ref: string) => CitationLookup) | undefined;
    store = openSqliteStore({
      path: io.env.DATABASE_PATH || DEFAULT_DATABASE_PATH,
      article: io.env.ARTICLE || FALLBACK_ARTICLE,
      resolveCitation: (ref) => (resolver ??= io.openEngineResolver())(ref),
    });

    const written = (result: StoreResult<StoredEntry>, verb: string): number => {
      if (!result.ok) return refused(result.error);
      const e = result.value;
      if (json) out(JSON.stringify({ ok: true, id: e.id, revision: e.revision, entry: e }));
      else out(`${verb} #${e.id} (revision ${e.revision}).`);
      return 0;
    };
    const refused = (error: StoreError): number => {
      const existing = error.existingId === undefined ? {} : { existingId: error.existingId };
      if (json) out(JSON.stringify({ ok: false, error: { code: error.code, message: error.message, ...existing, ...(error.details ? { details: error.details } : {}) } }));
      else {
        err(`kb: refused (${error.code}): ${error.message}`);
        for (const d of error.details ?? []) if (d !== error.message) err(`  - ${d}`);
      }
      return 1;
    };
    const entryId = id ?? 0;

    switch (command) {
      case 'add':
        return written(
          store.add(guildId, { questions: v.question ?? [], answer: v.answer ?? '', citations: v.cite ?? [] }, author, { force: v.force === true }),
          'Added',
        );
      case 'edit': {
        const patch = {
          ...(v.question !== undefined ? { questions: v.question } : {}),
          ...(v.answer !== undefined ? { answer: v.answer } : {}),
          ...(v.cite !== undefined ? { citations: v.cite } : v['no-cites'] === true ? { citations: [] } : {}),
        };
        if (Object.keys(patch).length === 0) throw new UsageError('edit needs --question, --answer, --cite or --no-cites.');
        return written(
          store.edit(guildId, entryId, patch, author, { force: v.force === true, ...(revision !== undefined ? { expectedRevision: revision } : {}) }),
          'Edited',
        );
      }
      case 'remove': {
        const result = store.remove(guildId, entryId, author, revision !== undefined ? { expectedRevision: revision } : {});
        if (result.ok && !json) {
          out(`Removed #${entryId}. Undo with: npm run kb -- restore --guild ${guildId} --id ${entryId}`);
          return 0;
        }
        return written(result, 'Removed');
      }
      case 'restore':
        return written(store.restore(guildId, entryId, author, { force: v.force === true }), 'Restored');
      case 'list': {
        // Machine-readable output never truncates silently: without --page, --json lists every entry.
        const everything = json && v.page === undefined;
        const listing = store.list(guildId, {
          offset: everything ? 0 : (page - 1) * DEFAULT_PAGE_SIZE,
          limit: everything ? Number.MAX_SAFE_INTEGER : DEFAULT_PAGE_SIZE,
          includeDeleted: v.deleted === true,
        });
        if (json) out(JSON.stringify({ ok: true, total: listing.total, ...(everything ? {} : { page }), entries: listing.entries }));
        else {
          const pages = Math.max(1, Math.ceil(listing.total / DEFAULT_PAGE_SIZE));
          out(`${listing.total} entr${listing.total === 1 ? 'y' : 'ies'} on server ${guildId}, page ${page} of ${pages}.`);
          for (const e of listing.entries) out(summary(e));
        }
        return 0;
      }
      case 'show': {
        const entry = store.get(guildId, entryId);
        if (!entry) return refused({ code: 'not_found', message: `There is no entry #${entryId} on this server.` });
        const history = store.history(guildId, entryId);
        if (json) out(JSON.stringify({ ok: true, entry, history }));
        else out(details(entry, history));
        return 0;
      }
      case 'export':
        out(JSON.stringify(store.exportGuild(guildId), null, 2));
        return 0;
      case 'import': {
        const file = rest[0] ?? '-';
        let text: string;
        try {
          if (file !== '-' && (await stat(file)).size > MAX_IMPORT_BYTES) {
            return refused({ code: 'bad_import', message: `${file} is larger than ${MAX_IMPORT_BYTES} bytes.` });
          }
          text = file === '-' ? await readStdin() : await readFile(file, 'utf8');
        } catch (error) {
          return refused({ code: 'bad_import', message: `Cannot read ${file}: ${(error as Error).message}` });
        }
        let data: unknown;
        try {
          data = JSON.parse(text) as unknown;
        } catch (error) {
          return refused({ code: 'bad_import', message: `${file} is not JSON: ${(error as Error).message}` });
        }
        const result = store.importGuild(guildId, data, author);
        if (!result.ok) return refused(result.error);
        const ids = result.value.entries.map((e) => e.id);
        if (json) out(JSON.stringify({ ok: true, added: result.value.added, ids }));
        else out(`Imported ${result.value.added} entr${result.value.added === 1 ? 'y' : 'ies'}${ids.length > 0 ? ` (#${ids[0]}–#${ids[ids.length - 1]})` : ''}.`);
        return 0;
      }
      case 'gaps': {
        const gaps = store.gaps(guildId, limit);
        if (json) out(JSON.stringify({ ok: true, gaps }));
        else if (gaps.length === 0) out('No unanswered questions logged.');
        else for (const g of gaps) out(`${String(g.count).padStart(5)}×  ${g.question}  (last asked ${g.lastAsked})`);
        return 0;
      }
      default: {
        const unknown: never = command;
        throw new UsageError(`Unknown command "${String(unknown)}".`);
      }
    }
  } catch (error) {
    if (error instanceof UsageError) return usage(error.message);
    if (isCitebotError(error)) return fail(error.code, error.message, error.code === 'E_USAGE' ? 2 : 1, error.details.length > 0 ? error.details : undefined);
    return fail('E_INTERNAL', `Unexpected error: ${error instanceof Error ? error.message : String(error)}`, 1);
  } finally {
    store?.close();
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function summary(e: StoredEntry): string {
  const more = e.questions.length > 1 ? ` (+${e.questions.length - 1} more)` : '';
  const state = e.deleted ? ' [removed]' : '';
  return `#${e.id}${state}  ${preview(e.questions[0] ?? '', 70)}${more}\n      → ${preview(e.answer, 70)}  [rev ${e.revision}, ${e.author}, ${e.updatedAt}]`;
}

function details(e: StoredEntry, history: readonly HistoryRow[]): string {
  const lines = [
    `#${e.id}${e.deleted ? ' [removed]' : ''}  revision ${e.revision}, used ${e.uses}×`,
    `created ${e.createdAt}, last changed ${e.updatedAt} by ${e.author}`,
    'Questions:',
    ...e.questions.map((q) => `  - ${q}`),
    'Answer:',
    ...e.answer.split('\n').map((l) => `  ${l}`),
  ];
  if (e.citations.length > 0) lines.push('Citations:', ...e.citations.map((c) => `  [${c.label}] ${c.text}`));
  lines.push('History:', ...history.map((h) => `  rev ${h.revision}  ${h.action.padEnd(7)} ${h.at}  by ${h.author}`));
  return lines.join('\n');
}
