// Large inputs: a 50 MB file and a 5 MB single line are read within bounded memory. Memory is measured
// in a child process, where the peak resident size is the file's own and not the test runner's.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { buildFromDocuments } from '../../src/build';
import { toDocument } from '../../src/ingest';
import { REQUIRE_TS, ROOT } from './_run-ts';
import { cleanTemps, tempDir } from './_files';

const MB = 1 << 20;

afterAll(cleanTemps);

/** Prose from the seed articles, repeated to `bytes` (ASCII apart from a few quotes). */
function prose(bytes: number, oneLine: boolean): string {
  const seeds = fs
    .readdirSync(path.join(ROOT, 'seeds'))
    .map((f) => fs.readFileSync(path.join(ROOT, 'seeds', f), 'utf8'));
  let text = seeds.join('\n\n');
  if (oneLine) text = text.replace(/\s+/g, ' ');
  return text.repeat(Math.ceil(bytes / text.length)).slice(0, bytes);
}

/** Runs a script in a fresh Node that can require the sources; returns what it printed as JSON. */
function runChild(script: string): Record<string, number> {
  const r = spawnSync(process.execPath, ['-e', REQUIRE_TS + script], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`child failed (${r.status ?? r.signal}): ${r.stderr}`);
  return JSON.parse(r.stdout);
}

/** Peak memory growth (MB) of reading the file with readDocuments, and what came out. */
const READ = (file: string, tokenize: boolean) => `
  const { readDocuments } = require('./src/ingest');
  const { tokenize } = require('./src/extract/01-tokens');
  const base = process.resourceUsage().maxRSS;
  const { documents, skipped, warnings } = readDocuments([${JSON.stringify(file)}]);
  const text = documents[0].text;
  let sentences = 0, tokens = 0, offsetsOk = true;
  if (${tokenize}) for (const s of tokenize(text)) {
    sentences++;
    for (const t of s.tokens) { tokens++; if (text.slice(t.start, t.end) !== t.text) offsetsOk = false; }
  }
  console.log(JSON.stringify({ length: text.length, skipped: skipped.length, warnings: warnings.length, sentences, tokens,
    offsetsOk: offsetsOk ? 1 : 0, peakMB: (process.resourceUsage().maxRSS - base) / 1024 }));
`;

describe('large inputs', () => {
  it('reads a 50 MB file with memory a small multiple of its size', () => {
    const file = path.join(tempDir(), 'big.txt');
    const text = prose(50 * MB, false);
    fs.writeFileSync(file, text);
    const r = runChild(READ(file, false));
    expect(r).toMatchObject({ length: text.length, skipped: 0, warnings: 0 });
    // Measured here: ~350 MB (the bytes, the decoded string and a few same-size masks). (Speed is the
    // bench's to measure; the child's timeout only stops a run that hangs.)
    expect(r.peakMB).toBeLessThan(10 * 50);
  });

  it('tokenises a file that is one 5 MB line in slices, with every offset right', () => {
    const file = path.join(tempDir(), 'line.txt');
    const text = prose(5 * MB, true);
    fs.writeFileSync(file, text);
    const r = runChild(READ(file, true));
    expect(r).toMatchObject({ length: text.length, skipped: 0, offsetsOk: 1 });
    expect(r.sentences).toBeGreaterThan(20_000);
    expect(r.tokens).toBeGreaterThan(800_000);
    // Measured here: ~5 s and ~220 MB.
    expect(r.peakMB).toBeLessThan(800);
  });

  it('ignores a 5 MB line with no space at all (encoded data) instead of feeding it to the tokeniser', () => {
    const file = path.join(tempDir(), 'blob.txt');
    fs.writeFileSync(file, `Jacinda Ardern met Fumio Kishida.\n${'QUJD'.repeat((5 * MB) / 4)}\n`);
    const r = runChild(READ(file, true));
    // (One sentence: the blob never reached the tokeniser.)
    expect(r).toMatchObject({ skipped: 0, warnings: 1, sentences: 1, offsetsOk: 1 });
  });

  it('builds every output from a 60 kB single-line article', async () => {
    const text = prose(60_000, true);
    const result = await buildFromDocuments([toDocument('line.txt', 'line.txt', text)], { iterations: 10 });
    expect(result.documents).toBe(1);
    expect(result.graph.order).toBeGreaterThan(10);
    for (const ev of result.graph.mapEdges((_e, a) => a.evidence).flat())
      expect(text.slice(ev.start, ev.end)).toBe(ev.text);
  });
});
