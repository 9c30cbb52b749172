// graph.json: graphology's serialised graph (graph.export()), as CONTRACT.md fixes it, written as
// JSON.stringify(…, null, 1) would write it, one node or edge at a time (no string of the whole file).

import type { SerializedGraph } from 'graphology-types';

import type { KnowledgeGraph } from '../graph/attributes';
import { collect, type Sink } from './sink';

type Serialized = ReturnType<KnowledgeGraph['export']>;

const hasKeys = (o: object) => {
  for (const _k in o) return true;
  return false;
};

/**
 * graph.export() holding the graph's own attribute objects instead of copies of them (graphology
 * copies each node's and edge's, a tenth of a second for a million words): the same JSON, and what is
 * written onto the graph later (positions) shows in it.
 */
export function toSerializedGraph(graph: KnowledgeGraph): Serialized {
  const nodes: Serialized['nodes'] = new Array(graph.order);
  let i = 0;
  graph.forEachNode((key, attributes) => {
    nodes[i++] = hasKeys(attributes) ? { key, attributes } : { key };
  });
  const edges: Serialized['edges'] = new Array(graph.size);
  i = 0;
  graph.forEachEdge((key, attributes, source, target) => {
    edges[i++] = hasKeys(attributes) ? { key, source, target, attributes } : { key, source, target };
  });
  return { options: { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops }, attributes: graph.getAttributes(), nodes, edges };
}

/** Serialises the graph as graphology JSON; stable because the graph was built in sorted order. */
export function renderJson(graph: KnowledgeGraph): string {
  return collect((sink) => writeJson(graph.export(), sink));
}

/** JSON.stringify(value, null, 1) at a depth: every line after the first indented by `depth` spaces. */
function nested(value: unknown, depth: number): string {
  const text = JSON.stringify(value, null, 1);
  return depth === 0 ? text : text.replace(/\n/g, `\n${' '.repeat(depth)}`);
}

// Items are stringified this many at a time: one call of V8's own JSON.stringify for a batch costs a
// fraction of a call and an indentation pass per item, and no string is longer than a batch's text.
const BATCH = 512;

type Container = unknown[] | Record<string, unknown>;

/** A non-empty array or plain object: written piece by piece, never as one string. */
function isContainer(v: unknown): v is Container {
  if (typeof v !== 'object' || v === null) return false;
  if (Array.isArray(v)) return v.length > 0;
  const proto = Object.getPrototypeOf(v) as unknown;
  return (proto === Object.prototype || proto === null) && !('toJSON' in v) && Object.keys(v).length > 0;
}

/** Whether JSON.stringify writes an object's property (it leaves out undefined, functions and symbols). */
const written = (v: unknown) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol';

/**
 * The items of a batch (array items, or an object's properties) as they stand at `path` in
 * JSON.stringify(…, null, 1) of the whole: the text of `{ path[0]: { … path[n-1]: batch } }` without
 * the lines of the wrappers (JSON strings hold no raw line breaks, so lines can be counted).
 */
function batchText(path: readonly string[], batch: Container): string {
  let wrapped: unknown = batch;
  for (let i = path.length - 1; i >= 0; i--) wrapped = { [path[i]]: wrapped };
  const text = JSON.stringify(wrapped, null, 1);
  let from = 0;
  for (let i = 0; i <= path.length; i++) from = text.indexOf('\n', from) + 1;
  let to = text.length;
  for (let i = 0; i <= path.length; i++) to = text.lastIndexOf('\n', to - 1);
  return text.slice(from, to);
}

/** Writes a container found at `path` from its opening bracket to its closing one, as JSON.stringify(…, null, 1) would. */
function writeContainer(value: Container, path: string[], sink: Sink): void {
  const indent = ' '.repeat(path.length);
  if (Array.isArray(value)) {
    sink('[\n');
    for (let k = 0; k < value.length; k += BATCH) {
      sink(batchText(path, value.slice(k, k + BATCH)));
      sink(k + BATCH < value.length ? ',\n' : '\n');
    }
    sink(`${indent}]`);
    return;
  }
  const entries = Object.entries(value).filter(([, v]) => written(v));
  if (entries.length === 0) return void sink('{}');
  sink('{\n');
  if (entries.length > BATCH) {
    for (let k = 0; k < entries.length; k += BATCH) {
      sink(batchText(path, Object.fromEntries(entries.slice(k, k + BATCH))));
      sink(k + BATCH < entries.length ? ',\n' : '\n');
    }
  } else {
    // Few properties: each written in turn, and those that hold large arrays or objects streamed.
    entries.forEach(([key, v], i) => {
      sink(`${indent} ${JSON.stringify(key)}: `);
      if (isContainer(v)) writeContainer(v, [...path, key], sink);
      else sink(nested(v, path.length + 1));
      sink(i < entries.length - 1 ? ',\n' : '\n');
    });
  }
  sink(`${indent}}`);
}

/**
 * Writes `${JSON.stringify(value, null, 1)}\n` for a serialised graph, the viewer's page data or any
 * plain object, piece by piece: its arrays and objects are streamed, at any depth, in batches.
 */
export function writeJson(value: SerializedGraph | Record<string, unknown>, sink: Sink): void {
  if (isContainer(value)) writeContainer(value, [], sink);
  else sink(nested(value, 0));
  sink('\n');
}

/** Writes a container as JSON.stringify(value) would, without indentation, piece by piece. */
function writeCompactContainer(value: Container, sink: Sink): void {
  if (Array.isArray(value)) {
    sink('[');
    for (let k = 0; k < value.length; k += BATCH) sink(`${k ? ',' : ''}${JSON.stringify(value.slice(k, k + BATCH)).slice(1, -1)}`);
    sink(']');
    return;
  }
  const entries = Object.entries(value).filter(([, v]) => written(v));
  sink('{');
  if (entries.length > BATCH) {
    for (let k = 0; k < entries.length; k += BATCH) sink(`${k ? ',' : ''}${JSON.stringify(Object.fromEntries(entries.slice(k, k + BATCH))).slice(1, -1)}`);
  } else {
    entries.forEach(([key, v], i) => {
      sink(`${i ? ',' : ''}${JSON.stringify(key)}:`);
      if (isContainer(v)) writeCompactContainer(v, sink);
      else sink(JSON.stringify(v));
    });
  }
  sink('}');
}

/**
 * Writes JSON.stringify(value) (no indentation: what a page embeds is read by a program only), piece
 * by piece, its arrays and objects streamed in batches as writeJson streams them.
 */
export function writeCompactJson(value: Record<string, unknown>, sink: Sink): void {
  if (isContainer(value)) writeCompactContainer(value, sink);
  else sink(JSON.stringify(value));
}
