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

/**
 * About how many nodes the default view shows: past this, it opens on the most-mentioned entities
 * only (the mentions filter's default), as Gephi Lite and Retina open big graphs on a filtered part.
 * ~1,500 circles still read at a laptop's size; 9,000 are a hairball.
 */
export const NODE_BUDGET = 1_500;

/** The filters a user sets (and the URL keeps): thresholds on mentions and degree, and isolated nodes. */
export interface Filters {
  /** Nodes mentioned fewer times are hidden. */
  minMentions: number;
  /** Nodes with fewer shown links are hidden (0: no threshold). */
  minDegree: number;
  /** Nodes with no shown link: hidden unless asked for. */
  showIsolated: boolean;
}

export interface ViewerState {
  hoveredNode: string | null;
  hoveredEdge: string | null;
  selectedNode: string | null;
  selectedEdge: string | null;
  hiddenKinds: Set<string>;
  showCooccurrence: boolean;
  sizeMode: SizeMode;
  layoutRunning: boolean;
  filters: Filters;
  /** Links per node through the edges the predicate toggle shows (degree filter, isolated nodes). */
  degree: Map<string, number>;
  /** Nodes drawn with the current kinds and filters (selection aside), for the counts in the legend. */
  shownCount: number;
  /** Nodes with no shown link. */
  isolatedCount: number;
  // Derived by deriveFocus after every transition, so the reducers make O(1) lookups per item:
  /** The node whose neighbourhood stands out: the hovered one, else the selected one. */
  focus: string | null;
  /** The focus and its neighbours through visible edges. */
  focusNodes: Set<string>;
  /** The visible edges at the focus. */
  focusEdges: Set<string>;
  /**
   * The selected node and its neighbours through shown edges: always drawn, whatever the filters (it
   * was asked for), and always labelled.
   */
  labelled: Set<string>;
}

/** True when the graph has typed relations besides co-occurrence. */
export function hasTypedEdges(graph: ViewerGraph): boolean {
  return graph.someEdge((_e, a) => a.predicate !== COOCCURRENCE);
}

/**
 * Whether co-occurrence links are shown at first: they outnumber typed facts several times over and
 * hide them, so they are off when typed relations link a fair share of the nodes (news on the seeds'
 * topics), and on when typed relations are too few to give the graph a shape (a general corpus such
 * as Brown: 405 typed edges for 9,183 nodes) or absent.
 */
export function defaultCooccurrence(graph: ViewerGraph): boolean {
  const linked = new Set<string>();
  graph.forEachEdge((_e, a, s, t) => {
    if (a.predicate === COOCCURRENCE) return;
    linked.add(s);
    linked.add(t);
  });
  return linked.size < graph.order / 4;
}

/** Links per node through the edges shown with or without co-occurrence. */
export function shownDegrees(graph: ViewerGraph, showCooccurrence: boolean): Map<string, number> {
  const degree = new Map<string, number>();
  graph.forEachNode((n) => degree.set(n, 0));
  graph.forEachEdge((_e, a, s, t) => {
    if (a.predicate === COOCCURRENCE && !showCooccurrence) return;
    degree.set(s, degree.get(s)! + 1);
    degree.set(t, degree.get(t)! + 1);
  });
  return degree;
}

/**
 * The default mentions threshold: 1 when the linked nodes fit NODE_BUDGET, else the lowest threshold
 * that brings them within it (the most-mentioned part of the graph).
 */
export function defaultMinMentions(graph: ViewerGraph, degree: Map<string, number>, budget = NODE_BUDGET): number {
  const counts = new Map<number, number>();
  graph.forEachNode((n, a) => {
    if (!degree.get(n)) return;
    const m = Math.max(1, a.mentions || 0);
    counts.set(m, (counts.get(m) ?? 0) + 1);
  });
  // From the most mentioned down: the lowest threshold whose count stays about within the budget (a
  // quarter over is fine: thresholds are whole numbers and the next one up may show far fewer).
  let shown = 0;
  let previous: number | null = null;
  for (const m of [...counts.keys()].sort((a, b) => b - a)) {
    shown += counts.get(m)!;
    if (shown > budget * 1.25) return previous ?? m;
    previous = m;
  }
  return 1;
}

/**
 * The initial state: nothing hovered, every kind shown, the default filters (or those of the URL).
 * `defaults`, a state made with no URL, saves recomputing the graph's defaults (two passes over the
 * edges each, ~0.3 s at 100,000 edges).
 */
