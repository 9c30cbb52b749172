// Runs SPARQL over RDF text in an embedded oxigraph store and formats the results.

import { Store } from 'oxigraph';

import { NewsgraphError } from '../errors';

export type QueryResult = { kind: 'select'; vars: string[]; rows: Array<Record<string, string>> } | { kind: 'ask'; value: boolean } | { kind: 'graph'; text: string };

const FORMATS: Record<string, string> = { '.nq': 'application/n-quads', '.nt': 'application/n-triples', '.ttl': 'text/turtle' };

/**
 * Loads the data and runs the query.
 * @throws NewsgraphError E_QUERY with the parser's message for a bad query or bad data.
 */
export function runSparql(data: string, fileName: string, query: string): QueryResult {
  const ext = fileName.slice(fileName.lastIndexOf('.'));
  const store = new Store();
  try {
    try {
      store.load(data, { format: FORMATS[ext] ?? 'application/n-quads' });
    } catch (err) {
      throw new NewsgraphError('E_QUERY', `query: cannot load "${fileName}": ${(err as Error).message ?? err}`, fileName);
    }
    let res: unknown;
    try {
      res = store.query(query, { use_default_graph_as_union: true } as never);
    } catch (err) {
      throw new NewsgraphError('E_QUERY', `query: ${String((err as Error).message ?? err)}`);
    }
    if (typeof res === 'boolean') return { kind: 'ask', value: res };
    if (typeof res === 'string') return { kind: 'graph', text: res };
    const rows = res as Array<Map<string, { value: string; termType: string }>>;
    if (rows.length && !(rows[0] instanceof Map)) {
      return { kind: 'graph', text: (rows as unknown as Array<{ toString(): string }>).map((q) => `${q.toString()} .`).join('\n') };
    }
    const vars = selectVars(query, rows);
    return { kind: 'select', vars, rows: rows.map((r) => Object.fromEntries(vars.map((v) => [v, r.get(v)?.value ?? '']))) };
  } finally {
    (store as unknown as { free?: () => void }).free?.();
  }
}

function selectVars(query: string, rows: Array<Map<string, unknown>>): string[] {
  const m = query.match(/select\s+(?:distinct\s+|reduced\s+)?([\s\S]*?)\s*(?:from|where)\b/i);
  const declared = m && !/^\*/.test(m[1].trim()) ? [...m[1].matchAll(/\?(\w+)(?=\s*\)|\s|$)|\bas\s+\?(\w+)/gi)].map((x) => x[2] ?? x[1]) : [];
  const seen = new Set<string>(declared);
  for (const r of rows) for (const k of r.keys()) seen.add(k);
  return [...seen];
}

/** Formats results as an aligned table, JSON (SPARQL-results-like) or CSV. */
export function formatResults(result: QueryResult, format: 'table' | 'json' | 'csv'): string {
  if (result.kind === 'ask') return format === 'json' ? JSON.stringify({ boolean: result.value }) : String(result.value);
  if (result.kind === 'graph') return result.text;
  const { vars, rows } = result;
  if (format === 'json') return JSON.stringify({ head: { vars }, results: { bindings: rows } }, null, 2);
  if (format === 'csv') {
    const cell = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
    return [vars.join(','), ...rows.map((r) => vars.map((v) => cell(r[v] ?? '')).join(','))].join('\n');
  }
  const widths = vars.map((v) => Math.min(80, Math.max(v.length, ...rows.map((r) => (r[v] ?? '').length))));
  const line = (cells: string[]) => cells.map((c, i) => (c.length > widths[i] ? `${c.slice(0, widths[i] - 1)}…` : c.padEnd(widths[i]))).join(' | ');
  return [line(vars), widths.map((w) => '-'.repeat(w)).join('-+-'), ...rows.map((r) => line(vars.map((v) => (r[v] ?? '').replace(/\s+/g, ' ')))), `(${rows.length} rows)`].join('\n');
}
