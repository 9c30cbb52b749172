// Fuzz: a few hundred random and mutated inputs (fixed seed) go through ingest (from disk, and
// decodeText/toDocument) and the whole build; nothing may throw, no document may fail extraction, and
// every output must parse. A failure names the smallest input that shows it.

import fs from 'node:fs';
import path from 'node:path';

import { buildFromDocuments } from '../../src/build';
import { decodeText, readDocuments, toDocument } from '../../src/ingest';
import type { SourceDocument } from '../../src/types';
import { cleanTemps, tempDir } from '../ingest/_files';
import { checkOutputs } from './_check-outputs';

afterAll(cleanTemps);

const CASES = 320;
const BATCH = 16;

/** mulberry32: a small seeded generator (graphology tests use seedrandom the same way). */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// A fixed seed; FUZZ_SEED=n explores other inputs by hand (a failure prints the input to keep).
const random = rng(Number(process.env.FUZZ_SEED ?? 0x5eed));
const int = (n: number) => Math.floor(random() * n);
const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)];

const SEEDS = fs
  .readdirSync(path.join(__dirname, '..', '..', 'seeds'))
  .map((f) => fs.readFileSync(path.join(__dirname, '..', '..', 'seeds', f), 'utf8'));

// Fragments that have broken parsers, writers or escapers somewhere.
const NASTY = [
  '</script>',
  '<!--',
  '-->',
  '<script>',
  '<nav>',
  '</nav>',
  '<p>',
  '&amp;',
  '&#0;',
  '&#xD800;',
  '&#x1F30F;',
  '&',
  '<',
  '>',
  '"',
  "'",
  '\\',
  '\\u0000',
  '"""',
  '^^',
  '@prefix',
  '_:b0',
  '<http://x/>',
  '.',
  ';',
  '```',
  '~~~',
  '[a](b',
  '](',
  '![',
  '\u0000',
  '\u0007',
  '\u001b[2J',
  '\u007f',
  '\u0085',
  '\u2028',
  '\u2029',
  '\ufeff',
  '\ufffe',
  '\uffff',
  '\ud800',
  '\udc00',
  '\u202e',
  '\u200b',
  '🌏',
  '🇳🇿',
  'e\u0301',
  '\r',
  '\r\n',
  '\n\n',
  '\t',
  ' ',
  'Q'.repeat(300),
  'Mr.',
  'U.S.',
  'No.',
  'Prime Minister',
  'President',
  'Jacinda Ardern',
  'Ardern',
  'New Zealand',
  'AUKUS',
  'not',
  'agreement',
  'visited',
  'met',
];

/** Random bytes, as from a file of any kind. */
function randomBytes(): Buffer {
  const n = int(1500);
  const b = Buffer.alloc(n);
  const mode = int(3);
  for (let i = 0; i < n; i++)
    b[i] =
      mode === 0
        ? int(256)
        : mode === 1
          ? 32 + int(95)
          : pick([0x0a, 0x20, 0x41, 0x61, 0xc3, 0xa9, 0xe2, 0x80, 0x99, 0xf0, 0x9f, 0x00]);
  return b;
}

/** A piece of a seed article with a few random edits. */
function mutatedText(): string {
  const seed = pick(SEEDS);
  const start = int(seed.length);
  let s = seed.slice(start, start + 200 + int(1500));
  for (let k = int(12); k > 0; k--) {
    const at = int(s.length + 1);
    switch (int(6)) {
      case 0: // insert a nasty fragment
        s = s.slice(0, at) + pick(NASTY) + s.slice(at);
        break;
      case 1: // delete a span
        s = s.slice(0, at) + s.slice(at + int(40));
        break;
      case 2: // duplicate a span
        s = s.slice(0, at) + s.slice(at, at + int(80)) + s.slice(at);
        break;
      case 3: // a random code point, astral and surrogates included
        s = s.slice(0, at) + String.fromCharCode(int(0x10000)) + s.slice(at);
        break;
      case 4: // change case
        s = s.slice(0, at) + s.slice(at, at + 30).toUpperCase() + s.slice(at + 30);
        break;
      default: // markup around a span
        s =
          s.slice(0, at) +
          pick(['<b>', '<p>', '**', '# ', '> ', '- ', '<script>', '<nav>']) +
          s.slice(at, at + 30) +
          pick(['</b>', '', '**', '\n']) +
          s.slice(at + 30);
    }
  }
  return s;
}

/** Text as bytes in one of the encodings ingest reads, or a broken one. */
function encode(s: string): Buffer {
  switch (int(5)) {
    case 0:
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
    case 1:
      return Buffer.from(s, 'latin1');
    case 2: {
      const b = Buffer.from(s, 'utf8');
      for (let k = int(5); k > 0 && b.length; k--) b[int(b.length)] = int(256);
      return b;
    }
    default:
      return Buffer.from(s, 'utf8');
  }
}

