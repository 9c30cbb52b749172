// Runs one SPARQL query over RDF files in an embedded oxigraph store (WASM, in process) and returns
// the results in the standard SPARQL 1.1 JSON shape, or N-Triples / JSON-LD for graph queries.

import { Store } from 'oxigraph';

import { NewsgraphError } from '../errors';
import { PREFIXES } from '../export/rdf/vocabulary';
import { rdfSyntaxOf } from './rdf-files';

export interface RdfSource {
  /** File name (its extension gives the syntax) for messages. */
  name: string;
  text: string;
}

/** One SPARQL JSON term (https://www.w3.org/TR/sparql11-results-json/). */
export interface SparqlTerm {
  type: 'uri' | 'literal' | 'bnode' | 'triple';
  value: string;
  'xml:lang'?: string;
  datatype?: string;
}

export type QueryResult =
  | { kind: 'bindings'; vars: string[]; rows: Array<Record<string, SparqlTerm>> }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'graph'; syntax: GraphSyntax; text: string };

/** How CONSTRUCT and DESCRIBE results are written. */
export type GraphSyntax = 'N-Triples' | 'JSON-LD';

export type QueryForm = 'SELECT' | 'ASK' | 'CONSTRUCT' | 'DESCRIBE' | 'UPDATE' | 'UNKNOWN';

