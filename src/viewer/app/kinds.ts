// The kinds present in a graph, for the legend and for nodes without a colour: core kinds first,
// each with the colour the layout gave its nodes (layout/kind-colors.ts) or one from a fallback palette.

import type { ViewerGraph } from './state';

/** The core kinds first, in CONTRACT.md's order; other kinds follow alphabetically. */
const KIND_ORDER = ['Person', 'Country', 'Place', 'Organization', 'Agreement', 'Concern'];
/** For kinds the layout gave no colour (graphs made by other tools): apart from layout's six kind colours. */
const FALLBACK_COLORS = ['#882255', '#44aa99', '#999933', '#332288', '#aa4499', '#666666'];

/** Kinds in legend order with their colour and node count. */
export function kindsOf(graph: ViewerGraph): Array<{ kind: string; color: string; count: number }> {
  const kinds = new Map<string, { color: string | undefined; count: number }>();
  graph.forEachNode((_n, a) => {
    const k = kinds.get(a.kind) ?? { color: undefined, count: 0 };
    k.count++;
    k.color ??= a.color;
    kinds.set(a.kind, k);
  });
  const rank = (k: string) => (KIND_ORDER.includes(k) ? KIND_ORDER.indexOf(k) : KIND_ORDER.length);
  let fallback = 0;
  return [...kinds.entries()]
    .sort((a, b) => rank(a[0]) - rank(b[0]) || a[0].localeCompare(b[0]))
    .map(([kind, k]) => ({ kind, color: k.color ?? FALLBACK_COLORS[fallback++ % FALLBACK_COLORS.length], count: k.count }));
}

