import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { CitebotError } from '../core/errors.ts';
import type { Article } from '../core/types.ts';
import { parseArticle } from './parse.ts';

/** The slug of an article file: its folder's name for `…/<slug>/article.md`, else the file's base name. */
export function slugFor(path: string): string {
  const file = basename(path);
  if (/^article\.(?:md|markdown|txt)$/i.test(file)) return basename(dirname(path));
  return basename(file, extname(file));
}

/** Reads and parses one .md/.txt article; an unreadable file fails with CitebotError('E_ARTICLE') naming the path. */
export function loadArticle(path: string): Article {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : 'unreadable';
    throw new CitebotError('E_ARTICLE', `Cannot read article file ${path} (${reason})`);
  }
  return parseArticle(raw, { slug: slugFor(path) });
}

/** Slugs of the folders under `knowledgeDir` that hold an article.md, sorted; none when the folder is missing. */
export function listArticles(knowledgeDir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(knowledgeDir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
  } catch {
    return [];
  }
  return names.filter((name) => existsSync(join(knowledgeDir, name, 'article.md'))).sort();
}
