// Labels that never overlap: sigma's label grid picks a few candidates per cell, but two long labels in
// neighbouring cells still run into each other. The viewer collects sigma's candidates for a frame,
// orders them (the selected node, the focus's neighbourhood, then bigger nodes) and draws each only if
// its box is free — only the selected node's label is drawn whatever it covers (the hovered one has
// sigma's own hover layer). Pure geometry, unit-tested in Node; main.ts wires it to sigma.

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Cell of the spatial index, in pixels: about one label's height times a few, so a box meets few cells. */
const CELL = 64;

export interface LabelBoxes {
  /** Forgets every placed box (at the start of each frame). */
  reset(): void;
  /** Places a box if it overlaps none placed this frame, or always with `force`; says whether it did. */
  place(box: Box, force?: boolean): boolean;
  /** The boxes placed this frame (tests and the console). */
  placed(): Box[];
}

export function createLabelBoxes(): LabelBoxes {
  let cells = new Map<number, Box[]>();
  let all: Box[] = [];
  const keysOf = (b: Box): number[] => {
    const out: number[] = [];
    for (let cx = Math.floor(b.x / CELL); cx <= Math.floor((b.x + b.w) / CELL); cx++) {
      // 2^16 columns either side of 0 are far more than any screen has.
      for (let cy = Math.floor(b.y / CELL); cy <= Math.floor((b.y + b.h) / CELL); cy++) out.push((cx + 65_536) * 131_072 + (cy + 65_536));
    }
    return out;
  };
  const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
  return {
    reset() {
      cells = new Map();
      all = [];
    },
    place(box, force = false) {
      const keys = keysOf(box);
      if (!force && keys.some((k) => cells.get(k)?.some((other) => overlaps(box, other)))) return false;
      for (const k of keys) {
        const list = cells.get(k);
        if (list) list.push(box);
        else cells.set(k, [box]);
      }
      all.push(box);
      return true;
    },
    placed: () => [...all],
  };
}

/** A label sigma would draw this frame. */
export interface LabelCandidate {
  key: string;
  size: number;
  /** The selected node: its label is drawn whatever it covers. */
  highlighted?: boolean;
  /** The focus's neighbourhood: labelled before the rest, where there is room. */
  forceLabel?: boolean;
}

/** Drawing order: the selected node, then forced labels (the focus), then bigger nodes, then by key. */
export function labelOrder(a: LabelCandidate, b: LabelCandidate): number {
  return (
    Number(!!b.highlighted) - Number(!!a.highlighted) ||
    Number(!!b.forceLabel) - Number(!!a.forceLabel) ||
    b.size - a.size ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  );
}
