import Graph from 'graphology';
import { parse } from 'graphology-gexf';

import { toGexf } from '../../../src/viewer/app/gexf';
import { smallGraph } from '../_graph';

describe('GEXF export', () => {
  const g = smallGraph();
  const xml = toGexf(g);
  const back = parse(Graph, xml);

  it('writes GEXF 1.3 that graphology-gexf reads back with every node and edge', () => {
    expect(xml).toContain('xmlns="http://gexf.net/1.3"');
    expect(back.order).toBe(g.order);
    expect(back.size).toBe(g.size);
    expect(back.edges().sort()).toEqual(g.edges().sort());
  });

  it('keeps labels, kinds, lists, positions and colours', () => {
    expect(back.getNodeAttributes('person-kishida')).toMatchObject({
      label: 'Fumio Kishida',
      kind: 'Person',
      mentions: 4,
      aliases: ['Kishida', 'PM'],
      docs: ['a.txt'],
      x: 60,
      y: 0,
      size: 12,
    });
    expect(back.getNodeAttribute('person-kishida', 'color')).toBe('#0072b2');
  });

  it('writes evidence as JSON, never "[object Object]"', () => {
    expect(xml).not.toContain('[object Object]');
    const edge = back.getEdgeAttributes('person-ardern|met|person-kishida');
    expect(edge).toMatchObject({ predicate: 'met', weight: 2, confidence: 0.9, label: 'met' });
    expect(JSON.parse(edge.evidence)).toEqual(g.getEdgeAttribute('person-ardern|met|person-kishida', 'evidence'));
    expect(back.getEdgeAttribute('person-ardern|affiliatedWith|country-new-zealand', 'role')).toBe('Prime Minister');
  });
});
