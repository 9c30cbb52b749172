// Quads → N-Triples, Turtle or N-Quads text with n3's Writer. Pure: returns a string.

import { Writer, type Quad } from 'n3';

import { PREFIXES } from './vocabulary';

export type RdfFormat = 'N-Triples' | 'Turtle' | 'N-Quads';

/**
 * Serialises sorted quads; triple formats keep only the default graph. Turtle uses `prefixes`
 * (default: the vocabulary's), which vocabulary.ts prefixesFor extends with the build's IRI folders.
 */
export function writeRdf(quads: readonly Quad[], format: RdfFormat, prefixes: Record<string, string> = { ...PREFIXES }): Promise<string> {
  const selected = format === 'N-Quads' ? quads : quads.filter((q) => q.graph.termType === 'DefaultGraph');
  const writer = new Writer({ format, prefixes: format === 'Turtle' ? prefixes : undefined });
  writer.addQuads(selected as Quad[]);
  // NOTE: n3 swallows exceptions thrown inside end()'s callback (TRAPS.md): only settle the promise there.
  return new Promise((resolve, reject) => writer.end((err, result) => (err ? reject(err) : resolve(result))));
}
