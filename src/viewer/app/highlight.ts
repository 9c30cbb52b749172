// Splits an evidence sentence into plain and marked segments where the two entities' names occur,
// so the panel can show them highlighted. Pure: the panel turns segments into text nodes and <mark>s.

export interface Segment {
  text: string;
  mark: boolean;
}

/** Acronyms ("PM", "UN", "NZ") only match in capitals: "pm" in "3 pm" is not the Prime Minister. */
function isAcronym(name: string): boolean {
  return /^[A-Z0-9.&]{2,6}$/.test(name);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Segments of `text` with every whole-word occurrence of one of `names` marked (longest name first). */
export function highlightNames(text: string, names: string[]): Segment[] {
  const needles = [...new Set(names.map((n) => n.trim()).filter((n) => n.length >= 2))].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  if (!needles.length || !text) return text ? [{ text, mark: false }] : [];
  const byLower = new Map<string, string[]>();
  for (const n of needles) byLower.set(n.toLowerCase(), [...(byLower.get(n.toLowerCase()) ?? []), n]);
  // Whole words only: "Japan" in "Japan's" but not "PM" in "shipment".
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${needles.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  const out: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(re)) {
    const found = m[0];
    const candidates = byLower.get(found.toLowerCase()) ?? [];
    if (!candidates.some((n) => !isAcronym(n) || n === found)) continue;
    const at = m.index ?? 0;
    if (at > last) out.push({ text: text.slice(last, at), mark: false });
    out.push({ text: found, mark: true });
    last = at + found.length;
  }
  if (last < text.length) out.push({ text: text.slice(last), mark: false });
  return out;
}
