import { createLabelBoxes, labelOrder } from '../../../src/viewer/app/label-boxes';

describe('label boxes', () => {
  it('refuses a label that overlaps one placed in the same frame, and accepts one beside it', () => {
    const boxes = createLabelBoxes();
    expect(boxes.place({ x: 100, y: 100, w: 80, h: 16 })).toBe(true);
    // Overlaps by one pixel in each direction.
    expect(boxes.place({ x: 179, y: 115, w: 40, h: 16 })).toBe(false);
    // Touching edges do not overlap.
    expect(boxes.place({ x: 180, y: 100, w: 40, h: 16 })).toBe(true);
    expect(boxes.place({ x: 100, y: 116, w: 80, h: 16 })).toBe(true);
  });

  it('always places a forced label, which then blocks the others', () => {
    const boxes = createLabelBoxes();
    boxes.place({ x: 0, y: 0, w: 200, h: 20 });
    expect(boxes.place({ x: 50, y: 5, w: 30, h: 20 }, true)).toBe(true);
    expect(boxes.place({ x: 60, y: 22, w: 30, h: 10 })).toBe(false);
  });

  it('finds overlaps across cells of its index, at negative coordinates too, and forgets them on reset', () => {
    const boxes = createLabelBoxes();
    expect(boxes.place({ x: -300, y: -40, w: 500, h: 16 })).toBe(true);
    expect(boxes.place({ x: 150, y: -30, w: 10, h: 10 })).toBe(false);
    expect(boxes.place({ x: -299, y: -35, w: 2, h: 2 })).toBe(false);
    boxes.reset();
    expect(boxes.place({ x: 150, y: -30, w: 10, h: 10 })).toBe(true);
  });

  it('draws the selected node first, then forced labels, then bigger nodes, then by key', () => {
    const labels = [
      { key: 'b', size: 4 },
      { key: 'a', size: 4 },
      { key: 'big', size: 12 },
      { key: 'focus', size: 2, forceLabel: true },
      { key: 'selected', size: 1, forceLabel: true, highlighted: true },
    ];
    expect([...labels].sort(labelOrder).map((l) => l.key)).toEqual(['selected', 'focus', 'big', 'a', 'b']);
  });
});
