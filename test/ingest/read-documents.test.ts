import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import {
  displayPath,
  findFiles,
  MAX_FILE_BYTES,
  readDocument,
  readDocuments,
  type FileProblem,
} from '../../src/ingest';
import { cleanTemps, FIXTURES, tempDir, writeTree } from './_files';

afterAll(cleanTemps);
afterEach(() => jest.restoreAllMocks());

/** Reads one fixture file; returns the document or the skip, and the warnings. */
function read(file: string, id = path.basename(file)) {
  const warnings: FileProblem[] = [];
  const r = readDocument({ path: file, id }, warnings);
  return { r, warnings };
}

function shouldSkip(file: string, reason: RegExp) {
  const { r } = read(file);
  expect(r).toEqual({ path: displayPath(file), reason: expect.stringMatching(reason) });
}

describe('readDocument', () => {
  it.each([
    ['empty.txt', /^empty file; add text to it or leave it out$/],
    ['only-spaces.txt', /^no text, only spaces/],
    ['photo.png', /^binary file \(PNG image\); newsgraph reads plain text, Markdown and HTML/],
    ['png-named-as.txt', /^binary file \(PNG image\)/],
    ['pdf-named-as.txt', /^binary file \(PDF\)/],
    ['zip-named-as.txt', /^binary file \(ZIP/],
    // noise that decodes: 3,000 random bytes with few control bytes, and base64 (validate-prose.ts)
    ['random-bytes.txt', /^binary or encoded data, not text \(only \d+% of it reads as words\); newsgraph reads plain text/],
    ['base64.txt', /^binary or encoded data, not text/],
  ])('skips %s and says why and what to do', (name, reason) => {
    shouldSkip(path.join(FIXTURES, name), reason);
  });

  it.each([
    ['latin1.txt', 'text', /café owner in Köln said “the crème brûlée costs 5 €”/],
    ['utf16le-bom.txt', 'text', /Ardern met Fumio Kishida in Tōkyō/],
    ['utf16be-bom.txt', 'text', /São Paulo and München were mentioned too 🌏/],
    ['nul-bytes.txt', 'text', /^Jacinda Ardern  visited Japan\./],
    ['invalid-utf8.txt', 'text', /visited München and São Paulo/],
    ['article.html', 'html', /Jacinda Ardern met Japanese Prime Minister Fumio Kishida/],
    [
      'article.md',
      'markdown',
      /Prime Minister {3}Jacinda Ardern {3}met Japanese Prime Minister {2}Fumio Kishida {60,}in Tokyo/,
    ],
  ])('reads %s as %s', (name, format, text) => {
    const { r } = read(path.join(FIXTURES, name));
    expect(r).toMatchObject({ id: name, format, text: expect.stringMatching(text) });
  });

  it('warns, naming the file, when bytes were replaced', () => {
    const file = path.join(FIXTURES, 'invalid-utf8.txt');
    expect(read(file).warnings).toEqual([
      {
        path: displayPath(file),
        reason: expect.stringMatching(/2 invalid UTF-8 sequences replaced .*; re-save the file as UTF-8/),
      },
    ]);
    expect(read(path.join(FIXTURES, 'nul-bytes.txt')).warnings[0].reason).toMatch(
      /NUL or control characters read as spaces/,
    );
  });

  it('skips a file it may not read, with its error code and what to do', () => {
    const file = path.join(FIXTURES, 'latin1.txt');
    const open = fs.openSync;
    // NOTE: root reads a chmod 000 file, so the refusal is injected.
    jest.spyOn(fs, 'openSync').mockImplementation((p, ...rest) => {
      if (p === file) throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
      return open(p, ...rest);
    });
    shouldSkip(file, /^cannot read \(EACCES\); check its permissions, or leave it out$/);
  });

  it('skips a file that became a named pipe after the folder was listed, without waiting on it', () => {
    const dir = tempDir();
    writeTree(dir, { 'a.txt': 'Ardern' });
    const [found] = findFiles([dir]).files;
    fs.rmSync(found.path);
    execFileSync('mkfifo', [found.path]);
    shouldSkip(found.path, /^not a regular file/);
  });

  it('skips a file that vanished after the folder was listed', () => {
    shouldSkip(path.join(tempDir(), 'gone.txt'), /^cannot read \(ENOENT\); it was removed while newsgraph was reading/);
  });

  it(`skips a file over ${MAX_FILE_BYTES / 1048576} MB without reading it`, () => {
    const file = path.join(tempDir(), 'huge.txt');
    fs.writeFileSync(file, '');
    fs.truncateSync(file, MAX_FILE_BYTES + 1); // sparse: no disk used
    shouldSkip(file, /^too large \(100 MB; newsgraph reads files up to 100 MB\); split it into smaller files$/);
  });

  it('skips an HTML page with no article text once markup is removed', () => {
    const file = path.join(tempDir(), 'menu.html');
    fs.writeFileSync(file, '<html><nav>Ardern</nav><script>Kishida()</script></html>');
    shouldSkip(file, /^no article text once HTML markup is removed/);
  });
});

describe('readDocuments', () => {
  it('reads the good files of a folder of bad ones, and lists every skipped one', () => {
    const { documents, skipped, warnings } = readDocuments([FIXTURES]);
    expect(documents.map((d) => d.id)).toEqual([
      'article.html',
      'article.md',
      'invalid-utf8.txt',
      'latin1.txt',
      'nul-bytes.txt',
      'utf16be-bom.txt',
      'utf16le-bom.txt',
      'utf16le-no-bom.txt',
    ]);
    expect(skipped.map((s) => path.basename(s.path)).sort()).toEqual([
      'base64.txt',
      'empty.txt',
      'only-spaces.txt',
      'pdf-named-as.txt',
      'photo.png',
      'png-named-as.txt',
      'random-bytes.txt',
      'zip-named-as.txt',
    ]);
    expect(warnings.map((w) => path.basename(w.path))).toEqual(['invalid-utf8.txt', 'nul-bytes.txt']);
  });

  it('returns nothing, without an error, for a folder with no files', () => {
    expect(readDocuments([tempDir()])).toEqual({ documents: [], skipped: [], warnings: [] });
  });
});
