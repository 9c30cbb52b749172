// Literal forms (src/export/rdf/literals.ts): numbers every reader accepts, strings as they are.

import { toDecimalLiteral, toIntegerLiteral, toStringLiteral } from '../../../src/export/rdf/literals';

describe('toDecimalLiteral', () => {
  it.each([
    [0.3, '0.3'],
    [1, '1.0'],
    [0, '0.0'],
    [0.99, '0.99'],
    // never an exponent, which is not a decimal
    [1e-7, '0.0'],
    [1234567.5, '1234567.5'],
  ])('writes %p as "%s"', (n, lexical) => {
    const l = toDecimalLiteral(n);
    expect(l.value).toBe(lexical);
    expect(l.datatype.value).toBe('http://www.w3.org/2001/XMLSchema#decimal');
  });
});

describe('toIntegerLiteral', () => {
  it('writes whole numbers as xsd:integer', () => {
    expect(toIntegerLiteral(42).value).toBe('42');
    expect(toIntegerLiteral(42).datatype.value).toBe('http://www.w3.org/2001/XMLSchema#integer');
  });
});

describe('toStringLiteral', () => {
  it('keeps every character of a hostile string, astral ones included', () => {
    const s = 'a"b\\c\nd\te<f>\u0000\u001b😀\u{10FFFF}';
    expect(toStringLiteral(s).value).toBe(s);
  });

  it('replaces lone surrogates, which UTF-8 cannot encode, by U+FFFD', () => {
    expect(toStringLiteral('a\ud800b\udc00c').value).toBe('a\ufffdb\ufffdc');
  });
});
