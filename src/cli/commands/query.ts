// `newsgraph query [--data FILE] [--format table|json|csv] 'SPARQL'`: SPARQL over the built triples
// in an embedded store (oxigraph, WASM, in process).

import fs from 'node:fs';
import path from 'node:path';

import { NewsgraphError } from '../../errors';
import { parseArgs } from '../args';
import type { Io } from '../io';
import { formatResults, runSparql } from '../../query/run-sparql';

export async function runQuery(argv: string[], io: Io): Promise<number> {
  const args = parseArgs(argv, { value: ['data', 'format'], boolean: [] });
  const query = args.positional.join(' ').trim();
  if (!query) throw new NewsgraphError('E_USAGE', `usage: newsgraph query [--data FILE] [--format table|json|csv] 'SPARQL'`);
  const format = (args.flags.format ?? 'table') as string;
  if (!['table', 'json', 'csv'].includes(format)) throw new NewsgraphError('E_USAGE', `usage: --format must be table, json or csv, not "${format}".`);
  const data = typeof args.flags.data === 'string' ? args.flags.data : fs.existsSync(path.join('output', 'graph.nq')) ? path.join('output', 'graph.nq') : path.join('output', 'graph.nt');
  let text: string;
  try {
    text = fs.readFileSync(data, 'utf8');
  } catch (err) {
    throw new NewsgraphError('E_INPUT_NOT_FOUND', `query: cannot read "${data}" (${(err as NodeJS.ErrnoException).code}). Build first, or pass --data FILE.`, data);
  }
  const result = runSparql(text, data, query);
  io.out(formatResults(result, format as 'table' | 'json' | 'csv'));
  return 0;
}
