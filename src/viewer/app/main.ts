// Browser entry of the viewer, bundled by esbuild into an IIFE and inlined in index.html.
// Reads the graph from the page and renders it with Sigma; what is drawn is derived from the graph
// and one state object (state.ts) through reducers. Handlers call a state transition, then refresh().

import Graph from 'graphology';
import Sigma from 'sigma';
import { drawDiscNodeLabel } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';

import type { EdgeAttributes, NodeAttributes } from '../../graph/attributes';
import { buildChrome, type ChromeActions } from './chrome';
import { downloadBlob } from './dom';
import { toPngBlob } from './export-image';
import { toGexf } from './gexf';
import { formatHash, hashOf, parseHash, viewOf } from './hash';
import { kindsOf } from './kinds';
import { createLabelBoxes, labelOrder } from './label-boxes';
import { createLiveLayout } from './live-layout';
import { mentionList, readPageContent, type PageContent } from './page-data';
import { renderPanel } from './panel';
import { createEdgeReducer, createNodeReducer } from './reducers';
import { computeNodeSizes } from './sizes';
import * as transitions from './state';
import type { ViewerGraph, ViewerState } from './state';

/**
 * Items (nodes + edges) from which a graph counts as large: edges and labels are hidden while the
 * camera moves, edge hovering is off, fewer labels are placed, and hover refreshes skip reindexing.
 */
const LARGE_GRAPH_ITEMS = 5_000;

/** What a change touches: `focus` only colours and labels; `all` also visibility, sizes and sigma's indexes. */
type Change = 'focus' | 'all' | 'none';

function readGraph(): { graph: ViewerGraph; content: PageContent } {
  const text = document.getElementById('graph-data')?.textContent || '{"nodes":[],"edges":[]}';
  const content = readPageContent(JSON.parse(text));
  // Graph.from keeps the serialised options (type, multi), unlike `new Graph().import()`.
  const graph = Graph.from(content.graph) as unknown as Graph<NodeAttributes, EdgeAttributes>;
  // Sigma refuses nodes without coordinates; a graph.json from another tool may lack them.
  let i = 0;
  graph.updateEachNodeAttributes((_n, a) => {
    i++;
    if (Number.isFinite(a.x) && Number.isFinite(a.y)) return a;
    // Golden-angle spiral: deterministic and without overlaps.
    const r = Math.sqrt(i) * 10;
    return { ...a, x: r * Math.cos(i * 2.39996), y: r * Math.sin(i * 2.39996) };
  });
  return { graph, content };
}

