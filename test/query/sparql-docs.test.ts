// The five example queries of docs/SPARQL.md, run as they are written there on the seeds build in
// the embedded store: each must parse and answer its question. Rows are checked for the facts the
// seed articles state, not byte for byte, so better extraction does not break the test.

import fs from 'node:fs';
import path from 'node:path';

import { runSparql, type RdfSource } from '../../src/query';
import { buildSeeds, fileContent, REPO } from '../export/_rdf';

const DOC = path.join(REPO, 'docs', 'SPARQL.md');

/** The ```sparql blocks of the "Five example queries" section, by their "### N." heading. */
function exampleQueries(): Map<number, string> {
  const md = fs.readFileSync(DOC, 'utf8');
  const section = md.slice(md.indexOf('## Five example queries'));
  const out = new Map<number, string>();
  for (const m of section.matchAll(/^### (\d)\. [^\n]*\n[\s\S]*?```sparql\n([\s\S]*?)```/gm)) out.set(Number(m[1]), m[2]);
  return out;
}

describe('the example queries of docs/SPARQL.md on the seeds', () => {
  const queries = exampleQueries();
  let sources: RdfSource[];
  const rows = (n: number): Array<Record<string, string>> => {
    const r = runSparql(sources, queries.get(n)!);
    if (r.kind !== 'bindings') throw new Error(`query ${n} is not a SELECT`);
    return r.rows.map((b) => Object.fromEntries(Object.entries(b).map(([k, v]) => [k, v.value])));
  };

  beforeAll(async () => {
    const { files } = await buildSeeds();
    sources = [
      { name: 'graph.nq', text: fileContent(files, 'graph.nq') },
      { name: 'ontology.ttl', text: fileContent(files, 'ontology.ttl') },
    ];
  });

  it('has five queries, each declaring its own prefixes so that any store runs it', () => {
    expect([...queries.keys()]).toEqual([1, 2, 3, 4, 5]);
    for (const q of queries.values()) {
      const used = new Set([...q.matchAll(/\b([a-z]+):[A-Za-z]/g)].map((m) => m[1]).filter((p) => p !== 'http' && p !== 'https'));
      for (const p of used) expect(q).toMatch(new RegExp(`PREFIX ${p}:`));
    }
  });

  it('1. lists the countries party to each agreement, and no negated membership', () => {
    const r = rows(1);
    expect(r).toContainEqual({ country: 'New Zealand', agreement: expect.stringMatching(/Japan.*New Zealand.*information.sharing/i) });
    expect(r).toContainEqual({ country: 'Japan', agreement: expect.stringMatching(/Japan.*New Zealand.*information.sharing/i) });
    expect(r).toContainEqual({ country: 'Solomon Islands', agreement: expect.stringMatching(/China.*Solomon Islands/) });
    // "New Zealand is not a part of AUKUS" is no fact.
    expect(r.filter((x) => x.country === 'New Zealand' && /AUKUS/.test(x.agreement))).toEqual([]);
  });

  it('2. lists who is concerned about what, with the number of supporting sentences', () => {
    const r = rows(2);
    expect(r.length).toBeGreaterThan(3);
    expect(r.some((x) => x.who === 'Jacinda Ardern' && /militari[sz]ation/i.test(x.about))).toBe(true);
    for (const x of r) expect(Number(x.sentences)).toBeGreaterThanOrEqual(1);
  });

  it('3. gives the sentences that support "New Zealand is a member of Five Eyes", with their files', () => {
    const r = rows(3);
    expect(r.length).toBeGreaterThan(0);
    for (const x of r) {
      expect(x.text).toMatch(/Five Eyes/);
      expect(x.text).toMatch(/New Zealand/);
      expect(x.file).toMatch(/^\d{3}_[0-9a-f]+\.txt$/);
      expect(Number(x.confidence)).toBeGreaterThan(0);
    }
  });

  it('4. gathers what the graph says about Jacinda Ardern, role included', () => {
    const r = rows(4);
    expect(r).toContainEqual(expect.objectContaining({ relation: 'affiliatedWith →', other: 'New Zealand', role: 'Prime Minister' }));
    expect(r.some((x) => /met/.test(x.relation) && x.other === 'Fumio Kishida')).toBe(true);
    expect(r.some((x) => /mentionedWith/.test(x.relation))).toBe(false);
  });

  it('5. ranks entities by the number of documents that mention them', () => {
    const r = rows(5);
    expect(r).toHaveLength(10);
    const docs = r.map((x) => Number(x.documents));
    expect(docs).toEqual([...docs].sort((a, b) => b - a));
    expect(docs[0]).toBe(5);
    expect(r.filter((x) => Number(x.documents) === 5).map((x) => x.entity)).toEqual(expect.arrayContaining(['Japan', 'New Zealand', 'Jacinda Ardern']));
  });
});
