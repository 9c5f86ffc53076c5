import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LoadError, sourceTextOf } from './load.ts';

/**
 * The document viewer's text of a source, on a page at https://portal.test/app/ whose app state
 * read `?data=` from `search`.
 */
let fetched: string[] = [];
function page(): void {
  vi.stubGlobal('document', { baseURI: 'https://portal.test/app/' });
  vi.stubGlobal('fetch', (url: string) => {
    fetched.push(url);
    return Promise.resolve(new Response(`\ufefftext of ${url}`));
  });
}
beforeEach(() => {
  fetched = [];
});
afterEach(() => vi.unstubAllGlobals());

describe('sourceTextOf', () => {
  it.each([
    [
      'a .txt source: its file, relative to the page',
      '',
      { file: 'seeds/a.txt' },
      'https://portal.test/app/seeds/a.txt',
    ],
    [
      'a .docx source: its textFile, beside the published map',
      '',
      { file: 'seeds/b.docx', textFile: 'sources/b.txt' },
      'https://portal.test/app/data/sources/b.txt',
    ],
    [
      'a .pdf source of a ?data= map: its textFile, beside that map',
      '?data=maps%2Fother.json',
      { file: 'seeds/c.pdf', textFile: 'sources/c.txt' },
      'https://portal.test/app/maps/sources/c.txt',
    ],
  ])('%s', async (_, search, source, url) => {
    page();
    const dataPath = new URLSearchParams(search).get('data');
    expect(await sourceTextOf(source, dataPath)).toBe(`text of ${url}`);
    expect(fetched).toEqual([url]);
  });

  it.each([['https://elsewhere.test/x.txt'], ['//elsewhere.test/x.txt'], ['/etc/x.txt']])(
    'never fetches a textFile that leaves the site: %s',
    async (textFile) => {
      page();
      await expect(sourceTextOf({ file: 'seeds/d.pdf', textFile })).rejects.toBeInstanceOf(
        LoadError,
      );
      expect(fetched).toEqual([]);
    },
  );
});
