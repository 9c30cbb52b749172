// The graph stage (src/graph): entities and relations in, a graphology graph out, the same whatever
// the order they come in (graphology iterates in insertion order: TRAPS.md).

import { buildGraph, edgeKey } from '../../src/graph';
import type { Entity, Relation } from '../../src/types';

const entity = (id: string): Entity => ({ id, label: id, kind: 'Person', aliases: ['b', 'a'], mentions: 1, docs: ['z.txt', 'a.txt'] });
const relation = (subject: string, object: string, predicate: Relation['predicate'] = 'met'): Relation => ({
  subject,
  predicate,
  object,
  evidence: [{ doc: 'a.txt', sentence: 0, start: 0, end: 5, text: 'Hello' }],
  confidence: 0.5,
});

describe('buildGraph', () => {
  const entities = ['person-c', 'person-a', 'person-b'].map(entity);
  const relations = [relation('person-b', 'person-c'), relation('person-a', 'person-b'), relation('person-a', 'person-c', 'mentionedWith')];

  it('inserts nodes and edges in sorted order with computed keys, whatever the input order', () => {
    const g1 = buildGraph({ entities, relations }, { name: 'n', base: 'https://example.org/' });
    const g2 = buildGraph({ entities: [...entities].reverse(), relations: [...relations].reverse() }, { name: 'n', base: 'https://example.org/' });
    expect(JSON.stringify(g2.export())).toBe(JSON.stringify(g1.export()));
    expect(g1.nodes()).toEqual(['person-a', 'person-b', 'person-c']);
    expect(g1.edges()).toEqual([edgeKey('person-a', 'mentionedWith', 'person-c'), edgeKey('person-a', 'met', 'person-b'), edgeKey('person-b', 'met', 'person-c')]);
    expect(g1.getNodeAttributes('person-a')).toMatchObject({ aliases: ['a', 'b'], docs: ['a.txt', 'z.txt'] });
    expect(g1.getEdgeAttributes(edgeKey('person-a', 'met', 'person-b'))).toMatchObject({ predicate: 'met', weight: 1, confidence: 0.5 });
  });

  it('drops self-loops and relations to unknown entities', () => {
    const g = buildGraph({ entities, relations: [relation('person-a', 'person-a'), relation('person-a', 'person-x')] }, { name: 'n', base: 'https://example.org/' });
    expect(g.size).toBe(0);
  });
});
