// Graph: resolved entities and relations → a graphology graph with the attributes of CONTRACT.md.
// The only stage that constructs the graph; entities and relations are inserted in sorted order so
// that graphology's insertion-order iteration (and so every output) is deterministic.

import Graph from 'graphology';

import type { Resolved } from '../types';
import type { EdgeAttributes, GraphAttributes, KnowledgeGraph, NodeAttributes } from './attributes';
import { edgeKey } from './keys';

export type { KnowledgeGraph, NodeAttributes, EdgeAttributes, GraphAttributes } from './attributes';
export { edgeKey } from './keys';

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Builds the knowledge graph from resolved entities and relations. */
export function buildGraph(resolved: Resolved, attributes: GraphAttributes): KnowledgeGraph {
  const graph: KnowledgeGraph = new Graph<NodeAttributes, EdgeAttributes, GraphAttributes>({ type: 'directed', multi: false, allowSelfLoops: false });
  graph.replaceAttributes({ ...attributes });
  for (const e of [...resolved.entities].sort((a, b) => cmp(a.id, b.id))) {
    graph.addNode(e.id, {
      label: e.label,
      kind: e.kind,
      aliases: [...e.aliases].sort(cmp),
      mentions: e.mentions,
      docs: [...e.docs].sort(cmp),
    });
  }
  // Keys computed once, not in every comparison of the sort.
  const relations = resolved.relations.map((r) => ({ r, key: edgeKey(r.subject, r.predicate, r.object) })).sort((a, b) => cmp(a.key, b.key));
  for (const { r, key } of relations) {
    if (r.subject === r.object || !graph.hasNode(r.subject) || !graph.hasNode(r.object)) continue;
    const attrs: EdgeAttributes = {
      predicate: r.predicate,
      weight: r.evidence.length,
      confidence: r.confidence,
      evidence: r.evidence,
    };
    if (r.role) attrs.role = r.role;
    if (r.rule) attrs.rule = r.rule;
    graph.mergeEdgeWithKey(key, r.subject, r.object, attrs);
  }
  return graph;
}
