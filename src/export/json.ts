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

// Array items are stringified this many at a time: one call of V8's own JSON.stringify for a batch
// costs a fraction of a call and an indentation pass per item, and no string is ever longer than a
// batch's text.
const BATCH = 512;

/**
 * The items of `items` as they stand inside `{ key: items }` in JSON.stringify(…, null, 1): that
 * object's text for a batch of items, without its first two lines and its last two.
 */
function batchText(key: string, items: unknown[]): string {
  const text = JSON.stringify({ [key]: items }, null, 1);
  const head = `{\n ${JSON.stringify(key)}: [\n`.length;
  const tail = '\n ]\n}'.length;
  return text.slice(head, text.length - tail);
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
      for (let k = 0; k < value.length; k += BATCH) {
        sink(batchText(key, value.slice(k, k + BATCH)));
        sink(k + BATCH < value.length ? ',\n' : '\n');
      }
      sink(' ]');
    } else sink(nested(value, 1));
    sink(i < entries.length - 1 ? ',\n' : '\n');
  });
  sink('}\n');
}
