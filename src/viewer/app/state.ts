// The viewer's one state object and the transitions on it. Sigma's reducers (reducers.ts) and the
// DOM (chrome.ts, panel.ts) are derived from it; event handlers call a transition, then refresh.
// Pure — no DOM, no sigma — so the rules are unit-tested in Node.

import type Graph from 'graphology';

import type { EdgeAttributes, NodeAttributes } from '../../graph/attributes';

export type ViewerGraph = Graph<NodeAttributes, EdgeAttributes>;

export const SIZE_MODES = ['degree', 'mentions'] as const;
export type SizeMode = (typeof SIZE_MODES)[number];

/** Co-occurrence in a sentence: shown in the viewer, but not a typed fact (CONTRACT.md). */
export const COOCCURRENCE = 'mentionedWith';

export interface ViewerState {
  hoveredNode: string | null;
  hoveredEdge: string | null;
  selectedNode: string | null;
  selectedEdge: string | null;
  hiddenKinds: Set<string>;
  showCooccurrence: boolean;
  sizeMode: SizeMode;
  layoutRunning: boolean;
  // Derived by deriveFocus after every transition, so the reducers make O(1) lookups per item:
  /** The node whose neighbourhood stands out: the hovered one, else the selected one. */
  focus: string | null;
  /** The focus and its neighbours through visible edges. */
  focusNodes: Set<string>;
  /** The visible edges at the focus. */
  focusEdges: Set<string>;
  /** The selected node and its visible neighbours: always labelled. */
  labelled: Set<string>;
}

/** True when the graph has typed relations besides co-occurrence. */
export function hasTypedEdges(graph: ViewerGraph): boolean {
  return graph.someEdge((_e, a) => a.predicate !== COOCCURRENCE);
}

/** The initial state: nothing hovered, every kind shown, co-occurrence only when it is all there is. */
export function createState(graph: ViewerGraph, initial: { selectedNode?: string | null } = {}): ViewerState {
  const state: ViewerState = {
    hoveredNode: null,
    hoveredEdge: null,
    selectedNode: null,
    selectedEdge: null,
    hiddenKinds: new Set(),
    // Co-occurrence edges outnumber typed facts several times over and hide them: off by default
    // when there are typed edges to look at.
    showCooccurrence: !hasTypedEdges(graph),
    sizeMode: 'degree',
    layoutRunning: false,
    focus: null,
    focusNodes: new Set(),
    focusEdges: new Set(),
    labelled: new Set(),
  };
  selectNode(graph, state, initial.selectedNode ?? null);
  return state;
}

/** Whether an edge is drawn: co-occurrence only on request, and both ends of a shown kind. */
export function isEdgeShown(graph: ViewerGraph, state: ViewerState, edge: string): boolean {
  if (graph.getEdgeAttribute(edge, 'predicate') === COOCCURRENCE && !state.showCooccurrence) return false;
  const [s, t] = graph.extremities(edge);
  return isNodeShown(graph, state, s) && isNodeShown(graph, state, t);
}

/** Whether a node is drawn: its kind is not hidden. */
export function isNodeShown(graph: ViewerGraph, state: ViewerState, node: string): boolean {
  return !state.hiddenKinds.has(graph.getNodeAttribute(node, 'kind'));
}

/** The node and its neighbours through shown edges, and those edges. */
export function visibleNeighbourhood(graph: ViewerGraph, state: ViewerState, node: string): { nodes: Set<string>; edges: Set<string> } {
  const nodes = new Set([node]);
  const edges = new Set<string>();
  graph.forEachEdge(node, (edge, _a, s, t) => {
    if (!isEdgeShown(graph, state, edge)) return;
    edges.add(edge);
    nodes.add(s === node ? t : s);
  });
  return { nodes, edges };
}

function deriveFocus(graph: ViewerGraph, state: ViewerState): void {
  const focus = state.hoveredNode ?? state.selectedNode;
  state.focus = focus !== null && graph.hasNode(focus) && isNodeShown(graph, state, focus) ? focus : null;
  const around = state.focus !== null ? visibleNeighbourhood(graph, state, state.focus) : null;
  state.focusNodes = around?.nodes ?? new Set();
  state.focusEdges = around?.edges ?? new Set();
  state.labelled = state.selectedNode !== null ? visibleNeighbourhood(graph, state, state.selectedNode).nodes : new Set();
}

/** Selects a node (or nothing); a node of a hidden kind brings its kind back, since it was asked for. */
export function selectNode(graph: ViewerGraph, state: ViewerState, node: string | null): void {
  const target = node !== null && graph.hasNode(node) ? node : null;
  if (target !== null) state.hiddenKinds.delete(graph.getNodeAttribute(target, 'kind'));
  state.selectedNode = target;
  state.selectedEdge = null;
  deriveFocus(graph, state);
}

/** Selects an edge; the panel then shows that relation instead of a node. */
export function selectEdge(graph: ViewerGraph, state: ViewerState, edge: string | null): void {
  state.selectedEdge = edge !== null && graph.hasEdge(edge) ? edge : null;
  state.selectedNode = null;
  deriveFocus(graph, state);
}

/** The pointer entered a node (or left it, with null). */
export function hoverNode(graph: ViewerGraph, state: ViewerState, node: string | null): void {
  state.hoveredNode = node;
  deriveFocus(graph, state);
}

/** The pointer entered an edge (or left it, with null). */
export function hoverEdge(_graph: ViewerGraph, state: ViewerState, edge: string | null): void {
  state.hoveredEdge = edge;
}

/** Shows or hides every node of a kind; a selection that disappears is dropped. */
export function setKindShown(graph: ViewerGraph, state: ViewerState, kind: string, shown: boolean): void {
  if (shown) state.hiddenKinds.delete(kind);
  else state.hiddenKinds.add(kind);
  if (state.selectedNode !== null && !isNodeShown(graph, state, state.selectedNode)) state.selectedNode = null;
  if (state.hoveredNode !== null && !isNodeShown(graph, state, state.hoveredNode)) state.hoveredNode = null;
  if (state.selectedEdge !== null && !isEdgeShown(graph, state, state.selectedEdge)) state.selectedEdge = null;
  deriveFocus(graph, state);
}

/** Shows or hides co-occurrence edges; a selected or hovered one that disappears is dropped. */
export function setCooccurrence(graph: ViewerGraph, state: ViewerState, shown: boolean): void {
  state.showCooccurrence = shown;
  if (state.selectedEdge !== null && !isEdgeShown(graph, state, state.selectedEdge)) state.selectedEdge = null;
  if (state.hoveredEdge !== null && !isEdgeShown(graph, state, state.hoveredEdge)) state.hoveredEdge = null;
  deriveFocus(graph, state);
}

/** Sizes nodes by degree or by mentions. */
export function setSizeMode(_graph: ViewerGraph, state: ViewerState, mode: SizeMode): void {
  state.sizeMode = mode;
}

/** Records whether the live ForceAtlas2 layout runs (the toolbar button mirrors it). */
export function setLayoutRunning(_graph: ViewerGraph, state: ViewerState, running: boolean): void {
  state.layoutRunning = running;
}
