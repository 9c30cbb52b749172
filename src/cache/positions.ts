// The node positions of the last build's graph.json, kept in the cache with that file's size and
// modification time: a rebuild reads them in a few milliseconds instead of parsing graph.json (a
// tenth of a second for a million words). If graph.json is not the one they were saved with, it
// is read instead (cli/commands/build.ts readPositions).

import fs from 'node:fs';
import path from 'node:path';

import type { KnowledgeGraph } from '../graph/attributes';
import type { Positions } from '../layout';

const FILE = 'positions.json';

interface Stamp {
  size: number;
  mtimeMs: number;
}

function stampOf(file: string): Stamp | undefined {
  try {
    const st = fs.statSync(file);
    return { size: st.size, mtimeMs: st.mtimeMs };
  } catch {
    return undefined;
  }
}

/** Saves the graph's positions beside the cache's entries, stamped with `graphFile` as just written. */
export function savePositions(dir: string, graphFile: string, graph: KnowledgeGraph): void {
  const stamp = stampOf(graphFile);
  if (!stamp) return;
  const nodes: Array<[string, number, number]> = [];
  graph.forEachNode((key, a) => {
    if (typeof a.x === 'number' && typeof a.y === 'number') nodes.push([key, a.x, a.y]);
  });
  const file = path.join(dir, FILE);
  const temp = `${file}.${process.pid}.tmp`;
  try {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(temp, JSON.stringify({ stamp, nodes }));
    fs.renameSync(temp, file);
  } catch {
    // (Only the next build's speed depends on it.)
    fs.rmSync(temp, { force: true });
  }
}

/** The saved positions, if they were saved with `graphFile` as it is now; else undefined. */
export function loadPositions(dir: string, graphFile: string): Positions | undefined {
  const stamp = stampOf(graphFile);
  if (!stamp) return undefined;
  try {
    const data = JSON.parse(fs.readFileSync(path.join(dir, FILE), 'utf8')) as { stamp?: Stamp; nodes?: Array<[string, number, number]> };
    if (data.stamp?.size !== stamp.size || data.stamp.mtimeMs !== stamp.mtimeMs || !Array.isArray(data.nodes)) return undefined;
    const positions = new Map<string, { x: number; y: number }>();
    for (const [key, x, y] of data.nodes) if (typeof key === 'string' && typeof x === 'number' && typeof y === 'number') positions.set(key, { x, y });
    return positions;
  } catch {
    return undefined;
  }
}
