// Stable positions (src/layout/keep-positions.ts): old nodes where they were, new ones beside their
// best-connected old neighbour at the old map's typical edge length, the others mapped onto the old map.

import { keepPositions } from '../../src/layout/keep-positions';

describe('keepPositions', () => {
  it('keeps old nodes, puts a new neighbour at the typical edge length, and maps a node without old neighbours', () => {
    // a-b-c old (edges of length 10), d new beside c, e new and isolated.
    const keys = ['a', 'b', 'c', 'd', 'e'];
    const previous = new Map([
      ['a', { x: 0, y: 0 }],
      ['b', { x: 10, y: 0 }],
      ['c', { x: 20, y: 0 }],
    ]);
    // Fresh positions: the old nodes elsewhere and at another scale; d above c.
    const x = Float64Array.from([100, 101, 102, 102, 101]);
    const y = Float64Array.from([50, 50, 50, 53, 50]);
    const source = Int32Array.from([0, 1, 2]);
    const target = Int32Array.from([1, 2, 3]);
    keepPositions(keys, x, y, source, target, previous);
    expect([...x.slice(0, 3)]).toEqual([0, 10, 20]);
    expect([...y.slice(0, 3)]).toEqual([0, 0, 0]);
    expect([x[3], y[3]]).toEqual([20, 10]);
    // e sits where b sits in the fresh positions: mapped onto b's old place.
    expect([x[4], y[4]]).toEqual([10, 0]);
  });

  it('changes nothing without previous positions', () => {
    const x = Float64Array.from([1, 2]);
    const y = Float64Array.from([3, 4]);
    keepPositions(['a', 'b'], x, y, Int32Array.from([0]), Int32Array.from([1]), new Map());
    expect([...x, ...y]).toEqual([1, 2, 3, 4]);
  });
});
