// Export: graph → the files of output/ (CONTRACT.md, plus ontology.ttl). Rendering is pure (strings); only
// writeOutputs touches the disk, atomically: every file is written to a temporary name first and
// renamed into place only when all of them are ready.

import fs from 'node:fs';
import path from 'node:path';

import { NewsgraphError } from '../errors';
import type { KnowledgeGraph } from '../graph/attributes';
import { renderJson } from './json';
import { renderOntology } from './rdf/ontology';
import { toQuads } from './rdf/to-quads';
import { prefixesFor } from './rdf/vocabulary';
import { writeRdf } from './rdf/write-rdf';

export { toQuads, type RdfOptions } from './rdf/to-quads';
export { entityIri, documentIri, evidenceIri, statementIri } from './rdf/iris';
export { writeRdf, type RdfFormat } from './rdf/write-rdf';
export { renderOntology } from './rdf/ontology';
export { slugify, toSafeSlug } from './rdf/slug';
export * as vocabulary from './rdf/vocabulary';

export interface OutputFile {
  name: string;
  content: string;
}

export interface ExportOptions {
  /** Base IRI of minted IRIs (--base). */
  base: string;
  /** Decoded text of each document, for NIF code-point offsets; every one becomes a schema:NewsArticle. */
  docTexts: ReadonlyMap<string, string>;
}

/** Renders graph.nt, graph.ttl, graph.nq and ontology.ttl, and counts the triples of graph.nt. */
export async function renderRdf(graph: KnowledgeGraph, options: ExportOptions): Promise<{ files: OutputFile[]; triples: number }> {
  const quads = toQuads(graph, options.docTexts, { base: options.base, namedGraphs: true });
  const [nt, ttl, nq, ontology] = await Promise.all([
    writeRdf(quads, 'N-Triples'),
    writeRdf(quads, 'Turtle', prefixesFor(options.base)),
    writeRdf(quads, 'N-Quads'),
    renderOntology(),
  ]);
  const triples = quads.filter((q) => q.graph.termType === 'DefaultGraph').length;
  return {
    files: [
      { name: 'graph.nt', content: nt },
      { name: 'graph.ttl', content: ttl },
      { name: 'graph.nq', content: nq },
      { name: 'ontology.ttl', content: ontology },
    ],
    triples,
  };
}

/** Renders graph.json, graph.nt, graph.ttl, graph.nq and ontology.ttl; the viewer page is added by the caller. */
export async function renderOutputs(graph: KnowledgeGraph, options: ExportOptions): Promise<{ files: OutputFile[]; triples: number }> {
  const rdf = await renderRdf(graph, options);
  return { files: [{ name: 'graph.json', content: renderJson(graph) }, ...rdf.files], triples: rdf.triples };
}

/**
 * Checks before any work that the output folder can be created and written.
 * @throws NewsgraphError E_OUTPUT_UNWRITABLE
 */
export function assertWritable(dir: string): void {
  try {
    fs.mkdirSync(dir, { recursive: true });
    const probe = path.join(dir, `.newsgraph-probe-${process.pid}`);
    fs.writeFileSync(probe, '');
    fs.unlinkSync(probe);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    throw new NewsgraphError('E_OUTPUT_UNWRITABLE', `export: cannot write to output folder "${dir}" (${code}). Choose another --out or fix its permissions.`, dir, { cause: err });
  }
}

/**
 * Writes the files into dir: all to temporary names, then renamed, so a killed build leaves the previous files.
 * @throws NewsgraphError E_OUTPUT_UNWRITABLE
 */
export function writeOutputs(dir: string, files: OutputFile[]): void {
  assertWritable(dir);
  const temps: Array<[string, string]> = [];
  try {
    for (const f of files) {
      const final = path.join(dir, f.name);
      const temp = path.join(dir, `.${f.name}.${process.pid}.tmp`);
      fs.writeFileSync(temp, f.content);
      temps.push([temp, final]);
    }
    for (const [temp, final] of temps) fs.renameSync(temp, final);
  } catch (err) {
    for (const [temp] of temps) fs.rmSync(temp, { force: true });
    throw new NewsgraphError('E_OUTPUT_UNWRITABLE', `export: writing to "${dir}" failed (${(err as NodeJS.ErrnoException).code}). Check free space and permissions.`, dir, { cause: err });
  }
}
