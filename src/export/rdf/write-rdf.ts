// Quads → N-Triples, Turtle or N-Quads text with n3's Writer. Pure: returns a string.

import { Writer, type Quad } from 'n3';

import { PREFIXES } from './vocabulary';

export type RdfFormat = 'N-Triples' | 'Turtle' | 'N-Quads';

/** Serialises quads; triple formats keep only the default graph. */
export function writeRdf(quads: Quad[], format: RdfFormat): Promise<string> {
  const selected = format === 'N-Quads' ? quads : quads.filter((q) => q.graph.termType === 'DefaultGraph');
  const writer = new Writer({ format, prefixes: format === 'Turtle' ? PREFIXES : undefined });
  writer.addQuads(selected);
  // NOTE: n3 swallows exceptions thrown inside end()'s callback (TRAPS.md): only settle the promise there.
  return new Promise((resolve, reject) => writer.end((err: Error | null, result: string) => (err ? reject(err) : resolve(result))));
}
