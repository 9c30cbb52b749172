// RDF syntax by extension and parsing (src/query/rdf-files.ts).

import { NewsgraphError } from '../../src/errors';
import { parseRdf, rdfSyntaxOf } from '../../src/query/rdf-files';

describe('rdfSyntaxOf', () => {
  it.each([
    ['output/graph.nt', 'N-Triples'],
    ['graph.NQ', 'N-Quads'],
    ['ontology.ttl', 'Turtle'],
    ['x.trig', 'TriG'],
  ])('reads %s as %s', (file, n3) => {
    expect(rdfSyntaxOf(file).n3).toBe(n3);
  });

  it('refuses an extension it cannot read, with E_BAD_OPTION', () => {
    expect(() => rdfSyntaxOf('graph.json')).toThrow(expect.objectContaining({ code: 'E_BAD_OPTION', file: 'graph.json' }));
  });
});

describe('parseRdf', () => {
  it('parses by extension', () => {
    expect(parseRdf('@prefix a: <http://a/>. a:b a:c a:d.', 'x.ttl')).toHaveLength(1);
  });

  it('reports a parse error with the file and the line', () => {
    try {
      parseRdf('<http://a> <http://b> <http://c> .\n<http://a> <http://b> .\n', 'bad.nt');
      throw new Error('did not fail');
    } catch (err) {
      expect(err).toBeInstanceOf(NewsgraphError);
      expect((err as NewsgraphError).code).toBe('E_INPUT_UNREADABLE');
      expect((err as NewsgraphError).message).toMatch(/bad\.nt.*line 2/);
    }
  });
});