export function createState(graph: ViewerGraph, initial: Partial<ViewState> = {}, defaults?: ViewerState): ViewerState {
  const defaultCooc = defaults?.showCooccurrence ?? defaultCooccurrence(graph);
  const showCooccurrence = initial.showCooccurrence ?? defaultCooc;
  // Degree maps are replaced, never changed in place, so a state can share its defaults' map.
  const degree = defaults && defaults.showCooccurrence === showCooccurrence ? defaults.degree : shownDegrees(graph, showCooccurrence);
  // The default threshold is the graph's own, whatever the URL says about co-occurrence, so that a URL
  // that leaves the threshold out (it was the default) gets the same one back.
  const minMentions =
    initial.filters?.minMentions ?? defaults?.filters.minMentions ?? defaultMinMentions(graph, showCooccurrence === defaultCooc ? degree : shownDegrees(graph, defaultCooc));
  const state: ViewerState = {
    hoveredNode: null,
    hoveredEdge: null,
    selectedNode: null,
    selectedEdge: null,
    hiddenKinds: new Set(initial.hiddenKinds ?? []),
    showCooccurrence,
    sizeMode: initial.sizeMode ?? 'degree',
    layoutRunning: false,
    filters: {
      minMentions,
      minDegree: initial.filters?.minDegree ?? 0,
      showIsolated: initial.filters?.showIsolated ?? false,
    },
    degree,
    shownCount: 0,
    isolatedCount: 0,
    focus: null,
    focusNodes: new Set(),
    focusEdges: new Set(),
    labelled: new Set(),
  };
  selectNode(graph, state, initial.selectedNode ?? null);
  return state;
}

/**
 * Brings the state to a view from the URL (Back, Forward, a pasted link): the fields given change,
 * the others go back to `defaults`.
 */
export function applyView(graph: ViewerGraph, state: ViewerState, view: Partial<ViewState>, defaults: ViewerState): void {
  state.hiddenKinds = new Set(view.hiddenKinds ?? []);
  state.sizeMode = view.sizeMode ?? defaults.sizeMode;
  const cooc = view.showCooccurrence ?? defaults.showCooccurrence;
  if (cooc !== state.showCooccurrence) {
    state.showCooccurrence = cooc;
    state.degree = shownDegrees(graph, cooc);
  }
  state.filters = { ...defaults.filters, ...view.filters };
  state.hoveredNode = null;
  state.hoveredEdge = null;
  selectNode(graph, state, view.selectedNode ?? null);
  recount(graph, state);
}

/** What a URL can say about the view: the selection, the filters, the kinds, co-occurrence, size. */
export interface ViewState {
  selectedNode: string | null;
  filters: Partial<Filters>;
  hiddenKinds: string[];
  showCooccurrence: boolean;
  sizeMode: SizeMode;
}

/** Whether an edge is drawn: co-occurrence only on request, and both ends drawn. */
export function isEdgeShown(graph: ViewerGraph, state: ViewerState, edge: string): boolean {
  if (graph.getEdgeAttribute(edge, 'predicate') === COOCCURRENCE && !state.showCooccurrence) return false;
  const [s, t] = graph.extremities(edge);
  return isNodeShown(graph, state, s) && isNodeShown(graph, state, t);
}

/** Whether a node passes the filters (kinds aside): mentions, degree, isolated. O(1), for the reducers. */
export function passesFilters(state: ViewerState, node: string, mentions: number): boolean {
  const f = state.filters;
  const degree = state.degree.get(node) ?? 0;
  return (mentions || 0) >= f.minMentions && degree >= f.minDegree && (f.showIsolated || degree > 0);
}

