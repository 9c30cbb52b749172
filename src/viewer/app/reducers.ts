// Sigma node and edge reducers: what is drawn, derived from the graph's attributes and the viewer
// state (sigma v3's model — the graph is never changed to show a filter, a hover or a selection).
// Pure functions of (state, sizes), so they are unit-tested in Node.

import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';

import type { EdgeAttributes, NodeAttributes } from '../../graph/attributes';
import type { NodeSizes } from './sizes';
import { COOCCURRENCE, passesFilters, type ViewerState } from './state';

/** Nodes outside the focus: light enough to recede, dark enough to keep the graph's shape. */
export const DIM_NODE_COLOR = '#e2e2e2';
export const DIM_EDGE_COLOR = '#efefef';
export const FOCUS_EDGE_COLOR = '#3c3c3c';
/** Edges of large graphs: faint from the start, so a hover only repaints the focus's own edges. */
export const LARGE_GRAPH_EDGE_COLOR = '#d4d4d4';

/** Predicates without a direction (CONTRACT.md: `met` is symmetric; co-occurrence too): no arrow head. */
const SYMMETRIC_PREDICATES = new Set(['met', COOCCURRENCE]);

/** Canvas labels longer than this are cut at a word (Concern labels can be whole clauses). */
export const MAX_LABEL_LENGTH = 36;

/** Shortens a label for the canvas; the panel and the hovered or selected node show it in full. */
export function shortLabel(label: string): string {
  if (label.length <= MAX_LABEL_LENGTH) return label;
  const cut = label.slice(0, MAX_LABEL_LENGTH);
  const space = cut.lastIndexOf(' ');
  return `${(space > MAX_LABEL_LENGTH / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/, '')}…`;
}

type NodeData = NodeAttributes & Partial<NodeDisplayData>;
type EdgeData = EdgeAttributes & Partial<EdgeDisplayData>;

/**
 * The node reducer: kinds and filters (mentions, links, isolated; the selection always drawn), size mode, focus (hover or selection) and forced labels. `kindColors`
 * colours nodes that carry no colour of their own (a graph.json from another tool), as the legend does.
 */
export function createNodeReducer(
  state: ViewerState,
  sizes: NodeSizes,
  kindColors: Map<string, string> = new Map(),
): (node: string, data: NodeAttributes) => Partial<NodeDisplayData> {
  // NOTE: sigma passes a shallow copy of the attributes, so mutating `data` is safe and saves an
  // allocation per node on every refresh (it matters at 10,000 nodes).
  return (node, attributes) => {
    const data = attributes as NodeData;
    // isNodeShown, inlined on the attributes sigma passes (no graph lookup per node).
    if (state.hiddenKinds.has(data.kind) || (!state.labelled.has(node) && !passesFilters(state, node, data.mentions))) {
      data.hidden = true;
      return data;
    }
    data.color ??= kindColors.get(data.kind);
    const size = sizes[state.sizeMode].get(node);
    if (size !== undefined) data.size = size;
    const selected = node === state.selectedNode;
    if (!selected && node !== state.hoveredNode) data.label = shortLabel(data.label);
    if (selected) data.highlighted = true;
    if (state.focus !== null && !state.focusNodes.has(node) && !selected) {
      data.color = DIM_NODE_COLOR;
      data.label = '';
      data.zIndex = 0;
    } else if (state.focusNodes.has(node) || state.labelled.has(node)) {
      data.forceLabel = true;
      data.zIndex = 2;
    } else {
      data.zIndex = 1;
    }
    return data;
  };
}

/**
 * The edge reducer: co-occurrence toggle, arrows for directed predicates, predicate labels at the focus.
 * With `large`, edges outside the focus look the same whether or not there is a focus (faint), so a
 * hover changes only the focus's edges and main.ts repaints just those.
 */
export function createEdgeReducer(state: ViewerState, options: { large?: boolean } = {}): (edge: string, data: EdgeAttributes) => Partial<EdgeDisplayData> {
  const large = options.large ?? false;
  // Edges whose end is of a hidden kind need no test here: sigma skips an edge with a hidden extremity.
  return (edge, attributes) => {
    const data = attributes as EdgeData;
    if (data.predicate === COOCCURRENCE && !state.showCooccurrence) {
      data.hidden = true;
      return data;
    }
    data.type = SYMMETRIC_PREDICATES.has(data.predicate) ? 'line' : 'arrow';
    const picked = edge === state.hoveredEdge || edge === state.selectedEdge;
    if (picked || state.focusEdges.has(edge)) {
      data.color = FOCUS_EDGE_COLOR;
      // Co-occurrence is unlabelled even at the focus: a hub has hundreds, and "mentionedWith" written
      // along each says nothing the panel does not (typed predicates keep their label).
      data.label = data.predicate === COOCCURRENCE && !picked ? '' : data.predicate;
      data.forceLabel = true;
      data.zIndex = 2;
      data.size = (data.size ?? 1) + (picked ? 1.5 : 0.5);
    } else {
      // No label otherwise: sigma would label every edge between two labelled nodes, a clutter of predicates.
      data.label = '';
      if (large) {
        data.color = LARGE_GRAPH_EDGE_COLOR;
        data.zIndex = 1;
      } else if (state.focus !== null) {
        data.color = DIM_EDGE_COLOR;
        data.zIndex = 0;
      } else data.zIndex = 1;
    }
    return data;
  };
}
