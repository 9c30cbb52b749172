// Stable positions across builds: nodes of the previous graph keep their place, so the map a user has
// learnt does not reshuffle when the corpus grows; new nodes settle around them. The fresh positions
// (a layout, or only seeded ones) decide only where new nodes go: next to their best-connected old
// neighbour, in the direction the fresh positions give, at the old map's typical edge length; or,
// without an old neighbour, where the fresh positions put them once mapped onto the old map (scale
// and shift matching the spread and centre of the common nodes).

/** Previous positions by node key. */
export type Positions = ReadonlyMap<string, { x: number; y: number }>;

/**
 * Overwrites x, y (graph order, node `keys`) so that nodes in `previous` are where they were and the
 * others are placed around them; edges as index pairs.
 */
export function keepPositions(keys: readonly string[], x: Float64Array, y: Float64Array, source: Int32Array, target: Int32Array, previous: Positions): void {
  const n = keys.length;
  const old = new Uint8Array(n);
  let count = 0;
  let mx = 0, my = 0, ox = 0, oy = 0;
  for (let i = 0; i < n; i++) {
    const p = previous.get(keys[i]);
    if (!p) continue;
    old[i] = 1;
    count++;
    mx += x[i];
    my += y[i];
    ox += p.x;
    oy += p.y;
  }
  if (count === 0) return;
  mx /= count;
  my /= count;
  ox /= count;
  oy /= count;
  // Scale: the ratio of spreads around the centroids (1 when one node is all there is).
  let spreadNew = 0;
  let spreadOld = 0;
  for (let i = 0; i < n; i++) {
    if (!old[i]) continue;
    const p = previous.get(keys[i])!;
    spreadNew += (x[i] - mx) ** 2 + (y[i] - my) ** 2;
    spreadOld += (p.x - ox) ** 2 + (p.y - oy) ** 2;
  }
  const scale = spreadNew > 0 && spreadOld > 0 ? Math.sqrt(spreadOld / spreadNew) : 1;
  // Best-connected old neighbour of every new node.
  const degree = new Int32Array(n);
  for (let e = 0; e < source.length; e++) {
    degree[source[e]]++;
    degree[target[e]]++;
  }
  const anchor = new Int32Array(n).fill(-1);
  for (let e = 0; e < source.length; e++) {
    const s = source[e];
    const t = target[e];
    if (!old[s] && old[t] && (anchor[s] < 0 || degree[t] > degree[anchor[s]])) anchor[s] = t;
    if (!old[t] && old[s] && (anchor[t] < 0 || degree[s] > degree[anchor[t]])) anchor[t] = s;
  }
  // The old map's typical edge length: the median over edges between old nodes (a sample of them).
  const lengths: number[] = [];
  const step = Math.max(1, Math.floor(source.length / 10_000));
  for (let e = 0; e < source.length; e += step) {
    const s = source[e];
    const t = target[e];
    if (!old[s] || !old[t] || s === t) continue;
    const p = previous.get(keys[s])!;
    const q = previous.get(keys[t])!;
    lengths.push(Math.hypot(p.x - q.x, p.y - q.y));
  }
  lengths.sort((a, b) => a - b);
  const typical = lengths.length ? lengths[lengths.length >> 1] || 1 : 1;
  const nx = new Float64Array(n);
  const ny = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    if (old[i]) {
      const p = previous.get(keys[i])!;
      nx[i] = p.x;
      ny[i] = p.y;
    } else if (anchor[i] >= 0) {
      const a = anchor[i];
      const p = previous.get(keys[a])!;
      const dx = x[i] - x[a];
      const dy = y[i] - y[a];
      const d = Math.hypot(dx, dy);
      // (Coincident fresh positions: straight to the right.)
      nx[i] = p.x + (d > 0 ? dx / d : 1) * typical;
      ny[i] = p.y + (d > 0 ? dy / d : 0) * typical;
    } else {
      nx[i] = ox + (x[i] - mx) * scale;
      ny[i] = oy + (y[i] - my) * scale;
    }
  }
  x.set(nx);
  y.set(ny);
}
