// The viewer page's data (src/viewer/page-data.ts): the sentence table, evidence as rows of it, the
// mention sentences of each entity; and its reading back in the browser app (src/viewer/app/page-data.ts).

import { buildFromDocuments } from '../../src/build';
import { extractDocument } from '../../src/extract';
import { pruneSentences } from '../../src/extract/workers';
import { buildGraph } from '../../src/graph';
import { toDocument } from '../../src/ingest';
import { resolveEntities } from '../../src/resolve';
import type { Occurrence } from '../../src/types';
import { mentionsFromRelations, readPageContent, segmentsAt } from '../../src/viewer/app/page-data';
import type { ViewerGraph } from '../../src/viewer/app/state';
import { buildPageData, chooseMentionSentences, PAGE_DATA_FORMAT } from '../../src/viewer/page-data';
import { smallGraph } from './_graph';

const DOCS = [
  // Canada alone in its first sentence (no relation, no co-occurrence there), then beside Japan.
  toDocument('a.txt', 'a.txt', 'Rain fell on Canada all week. Canada and Japan signed a fisheries deal in Ottawa. Farmers were glad.'),
  toDocument('b.txt', 'b.txt', 'Prime Minister Jacinda Ardern met Fumio Kishida in Tokyo. Ardern praised Canada.'),
];

function pageDataOf(docs = DOCS, cap?: number) {
  const extractions = docs.map((d) => pruneSentences(extractDocument(d)));
  const resolved = resolveEntities(extractions);
  const graph = buildGraph(resolved, { name: 't', base: 'https://example.org/' });
  const sentences = new Map(extractions.flatMap((x) => x.sentences.map((s) => [`${x.doc}#${s.index}`, s] as const)));
  return { graph, data: buildPageData(graph, resolved.entities, (doc, i) => sentences.get(`${doc}#${i}`), cap) };
}

const occ = (doc: string, sentence: number, start = sentence * 10): Occurrence => ({ doc, sentence, start, end: start + 3 });

describe('chooseMentionSentences', () => {
  it('takes the first sentence of each document in turn, then the second, up to the cap', () => {
    const os = [occ('a', 0), occ('a', 1), occ('a', 2), occ('b', 5), occ('c', 1), occ('c', 4)];
    const { chosen, total } = chooseMentionSentences(os, 4);
    expect(total).toBe(6);
    expect(chosen.map((s) => `${s[0].doc}${s[0].sentence}`)).toEqual(['a0', 'a1', 'b5', 'c1']);
  });

  it('keeps every mention of a chosen sentence, and counts the sentence once', () => {
    const { chosen, total } = chooseMentionSentences([occ('a', 0, 0), occ('a', 0, 20), occ('a', 3)], 1);
    expect(total).toBe(2);
    expect(chosen).toEqual([[occ('a', 0, 0), occ('a', 0, 20)]]);
  });
});

describe('buildPageData', () => {
  it('lists a sentence that names an entity alone, with the mention marked', () => {
    const { data } = pageDataOf();
    expect(data.format).toBe(PAGE_DATA_FORMAT);
    const canada = readPageContent(data).mentionsOf('country-canada')!;
    expect(canada.source).toBe('mentions');
    expect(canada.total).toBe(3);
    const texts = canada.sentences.map((s) => `${s.doc}:${s.segments.map((x) => (x.mark ? `[${x.text}]` : x.text)).join('')}`);
    expect(texts).toEqual(['a.txt:Rain fell on [Canada] all week.', 'a.txt:[Canada] and Japan signed a fisheries deal in Ottawa.', 'b.txt:Ardern praised [Canada].']);
  });

  it('caps the sentences per entity and still counts them all', () => {
    const canada = readPageContent(pageDataOf(DOCS, 2).data).mentionsOf('country-canada')!;
    expect(canada.total).toBe(3);
    expect(canada.cap).toBe(2);
    // One from each document first.
    expect(canada.sentences.map((s) => `${s.doc}#${s.sentence}`)).toEqual(['a.txt#0', 'b.txt#1']);
  });

  it('stores each sentence once and gives back the same graph, evidence included', () => {
    const { graph, data } = pageDataOf();
    const keys = data.sentences.map(([d, i]) => `${d}#${i}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(data.graph.edges.every((e) => (e as { attributes: { evidence: unknown[] } }).attributes.evidence.every((x) => typeof x === 'number'))).toBe(true);
    const back = JSON.parse(JSON.stringify(readPageContent(JSON.parse(JSON.stringify(data))).graph));
    expect(back).toEqual(JSON.parse(JSON.stringify(graph.export())));
  });

  it('is what the build embeds in index.html, byte for byte the same on a second build', async () => {
    const build = () => buildFromDocuments(DOCS, { viewerBundle: '/* app */', jobs: 1 });
    const [one, two] = [await build(), await build()];
    const page = one.files.find((f) => f.name === 'index.html')!.content;
    expect(page).toBe(two.files.find((f) => f.name === 'index.html')!.content);
    const json = /<script id="graph-data" type="application\/json">([^<]*)<\/script>/.exec(page)![1];
    expect(JSON.parse(json).mentions['country-canada'][0]).toBe(3);
  });
});

describe('readPageContent', () => {
  it('reads a plain graph.json as it is, with no mention table', () => {
    const plain = smallGraph().export();
    const content = readPageContent(plain);
    expect(content.graph).toBe(plain);
    expect(content.mentionsOf('person-ardern')).toBeNull();
  });
});

describe('mentionsFromRelations', () => {
  it('lists the sentences of a node’s relations once each, in document order, its names marked', () => {
    const list = mentionsFromRelations(smallGraph() as unknown as ViewerGraph, 'person-kishida');
    expect(list.source).toBe('relations');
    // The fixture numbers each edge's sentences from 0 in a.txt: the affiliation's sentence 0 is the
    // meeting's sentence 0, listed once.
    expect(list.sentences.map((s) => `${s.doc}#${s.sentence}`)).toEqual(['a.txt#0', 'a.txt#1']);
    expect(list.sentences.map((s) => s.segments.filter((x) => x.mark).map((x) => x.text))).toEqual([['Kishida'], ['PM', 'Kishida']]);
  });
});

describe('segmentsAt', () => {
  it('marks the spans, merging overlaps and ignoring spans past the end', () => {
    expect(segmentsAt('Canada and Japan', [[11, 16], [0, 6], [2, 4], [30, 40]])).toEqual([
      { text: 'Canada', mark: true },
      { text: ' and ', mark: false },
      { text: 'Japan', mark: true },
    ]);
  });
});
