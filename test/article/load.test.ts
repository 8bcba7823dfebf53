import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CitebotError } from '../../src/core/errors.ts';
import { listArticles, loadArticle, slugFor } from '../../src/article/index.ts';
import { SEED_PATH } from './helpers.ts';

describe('loadArticle', () => {
  it('loads the seed article with its folder name as slug', () => {
    const a = loadArticle(SEED_PATH);
    expect(a.meta.slug).toBe('xinhua-2019-04-19-italy-france-libya');
    expect(a.sentences.length).toBe(15);
  });

  it.each([
    ['/k/xinhua/article.md', 'xinhua'],
    ['/tmp/story.txt', 'story'],
    ['notes/my-story.md', 'my-story'],
  ])('slug of %s is %s', (path, slug) => expect(slugFor(path)).toBe(slug));

  it('names the path of an unreadable file', () => {
    const path = join(tmpdir(), 'citebot-no-such-file.md');
    expect(() => loadArticle(path)).toThrow(CitebotError);
    expect(() => loadArticle(path)).toThrow(path);
    try {
      loadArticle(path);
    } catch (error) {
      expect((error as CitebotError).code).toBe('E_ARTICLE');
    }
  });

  it('names the path of a directory passed as a file', () => {
    expect(() => loadArticle(tmpdir())).toThrow(/Cannot read article file/);
  });
});

describe('listArticles', () => {
  it('lists folders that hold an article.md, sorted', () => {
    const dir = mkdtempSync(join(tmpdir(), 'citebot-knowledge-'));
    for (const name of ['b-story', 'a-story', 'empty']) mkdirSync(join(dir, name));
    writeFileSync(join(dir, 'b-story', 'article.md'), 'Text.');
    writeFileSync(join(dir, 'a-story', 'article.md'), 'Text.');
    writeFileSync(join(dir, 'loose.md'), 'Text.');
    expect(listArticles(dir)).toEqual(['a-story', 'b-story']);
  });

  it('returns nothing for a missing folder', () => expect(listArticles(join(tmpdir(), 'citebot-missing-dir'))).toEqual([]));

  it('finds the seed article in knowledge/', () => {
    expect(listArticles(join(SEED_PATH, '..', '..'))).toContain('xinhua-2019-04-19-italy-france-libya');
  });
});
