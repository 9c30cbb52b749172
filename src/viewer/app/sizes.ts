// Node sizes for each size mode, computed once on load: by degree (the layout's `size`, CONTRACT.md)
// or by mentions across the corpus, on the same scale so switching keeps the picture's proportions.

import type { SizeMode, ViewerGraph } from './state';

export type NodeSizes = Record<SizeMode, Map<string, number>>;

/** Default scale when the graph carries no sizes (layout/ uses 4..18 for degree). */
const MIN_SIZE = 4;
const MAX_SIZE = 18;

/** Sizes per node for every mode; square roots so that area, not radius, follows the count. */
export function computeNodeSizes(graph: ViewerGraph): NodeSizes {
  let lo = Infinity;
  let hi = -Infinity;
  let maxDegree = 1;
  let maxMentions = 1;
  graph.forEachNode((node, a) => {
    if (typeof a.size === 'number' && Number.isFinite(a.size)) {
      lo = Math.min(lo, a.size);
      hi = Math.max(hi, a.size);
    }
    maxDegree = Math.max(maxDegree, graph.degree(node));
    maxMentions = Math.max(maxMentions, a.mentions || 0);
  });
  if (!(hi > lo)) {
    lo = MIN_SIZE;
    hi = MAX_SIZE;
  }
  const scale = (value: number, max: number) => Math.round((lo + (hi - lo) * Math.sqrt(Math.max(0, value) / max)) * 100) / 100;
  const degree = new Map<string, number>();
  const mentions = new Map<string, number>();
  graph.forEachNode((node, a) => {
    degree.set(node, typeof a.size === 'number' && Number.isFinite(a.size) ? a.size : scale(graph.degree(node), maxDegree));
    mentions.set(node, scale(a.mentions || 0, maxMentions));
  });
  return { degree, mentions };
}
