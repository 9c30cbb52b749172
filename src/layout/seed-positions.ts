// Starting positions for ForceAtlas2, from a seeded generator so every build starts alike (FA2 on
// nodes without positions gives NaN: TRAPS.md). Hubs are scattered first and every other node starts
// next to a neighbour already placed, so the layout begins near its clusters and large graphs need
// far fewer iterations than from uniform noise.

/** Mulberry32: a tiny seeded generator, so starting positions are the same in every build. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Writes starting positions into x and y for nodes 0…n−1 joined by the given edges: in order of
 * decreasing degree, a node next to an already placed neighbour starts close to it; one without
 * starts anywhere in a square whose side grows with √n (about where FA2 will spread them).
 */
export function seedPositions(x: Float64Array, y: Float64Array, source: Int32Array, target: Int32Array, seed = 42): void {
  const n = x.length;
  const rng = seededRandom(seed);
  const degree = new Int32Array(n);
  for (let e = 0; e < source.length; e++) {
    degree[source[e]]++;
    degree[target[e]]++;
  }
  // Adjacency as compressed rows.
  const offset = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) offset[i + 1] = offset[i] + degree[i];
  const fill = offset.slice(0, n);
  const neighbours = new Int32Array(offset[n]);
  for (let e = 0; e < source.length; e++) {
    neighbours[fill[source[e]]++] = target[e];
    neighbours[fill[target[e]]++] = source[e];
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => degree[b] - degree[a] || a - b);
  const side = 10 * Math.sqrt(n) + 100;
  const placed = new Uint8Array(n);
  for (const i of order) {
    let anchor = -1;
    for (let k = offset[i]; k < offset[i + 1]; k++) {
      const j = neighbours[k];
      if (placed[j] && (anchor < 0 || degree[j] > degree[anchor])) anchor = j;
    }
    if (anchor < 0) {
      x[i] = (rng() - 0.5) * side;
      y[i] = (rng() - 0.5) * side;
    } else {
      // Around its best-connected placed neighbour, at a distance that grows with that hub's size.
      const angle = rng() * 2 * Math.PI;
      const radius = (0.5 + rng()) * (2 + Math.sqrt(degree[anchor]));
      x[i] = x[anchor] + radius * Math.cos(angle);
      y[i] = y[anchor] + radius * Math.sin(angle);
    }
    placed[i] = 1;
  }
}
