// Checks every output of a build: JSON parses, each RDF file parses back with n3, index.html's data
// block cannot end its <script> early, and evidence quotes the documents. Never a test itself.

import { Parser, type Quad } from 'n3';

import type { BuildResult } from '../../src/build';
import { readPageContent } from '../../src/viewer/app/page-data';

const RDF_FORMATS: Record<string, string> = {
  'graph.nt': 'N-Triples',
  'graph.ttl': 'Turtle',
  'graph.nq': 'N-Quads',
  'ontology.ttl': 'Turtle',
};

/** Parses each output, throwing with the file's name on the first problem; returns the parsed RDF. */
export function checkOutputs(
  result: BuildResult,
  texts: ReadonlyMap<string, string>,
): { json: unknown; rdf: Record<string, Quad[]> } {
  const byName = new Map(result.files.map((f) => [f.name, f.content]));
  for (const name of ['graph.json', 'graph.nt', 'graph.ttl', 'graph.nq'])
    if (!byName.has(name)) throw new Error(`no ${name}`);
  const json = JSON.parse(byName.get('graph.json')!);
  const rdf: Record<string, Quad[]> = {};
  for (const [name, format] of Object.entries(RDF_FORMATS)) {
    if (!byName.has(name)) continue;
    try {
      rdf[name] = new Parser({ format }).parse(byName.get(name)!);
    } catch (err) {
      throw new Error(`${name} does not parse: ${(err as Error).message}`);
    }
  }
  const html = byName.get('index.html');
  if (html !== undefined) {
    // Exactly the page's own script elements close: content never ends one early.
    const opens = html.match(/<script\b/gi)?.length ?? 0;
    const closes = html.match(/<\/script/gi)?.length ?? 0;
    if (opens !== closes) throw new Error(`index.html: ${opens} <script> but ${closes} </script>`);
    const data = /<script id="graph-data" type="application\/json">([\s\S]*?)<\/script>/.exec(html);
    if (!data) throw new Error('index.html: no graph-data block');
    if (data[1].includes('<!--') || data[1].includes('<')) throw new Error('index.html: a raw "<" in the data block');
    // The page packs graph.json (a sentence table, evidence as its rows); unpacked, it is the same graph.
    expect(JSON.parse(JSON.stringify(readPageContent(JSON.parse(data[1])).graph))).toEqual(json);
  }
  result.graph.forEachEdge((_e, a) => {
    for (const ev of a.evidence) {
      const text = texts.get(ev.doc);
      if (text === undefined || text.slice(ev.start, ev.end) !== ev.text)
        throw new Error(`evidence of ${ev.doc} at ${ev.start}–${ev.end} does not quote the document`);
    }
  });
  return { json, rdf };
}
