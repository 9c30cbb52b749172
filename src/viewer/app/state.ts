// The viewer's one state object: what is hovered, selected and filtered.

import type Graph from 'graphology';

import type { EdgeAttributes, NodeAttributes } from '../../graph/attributes';

export interface ViewerState {
  hovered: string | null;
  selected: string | null;
  hiddenKinds: Set<string>;
  showCooccurrence: boolean;
}

export function createState(graph: Graph<NodeAttributes, EdgeAttributes>): ViewerState {
  // Co-occurrence edges are noise next to typed facts: off by default when there are typed edges.
  let typed = false;
  graph.forEachEdge((_e, a) => {
    if (a.predicate !== 'mentionedWith') typed = true;
  });
  return { hovered: null, selected: null, hiddenKinds: new Set(), showCooccurrence: !typed };
}
