// JavaScript string indices (UTF-16 code units, as graph.json stores them) → Unicode code-point
// offsets, which NIF counts (TRAPS.md: in "Merkel 😀 met Macron", Macron is at index 14, code point 13).

/** A converter for one text; texts without astral characters (most) convert for free. */
export function toCodePointOffsets(text: string): (index: number) => number {
  const pairs: number[] = [];
  for (let i = 0; i + 1 < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) pairs.push(i++);
    }
  }
  if (pairs.length === 0) return (index) => index;
  // Each surrogate pair that ends at or before `index` counts two code units but one code point.
  return (index) => {
    let lo = 0;
    let hi = pairs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairs[mid] + 2 <= index) lo = mid + 1;
      else hi = mid;
    }
    return index - lo;
  };
}
