// Minted IRIs (src/export/rdf/iris.ts) and the node keys they are made from (src/resolve/entity-id.ts):
// valid for any label, the same in every build, and never shared by two things.

import { documentIri, entityIri, evidenceIri, statementIri } from '../../../src/export/rdf/iris';
import { entityIdFor } from '../../../src/resolve/entity-id';

const BASE = 'https://example.org/news/';
/** What an IRI may hold after the base: our folders and `[a-z0-9-]` segments. */
const MINTED = /^https:\/\/example\.org\/news\/(entity|document|evidence|statement)\/[a-z0-9]+(?:-[a-z0-9]+)*$/;

describe('entityIdFor and entityIri', () => {
  it.each([
    // a plain name keeps a readable key
    ['Person', 'Jacinda Ardern', 'person-jacinda-ardern'],
    // accents fold, letters NFKD keeps are transliterated
    ['Place', 'Łódź', 'place-lodz'],
    ['Country', 'Côte d’Ivoire', 'country-cote-d-ivoire'],
    // quotes and slashes are separators
    ['Organization', `"AC/DC" \\ <Band>`, 'organization-ac-dc-band'],
  ])('makes %s "%s" the key %s, used unchanged in its IRI', (kind, label, key) => {
    const id = entityIdFor(kind, label, `${kind}:${label}`, new Map());
    expect(id).toBe(key);
    expect(entityIri(BASE, id)).toBe(`${BASE}entity/${key}`);
  });

  it.each([
    ['emoji', '😀🎉'],
    ['another script', '习近平'],
    ['10 kB', 'Name '.repeat(2000)],
    ['control characters only', '\u0000\u0007\n\t'],
  ])('gives a label of %s a valid key with a stable hash', (_what, label) => {
    const id = entityIdFor('Person', label, `person:${label}`, new Map());
    expect(id).toMatch(/^person(-[a-z0-9]+)*-[0-9a-f]{8}$/);
    expect(id.length).toBeLessThanOrEqual(70);
    expect(entityIdFor('Person', label, `person:${label}`, new Map())).toBe(id);
    expect(entityIri(BASE, id)).toMatch(MINTED);
  });

  it('resolves two entities with one slug deterministically: the first asked keeps it, the next gets its hash', () => {
    const used = new Map<string, string>();
    const first = entityIdFor('Agreement', 'joint statement', 'agreement:a', used);
    const second = entityIdFor('Agreement', 'Joint Statement', 'agreement:b', used);
    expect(first).toBe('agreement-joint-statement');
    expect(second).toMatch(/^agreement-joint-statement-[0-9a-f]{8}$/);
    const again = new Map<string, string>();
    expect([entityIdFor('Agreement', 'joint statement', 'agreement:a', again), entityIdFor('Agreement', 'Joint Statement', 'agreement:b', again)]).toEqual([first, second]);
  });

  it('gives the same cluster the same key when asked again', () => {
    const used = new Map<string, string>();
    expect(entityIdFor('Person', 'Ardern', 'person:ardern', used)).toBe(entityIdFor('Person', 'Ardern', 'person:ardern', used));
  });

  it('salts the hash when a hashed key is already taken by a plain one', () => {
    const used = new Map<string, string>();
    const plain = entityIdFor('Agreement', 'x', 'agreement:x', used);
    const hashed = entityIdFor('Agreement', 'X', 'agreement:X', used);
    // A third entity whose own label is exactly the second one's hashed key.
    const lookalike = entityIdFor('Agreement', hashed.replace(/^agreement-/, ''), 'agreement:lookalike', used);
    expect(new Set([plain, hashed, lookalike]).size).toBe(3);
  });

  it('makes a key that is not a slug into one, with a hash, rather than putting it in an IRI raw', () => {
    expect(entityIri(BASE, 'Not A Slug/😀')).toMatch(MINTED);
    expect(entityIri(BASE, 'a b')).not.toBe(entityIri(BASE, 'a-b'));
  });
});

describe('documentIri, evidenceIri and statementIri', () => {
  it('gives documents whose names fold alike different IRIs, the same in every call', () => {
    const names = ['a.txt', 'A.txt', 'a-txt', 'news/a.txt', 'news\\a.txt', 'ä.txt'];
    const iris = names.map((n) => documentIri(BASE, n));
    for (const iri of iris) expect(iri).toMatch(MINTED);
    expect(new Set(iris).size).toBe(names.length);
    expect(names.map((n) => documentIri(BASE, n))).toEqual(iris);
  });

  it('gives every sentence of every document its own evidence IRI', () => {
    const iris = ['a.txt', 'A.txt'].flatMap((doc) => [0, 1, 12].map((sentence) => evidenceIri(BASE, { doc, sentence })));
    for (const iri of iris) expect(iri).toMatch(MINTED);
    expect(new Set(iris).size).toBe(iris.length);
  });

  it('names a statement by its edge key', () => {
    expect(statementIri(BASE, 'a|met|b')).toMatch(MINTED);
    expect(statementIri(BASE, 'a|met|b')).toBe(statementIri(BASE, 'a|met|b'));
    expect(statementIri(BASE, 'a|met|b')).not.toBe(statementIri(BASE, 'b|met|a'));
  });
});