/** Whether a node is drawn: its kind is shown, and it passes the filters or belongs to the selection. */
export function isNodeShown(graph: ViewerGraph, state: ViewerState, node: string): boolean {
  const a = graph.getNodeAttributes(node);
  if (state.hiddenKinds.has(a.kind)) return false;
  return state.labelled.has(node) || passesFilters(state, node, a.mentions);
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

/** The selected node and its neighbours through edges of shown predicates and kinds, filters aside. */
function selectionNeighbourhood(graph: ViewerGraph, state: ViewerState, node: string): Set<string> {
  const nodes = new Set([node]);
  graph.forEachEdge(node, (_edge, a, s, t) => {
    if (a.predicate === COOCCURRENCE && !state.showCooccurrence) return;
    const other = s === node ? t : s;
    if (!state.hiddenKinds.has(graph.getNodeAttribute(other, 'kind'))) nodes.add(other);
  });
  return nodes;
}

function deriveFocus(graph: ViewerGraph, state: ViewerState): void {
  const selected = state.selectedNode !== null && isKindShown(graph, state, state.selectedNode) ? state.selectedNode : null;
  state.labelled = selected !== null ? selectionNeighbourhood(graph, state, selected) : new Set();
  const focus = state.hoveredNode ?? state.selectedNode;
  state.focus = focus !== null && graph.hasNode(focus) && isNodeShown(graph, state, focus) ? focus : null;
  const around = state.focus !== null ? visibleNeighbourhood(graph, state, state.focus) : null;
  state.focusNodes = around?.nodes ?? new Set();
  state.focusEdges = around?.edges ?? new Set();
}

function isKindShown(graph: ViewerGraph, state: ViewerState, node: string): boolean {
  return graph.hasNode(node) && !state.hiddenKinds.has(graph.getNodeAttribute(node, 'kind'));
}

/** Recounts what the filters show (after a change of kinds, filters or co-occurrence; not on hover). */
function recount(graph: ViewerGraph, state: ViewerState): void {
  let shown = 0;
  let isolated = 0;
  graph.forEachNode((n, a) => {
    if (!state.degree.get(n)) isolated++;
    if (!state.hiddenKinds.has(a.kind) && passesFilters(state, n, a.mentions)) shown++;
  });
  state.shownCount = shown;
  state.isolatedCount = isolated;
}

/** Drops a hover or an edge selection that the last change hid. */
function dropHidden(graph: ViewerGraph, state: ViewerState): void {
  if (state.hoveredNode !== null && !isNodeShown(graph, state, state.hoveredNode)) state.hoveredNode = null;
  if (state.selectedEdge !== null && !isEdgeShown(graph, state, state.selectedEdge)) state.selectedEdge = null;
  if (state.hoveredEdge !== null && !isEdgeShown(graph, state, state.hoveredEdge)) state.hoveredEdge = null;
}

/** Selects a node (or nothing); a node of a hidden kind brings its kind back, since it was asked for. */
export function selectNode(graph: ViewerGraph, state: ViewerState, node: string | null): void {
  const target = node !== null && graph.hasNode(node) ? node : null;
  const kindBack = target !== null && state.hiddenKinds.delete(graph.getNodeAttribute(target, 'kind'));
  state.selectedNode = target;
  state.selectedEdge = null;
  deriveFocus(graph, state);
  if (kindBack || state.shownCount === 0) recount(graph, state);
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
  if (state.selectedNode !== null && !isKindShown(graph, state, state.selectedNode)) state.selectedNode = null;
  deriveFocus(graph, state);
  dropHidden(graph, state);
  deriveFocus(graph, state);
  recount(graph, state);
}

/** Shows or hides co-occurrence edges (degrees change with them); a selected or hovered one that disappears is dropped. */
export function setCooccurrence(graph: ViewerGraph, state: ViewerState, shown: boolean): void {
  state.showCooccurrence = shown;
  state.degree = shownDegrees(graph, shown);
  deriveFocus(graph, state);
  dropHidden(graph, state);
  deriveFocus(graph, state);
  recount(graph, state);
}

/** Changes the filters (thresholds are whole numbers from 0; mentions from 1); the selection stays drawn. */
export function setFilters(graph: ViewerGraph, state: ViewerState, change: Partial<Filters>): void {
  const f = { ...state.filters, ...change };
  state.filters = {
    minMentions: Math.max(1, Math.floor(Number.isFinite(f.minMentions) ? f.minMentions : 1)),
    minDegree: Math.max(0, Math.floor(Number.isFinite(f.minDegree) ? f.minDegree : 0)),
    showIsolated: Boolean(f.showIsolated),
  };
  deriveFocus(graph, state);
  dropHidden(graph, state);
  deriveFocus(graph, state);
  recount(graph, state);
}

/** Sizes nodes by degree or by mentions. */
export function setSizeMode(_graph: ViewerGraph, state: ViewerState, mode: SizeMode): void {
  state.sizeMode = mode;
}

/** Records whether the live ForceAtlas2 layout runs (the toolbar button mirrors it). */
export function setLayoutRunning(_graph: ViewerGraph, state: ViewerState, running: boolean): void {
  state.layoutRunning = running;
}
