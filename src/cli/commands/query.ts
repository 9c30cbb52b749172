// `newsgraph query [--data FILE] [--format table|json|csv] 'SPARQL'`: SPARQL over the built triples
// in an embedded store (oxigraph, WASM, in process). Reads the files; query/ does the rest.

import fs from 'node:fs';
import path from 'node:path';

import { NewsgraphError } from '../../errors';
import { formatResults, runSparql, RESULT_FORMATS, rdfSyntaxOf, type RdfSource, type ResultFormat } from '../../query';
import { parseArgs } from '../args';
import type { Io } from '../io';

import { QUERY_USAGE } from '../usage';

export { QUERY_USAGE };

/** The data file: --data, else output/graph.nq, else output/graph.nt. */
export function defaultDataFile(flag: string | true | undefined): string {
  if (typeof flag === 'string') return flag;
  const nq = path.join('output', 'graph.nq');
  return fs.existsSync(nq) ? nq : path.join('output', 'graph.nt');
}

/**
 * Reads the data file and, unless told not to, the ontology.ttl that the build wrote beside it.
 * @throws NewsgraphError E_INPUT_NOT_FOUND
 */
export function readRdfSources(dataFile: string, withOntology: boolean, command: string): RdfSource[] {
  rdfSyntaxOf(dataFile);
  let text: string;
  try {
    text = fs.readFileSync(dataFile, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new NewsgraphError('E_INPUT_NOT_FOUND', `${command}: cannot read "${dataFile}" (${code}). Run "newsgraph build" first, or pass --data FILE.`, dataFile, { cause: err });
  }
  const sources: RdfSource[] = [{ name: dataFile, text }];
  const ontology = path.join(path.dirname(dataFile), 'ontology.ttl');
  if (withOntology && path.resolve(ontology) !== path.resolve(dataFile) && fs.existsSync(ontology)) {
    sources.push({ name: ontology, text: fs.readFileSync(ontology, 'utf8') });
  }
  return sources;
}

/**
 * Runs `newsgraph query` and prints the results on stdout.
 * @throws NewsgraphError E_USAGE, E_BAD_OPTION, E_INPUT_NOT_FOUND, E_INPUT_UNREADABLE, E_QUERY
 */
export async function runQuery(argv: string[], io: Io): Promise<number> {
  const args = parseArgs(argv, { value: ['data', 'format', 'file'], boolean: ['no-ontology', 'help'] });
  if (args.flags.help) {
    io.out(QUERY_USAGE);
    return 0;
  }
  let query = args.positional.join(' ').trim();
  if (typeof args.flags.file === 'string') {
    if (query) throw new NewsgraphError('E_USAGE', `usage: give the query as an argument or with --file, not both.\n${QUERY_USAGE}`);
    try {
      query = fs.readFileSync(args.flags.file, 'utf8');
    } catch (err) {
      throw new NewsgraphError('E_INPUT_NOT_FOUND', `query: cannot read query file "${args.flags.file}" (${(err as NodeJS.ErrnoException).code}).`, args.flags.file);
    }
  }
  if (!query.trim()) throw new NewsgraphError('E_USAGE', `usage: no query given.\n${QUERY_USAGE}`);
  const format = (args.flags.format ?? 'table') as ResultFormat;
  if (!RESULT_FORMATS.includes(format)) throw new NewsgraphError('E_USAGE', `usage: --format must be table, json or csv, not "${String(format)}".`);
  const sources = readRdfSources(defaultDataFile(args.flags.data), !args.flags['no-ontology'], 'query');
  const result = runSparql(sources, query, format === 'json' ? 'JSON-LD' : 'N-Triples');
  io.out(formatResults(result, format));
  return 0;
}
