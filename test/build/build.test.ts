// The orchestrator (src/build.ts): documents stream through ingest and extract, per-document failures
// are skips, and what export needs of the texts (code-point offsets) survives their release.

import fs from 'node:fs';
import path from 'node:path';

import { Parser } from 'n3';

import { build, buildFromDocuments, STAGES } from '../../src/build';
import { toDocument } from '../../src/ingest';
import type { SourceDocument } from '../../src/types';
import { removeCorpora, writeCorpus } from './_corpus';

afterAll(removeCorpora);

const ARDERN = 'Jacinda Ardern met Fumio Kishida in Tokyo on Monday. Ardern said New Zealand would join the pact.';

describe('build', () => {
  it('reports every document as it is done, and agrees with buildFromDocuments on the same texts', async () => {
    const dir = writeCorpus(12);
    const seen: Array<[number, number]> = [];
    const stages: string[] = [];
    const fromFiles = await build([dir], { iterations: 5 }, { onDocument: (done, total) => seen.push([done, total]), onStage: (s) => stages.push(s) });
    expect(seen).toEqual(Array.from({ length: 12 }, (_, i) => [i + 1, 12]));
    expect(stages).toEqual(STAGES.slice(2));
    expect(Object.keys(fromFiles.timings)).toEqual([...STAGES]);

    const docs = fs
      .readdirSync(dir)
      .reverse()
      .map((f) => toDocument(f, path.join(dir, f), fs.readFileSync(path.join(dir, f), 'utf8')));
    const fromMemory = await buildFromDocuments(docs, { iterations: 5 });
    expect(fromMemory.files).toEqual(fromFiles.files);
    expect(fromMemory.words).toBe(fromFiles.words);
    expect(fromFiles.bytes).toBe(docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0));
  });

  it('writes NIF offsets in code points, from what it kept of a text it no longer holds', async () => {
    // Two emoji before the sentence: four UTF-16 code units, two code points.
    const text = `Crowds cheered 🎉🎉 in the square.\n\n${ARDERN}`;
    const result = await buildFromDocuments([toDocument('party.txt', 'party.txt', text)], { iterations: 5 });
    const evidence = result.graph.edges().flatMap((e) => result.graph.getEdgeAttribute(e, 'evidence'));
    const sentence = evidence.find((ev) => ev.text.startsWith('Jacinda Ardern'))!;
    expect(sentence.start).toBe(text.indexOf('Jacinda'));
    const nt = result.files.find((f) => f.name === 'graph.nt')!.content;
    const begins = new Parser({ format: 'N-Triples' })
      .parse(nt)
      .filter((q) => q.predicate.value.endsWith('#beginIndex'))
      .map((q) => Number(q.object.value));
    expect(begins).toContain(Array.from(text.slice(0, sentence.start)).length);
    expect(begins).not.toContain(sentence.start);
  });

  it('skips a document whose extraction fails and builds the others', async () => {
    const good = toDocument('good.txt', 'good.txt', ARDERN);
    const broken = { id: 'broken.txt', path: 'broken.txt', text: undefined, format: 'text' } as unknown as SourceDocument;
    const result = await buildFromDocuments([good, broken], { iterations: 5 });
    expect(result.documents).toBe(1);
    expect(result.skipped).toEqual([{ path: 'broken.txt', reason: expect.stringMatching(/^extraction failed \(.+\); this is a bug in newsgraph/) }]);
    expect(result.graph.order).toBeGreaterThan(0);
    await expect(buildFromDocuments([broken])).rejects.toMatchObject({ code: 'E_NO_INPUT' });
  });
});
