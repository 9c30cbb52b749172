// ForceAtlas2 run live in a web worker (graphology-layout-forceatlas2's supervisor), started and
// stopped from the toolbar. The supervisor writes positions into the graph and sigma redraws them.

import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';

import { COOCCURRENCE, type ViewerGraph } from './state';

export interface LiveLayout {
  start(): void;
  stop(): void;
  kill(): void;
}

/** A live layout with the build's settings (layout/index.ts), so running it refines the same picture. */
export function createLiveLayout(graph: ViewerGraph): LiveLayout {
  // NOTE: the supervisor spawns its worker in the constructor, from a blob: URL (hence `worker-src
  // blob:` in the page's CSP). It is created on first start, so loading the page starts no worker.
  let layout: FA2Layout | null = null;
  return {
    start() {
      if (!layout) {
        const inferred = forceAtlas2.inferSettings(graph);
        layout = new FA2Layout(graph, {
          settings: { ...inferred, barnesHutOptimize: graph.order > 500, edgeWeightInfluence: 0.5 },
          // Co-occurrence pulls less than a stated relation, as in the build's layout.
          getEdgeWeight: (_e, a) => (a.predicate === COOCCURRENCE ? 0.2 : 1),
        });
      }
      layout.start();
    },
    stop() {
      layout?.stop();
    },
    kill() {
      layout?.kill();
      layout = null;
    },
  };
}
