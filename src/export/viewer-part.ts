// The part of a graph a browser page can hold. A page of a few hundred MB does not open, so past
// MAX_VIEWER_JSON_BYTES of graph data the viewer gets the most-mentioned nodes (and the edges among
// them) that fit; graph.json and the RDF keep everything. The page and the summary say how many
// nodes of how many are shown.

import type { SerializedGraph } from 'graphology-types';

/** Graph data a viewer page holds at most: the page stays under ~50 MB with the bundle. */
export const MAX_VIEWER_JSON_BYTES = 45_000_000;

export interface ViewerPart {
  graph: SerializedGraph;
  /** Nodes shown, and nodes in the whole graph (equal when the whole graph fits). */
  shown: number;
  total: number;
}

// Bytes of an element in graph.json's layout: its JSON indented two levels, and ",\n" after it.
const sizeOf = (x: unknown) => Buffer.byteLength(JSON.stringify(x, null, 1)) + 4;

/**
 * The whole serialised graph when its elements fit in `maxBytes`, else the nodes with the most
 * mentions (ties by key) whose elements and edges among them fit, in graph order.
 */
export function toViewerPart(graph: SerializedGraph, maxBytes = MAX_VIEWER_JSON_BYTES): ViewerPart {
  const nodes = graph.nodes;
  const edges = graph.edges;
  const total = nodes.length;
  const nodeSize = nodes.map(sizeOf);
  const edgeSize = edges.map(sizeOf);
  const sum = (a: number[]) => a.reduce((n, x) => n + x, 0);
  if (sum(nodeSize) + sum(edgeSize) <= maxBytes) return { graph, shown: total, total };

  const index = new Map(nodes.map((n, i) => [n.key, i]));
  // Edges by endpoint, to add an edge when its second endpoint joins.
  const incident: number[][] = nodes.map(() => []);
  edges.forEach((e, k) => {
    incident[index.get(e.source)!].push(k);
    if (e.target !== e.source) incident[index.get(e.target)!].push(k);
  });
  const mentions = (i: number) => Number((nodes[i].attributes as { mentions?: number } | undefined)?.mentions ?? 0);
  const order = nodes.map((_, i) => i).sort((a, b) => mentions(b) - mentions(a) || (nodes[a].key < nodes[b].key ? -1 : 1));
  const inPart = new Uint8Array(total);
  const edgeIn = new Uint8Array(edges.length);
  let bytes = 0;
  for (const i of order) {
    let cost = nodeSize[i];
    const joining: number[] = [];
    for (const k of incident[i]) {
      const e = edges[k];
      const other = index.get(e.source) === i ? index.get(e.target)! : index.get(e.source)!;
      if (other === i || inPart[other]) {
        cost += edgeSize[k];
        joining.push(k);
      }
    }
    if (bytes + cost > maxBytes) break;
    bytes += cost;
    inPart[i] = 1;
    for (const k of joining) edgeIn[k] = 1;
  }
  const shown = sum(Array.from(inPart));
  return {
    graph: { ...graph, nodes: nodes.filter((_, i) => inPart[i]), edges: edges.filter((_, k) => edgeIn[k]) },
    shown,
    total,
  };
}