/** Random tag soup: HTML or Markdown structure with names in it. */
function tagSoup(): string {
  const parts: string[] = [];
  for (let k = 50 + int(200); k > 0; k--)
    parts.push(
      pick([...NASTY, '<div>', '</div>', '<style>', '</style>', '<header>', '</p>', '\n# ', ' ', ' ', 'word', '.']),
    );
  return parts.join('');
}

interface Case {
  name: string;
  bytes?: Buffer;
  /** Text handed straight to toDocument or as a SourceDocument, as a library user may. */
  text?: string;
  raw?: boolean;
}

const EXTENSIONS = ['.txt', '.md', '.html', '', '.htm', '.markdown'];
const cases: Case[] = [];
for (let i = 0; i < CASES; i++) {
  const name = `case-${String(i).padStart(3, '0')}${pick(EXTENSIONS)}`;
  const kind = i % 5;
  if (kind === 0) cases.push({ name, bytes: randomBytes() });
  else if (kind === 1) cases.push({ name, bytes: encode(mutatedText()) });
  else if (kind === 2) cases.push({ name, bytes: encode(tagSoup()) });
  else if (kind === 3) cases.push({ name, text: mutatedText() });
  else cases.push({ name, text: mutatedText() + tagSoup(), raw: true });
}

/** The documents of the cases that have one. */
function toDocuments(): SourceDocument[] {
  const docs: SourceDocument[] = [];
  for (const c of cases) {
    if (c.bytes) {
      const d = decodeText(c.bytes);
      if (!d.ok) continue;
      const doc = toDocument(c.name, c.name, d.text);
      expect([c.name, doc.text.length]).toEqual([c.name, d.text.length]);
      docs.push(doc);
    } else if (c.raw) docs.push({ id: c.name, path: c.name, text: c.text!, format: 'text' });
    else {
      const doc = toDocument(c.name, c.name, c.text!);
      expect([c.name, doc.text.length]).toEqual([c.name, c.text!.length]);
      docs.push(doc);
    }
  }
  return docs;
}

/** Builds documents and checks every output; throws with the reason. */
async function buildAndCheck(docs: SourceDocument[]): Promise<void> {
  const result = await buildFromDocuments(docs, { iterations: 3, viewerBundle: '/* viewer */' });
  // Extraction errors are turned into skipped documents: for the fuzzer, that is a crash.
  if (result.skipped.length)
    throw new Error(`extraction failed: ${result.skipped.map((s) => `${s.path}: ${s.reason}`).join('; ')}`);
  checkOutputs(result, new Map(docs.map((d) => [d.id, d.text])));
}

describe('fuzz', () => {
  it(`reads ${CASES} random and mutated files from disk without throwing, each read or skipped`, () => {
    const dir = tempDir();
    const onDisk = cases.filter((c) => c.bytes);
    for (const c of onDisk) fs.writeFileSync(path.join(dir, c.name), c.bytes!);
    const { documents, skipped } = readDocuments([dir]);
    expect(documents.length + skipped.length).toBe(onDisk.length);
    // Random bytes and tag soup are mostly skipped as noise (validate-prose.ts); edited pieces of the
    // seed articles are read, all but the odd fragment edited past reading (1 of 64 with the default seed).
    const edited = cases.filter((c, i) => c.bytes && i % 5 === 1).map((c) => c.name);
    const editedSkipped = skipped.filter((s) => edited.includes(path.basename(s.path)));
    expect(editedSkipped.length).toBeLessThanOrEqual(edited.length * 0.05);
    for (const s of skipped) expect(s.reason).toMatch(/^(empty file|no text|no article text|binary file|binary or encoded data|UTF-32 text)/);
  });

  it(`builds ${CASES} random and mutated inputs, in batches, and every output parses`, async () => {
    const docs = toDocuments();
    expect(docs.length).toBeGreaterThan(CASES * 0.7);
    for (let i = 0; i < docs.length; i += BATCH) {
      const batch = docs.slice(i, i + BATCH);
      try {
        await buildAndCheck(batch);
      } catch (err) {
        // Find the one document that fails alone, and show it.
        for (const d of batch) {
          const alone = await buildAndCheck([d]).then(
            () => undefined,
            (e: Error) => e,
          );
          if (alone)
            throw new Error(`${d.id} (format ${d.format}) fails: ${alone.message}\ntext: ${JSON.stringify(d.text)}`);
        }
        throw err;
      }
    }
  });
});
