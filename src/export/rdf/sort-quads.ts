// Canonical order for quads: the Turtle writer only groups consecutive quads with the same subject
// (TRAPS.md), and byte-identical builds need one order whatever the insertion order was.

import type { Quad, Term } from 'n3';

/**
 * A sort key for a term: an IRI is its own key (no copy); literals are JSON-encoded, so a hostile
 * value (quotes, U+0000) can neither fake another term nor the separator, and like blank nodes get a
 * control-character tag no IRI starts with. IRIs never hold U+0000 (minted from slugs, or the
 * vocabularies'); the default graph's key is empty.
 */
function termKey(t: Term): string {
  switch (t.termType) {
    case 'NamedNode':
      return t.value;
    case 'Literal':
      return `\u0002${JSON.stringify(t.value)}@${t.language}^${t.datatype.value}`;
    case 'BlankNode':
      return `\u0001${t.value}`;
    default:
      return '';
  }
}

type Keyed = { q: Quad; p: string; o: string; g: string };

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byKeys = (a: Keyed, b: Keyed) => compare(a.p, b.p) || compare(a.o, b.o) || compare(a.g, b.g);

/**
 * Sorts quads by subject, predicate, object, graph and drops duplicates. Sorts the subjects, then
 * each subject's few quads term by term: the same order as one sort on whole `s p o g` keys (no key
 * holds U+0000, so a subject that is a prefix of another sorts first either way) at a fraction of
 * the cost: whole-key comparisons and their garbage dominated the export (scripts/bench-rdf.mjs).
 */
export function sortQuads(quads: Quad[]): Quad[] {
  const bySubject = new Map<string, Keyed[]>();
  for (const q of quads) {
    const s = termKey(q.subject);
    let group = bySubject.get(s);
    if (!group) bySubject.set(s, (group = []));
    group.push({ q, p: termKey(q.predicate), o: termKey(q.object), g: termKey(q.graph) });
  }
  const out: Quad[] = [];
  for (const s of [...bySubject.keys()].sort()) {
    const group = bySubject.get(s)!.sort(byKeys);
    let last: Keyed | undefined;
    for (const k of group) {
      if (last && byKeys(last, k) === 0) continue;
      last = k;
      out.push(k.q);
    }
  }
  return out;
}
