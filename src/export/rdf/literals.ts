// RDF literals for the export: strings exactly as they are (except what no RDF syntax can carry),
// integers and decimals in lexical forms every reader accepts.

import { DataFactory, type Literal } from 'n3';

import { xsd } from './vocabulary';

const { literal, namedNode } = DataFactory;

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** A plain string literal; lone surrogates (not Unicode, so not encodable in UTF-8) become U+FFFD. */
export function toStringLiteral(s: string): Literal {
  return literal(s.replace(LONE_SURROGATE, '\ufffd'));
}

/** An xsd:integer literal. */
export function toIntegerLiteral(n: number): Literal {
  return literal(String(Math.round(n)), namedNode(xsd('integer')));
}

/**
 * An xsd:decimal literal such as "0.3" or "1.0": never an exponent (String(1e-7) is "1e-7", not a
 * decimal) and never a trailing dot, which Virtuoso 7.2 misreads in Turtle (TRAPS.md).
 */
export function toDecimalLiteral(n: number): Literal {
  const fixed = n.toFixed(6).replace(/0+$/, '').replace(/\.$/, '.0');
  return literal(fixed === '-0.0' ? '0.0' : fixed, namedNode(xsd('decimal')));
}