function main(): void {
  // Marks for the benchmark (scripts/bench-viewer.mjs) and the browser's performance panel.
  performance.mark('newsgraph:start');
  const { graph, content } = readGraph();
  performance.mark('newsgraph:graph');
  const title = document.title || 'newsgraph';
  // The page's defaults (what a URL leaves out) and the state the URL asks for.
  const defaults = transitions.createState(graph);
  const state: ViewerState = transitions.createState(graph, viewOf(parseHash(location.hash)), defaults);
  const sizes = computeNodeSizes(graph);
  const large = graph.order + graph.size > LARGE_GRAPH_ITEMS;
  // The nodes the kinds and filters draw (the selection aside), kept for hovers: a focus that appears
  // or goes dims or restores only these (1,500 of 50,000 by default), the hidden ones stay as they are.
  const filteredNodes = () => graph.filterNodes((n, a) => !state.hiddenKinds.has(a.kind) && transitions.passesFilters(state, n, a.mentions));
  let shownNodes = filteredNodes();
  const layout = createLiveLayout(graph);
  // Assigned once the chrome has made the stage; the functions below only run after that.
  let renderer: Sigma<NodeAttributes, EdgeAttributes>;
  // What the panel shows (`n:key`, `e:key` or null); undefined until the first render.
  let panelShows: string | null | undefined;
  // Selections made here add a history entry (Back returns to the previous entity); filter changes
  // and the first sync on load only update the URL.
  let historyMode: 'push' | 'replace' = 'replace';
  let hashNode = state.selectedNode;

  /** What the last refresh drew in focus, so that on large graphs a hover repaints only what changed. */
  const focusSnapshot = () => ({
    focus: state.focus,
    nodes: new Set([...state.focusNodes, ...state.labelled, state.selectedNode, state.hoveredNode].filter((n): n is string => n !== null)),
    edges: new Set([...state.focusEdges, state.hoveredEdge, state.selectedEdge].filter((e): e is string => e !== null)),
  });
  let drawn = focusSnapshot();

  /** Brings pixels and controls in line with the state after a transition. */
  function refresh(change: Change): void {
    if (change === 'focus' && large) {
      // A hover recolours items but moves, hides or resizes none: re-run the reducers for the items
      // whose look changed, into the existing buffers, and skip sigma's full reindexing (label grid,
      // z-sorting), which costs ~100 ms at 10k nodes / 30k edges. Edges outside the focus look the same
      // with or without one (createEdgeReducer's `large`), so only the old and new focus edges change;
      // the nodes drawn all change when a focus appears or goes (dimming), else only the two
      // neighbourhoods; nodes the filters hide stay hidden and are left alone.
      const now = focusSnapshot();
      const nodes = (drawn.focus === null) !== (now.focus === null) ? [...new Set([...shownNodes, ...drawn.nodes, ...now.nodes])] : [...new Set([...drawn.nodes, ...now.nodes])];
      const edges = [...new Set([...drawn.edges, ...now.edges])];
      renderer.refresh({ partialGraph: { nodes, edges }, skipIndexation: true });
      drawn = now;
    } else if (change !== 'none') {
      performance.mark('newsgraph:refresh');
      renderer.refresh();
      performance.measure('newsgraph:refresh', 'newsgraph:refresh');
      shownNodes = filteredNodes();
      drawn = focusSnapshot();
    }
    chrome.sync(state);
    const selection = state.selectedNode !== null ? `n:${state.selectedNode}` : state.selectedEdge !== null ? `e:${state.selectedEdge}` : null;
    if (selection !== panelShows) {
      panelShows = selection;
      performance.mark('newsgraph:panel');
      renderPanel(chrome.panel, graph, state, { selectNode: (n) => act.chooseNode(n), selectEdge: (e) => selectEdge(e), mentionsOf: (n) => mentionList(content, graph, n) });
      performance.measure('newsgraph:panel', 'newsgraph:panel');
    }
    const hash = formatHash(hashOf(state, defaults));
    if (hash !== location.hash && !(hash === '' && location.hash === '#')) {
      const push = historyMode === 'push' && state.selectedNode !== hashNode;
      history[push ? 'pushState' : 'replaceState'](null, '', hash || location.pathname + location.search);
    }
    hashNode = state.selectedNode;
  }

  /** Moves the camera onto a node's neighbourhood (the node and its visible neighbours), fitted to the view. */
  function showNode(node: string, animate = true): void {
    const d = renderer.getNodeDisplayData(node);
    if (!d) return;
    let [minX, maxX, minY, maxY] = [d.x, d.x, d.y, d.y];
    for (const n of state.labelled) {
      const o = renderer.getNodeDisplayData(n);
      if (!o || o.hidden) continue;
      [minX, maxX, minY, maxY] = [Math.min(minX, o.x), Math.max(maxX, o.x), Math.min(minY, o.y), Math.max(maxY, o.y)];
    }
    // Display coordinates are normalised so that camera ratio 1 shows the whole graph: a ratio of the
    // neighbourhood's extent (plus a margin for labels) frames it; never closer than 0.08 or wider than 1.
    const ratio = Math.min(1, Math.max(0.08, Math.max(maxX - minX, maxY - minY) * 1.4));
    const target = { x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio };
    if (animate) void renderer.getCamera().animate(target, { duration: 450 });
    else renderer.getCamera().setState(target);
  }

  function selectEdge(edge: string | null): void {
    transitions.selectEdge(graph, state, edge);
    refresh('focus');
  }

  const act: ChromeActions = {
    chooseNode(node) {
      const hiddenBefore = state.hiddenKinds.size;
      transitions.selectNode(graph, state, node);
      refresh(state.hiddenKinds.size !== hiddenBefore ? 'all' : 'focus');
      showNode(node);
    },
    clearSelection() {
      transitions.selectNode(graph, state, null);
      refresh('focus');
    },
    setKindShown(kind, shown) {
      transitions.setKindShown(graph, state, kind, shown);
      refresh('all');
    },
    setCooccurrence(shown) {
      transitions.setCooccurrence(graph, state, shown);
      refresh('all');
    },
    setFilters(change) {
      // A slider sends many inputs while it is dragged: apply the last one once per frame.
      pendingFilters = { ...pendingFilters, ...change };
      if (filterFrame) return;
      filterFrame = requestAnimationFrame(() => {
        filterFrame = 0;
        const next = pendingFilters;
        pendingFilters = {};
        transitions.setFilters(graph, state, next);
        refresh('all');
      });
    },
    setSizeMode(mode) {
      transitions.setSizeMode(graph, state, mode);
      refresh('all');
    },
    toggleLayout() {
      if (state.layoutRunning) layout.stop();
      else layout.start();
      transitions.setLayoutRunning(graph, state, !state.layoutRunning);
      refresh('none');
    },
    zoomIn: () => void renderer.getCamera().animatedZoom({ duration: 250 }),
    zoomOut: () => void renderer.getCamera().animatedUnzoom({ duration: 250 }),
    // "The whole graph" is what the filters show.
    resetCamera: () => void renderer.getCamera().animate(shownFrame(), { duration: 300 }),
    toggleFullscreen() {
      if (document.fullscreenElement) void document.exitFullscreen();
      else void document.getElementById('app')?.requestFullscreen();
    },
    exportPng() {
      void toPngBlob(renderer).then((blob) => downloadBlob(blob, `${fileStem(title)}.png`));
    },
    exportGexf() {
      downloadBlob(new Blob([toGexf(graph)], { type: 'application/gexf+xml' }), `${fileStem(title)}.gexf`);
    },
  };

  let pendingFilters: Partial<transitions.Filters> = {};
  let filterFrame = 0;

  /** The camera that frames the nodes shown (the filters may hide a wide ring of small nodes), or the whole graph. */
  function shownFrame(): { x: number; y: number; ratio: number } {
    let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
    graph.forEachNode((n) => {
      if (!transitions.isNodeShown(graph, state, n)) return;
      const d = renderer.getNodeDisplayData(n);
      if (!d) return;
      [minX, maxX, minY, maxY] = [Math.min(minX, d.x), Math.max(maxX, d.x), Math.min(minY, d.y), Math.max(maxY, d.y)];
    });
    if (!Number.isFinite(minX)) return { x: 0.5, y: 0.5, ratio: 1 };
    // Display coordinates are normalised so that ratio 1 shows the whole graph; a little margin.
    const ratio = Math.min(1, Math.max(0.05, Math.max(maxX - minX, maxY - minY) * 1.05));
    return { x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio };
  }

  // Labels never overlap: sigma hands over its candidates for the frame (drawNodeLabel), and once it
  // has drawn everything else (afterRender, in the same frame) they are drawn in labelOrder, each only
  // where no other one stands (label-boxes.ts).
  type LabelData = Parameters<Settings<NodeAttributes, EdgeAttributes>['defaultDrawNodeLabel']>[1];
  const labelBoxes = createLabelBoxes();
  const labelWidths = new Map<string, number>();
  let candidates: Array<{ key: string; size: number; highlighted?: boolean; forceLabel?: boolean; context: CanvasRenderingContext2D; data: LabelData; settings: Settings<NodeAttributes, EdgeAttributes> }> = [];
  const drawNodeLabel: Settings<NodeAttributes, EdgeAttributes>['defaultDrawNodeLabel'] = (context, data, s) => {
    // NOTE: sigma passes the node's key with its display data (renderLabels), though its type omits it.
    if (data.label) candidates.push({ key: (data as { key?: string }).key ?? '', size: data.size, highlighted: data.highlighted, forceLabel: data.forceLabel, context, data, settings: s });
  };
  function drawLabels(): void {
    labelBoxes.reset();
    const list = candidates;
    candidates = [];
    list.sort(labelOrder);
    for (const { context, data, settings: s } of list) {
      const label = data.label!;
      context.font = `${s.labelWeight} ${s.labelSize}px ${s.labelFont}`;
      let width = labelWidths.get(label);
      if (width === undefined) {
        width = context.measureText(label).width;
        labelWidths.set(label, width);
      }
      const box = { x: data.x + data.size + 2, y: data.y - s.labelSize * 0.7, w: width + 4, h: s.labelSize * 1.4 };
      if (!labelBoxes.place(box, data.highlighted)) continue;
      // A white halo keeps the text readable over the nodes and edges behind it.
      context.lineWidth = 3;
      context.lineJoin = 'round';
      context.strokeStyle = 'rgba(255,255,255,0.85)';
      context.strokeText(label, data.x + data.size + 3, data.y + s.labelSize / 3);
      drawDiscNodeLabel(context, data, s);
    }
  }

  const chrome = buildChrome(document.getElementById('app')!, graph, title, act);

  const settings: Partial<Settings<NodeAttributes, EdgeAttributes>> = {
    nodeReducer: createNodeReducer(state, sizes, new Map(kindsOf(graph).map((k) => [k.kind, k.color]))),
    edgeReducer: createEdgeReducer(state, { large }),
    defaultEdgeType: 'arrow',
    renderEdgeLabels: true,
    enableEdgeEvents: !large,
    // Sigma's own answer to large graphs: draw only nodes while the camera moves.
    hideEdgesOnMove: large,
    hideLabelsOnMove: large,
    zIndex: true,
    labelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    labelSize: 13,
    labelWeight: '500',
    defaultDrawNodeLabel: drawNodeLabel,
    labelColor: { color: '#1f1f1f' },
    edgeLabelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    edgeLabelSize: 11,
    edgeLabelColor: { color: '#444' },
    // The grid offers the biggest nodes of each cell as candidates (more as one zooms in) and
    // drawNodeLabel drops any that would overlap one already drawn: small graphs (the seeds: ~60 nodes)
    // can label nearly every node; large ones offer fewer, only nodes drawn at least 5 px wide.
    labelDensity: large ? 0.5 : 1,
    labelGridCellSize: large ? 70 : 60,
    labelRenderedSizeThreshold: large ? 5 : 4,
    stagePadding: 50,
    minCameraRatio: 0.02,
    maxCameraRatio: 5,
  };
  performance.mark('newsgraph:chrome');
  renderer = new Sigma(graph, chrome.stage, settings);
  renderer.on('beforeRender', () => (candidates = []));
  renderer.on('afterRender', drawLabels);
  performance.mark('newsgraph:sigma');

  renderer.on('enterNode', ({ node }) => {
    transitions.hoverNode(graph, state, node);
    refresh('focus');
  });
  renderer.on('leaveNode', () => {
    transitions.hoverNode(graph, state, null);
    refresh('focus');
  });
  renderer.on('clickNode', ({ node }) => {
    transitions.selectNode(graph, state, node);
    refresh('focus');
  });
  renderer.on('enterEdge', ({ edge }) => {
    transitions.hoverEdge(graph, state, edge);
    refresh('focus');
  });
  renderer.on('leaveEdge', () => {
    transitions.hoverEdge(graph, state, null);
    refresh('focus');
  });
  renderer.on('clickEdge', ({ edge }) => selectEdge(edge));
  renderer.on('clickStage', () => act.clearSelection());

  // Back/forward and hand-edited links bring back the view the hash names.
  window.addEventListener('popstate', () => {
    const before = state.selectedNode;
    transitions.applyView(graph, state, viewOf(parseHash(location.hash)), defaults);
    hashNode = state.selectedNode;
    refresh('all');
    if (state.selectedNode !== null && state.selectedNode !== before) showNode(state.selectedNode);
  });

  refresh(state.selectedNode !== null ? 'focus' : 'none');
  if (state.selectedNode !== null) showNode(state.selectedNode, false);
  else renderer.getCamera().setState(shownFrame());
  historyMode = 'push';
  // For tests, the benchmark and the console: the graph, the renderer, the state and the label boxes drawn.
  (window as unknown as { newsgraph: unknown }).newsgraph = { graph, renderer, state, labels: () => labelBoxes.placed() };
  performance.mark('newsgraph:ready');
  document.documentElement.dataset.ready = 'true';
}

/** A file name from the graph's title. */
function fileStem(title: string): string {
  return title.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '') || 'newsgraph';
}

main();
