// Query results → text for the terminal: an aligned table, SPARQL 1.1 JSON or SPARQL 1.1 CSV.
// Graph results (CONSTRUCT, DESCRIBE) are already text (N-Triples or JSON-LD) and pass through.

import { PREFIXES } from '../export/rdf/vocabulary';
import type { QueryResult, SparqlTerm } from './run-sparql';

export type ResultFormat = 'table' | 'json' | 'csv';
export const RESULT_FORMATS: readonly ResultFormat[] = ['table', 'json', 'csv'];

/** Widest table column; longer cells end in "…" (use --format csv or json for full values). */
const MAX_CELL = 80;

/** A term as the table shows it: IRIs shortened with the vocabulary's prefixes, literals as their text. */
function toCell(term: SparqlTerm | undefined): string {
  if (!term) return '';
  if (term.type === 'uri') {
    for (const [prefix, ns] of Object.entries(PREFIXES)) {
      const local = term.value.slice(ns.length);
      if (term.value.startsWith(ns) && /^[A-Za-z_][\w-]*$/.test(local)) return `${prefix}:${local}`;
    }
    return `<${term.value}>`;
  }
  if (term.type === 'bnode') return `_:${term.value}`;
  // Control characters and line breaks would break the table's rows.
  return term.value.replace(/[\u0000-\u001f\u007f]+/g, ' ');
}

/** A CSV field (RFC 4180, as SPARQL 1.1 CSV uses): quoted when it holds a comma, quote or line break. */
function toCsvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function fit(s: string, width: number): string {
  const chars = [...s];
  return chars.length > width ? `${chars.slice(0, width - 1).join('')}…` : s + ' '.repeat(width - chars.length);
}

/** Formats results; CSV lines end in CRLF as SPARQL 1.1 CSV requires. */
export function formatResults(result: QueryResult, format: ResultFormat): string {
  if (result.kind === 'graph') return result.text.replace(/\n$/, '');
  if (result.kind === 'boolean') return format === 'json' ? JSON.stringify({ head: {}, boolean: result.value }, null, 2) : String(result.value);
  const { vars, rows } = result;
  if (format === 'json') return JSON.stringify({ head: { vars }, results: { bindings: rows } }, null, 2);
  if (format === 'csv') {
    const lines = [vars.map(toCsvField).join(','), ...rows.map((r) => vars.map((v) => toCsvField(r[v]?.value ?? '')).join(','))];
    return lines.join('\r\n');
  }
  const cells = rows.map((r) => vars.map((v) => toCell(r[v])));
  const widths = vars.map((v, i) => Math.min(MAX_CELL, Math.max(v.length, ...cells.map((c) => [...c[i]].length))));
  const line = (row: string[]) => row.map((c, i) => fit(c, widths[i])).join(' | ').trimEnd();
  const count = `(${rows.length} ${rows.length === 1 ? 'row' : 'rows'})`;
  if (vars.length === 0) return count;
  return [line(vars), widths.map((w) => '-'.repeat(w)).join('-+-'), ...cells.map(line), count].join('\n');
}
