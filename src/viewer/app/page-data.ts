// Reads the data embedded in the page: the build's packed form (src/viewer/page-data.ts: a sentence
// table, evidence as rows of it, each entity's first mention sentences) or a plain graph.json from
// another tool or an older build. Pure (no DOM), so it is unit-tested in Node.

import type { SerializedGraph } from 'graphology-types';

import type { EdgeAttributes, NodeAttributes } from '../../graph/attributes';
import type { Evidence } from '../../types';
import type { PageData } from '../page-data';
import { highlightNames, type Segment } from './highlight';
import type { ViewerGraph } from './state';

/** One sentence that names an entity, cut into plain and marked segments. */
export interface MentionSentence {
  doc: string;
  /** 0-based sentence index in its document. */
  sentence: number;
  segments: Segment[];
}

export interface MentionList {
  /** The sentences the page has for the entity, document by document. */
  sentences: MentionSentence[];
  /** Sentences naming it in the whole corpus (more than `sentences.length` when the page caps them). */
  total: number;
  /** Where the sentences come from: the build's mention table, or the entity's relations (plain graph.json). */
  source: 'mentions' | 'relations';
  /** How many sentences the list keeps at most (the build's cap per entity, or the viewer's for relations). */
  cap: number;
}

export interface PageContent {
  graph: SerializedGraph<NodeAttributes, EdgeAttributes>;
  /** The sentences that name a node; null when the page has no mention table. */
  mentionsOf(node: string): MentionList | null;
}

function isPacked(data: unknown): data is PageData {
  return typeof data === 'object' && data !== null && (data as { format?: unknown }).format === 'newsgraph-viewer/1';
}

/** Cuts `text` at the given [from, to) spans (sorted, possibly repeated or overlapping). */
export function segmentsAt(text: string, spans: Array<[number, number]>): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const [from, to] of [...spans].sort((a, b) => a[0] - b[0] || b[1] - a[1])) {
    const f = Math.max(from, at);
    const t = Math.min(to, text.length);
    if (t <= f) continue;
    if (f > at) out.push({ text: text.slice(at, f), mark: false });
    out.push({ text: text.slice(f, t), mark: true });
    at = t;
  }
  if (at < text.length) out.push({ text: text.slice(at), mark: false });
  return out;
}

/** Reads the embedded JSON (packed or plain) into a serialised graph with full evidence, and the mention lists. */
export function readPageContent(data: unknown): PageContent {
  if (!isPacked(data)) return { graph: data as SerializedGraph<NodeAttributes, EdgeAttributes>, mentionsOf: () => null };
  const { docs, sentences, mentions, mentionCap } = data;
  // One evidence object per row, shared by every edge that cites it (nothing mutates evidence).
  const evidence: Array<Evidence | undefined> = new Array(sentences.length);
  const evidenceAt = (row: number): Evidence => {
    let ev = evidence[row];
    if (!ev) {
      const [d, sentence, start, end, text] = sentences[row];
      ev = evidence[row] = { doc: docs[d], sentence, start, end, text };
    }
    return ev;
  };
  const edges = (data.graph.edges as Array<{ attributes?: { evidence?: Array<number | Evidence> } }>).map((e) =>
    e.attributes?.evidence ? { ...e, attributes: { ...e.attributes, evidence: e.attributes.evidence.map((x) => (typeof x === 'number' ? evidenceAt(x) : x)) } } : e,
  );
  const graph = { ...data.graph, edges } as unknown as SerializedGraph<NodeAttributes, EdgeAttributes>;
  return {
    graph,
    mentionsOf(node) {
      const flat = Object.prototype.hasOwnProperty.call(mentions, node) ? mentions[node] : undefined;
      if (!flat) return { sentences: [], total: 0, source: 'mentions', cap: mentionCap };
      const byRow = new Map<number, Array<[number, number]>>();
      for (let i = 1; i + 2 < flat.length; i += 3) {
        const spans = byRow.get(flat[i]) ?? [];
        spans.push([flat[i + 1], flat[i + 2]]);
        byRow.set(flat[i], spans);
      }
      const list = [...byRow.entries()].map(([row, spans]) => {
        const [d, sentence, , , text] = sentences[row];
        return { doc: docs[d], sentence, segments: segmentsAt(text, spans) };
      });
      return { sentences: list, total: flat[0], source: 'mentions', cap: mentionCap };
    },
  };
}

/** Sentences listed from a node's relations when the page has no mention table (a hub can have thousands). */
export const RELATION_SENTENCES_SHOWN = 12;

/**
 * For a graph without a mention table: the sentences of the node's relations (typed and co-occurrence),
 * one per document sentence, in document order, its names marked; the first `limit`, and how many in all.
 */
export function mentionsFromRelations(graph: ViewerGraph, node: string, limit = RELATION_SENTENCES_SHOWN): MentionList {
  const a = graph.getNodeAttributes(node);
  const names = [a.label, ...(a.aliases ?? [])];
  const seen = new Map<string, Evidence>();
  graph.forEachEdge(node, (_e, attrs) => {
    for (const ev of attrs.evidence ?? []) {
      const k = `${ev.doc}\u0000${ev.sentence}`;
      if (!seen.has(k)) seen.set(k, ev);
    }
  });
  const sentences = [...seen.values()]
    .sort((x, y) => (x.doc < y.doc ? -1 : x.doc > y.doc ? 1 : x.sentence - y.sentence))
    .slice(0, limit)
    .map((ev) => ({ doc: ev.doc, sentence: ev.sentence, segments: highlightNames(ev.text, names) }));
  return { sentences, total: seen.size, source: 'relations', cap: limit };
}

/** The mention list of a node: from the page's table when it has one, else from its relations. */
export function mentionList(content: PageContent, graph: ViewerGraph, node: string): MentionList {
  return content.mentionsOf(node) ?? mentionsFromRelations(graph, node);
}
