// Browser entry of the viewer, bundled by esbuild into an IIFE and inlined in index.html.
// Reads the graph from the page, renders it with Sigma, and derives what it draws from the graph and
// one state object through reducers; handlers only change state and refresh.

import Graph from 'graphology';
import Sigma from 'sigma';

import type { EdgeAttributes, NodeAttributes } from '../../graph/attributes';
import { renderPanel } from './panel';
import { setupSearch } from './search';
import { createState, type ViewerState } from './state';
import { buildChrome } from './chrome';

function main(): void {
  const dataEl = document.getElementById('graph-data');
  const data = JSON.parse(dataEl?.textContent || '{"nodes":[],"edges":[]}');
  const graph = new Graph<NodeAttributes, EdgeAttributes>();
  graph.import(data);
  const chrome = buildChrome(document.getElementById('app')!, graph);
  const state: ViewerState = createState(graph);

  const renderer = new Sigma(graph, chrome.canvas, {
    renderEdgeLabels: false,
    labelDensity: 0.5,
    labelRenderedSizeThreshold: 8,
    hideEdgesOnMove: graph.size > 5000,
    hideLabelsOnMove: graph.order > 5000,
    defaultEdgeType: 'arrow',
    zIndex: true,
    nodeReducer: (node, attr) => {
      const res: Record<string, unknown> = { ...attr };
      const kind = (attr as NodeAttributes).kind;
      if (state.hiddenKinds.has(kind)) {
        res.hidden = true;
        return res;
      }
      const focus = state.hovered ?? state.selected;
      if (focus) {
        if (node === focus || graph.areNeighbors(node, focus)) {
          res.forceLabel = true;
          res.zIndex = 1;
        } else {
          res.color = '#e2e2e2';
          res.label = '';
          res.zIndex = 0;
        }
      }
      if (node === state.selected) res.highlighted = true;
      return res;
    },
    edgeReducer: (edge, attr) => {
      const res: Record<string, unknown> = { ...attr };
      const a = attr as EdgeAttributes;
      if (a.predicate === 'mentionedWith' && !state.showCooccurrence) {
        res.hidden = true;
        return res;
      }
      const [s, t] = graph.extremities(edge);
      if (state.hiddenKinds.has(graph.getNodeAttribute(s, 'kind')) || state.hiddenKinds.has(graph.getNodeAttribute(t, 'kind'))) {
        res.hidden = true;
        return res;
      }
      const focus = state.hovered ?? state.selected;
      if (focus) {
        if (s === focus || t === focus) {
          res.label = a.predicate;
          res.forceLabel = true;
          res.color = '#444';
        } else res.hidden = true;
      }
      return res;
    },
  });

  const select = (node: string | null, moveCamera = false) => {
    state.selected = node;
    renderPanel(chrome.panel, graph, node, (n) => select(n, true));
    if (node && moveCamera) {
      const pos = renderer.getNodeDisplayData(node);
      if (pos) renderer.getCamera().animate({ x: pos.x, y: pos.y, ratio: 0.5 }, { duration: 400 });
    }
    const hash = node ? `#node=${encodeURIComponent(node)}` : '';
    if (location.hash !== hash) history.replaceState(null, '', hash || location.pathname + location.search);
    renderer.refresh();
  };

  renderer.on('enterNode', ({ node }) => {
    state.hovered = node;
    renderer.refresh({ skipIndexation: true });
  });
  renderer.on('leaveNode', () => {
    state.hovered = null;
    renderer.refresh({ skipIndexation: true });
  });
  renderer.on('clickNode', ({ node }) => select(node));
  renderer.on('clickStage', () => select(null));

  chrome.onToggleKind((kind, visible) => {
    if (visible) state.hiddenKinds.delete(kind);
    else state.hiddenKinds.add(kind);
    renderer.refresh();
  });
  chrome.onToggleCooccurrence((on) => {
    state.showCooccurrence = on;
    renderer.refresh();
  });
  setupSearch(chrome.search, chrome.suggestions, graph, (node) => select(node, true));

  const fromHash = decodeURIComponent((location.hash.match(/node=([^&]+)/) || [])[1] || '');
  if (fromHash && graph.hasNode(fromHash)) select(fromHash, true);

  (window as unknown as { newsgraph: unknown }).newsgraph = { graph, renderer, state, select };
}

main();
