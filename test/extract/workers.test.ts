// The map step and where it runs (src/extract/workers.ts): shards, worker threads, per-document
// failures, and the compact data kept once a text is released.

import { extractDocument } from '../../src/extract';
import {
  extractDocuments,
  extractForBuild,
  pruneSentences,
  StandInTexts,
  toCodePointIndex,
  toShards,
  toStandInText,
  WorkerExtractor,
  WorkerStartError,
  type Outcome,
} from '../../src/extract/workers';
import { toDocument } from '../../src/ingest';
import { resolveEntities } from '../../src/resolve';
import type { SourceDocument } from '../../src/types';

const doc = (id: string, text: string): SourceDocument => toDocument(id, id, text);

const ARTICLES = [
  'Prime Minister Jacinda Ardern met Fumio Kishida in Tokyo. Ardern said New Zealand and Japan would sign an information-sharing agreement.',
  "The King's Wharf in Honiara was closed. Manasseh Sogavare's government opposes the security pact with China.",
  'Frambesia, the king\'s evil and other worries were raised. Penny Wong visited Fiji and Tonga, and Wang Yi flew to Canberra.',
  'New Zealand is a member of the Pacific Islands Forum, Chris Hipkins noted 🙂 before flying to Wellington.',
  'Officials from Australia said the United Nations would meet again in Suva. Anthony Albanese met Joe Biden.',
];

/** Runs extractDocuments over in-memory documents, `perShard` to a shard, and returns the outcomes in document order. */
async function extractAll(docs: SourceDocument[], jobs: number, perShard: number): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  // Every document counts as one byte, so a shard holds `perShard` documents.
  await extractDocuments(
    docs.map(() => 1),
    jobs,
    (i) => docs[i],
    (o) => outcomes.push(o),
    perShard,
  );
  return outcomes.sort((a, b) => a.i - b.i);
}

describe('toShards', () => {
  const flat = (shards: Array<[number, number]>) => shards.flatMap(([a, b]) => Array.from({ length: b - a }, (_, k) => a + k));

  it('cuts consecutive ranges of about the given bytes, covering every document once', () => {
    expect(toShards([1, 1, 1, 1, 1, 1, 1, 1, 1, 1], 4)).toEqual([
      [0, 4],
      [4, 7],
      [7, 10],
    ]);
    expect(toShards([5000, 100, 100], 1_500_000)).toEqual([[0, 3]]);
    expect(toShards([], 1_500_000)).toEqual([[0, 0]]);
    const sizes = Array.from({ length: 1000 }, (_, i) => 1000 + ((i * 7919) % 20_000));
    const shards = toShards(sizes, 1_500_000);
    expect(shards).toHaveLength(8);
    expect(flat(shards)).toEqual(sizes.map((_, i) => i));
  });

  it('balances shards by bytes, not by documents', () => {
    // One long document and many short ones: the long one gets a shard of its own.
    expect(toShards([100, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10], 100)).toEqual([
      [0, 1],
      [1, 11],
    ]);
    // A huge document never makes an empty shard.
    for (const [a, b] of toShards([1, 1000, 1, 1], 10)) expect(b).toBeGreaterThan(a);
  });
});

describe('code-point index', () => {
  // NIF counts code points: the reference is Array.from over the prefix.
  const reference = (text: string, index: number) => Array.from(text.slice(0, index)).length;

  it.each([
    ['plain ASCII', 'Merkel met Macron.'],
    ['one emoji', 'Merkel 😀 met Macron.'],
    ['astral letters and emoji', '𝐀𝐁 met 😀😀 in 𝒳 city 🙂.'],
    ['a lone surrogate, which counts as one', 'A \ud800 lone one and 😀 a pair.'],
  ])('converts every offset like the text itself (%s)', (_what, text) => {
    const stand = toStandInText(toCodePointIndex(text));
    const cp = toCodePointIndex(text);
    expect(stand.length).toBe(cp.pairs.length ? text.length : 0);
    for (let i = 0; i <= text.length; i++) expect(reference(stand || text, i)).toBe(reference(text, i));
  });

  it('lists every document, with a stand-in text only for those with astral characters', () => {
    const texts = new StandInTexts(
      new Map([
        ['a.txt', toCodePointIndex('plain')],
        ['b.txt', toCodePointIndex('x 😀 y')],
      ]),
    );
    expect([...texts.keys()]).toEqual(['a.txt', 'b.txt']);
    expect(texts.get('a.txt')).toBe('');
    expect(texts.get('b.txt')).toHaveLength(6);
    expect([...texts.entries()].map(([id, t]) => [id, t.length])).toEqual([
      ['a.txt', 0],
      ['b.txt', 6],
    ]);
    expect(texts.get('missing.txt')).toBeUndefined();
  });
});

