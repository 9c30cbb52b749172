import { computeNodeSizes } from '../../../src/viewer/app/sizes';
import { smallGraph } from '../_graph';

describe('node sizes', () => {
  it('uses the layout size for degree and scales mentions to the same range', () => {
    const g = smallGraph();
    const sizes = computeNodeSizes(g);
    expect(sizes.degree.get('person-kishida')).toBe(12);
    const mentions = [...sizes.mentions.values()];
    // Range of the layout sizes in the graph: 4..14.
    expect(Math.max(...mentions)).toBe(14);
    expect(Math.min(...mentions)).toBeGreaterThanOrEqual(4);
    expect(sizes.mentions.get('person-ardern')).toBe(14);
    expect(sizes.mentions.get('country-new-zealand')!).toBeGreaterThan(sizes.mentions.get('person-kishida')!);
  });

  it('computes degree sizes when the graph has none', () => {
    const g = smallGraph();
    g.forEachNode((n) => g.removeNodeAttribute(n, 'size'));
    const sizes = computeNodeSizes(g);
    // Ardern has the highest degree (4): the top of the default 4..18 scale.
    expect(sizes.degree.get('person-ardern')).toBe(18);
    expect(sizes.degree.get('country-spain')).toBe(4);
  });
});
