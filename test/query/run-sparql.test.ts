// SPARQL in the embedded store (src/query/run-sparql.ts): results in the SPARQL JSON shape, the
// parser's message for a bad query, graph.nq's facts counted once, hostile strings kept exactly.

import { NewsgraphError } from '../../src/errors';
import { toQuads, writeRdf } from '../../src/export';
import { queryFormOf, runSparql, withVocabularyPrefixes, type RdfSource } from '../../src/query/run-sparql';
import { makeGraph, TEST_BASE } from '../export/_rdf';

const DATA: RdfSource = {
  name: 'data.nq',
  text: [
    '<http://ex/nz> <http://www.w3.org/2000/01/rdf-schema#label> "New Zealand" .',
    '<http://ex/nz> <https://w3id.org/newsgraph/ns#memberOf> <http://ex/fe> .',
    '<http://ex/fe> <http://www.w3.org/2000/01/rdf-schema#label> "Five Eyes" .',
    '<http://ex/nz> <https://w3id.org/newsgraph/ns#memberOf> <http://ex/fe> <http://ex/doc1> .',
    '<http://ex/nz> <https://w3id.org/newsgraph/ns#memberOf> <http://ex/fe> <http://ex/doc2> .',
    '',
  ].join('\n'),
};

/** Runs a query that must fail and returns the NewsgraphError. */
function shouldFail(sources: RdfSource[], query: string): NewsgraphError {
  try {
    runSparql(sources, query);
  } catch (err) {
    expect(err).toBeInstanceOf(NewsgraphError);
    return err as NewsgraphError;
  }
  throw new Error('the query did not fail');
}

describe('runSparql', () => {
  it('returns SELECT results with every projected variable, bound or not', () => {
    const r = runSparql([DATA], 'SELECT ?name ?missing WHERE { ?x <http://www.w3.org/2000/01/rdf-schema#label> ?name OPTIONAL { ?x <http://nothing> ?missing } } ORDER BY ?name');
    expect(r).toEqual({
      kind: 'bindings',
      vars: ['name', 'missing'],
      rows: [{ name: { type: 'literal', value: 'Five Eyes' } }, { name: { type: 'literal', value: 'New Zealand' } }],
    });
  });

  it('counts a fact of graph.nq once: the default graph is not the union of the document graphs', () => {
    const r = runSparql([DATA], 'SELECT (COUNT(*) AS ?n) WHERE { ?s <https://w3id.org/newsgraph/ns#memberOf> ?o }');
    expect(r.kind === 'bindings' && r.rows[0].n.value).toBe('1');
    const g = runSparql([DATA], 'SELECT ?g WHERE { GRAPH ?g { ?s <https://w3id.org/newsgraph/ns#memberOf> ?o } } ORDER BY ?g');
    expect(g.kind === 'bindings' && g.rows.map((row) => row.g.value)).toEqual(['http://ex/doc1', 'http://ex/doc2']);
  });

  it('declares the vocabulary prefixes a query uses without declaring them', () => {
    const r = runSparql([DATA], 'SELECT ?o WHERE { ?s ng:memberOf ?o }');
    expect(r.kind === 'bindings' && r.rows.map((row) => row.o.value)).toEqual(['http://ex/fe']);
    expect(withVocabularyPrefixes('PREFIX ng: <x:> SELECT * { ?s ng:p ?o }').addedLines).toBe(0);
  });

  it('answers ASK with a boolean and CONSTRUCT with N-Triples or JSON-LD', () => {
    expect(runSparql([DATA], 'ASK { ?s ng:memberOf ?o }')).toEqual({ kind: 'boolean', value: true });
    expect(runSparql([DATA], 'ASK { ?s ng:partyTo ?o }')).toEqual({ kind: 'boolean', value: false });
    expect(runSparql([DATA], 'CONSTRUCT { ?o ng:hasMember ?s } WHERE { ?s ng:memberOf ?o }')).toEqual({
      kind: 'graph',
      syntax: 'N-Triples',
      text: '<http://ex/fe> <https://w3id.org/newsgraph/ns#hasMember> <http://ex/nz> .\n',
    });
    const ld = runSparql([DATA], 'DESCRIBE <http://ex/fe>', 'JSON-LD');
    expect(ld.kind === 'graph' && JSON.parse(ld.text)[0]['@id']).toBe('http://ex/fe');
  });

  it('reports a syntax error with the parser message, the position in the user’s own lines and a caret', () => {
    const err = shouldFail([DATA], 'SELECT ?o\nWHERE { ?s ng:memberOf ?o .');
    expect(err.code).toBe('E_QUERY');
    expect(err.message).toMatch(/SPARQL syntax error at line 2, column \d+: expected one of .*"}"/);
    expect(err.message).toContain('\n  WHERE { ?s ng:memberOf ?o .\n');
    expect(err.message).toMatch(/\n +\^$/);
    // Character classes of the grammar are left out of the message.
    expect(err.message).not.toContain("'0' ..=");
  });

  it('names an undeclared prefix', () => {
    expect(shouldFail([DATA], 'SELECT ?o WHERE { ?s foo:bar ?o }').message).toMatch(/undeclared prefix "foo:"/);
  });

  it('says what a query starts with when it starts with something else', () => {
    expect(shouldFail([DATA], 'SELEC ?o WHERE { ?s ?p ?o }').message).toMatch(/starts with SELECT, ASK, CONSTRUCT or DESCRIBE/);
  });

  it('refuses SPARQL Update', () => {
    expect(shouldFail([DATA], 'INSERT DATA { <a:b> <a:c> <a:d> }').code).toBe('E_QUERY');
  });

  it('reports data that does not parse as unreadable input, naming the file', () => {
    const err = shouldFail([{ name: 'broken.nt', text: '<http://a> <http://b> .\n' }], 'ASK {}');
    expect(err.code).toBe('E_INPUT_UNREADABLE');
    expect(err.file).toBe('broken.nt');
    expect(err.message).toMatch(/line 1/);
  });

  it('reads hostile strings from all three export formats exactly', async () => {
    const label = 'a "q" \\ b\nc\u0000\u001f <x> 😀 ' + 'long '.repeat(2000);
    const graph = makeGraph([{ key: 'person-x', label }]);
    const quads = toQuads(graph, new Map(), { base: TEST_BASE, namedGraphs: true });
    for (const [format, name] of [['N-Triples', 'g.nt'], ['Turtle', 'g.ttl'], ['N-Quads', 'g.nq']] as const) {
      const r = runSparql([{ name, text: await writeRdf(quads, format) }], 'SELECT ?l WHERE { ?s rdfs:label ?l }');
      expect(r.kind === 'bindings' && r.rows[0].l.value).toBe(label);
    }
  });
});

describe('queryFormOf', () => {
  it.each([
    ['SELECT * {}', 'SELECT'],
    ['# a comment\nPREFIX ng: <https://w3id.org/newsgraph/ns#>\nBASE <http://x/>\nask {}', 'ASK'],
    ['CONSTRUCT {} WHERE {}', 'CONSTRUCT'],
    ['describe <x:y>', 'DESCRIBE'],
    ['PREFIX a: <b:> INSERT DATA {}', 'UPDATE'],
    ['SELEC ?x {}', 'UNKNOWN'],
  ])('reads %j as %s', (query, form) => {
    expect(queryFormOf(query)).toBe(form);
  });
});