describe('extractForBuild', () => {
  it('keeps only the sentences resolution reads, and resolution gives the same result', () => {
    const docs = ARTICLES.map((t, i) => doc(`doc${i}.txt`, t));
    const full = docs.map((d) => extractDocument(d));
    const pruned = full.map((x) => pruneSentences(x));
    expect(pruned.reduce((n, x) => n + x.sentences.length, 0)).toBeLessThanOrEqual(full.reduce((n, x) => n + x.sentences.length, 0));
    expect(resolveEntities(pruned)).toEqual(resolveEntities(full));
  });

  it('counts words and bytes of the text it drops', () => {
    const x = extractForBuild(doc('a.txt', 'Jacinda Ardern met Fumio Kishida 😀 in Tokyo.'), extractDocument);
    expect(x.words).toBe(7);
    expect(x.bytes).toBe(Buffer.byteLength('Jacinda Ardern met Fumio Kishida 😀 in Tokyo.'));
    expect(x.codePoints).toEqual({ length: 45, pairs: [33] });
  });
});

describe('extractDocuments', () => {
  const docs = Array.from({ length: 10 }, (_, i) => doc(`doc${i}.txt`, ARTICLES[i % ARTICLES.length]));

  it('gives the same extractions with one or two workers, shard by shard in fresh workers', async () => {
    const one = await extractAll(docs, 1, 5);
    const two = await extractAll(docs, 2, 5);
    expect(one.map((o) => o.i)).toEqual(docs.map((_, i) => i));
    expect(two).toEqual(one);
    expect(one.every((o) => 'result' in o)).toBe(true);
  });

  it('extracts a single shard in this thread, as a worker would', async () => {
    const inProcess = await extractAll(docs.slice(0, 3), 1, 128);
    const inWorkers = await extractAll(docs.slice(0, 3), 2, 2);
    expect(inProcess).toEqual(inWorkers);
  });

  it('extracts a document the same way whatever the same worker read before (a pure function of the document)', async () => {
    // wink-nlp's tokeniser remembers unknown words: once it has read "King's," it would keep "king's"
    // whole; extract/nlp-model.ts makes it forget them between documents.
    const a = doc('a.txt', "Clare, King's, Magdalene and Trinity are old colleges.");
    const b = doc('b.txt', "The king's envoy met Jacinda Ardern in Tokyo.");
    const plain = doc('p.txt', 'The weather was fine.');
    const [, afterA] = await extractAll([a, b], 1, 1);
    const [, afterPlain] = await extractAll([plain, b], 2, 1);
    expect(afterA).toEqual(afterPlain);
    const w = new WorkerExtractor();
    try {
      await w.extract(a);
      const bAfterA = await w.extract(b);
      expect(bAfterA).toEqual((afterPlain as { result: unknown }).result);
      expect(bAfterA.extraction.mentions.map((m) => m.text)).toEqual(['Jacinda Ardern', 'Tokyo']);
    } finally {
      await w.close();
    }
  });

  it('fails a document alone when its extraction throws in a worker', async () => {
    const broken = { id: 'broken.txt', path: 'broken.txt', text: undefined, format: 'text' } as unknown as SourceDocument;
    const outcomes = await extractAll([docs[0], broken, docs[1]], 2, 2);
    expect(outcomes.map((o) => ('result' in o ? 'ok' : `failed ${o.error.doc}`))).toEqual(['ok', 'failed broken.txt', 'ok']);
  });

  it('feeds every worker from one queue, in document order, so that no lane waits on a fixed share', async () => {
    const order: number[] = [];
    await extractDocuments(
      docs.map(() => 1),
      2,
      (i) => {
        order.push(i);
        return docs[i];
      },
      () => undefined,
      5,
    );
    expect(order).toEqual(docs.map((_, i) => i));
  });

  it('reads each document only shortly before it is extracted (streaming)', async () => {
    let read = 0;
    let settled = 0;
    let mostHeld = 0;
    await extractDocuments(
      docs.map(() => 1),
      2,
      (i) => {
        read++;
        mostHeld = Math.max(mostHeld, read - settled);
        return docs[i];
      },
      () => settled++,
      5,
    );
    expect(settled).toBe(docs.length);
    // Two lanes (shards), each with at most two documents queued to its worker.
    expect(mostHeld).toBeLessThanOrEqual(4);
  });
});

describe('WorkerExtractor', () => {
  it('answers in order and can be closed', async () => {
    const w = new WorkerExtractor();
    try {
      const [a, b] = await Promise.all([w.extract(doc('a.txt', ARTICLES[0])), w.extract(doc('b.txt', ARTICLES[1]))]);
      expect(a.extraction.doc).toBe('a.txt');
      expect(b.extraction.doc).toBe('b.txt');
    } finally {
      await w.close();
    }
    await expect(w.extract(doc('c.txt', 'Text.'))).rejects.toThrow(/closed/);
  });

  it('fails every document with WorkerStartError when its worker cannot start', async () => {
    const w = new WorkerExtractor('no-such-entry');
    try {
      const results = await Promise.allSettled([w.extract(doc('a.txt', ARTICLES[0])), w.extract(doc('b.txt', ARTICLES[1]))]);
      expect(results.map((r) => r.status === 'rejected' && r.reason instanceof WorkerStartError)).toEqual([true, true]);
      await expect(w.extract(doc('c.txt', 'Text.'))).rejects.toBeInstanceOf(WorkerStartError);
    } finally {
      await w.close();
    }
  });
});
