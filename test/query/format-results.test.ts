// Result formatting (src/query/format-results.ts): table, SPARQL 1.1 JSON and CSV.

import { formatResults } from '../../src/query/format-results';
import type { QueryResult } from '../../src/query/run-sparql';

const RESULT: QueryResult = {
  kind: 'bindings',
  vars: ['who', 'what', 'n'],
  rows: [
    { who: { type: 'uri', value: 'https://w3id.org/newsgraph/ns#memberOf' }, what: { type: 'literal', value: 'Five, "Eyes"\nline' }, n: { type: 'literal', value: '2', datatype: 'http://www.w3.org/2001/XMLSchema#integer' } },
    { who: { type: 'uri', value: 'https://example.org/x' }, what: { type: 'literal', value: 'é😀' } },
  ],
};

describe('formatResults', () => {
  it('aligns a table, shortens vocabulary IRIs and keeps rows on one line', () => {
    expect(formatResults(RESULT, 'table').split('\n')).toEqual([
      'who                     | what              | n',
      '------------------------+-------------------+--',
      'ng:memberOf             | Five, "Eyes" line | 2',
      '<https://example.org/x> | é😀                |',
      '(2 rows)',
    ]);
  });

  it('cuts cells longer than 80 characters with an ellipsis', () => {
    const long: QueryResult = { kind: 'bindings', vars: ['x'], rows: [{ x: { type: 'literal', value: 'y'.repeat(200) } }] };
    expect(formatResults(long, 'table').split('\n')[2]).toBe(`${'y'.repeat(79)}…`);
  });

  it('writes SPARQL 1.1 CSV: quoted fields where needed, CRLF line ends, empty cells for unbound', () => {
    expect(formatResults(RESULT, 'csv')).toBe('who,what,n\r\nhttps://w3id.org/newsgraph/ns#memberOf,"Five, ""Eyes""\nline",2\r\nhttps://example.org/x,é😀,');
  });

  it('writes SPARQL 1.1 JSON results', () => {
    expect(JSON.parse(formatResults(RESULT, 'json'))).toEqual({ head: { vars: RESULT.kind === 'bindings' ? RESULT.vars : [] }, results: { bindings: RESULT.kind === 'bindings' ? RESULT.rows : [] } });
    expect(JSON.parse(formatResults({ kind: 'boolean', value: true }, 'json'))).toEqual({ head: {}, boolean: true });
  });

  it('prints ASK as true or false and graph results as they are', () => {
    expect(formatResults({ kind: 'boolean', value: false }, 'table')).toBe('false');
    expect(formatResults({ kind: 'graph', syntax: 'N-Triples', text: '<a:b> <a:c> <a:d> .\n' }, 'csv')).toBe('<a:b> <a:c> <a:d> .');
  });

  it('says how many rows an empty result has', () => {
    expect(formatResults({ kind: 'bindings', vars: ['x'], rows: [] }, 'table')).toBe('x\n-\n(0 rows)');
  });
});