/** The query form, read past comments and the PREFIX/BASE prologue. */
export function queryFormOf(query: string): QueryForm {
  const body = query.replace(/^(?:\s+|#[^\n]*(?:\n|$)|PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s*<[^>]*>)*/i, '');
  const word = /^[A-Za-z]+/.exec(body)?.[0].toUpperCase() ?? '';
  if (word === 'SELECT' || word === 'ASK' || word === 'CONSTRUCT' || word === 'DESCRIBE') return word;
  if (['INSERT', 'DELETE', 'LOAD', 'CLEAR', 'DROP', 'CREATE', 'ADD', 'MOVE', 'COPY', 'WITH'].includes(word)) return 'UPDATE';
  return 'UNKNOWN';
}

/**
 * The query with a PREFIX line for each vocabulary prefix (ng:, schema:, rdfs:, …) it uses without
 * declaring, so that one-liners work. The declarations go on one extra first line: error positions
 * then shift by exactly one line, which describeQueryError takes back.
 */
export function withVocabularyPrefixes(query: string): { text: string; addedLines: number } {
  const declared = new Set([...query.matchAll(/PREFIX\s+([^\s:]*):/gi)].map((m) => m[1]));
  const missing = Object.entries(PREFIXES).filter(([p]) => !declared.has(p) && new RegExp(`(^|[^\\w<"'])${p}:`).test(query));
  if (missing.length === 0) return { text: query, addedLines: 0 };
  return { text: `${missing.map(([p, ns]) => `PREFIX ${p}: <${ns}>`).join(' ')}\n${query}`, addedLines: 1 };
}

/** Splits oxigraph's "expected one of A, "B", [char class], …" list at top-level commas. */
function splitAlternatives(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let current = '';
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    current += c;
    if (quote) {
      if (c === '\\') current += list[++i] ?? '';
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[') depth++;
    else if (c === ']') depth--;
    else if (c === ',' && depth === 0) {
      out.push(current.slice(0, -1).trim());
      current = '';
    }
  }
  if (current.trim()) out.push(current.trim());
  return out;
}

/**
 * oxigraph's parser message made readable: positions in the user's own lines, character classes
 * dropped from "expected one of …", an undeclared prefix named, and the line shown with a caret.
 */
function describeQueryError(query: string, message: string, addedLines: number): string {
  let text = message.replace(/\s*\n\s*/g, ' ');
  const at = /^error at (\d+):(\d+): /.exec(text);
  const lineNo = at ? Number(at[1]) - addedLines : 0;
  const column = at ? Number(at[2]) : 0;
  if (at) text = text.slice(at[0].length);
  const expected = /^expected one of (.*)$/.exec(text);
  if (expected) {
    const alternatives = splitAlternatives(expected[1]);
    if (alternatives.includes('Prefix not found')) {
      const used = [...query.matchAll(/(?:^|[^\w<"'?$])([A-Za-z][\w-]*)?:(?=[A-Za-z_])/g)].map((m) => m[1] ?? '');
      const declared = new Set([...query.matchAll(/PREFIX\s+([^\s:]*):/gi)].map((m) => m[1]));
      const undeclared = [...new Set(used.filter((p) => !declared.has(p) && !(p in PREFIXES)))];
      text = `undeclared prefix${undeclared.length ? ` ${undeclared.map((p) => `"${p}:"`).join(', ')}` : ''}: add a PREFIX line for it`;
    } else {
      const words = alternatives.filter((a) => !a.startsWith('['));
      text = `expected ${words.length ? `one of ${words.join(', ')}` : 'something else'}`;
    }
  }
  if (queryFormOf(query) === 'UNKNOWN') text += ' (a query starts with SELECT, ASK, CONSTRUCT or DESCRIBE, after any PREFIX lines)';
  if (text.length > 300) text = `${text.slice(0, 299)}…`;
  if (!at) return `SPARQL error: ${text}`;
  const line = query.split('\n')[lineNo - 1];
  const where = `SPARQL syntax error at line ${lineNo}, column ${column}: ${text}`;
  return line === undefined ? where : `${where}\n  ${line}\n  ${' '.repeat(Math.max(0, column - 1))}^`;
}

/**
 * Loads the sources into a fresh store (each file into the default graph, quads into their graphs)
 * and runs the query. The default graph is not the union of the named graphs: graph.nq already
 * holds every fact in its default graph, and oxigraph's union would return each one twice.
 * @throws NewsgraphError E_INPUT_UNREADABLE for data that does not parse, E_QUERY for a bad query.
 */
export function runSparql(sources: RdfSource[], query: string, graphSyntax: GraphSyntax = 'N-Triples'): QueryResult {
  const form = queryFormOf(query);
  if (form === 'UPDATE') throw new NewsgraphError('E_QUERY', 'query: this is a SPARQL Update; newsgraph query only reads. Change the files with newsgraph build, or load them into a server.');
  const store = new Store();
  try {
    for (const source of sources) {
      try {
        store.load(source.text, { format: rdfSyntaxOf(source.name).mediaType });
      } catch (err) {
        throw new NewsgraphError('E_INPUT_UNREADABLE', `query: cannot load "${source.name}": ${(err as Error).message}. Rebuild it, or pass another --data FILE.`, source.name, { cause: err });
      }
    }
    const { text, addedLines } = withVocabularyPrefixes(query);
    const run = (results_format: string): string => {
      try {
        return store.query(text, { results_format }) as string;
      } catch (err) {
        throw new NewsgraphError('E_QUERY', `query: ${describeQueryError(query, String((err as Error).message ?? err), addedLines)}`, undefined, { cause: err });
      }
    };
    const graphMediaType = graphSyntax === 'N-Triples' ? 'application/n-triples' : 'application/ld+json';
    if (form === 'CONSTRUCT' || form === 'DESCRIBE') return { kind: 'graph', syntax: graphSyntax, text: run(graphMediaType) };
    const parsed = JSON.parse(run('json')) as unknown;
    // NOTE: for graph queries oxigraph's "json" is JSON-LD (an array); a form the regex missed lands here.
    if (Array.isArray(parsed)) return { kind: 'graph', syntax: graphSyntax, text: graphSyntax === 'JSON-LD' ? JSON.stringify(parsed) : run(graphMediaType) };
    const json = parsed as { head: { vars?: string[] }; boolean?: boolean; results?: { bindings: Array<Record<string, SparqlTerm>> } };
    if (typeof json.boolean === 'boolean') return { kind: 'boolean', value: json.boolean };
    return { kind: 'bindings', vars: json.head.vars ?? [], rows: json.results?.bindings ?? [] };
  } finally {
    // Repeated stores without free() slow each other down about 8× (TRAPS.md); oxigraph's .d.ts omits it.
    (store as Store & { free(): void }).free();
  }
}
