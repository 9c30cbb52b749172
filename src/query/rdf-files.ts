// Which RDF syntax a file holds, by its extension, and parsing one into quads with n3. Shared by
// `newsgraph query` (oxigraph reads the text) and `newsgraph load` (n3 splits it into graph batches).

import { Parser, type Quad } from 'n3';

import { NewsgraphError } from '../errors';

export interface RdfSyntax {
  /** n3's format name. */
  n3: 'N-Triples' | 'N-Quads' | 'Turtle' | 'TriG';
  /** Media type, as oxigraph and HTTP want it. */
  mediaType: string;
}

const SYNTAX_BY_EXTENSION: Record<string, RdfSyntax> = {
  '.nt': { n3: 'N-Triples', mediaType: 'application/n-triples' },
  '.nq': { n3: 'N-Quads', mediaType: 'application/n-quads' },
  '.ttl': { n3: 'Turtle', mediaType: 'text/turtle' },
  '.trig': { n3: 'TriG', mediaType: 'application/trig' },
};

/**
 * The syntax of an RDF file, from its extension.
 * @throws NewsgraphError E_BAD_OPTION for an extension newsgraph does not read.
 */
export function rdfSyntaxOf(fileName: string): RdfSyntax {
  const dot = fileName.lastIndexOf('.');
  const syntax = dot >= 0 ? SYNTAX_BY_EXTENSION[fileName.slice(dot).toLowerCase()] : undefined;
  if (!syntax) {
    throw new NewsgraphError('E_BAD_OPTION', `options: cannot tell the RDF syntax of "${fileName}". Use a .nt, .nq, .ttl or .trig file.`, fileName);
  }
  return syntax;
}

/**
 * Parses RDF text into quads.
 * @throws NewsgraphError E_INPUT_UNREADABLE with the parser's message (which names the line).
 */
export function parseRdf(text: string, fileName: string): Quad[] {
  const { n3 } = rdfSyntaxOf(fileName);
  try {
    return new Parser({ format: n3 }).parse(text);
  } catch (err) {
    throw new NewsgraphError('E_INPUT_UNREADABLE', `cannot parse "${fileName}" as ${n3}: ${(err as Error).message}`, fileName, { cause: err });
  }
}
