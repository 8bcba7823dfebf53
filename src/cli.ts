/**
 * citebot's command line: ask, quote, kb, eval, bench.
 * Results go to stdout (one JSON object per line with --json); logs and errors go to stderr only.
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { isCitebotError } from './core/errors.ts';

const USAGE = `Usage:
  npm run --silent ask -- [--article FILE] [--guild ID] [--json] [QUESTION…]   (no QUESTION: one per line on stdin)
  npm run --silent quote -- [--article FILE] [--json] SPEAKER
  npm run --silent kb -- add|edit|remove|restore|list|show|export|import|gaps --guild ID …
  npm run eval [-- --json]
  npm run bench`;

type Io = { readonly stdout: (s: string) => void; readonly stderr: (s: string) => void };

// A reader that stops early (`| head`) closes the pipe: that ends the output, it is no error to report.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const io: Io = {
  stdout: (s) => process.stdout.write(s.endsWith('\n') ? s : `${s}\n`),
  stderr: (s) => process.stderr.write(s.endsWith('\n') ? s : `${s}\n`),
};

async function readLines(): Promise<string[]> {
  if (process.stdin.isTTY) io.stderr('Reading questions from stdin, one per line (Ctrl-D to end).');
  const lines: string[] = [];
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) lines.push(line);
  return lines;
}

async function ask(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { article: { type: 'string' }, guild: { type: 'string' }, json: { type: 'boolean', default: false } },
  });
  const { loadEngine, DEFAULT_ARTICLE } = await import('./app.ts');
  const articlePath = values.article;
  const engine = loadEngine(articlePath ? { articlePath } : { article: process.env.ARTICLE ?? DEFAULT_ARTICLE });
  const guildId = values.guild;
  if (guildId) {
    const { openSqliteStore } = await import('./store/sqlite.ts');
    const { toKbEntry } = await import('./app/knowledge.ts');
    const store = openSqliteStore({
      path: process.env.DATABASE_PATH || './data/citebot.sqlite',
      resolveCitation: (ref) => engine.resolveCitation(ref),
      article: engine.article.meta.slug,
    });
    try {
      engine.setGuildEntries(guildId, store.all(guildId).map(toKbEntry));
    } finally {
      store.close();
    }
  }
  const questions = positionals.length > 0 ? [positionals.join(' ')] : await readLines();
  const { renderText } = await import('./replies/text.ts');
  for (const q of questions) {
    const answer = engine.ask(q, guildId ? { guildId } : {});
    if (values.json) {
      io.stdout(
        JSON.stringify({
          question: answer.question,
          answered: answer.answered,
          confidence: answer.confidence,
          answer: answer.answer,
          citations: answer.citations.map((c) => ({ label: c.label, text: c.text })),
          suggestions: answer.suggestions,
        }),
      );
    } else {
      io.stdout(
        renderText(
          answer.answered
            ? { kind: 'answer', answer, meta: engine.article.meta, private: false, buttons: [] }
            : { kind: 'no-answer', question: answer.question, suggestions: answer.suggestions },
        ),
      );
    }
  }
  return 0;
}

async function quote(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { article: { type: 'string' }, json: { type: 'boolean', default: false } },
  });
  const { loadEngine, DEFAULT_ARTICLE } = await import('./app.ts');
  const articlePath = values.article;
  const engine = loadEngine(articlePath ? { articlePath } : { article: process.env.ARTICLE ?? DEFAULT_ARTICLE });
  const query = positionals.join(' ');
  const result = engine.quote(query);
  if (values.json) {
    io.stdout(
      JSON.stringify({
        query: result.query,
        speaker: result.speaker,
        aliases: result.aliases,
        quotes: result.quotes.map((q) => ({ text: q.text, citations: q.citations.map((c) => ({ label: c.label, text: c.text })) })),
        mentions: result.mentions.map((c) => ({ label: c.label, text: c.text })),
        suggestions: result.suggestions,
      }),
    );
  } else {
    const { renderText } = await import('./replies/text.ts');
    io.stdout(
      renderText(
        result.speaker
          ? { kind: 'quotes', result, speaker: result.speaker }
          : { kind: 'unknown-speaker', query: result.query, suggestions: result.suggestions },
      ),
    );
  }
  return 0;
}

async function main(): Promise<number> {
  const [command, ...rest] = process.argv.slice(2);
  switch (command) {
    case 'ask':
      return ask(rest);
    case 'quote':
      return quote(rest);
    case 'kb': {
      const { runKbCli } = await import('./store/cli.ts');
      const { loadEngine, DEFAULT_ARTICLE } = await import('./app.ts');
      return runKbCli(rest, {
        ...io,
        env: process.env,
        openEngineResolver: () => {
          const engine = loadEngine({ article: process.env.ARTICLE ?? DEFAULT_ARTICLE });
          return (ref: string) => engine.resolveCitation(ref);
        },
      });
    }
    case 'eval': {
      const { runEval } = await import('./eval/run.ts');
      return runEval(rest, io);
    }
    case 'bench': {
      const { runBench } = await import('./bench/run.ts');
      return runBench(rest, io);
    }
    case undefined:
    default:
      io.stderr(command ? `Unknown command "${command}".\n${USAGE}` : USAGE);
      return 2;
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (isCitebotError(error)) {
      io.stderr(`citebot: ${error.message}`);
      process.exitCode = error.code === 'E_USAGE' ? 2 : 1;
    } else if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`citebot: ${error.message}\n${USAGE}`);
      process.exitCode = 2;
    } else {
      io.stderr(`citebot: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      process.exitCode = 1;
    }
  },
);
