import { kindsOf } from '../../../src/viewer/app/kinds';
import { addEntity, smallGraph } from '../_graph';

describe('kinds of a graph', () => {
  it('lists core kinds in contract order with their layout colour and count, then other kinds', () => {
    const g = smallGraph();
    addEntity(g, 'event-summit', 'Summit', 'Event' as never, { color: undefined });
    expect(kindsOf(g)).toEqual([
      { kind: 'Person', color: '#0072b2', count: 2 },
      { kind: 'Country', color: '#d55e00', count: 3 },
      { kind: 'Concern', color: '#56b4e9', count: 1 },
      // No colour in the data: the first of the fallback palette.
      { kind: 'Event', color: '#882255', count: 1 },
    ]);
  });
});
