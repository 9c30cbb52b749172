// graph.json: graphology's serialised graph (graph.export()), as CONTRACT.md fixes it, written as
// JSON.stringify(…, null, 1) would write it, one node or edge at a time (no string of the whole file).

import type { SerializedGraph } from 'graphology-types';

import type { KnowledgeGraph } from '../graph/attributes';
import { collect, type Sink } from './sink';

/** Serialises the graph as graphology JSON; stable because the graph was built in sorted order. */
export function renderJson(graph: KnowledgeGraph): string {
  return collect((sink) => writeJson(graph.export(), sink));
}

/** JSON.stringify(value, null, 1) at a depth: every line after the first indented by `depth` spaces. */
function nested(value: unknown, depth: number): string {
  const text = JSON.stringify(value, null, 1);
  return depth === 0 ? text : text.replace(/\n/g, `\n${' '.repeat(depth)}`);
}

/**
 * Writes `${JSON.stringify(graph, null, 1)}\n` for a serialised graph (or any object whose array
 * properties are long), streaming its top-level arrays element by element.
 */
export function writeJson(graph: SerializedGraph | Record<string, unknown>, sink: Sink): void {
  const entries = Object.entries(graph).filter(([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol');
  if (entries.length === 0) {
    sink('{}\n');
    return;
  }
  sink('{\n');
  entries.forEach(([key, value], i) => {
    sink(` ${JSON.stringify(key)}: `);
    if (Array.isArray(value) && value.length > 0) {
      sink('[\n');
      const last = value.length - 1;
      value.forEach((item, k) => {
        // As JSON.stringify writes an array: undefined, functions and symbols as null.
        const v = item === undefined || typeof item === 'function' || typeof item === 'symbol' ? null : item;
        sink(`  ${nested(v, 2)}${k < last ? ',\n' : '\n'}`);
      });
      sink(' ]');
    } else sink(nested(value, 1));
    sink(i < entries.length - 1 ? ',\n' : '\n');
  });
  sink('}\n');
}
