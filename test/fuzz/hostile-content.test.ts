// Hostile content: labels and evidence holding HTML, quotes, control characters and very long tokens
// stay text in the viewer page and valid in every RDF format.

import { buildFromDocuments } from '../../src/build';
import { renderOutputs } from '../../src/export';
import { toDocument } from '../../src/ingest';
import type { SourceDocument } from '../../src/types';
import { renderViewerPage } from '../../src/viewer/page';
import { checkOutputs } from './_check-outputs';

// Each row: what could break, a string that tries, and the part of it that must reach the evidence.
const HOSTILE: Array<[string, string, string]> = [
  ['ends the script element', '</script><script>alert(1)</script>', '</script>'],
  ['opens an HTML comment', '<!-- <img src=x onerror=alert(1)> -->', '<!'], // the sentence ends at "!"
  ['quotes and escapes', `"double" 'single' \\back\\slash\\ \`tick\` \\" \\u0022`, `"double" 'single' \\back`],
  [
    'control characters',
    'nul\u0000 bell\u0007 esc\u001b[31m del\u007f nel\u0085 end',
    'nul\u0000 bell\u0007 esc\u001b',
  ],
  ['line breaks', 'lf\ncrlf\r\ncr\rls\u2028ps\u2029tab\t', 'ls\u2028ps\u2029'],
  ['bidi and invisible characters', 'bidi\u202eevil\u202c zero\u200bwidth bom\ufeff', 'bidi\u202eevil'],
  ['astral and combining characters', 'emoji 🌏🇳🇿 combining e\u0301 ﬁ', '🌏🇳🇿'],
  ['Turtle syntax', '"""x""" "b"^^<c> ; _:b0 <a> @prefix ex: <http://x/> .', '"""x""" "b"^^<c> ; _:b0 <a> @prefix'],
  ['a very long token', 'Q'.repeat(10_000), 'Q'.repeat(10_000)],
];

const SENTENCE = (s: string) => `Jacinda Ardern met Fumio Kishida in Tokyo and said ${s} on Thursday.\n`;

describe('hostile content', () => {
  it('keeps evidence sentences holding hostile text exact in JSON and valid in every format', async () => {
    // Passed as a library user may pass text, not through ingest: controls and the 10k-character token
    // (which ingest would blank) reach extraction and the exporters.
    const text = HOSTILE.map(([, s]) => SENTENCE(s)).join('');
    const doc: SourceDocument = { id: 'hostile "doc" <1>.txt', path: 'hostile.txt', text, format: 'text' };
    const result = await buildFromDocuments([doc], { iterations: 5, viewerBundle: '/* viewer */' });
    const { rdf } = checkOutputs(result, new Map([[doc.id, doc.text]]));
    const evidence = new Set(result.graph.mapEdges((_e, a) => a.evidence.map((ev) => ev.text)).flat());
    // Each hostile string reached some evidence sentence, so the checks above saw it.
    for (const [what, , part] of HOSTILE)
      expect([what, [...evidence].some((t) => t.includes(part))]).toEqual([what, true]);
    const literals = new Set(rdf['graph.nt'].map((q) => q.object.value));
    for (const t of evidence) expect(literals.has(t)).toBe(true);
  });

  it('keeps hostile labels and aliases exact in every RDF format and inert in the viewer page', async () => {
    const doc = toDocument('a.txt', 'a.txt', SENTENCE('nothing odd'));
    const result = await buildFromDocuments([doc], { iterations: 5 });
    const graph = result.graph;
    const labels: string[] = [];
    graph.forEachNode((node, a) => {
      const [, s] = HOSTILE[labels.length % HOSTILE.length];
      labels.push(`${s} ${a.label}`);
      graph.mergeNodeAttributes(node, { label: labels[labels.length - 1], aliases: [...a.aliases, s] });
    });
    expect(labels.length).toBeGreaterThanOrEqual(3);
    const { files } = await renderOutputs(graph, {
      base: 'https://example.org/newsgraph/',
      docTexts: new Map([[doc.id, doc.text]]),
    });
    const json = files.find((f) => f.name === 'graph.json')!.content;
    files.push({ name: 'index.html', content: renderViewerPage(json, '/* viewer */', HOSTILE[0][1]) });
    const { rdf } = checkOutputs({ ...result, files }, new Map([[doc.id, doc.text]]));
    for (const name of ['graph.nt', 'graph.ttl', 'graph.nq']) {
      const literals = new Set(rdf[name].map((q) => q.object.value));
      for (const label of labels)
        expect([name, label.slice(0, 40), literals.has(label)]).toEqual([name, label.slice(0, 40), true]);
      // IRIs are minted from slugs, never from labels.
      for (const q of rdf[name])
        for (const t of [q.subject, q.predicate, q.object, q.graph])
          if (t.termType === 'NamedNode') expect(t.value).toMatch(/^[\x21-\x7e]+$/);
    }
    const html = files.find((f) => f.name === 'index.html')!.content;
    expect(html).toContain('<title>&#60;/script&#62;&#60;script&#62;alert(1)&#60;/script&#62;</title>');
  });
});
