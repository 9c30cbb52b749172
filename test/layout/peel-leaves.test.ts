// Large graphs are laid out on their core (src/layout/peel-leaves.ts): leaves are placed beside
// their one neighbour, isolated nodes around the core; small graphs go through ForceAtlas2 whole.

import { inferSettings, massesOf, runForceAtlas2, type LayoutArrays } from '../../src/layout/forceatlas2';
import { PEEL_MIN_ORDER, runPeeledLayout } from '../../src/layout/peel-leaves';
import { seededRandom, seedPositions } from '../../src/layout/seed-positions';

/**
 * `hubs` hubs joined in a ring with chords, each with `leaves` leaves (weight 0.2, as co-occurrence),
 * then `isolated` nodes with no edge: node order hubs, leaves, isolated.
 */
function hubsAndLeaves(hubs: number, leaves: number, isolated: number): LayoutArrays & { kind: string[] } {
  const source: number[] = [];
  const target: number[] = [];
  const weight: number[] = [];
  const kind: string[] = [];
  const rng = seededRandom(3);
  for (let h = 0; h < hubs; h++) {
    kind.push('hub');
    source.push(h, h);
    target.push((h + 1) % hubs, Math.floor(rng() * hubs));
    weight.push(1, 1);
  }
  for (let h = 0; h < hubs; h++) {
    for (let k = 0; k < leaves; k++) {
      source.push(h);
      target.push(kind.length);
      weight.push(0.2);
      kind.push('leaf');
    }
  }
  for (let k = 0; k < isolated; k++) kind.push('isolated');
  // (A chord from a hub to itself is no edge.)
  const keep = source.map((s, e) => s !== target[e]);
  const n = kind.length;
  const a: LayoutArrays & { kind: string[] } = {
    x: new Float64Array(n),
    y: new Float64Array(n),
    source: Int32Array.from(source.filter((_, e) => keep[e])),
    target: Int32Array.from(target.filter((_, e) => keep[e])),
    weight: Float64Array.from(weight.filter((_, e) => keep[e])),
    kind,
  };
  seedPositions(a.x, a.y, a.source, a.target, 42);
  return a;
}

const copy = (a: LayoutArrays): LayoutArrays => ({ ...a, x: Float64Array.from(a.x), y: Float64Array.from(a.y) });

describe('runPeeledLayout', () => {
  it('lays out a graph below the threshold exactly as ForceAtlas2 does', () => {
    const a = hubsAndLeaves(100, 5, 50);
    expect(a.x.length).toBeLessThan(PEEL_MIN_ORDER);
    const settings = inferSettings(a.x.length);
    const whole = copy(a);
    runForceAtlas2(whole, settings, 30);
    const peeled = copy(a);
    runPeeledLayout(peeled, settings, 30);
    expect(peeled.x).toEqual(whole.x);
    expect(peeled.y).toEqual(whole.y);
  });

  describe('on a large graph', () => {
    const a = hubsAndLeaves(400, 5, 600);
    const settings = inferSettings(a.x.length);
    const out = copy(a);
    runPeeledLayout(out, settings, 20);
    const hubs = a.kind.flatMap((k, i) => (k === 'hub' ? [i] : []));
    const at = (i: number) => ({ x: out.x[i], y: out.y[i] });
    const dist = (p: { x: number; y: number }, q: { x: number; y: number }) => Math.hypot(p.x - q.x, p.y - q.y);

    it('places every node at a finite position, the same in every run', () => {
      expect(a.x.length).toBeGreaterThanOrEqual(PEEL_MIN_ORDER);
      expect([...out.x, ...out.y].every(Number.isFinite)).toBe(true);
      const again = copy(a);
      runPeeledLayout(again, settings, 20);
      expect(again.x).toEqual(out.x);
      expect(again.y).toEqual(out.y);
    });

    it('puts each leaf where its two-body forces balance, beside its one neighbour', () => {
      const mass = massesOf(a.x.length, a.source, a.target, a.weight);
      for (let e = 0; e < a.source.length; e++) {
        const [h, leaf] = [a.source[e], a.target[e]];
        if (a.kind[leaf] !== 'leaf') continue;
        const expected = Math.sqrt((settings.scalingRatio * mass[h] * mass[leaf]) / Math.pow(0.2, settings.edgeWeightInfluence));
        expect(dist(at(leaf), at(h))).toBeCloseTo(expected, 6);
      }
    });

    it('puts isolated nodes around the core, none inside it', () => {
      const cx = hubs.reduce((s, i) => s + out.x[i], 0) / hubs.length;
      const cy = hubs.reduce((s, i) => s + out.y[i], 0) / hubs.length;
      const coreRadius = Math.max(...hubs.map((i) => dist(at(i), { x: cx, y: cy })));
      const isolated = a.kind.flatMap((k, i) => (k === 'isolated' ? [i] : []));
      for (const i of isolated) expect(dist(at(i), { x: cx, y: cy })).toBeGreaterThanOrEqual(coreRadius);
    });
  });
});
