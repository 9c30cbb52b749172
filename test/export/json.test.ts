// toSerializedGraph (export/json.ts): graph.export() without copies of the attribute objects.

import { toSerializedGraph } from '../../src/export/json';
import { smallGraph } from '../viewer/_graph';

describe('toSerializedGraph', () => {
  it('serialises as graph.export() does, to the byte', () => {
    const g = smallGraph();
    g.addNode('bare');
    g.mergeAttributes({ name: 'test' });
    expect(JSON.stringify(toSerializedGraph(g as never), null, 1)).toBe(JSON.stringify(g.export(), null, 1));
  });

  it("holds the graph's own attribute objects, so what is written onto the graph later shows in it", () => {
    const g = smallGraph();
    const s = toSerializedGraph(g as never);
    g.setNodeAttribute('person-ardern', 'x', 123);
    g.forEachNode((_k, a) => void (a.y = 7));
    expect(s.nodes.find((n) => n.key === 'person-ardern')!.attributes).toMatchObject({ x: 123, y: 7 });
    expect(g.export().nodes.find((n) => n.key === 'person-ardern')!.attributes).not.toBe(g.getNodeAttributes('person-ardern'));
  });
});
