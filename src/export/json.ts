// graph.json: graphology's serialised graph (graph.export()), as CONTRACT.md fixes it.

import type { KnowledgeGraph } from '../graph/attributes';

/** Serialises the graph as graphology JSON; stable because the graph was built in sorted order. */
export function renderJson(graph: KnowledgeGraph): string {
  return `${JSON.stringify(graph.export(), null, 1)}\n`;
}
