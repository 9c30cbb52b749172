// The data the viewer page embeds: the graph as graph.json has it, but with every evidence sentence
// replaced by a row of one sentence table, plus, per entity, the first sentences that mention it with
// the mention's offsets (the viewer's "Mentioned in" list). Pure; the viewer stage of the build.
//
// The table both adds the mention sentences and shrinks the page: a sentence naming five entities is
// the evidence of ten co-occurrence edges, and graph.json repeats its text ten times.

import type { KnowledgeGraph } from '../graph/attributes';
import { LISTED_SENTENCES, type Entity, type Evidence, type Occurrence } from '../types';

/** Sentences listed per entity in the page; the panel says how many more the corpus has. */
export const MENTION_SENTENCES_PER_ENTITY = LISTED_SENTENCES;

/** Tag of the embedded format, so the viewer can tell it from a plain graph.json. */
export const PAGE_DATA_FORMAT = 'newsgraph-viewer/1';

/** A sentence row: document (index into `docs`), sentence index, start and end in the document, text. */
export type SentenceRow = [doc: number, sentence: number, start: number, end: number, text: string];

export interface PageData {
  format: typeof PAGE_DATA_FORMAT;
  docs: string[];
  sentences: SentenceRow[];
  /** Mention sentences kept per entity (MENTION_SENTENCES_PER_ENTITY). */
  mentionCap: number;
  /**
   * Per node key: `[sentencesInCorpus, row, from, to, row, from, to, …]`; `from`/`to` are the mention's
   * offsets in the sentence text. A row repeats when the entity is named twice in one sentence.
   */
  mentions: Record<string, number[]>;
  /** graphology's serialised graph, each edge's `evidence` a list of sentence rows. */
  graph: Omit<ReturnType<KnowledgeGraph['export']>, 'edges'> & { edges: unknown[] };
}

/** A sentence's place in the document and its text, as extraction kept it. */
export type SentenceLookup = (doc: string, sentence: number) => { start: number; end: number; text: string } | undefined;

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The sentences to list for one entity, at most `cap`: the first in each document in turn, then the
 * second in each, and so on, so a name found in many documents shows a sentence from several of them.
 * Returns the chosen sentences' occurrences in document order, and how many sentences there are in all.
 */
export function chooseMentionSentences(occurrences: Occurrence[], cap: number): { chosen: Occurrence[][]; total: number } {
  const byDoc = new Map<string, Map<number, Occurrence[]>>();
  for (const o of occurrences) {
    let doc = byDoc.get(o.doc);
    if (!doc) byDoc.set(o.doc, (doc = new Map()));
    const at = doc.get(o.sentence);
    if (at) at.push(o);
    else doc.set(o.sentence, [o]);
  }
  const docs = [...byDoc.keys()].sort(cmp).map((d) => [...byDoc.get(d)!.entries()].sort((a, b) => a[0] - b[0]).map(([, os]) => os));
  const total = docs.reduce((n, d) => n + d.length, 0);
  const taken = docs.map(() => 0);
  let left = Math.min(cap, total);
  for (let round = 0; left > 0; round++) {
    for (let d = 0; d < docs.length && left > 0; d++) {
      if (docs[d].length > round) {
        taken[d]++;
        left--;
      }
    }
  }
  return { chosen: docs.flatMap((d, i) => d.slice(0, taken[i])), total };
}

/**
 * Builds the page's data from the graph, the resolved entities' occurrences and the kept sentences.
 * `exported` is graph.export() when the caller has it already (it is not changed).
 */
export function buildPageData(
  graph: KnowledgeGraph,
  entities: Entity[],
  sentenceOf: SentenceLookup,
  cap = MENTION_SENTENCES_PER_ENTITY,
  exported: ReturnType<KnowledgeGraph['export']> = graph.export(),
): PageData {
  const chosenOf = new Map<string, { chosen: Occurrence[][]; total: number }>();
  const wanted = new Map<string, Set<number>>();
  const want = (doc: string, sentence: number) => {
    let s = wanted.get(doc);
    if (!s) wanted.set(doc, (s = new Set()));
    s.add(sentence);
  };
  for (const e of entities) {
    if (!graph.hasNode(e.id) || !e.occurrences?.length) continue;
    // Sentences extraction did not keep (none today) are left out rather than shown empty.
    const picked = chooseMentionSentences(
      e.occurrences.filter((o) => sentenceOf(o.doc, o.sentence) !== undefined),
      cap,
    );
    // Resolution keeps only the occurrences a page can list; it counted them all.
    if (e.sentenceCount !== undefined) picked.total = Math.max(picked.total, e.sentenceCount);
    chosenOf.set(e.id, picked);
    for (const os of picked.chosen) want(os[0].doc, os[0].sentence);
  }
  graph.forEachEdge((_e, a) => {
    for (const ev of a.evidence ?? []) want(ev.doc, ev.sentence);
  });

  const docs = [...wanted.keys()].sort(cmp);
  const sentences: SentenceRow[] = [];
  const rowOf = new Map<string, number>();
  docs.forEach((doc, d) => {
    for (const index of [...wanted.get(doc)!].sort((a, b) => a - b)) {
      const s = sentenceOf(doc, index);
      if (!s) continue;
      rowOf.set(`${doc}#${index}`, sentences.length);
      sentences.push([d, index, s.start, s.end, s.text]);
    }
  });
  // Evidence whose sentence is not in the lookup (a graph built elsewhere) keeps its own text.
  const evidenceRow = (ev: Evidence): number | Evidence => {
    const row = rowOf.get(`${ev.doc}#${ev.sentence}`);
    return row !== undefined && sentences[row][4] === ev.text && sentences[row][2] === ev.start ? row : ev;
  };

  const mentions: Record<string, number[]> = {};
  for (const node of graph.nodes()) {
    const picked = chosenOf.get(node);
    if (!picked) continue;
    const flat = [picked.total];
    for (const os of picked.chosen) {
      const row = rowOf.get(`${os[0].doc}#${os[0].sentence}`)!;
      const [, , start, end] = sentences[row];
      for (const o of os) flat.push(row, Math.max(0, o.start - start), Math.min(end, o.end) - start);
    }
    mentions[node] = flat;
  }

  const edges = exported.edges.map((e) => ({ ...e, attributes: e.attributes && { ...e.attributes, evidence: (e.attributes.evidence ?? []).map(evidenceRow) } }));
  return { format: PAGE_DATA_FORMAT, docs, sentences, mentionCap: cap, mentions, graph: { ...exported, edges } };
}
