import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeArticle, loadArticle } from './article/index.ts';
import { CitebotError } from './core/errors.ts';
import { createEngine, type InspectableEngine } from './engine/create.ts';
import { loadCurated } from './kb/curated.ts';
import { Knowledge } from './app/knowledge.ts';
import { openSqliteStore } from './store/sqlite.ts';
import type { AnswerStore } from './store/types.ts';

/** The article served when none is configured. */
export const DEFAULT_ARTICLE = 'xinhua-2019-04-19-italy-france-libya';

/** knowledge/ at the top of the project. */
export const KNOWLEDGE_DIR = fileURLToPath(new URL('../knowledge/', import.meta.url));

/** Which article to load: a slug under knowledge/, or a path to any .md/.txt file. */
export interface ArticleChoice {
  readonly article?: string;
  readonly articlePath?: string;
}

/** The path of the article file a choice names. */
export function articlePathOf(choice: ArticleChoice): string {
  if (choice.articlePath) return choice.articlePath;
  const slug = choice.article ?? DEFAULT_ARTICLE;
  if (!/^[\w.-]+$/.test(slug)) throw new CitebotError('E_ARTICLE', `ARTICLE must be the name of a folder under knowledge/, not "${slug}".`);
  return join(KNOWLEDGE_DIR, slug, 'article.md');
}

/** Loads an article, analyses it and builds its engine (with its curated entries when it has a qa.json beside it). */
export function loadEngine(choice: ArticleChoice = {}): InspectableEngine {
  const path = articlePathOf(choice);
  const article = loadArticle(path);
  const analysis = analyzeArticle(article);
  const qa = join(dirname(path), 'qa.json');
  const curated = basename(path) === 'article.md' && existsSync(qa) ? loadCurated(qa, article) : [];
  return createEngine({ article, analysis, curated });
}

export interface AppOptions extends ArticleChoice {
  /** SQLite file for moderators' entries (':memory:' for tests). */
  readonly databasePath: string;
  /** Clock for stored timestamps. */
  readonly now?: () => Date;
  /** Use this store instead of opening one. */
  readonly store?: AnswerStore;
}

/** Everything a transport needs: the engine, the moderators' store, and the two kept in step. */
export interface App {
  readonly engine: InspectableEngine;
  readonly store: AnswerStore;
  readonly knowledge: Knowledge;
  close(): void;
}

export function createApp(options: AppOptions): App {
  const engine = loadEngine(options);
  const store =
    options.store ??
    openSqliteStore({
      path: options.databasePath,
      resolveCitation: (ref) => engine.resolveCitation(ref),
      article: engine.article.meta.slug,
      ...(options.now ? { now: options.now } : {}),
    });
  const knowledge = new Knowledge(engine, store);
  let closed = false;
  return {
    engine,
    store,
    knowledge,
    close() {
      if (closed) return;
      closed = true;
      store.close();
    },
  };
}
