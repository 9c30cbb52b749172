// `newsgraph load --endpoint URL [--graph IRI] [--data FILE]`: sends N-Triples to a running SPARQL
// server with the SPARQL 1.1 Graph Store HTTP Protocol, in batches.

import fs from 'node:fs';
import path from 'node:path';

import { NewsgraphError } from '../../errors';
import { parseArgs } from '../args';
import type { Io } from '../io';

const BATCH_LINES = 10_000;

export async function runLoad(argv: string[], io: Io): Promise<number> {
  const args = parseArgs(argv, { value: ['endpoint', 'graph', 'data', 'batch'], boolean: [] });
  const endpoint = args.flags.endpoint;
  if (typeof endpoint !== 'string') throw new NewsgraphError('E_USAGE', 'usage: newsgraph load --endpoint URL [--graph IRI] [--data FILE]');
  const data = typeof args.flags.data === 'string' ? args.flags.data : path.join('output', 'graph.nt');
  let text: string;
  try {
    text = fs.readFileSync(data, 'utf8');
  } catch (err) {
    throw new NewsgraphError('E_INPUT_NOT_FOUND', `load: cannot read "${data}" (${(err as NodeJS.ErrnoException).code}). Build first, or pass --data FILE.`, data);
  }
  const lines = text.split('\n').filter((l) => l.trim());
  const batch = Number(args.flags.batch ?? BATCH_LINES);
  const url = new URL(endpoint);
  if (typeof args.flags.graph === 'string') url.searchParams.set('graph', args.flags.graph);
  else url.searchParams.set('default', '');
  let sent = 0;
  for (let i = 0; i < lines.length; i += batch) {
    const body = lines.slice(i, i + batch).join('\n') + '\n';
    let res: Response;
    try {
      res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/n-triples' }, body });
    } catch (err) {
      throw new NewsgraphError('E_ENDPOINT', `load: cannot reach ${endpoint} (${(err as Error & { cause?: { code?: string } }).cause?.code ?? (err as Error).message}). Is the SPARQL server running?`);
    }
    if (!res.ok) throw new NewsgraphError('E_ENDPOINT', `load: ${endpoint} answered ${res.status} ${res.statusText} after ${sent} triples: ${(await res.text()).slice(0, 300)}`);
    sent += Math.min(batch, lines.length - i);
  }
  io.out(`newsgraph: loaded ${sent} triples into ${endpoint}${typeof args.flags.graph === 'string' ? ` (graph ${args.flags.graph})` : ''}`);
  return 0;
}
