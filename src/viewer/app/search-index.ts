// Entity search over labels and aliases, for the search box's suggestions. Pure (no DOM): an index
// built once on load, and a ranking that puts whole-name and prefix matches first.

import type { ViewerGraph } from './state';

export interface SearchEntry {
  node: string;
  label: string;
  kind: string;
  mentions: number;
  /** Label first, then aliases; each with its normalised form. */
  names: Array<{ text: string; norm: string }>;
}

export interface SearchHit {
  node: string;
  label: string;
  kind: string;
  /** The alias that matched, when it was not the label ("Kishida" for Fumio Kishida). */
  alias: string | null;
}

/** Case-, accent- and apostrophe-insensitive form: "Émile O’Neill" and "emile o'neill" meet. */
export function normaliseName(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’‘`]/g, "'")
    .replace(/[‐‑‒–—]/g, '-')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export function buildSearchIndex(graph: ViewerGraph): SearchEntry[] {
  const index: SearchEntry[] = [];
  graph.forEachNode((node, a) => {
    const texts = [a.label, ...(a.aliases ?? [])].filter((t) => typeof t === 'string' && t.trim() !== '');
    index.push({ node, label: a.label, kind: a.kind, mentions: a.mentions || 0, names: texts.map((text) => ({ text, norm: normaliseName(text) })) });
  });
  return index;
}

/** 0 whole name, 1 prefix, 2 a word's prefix, 3 anywhere inside, or -1. */
function matchRank(norm: string, q: string): number {
  if (norm === q) return 0;
  if (norm.startsWith(q)) return 1;
  const at = norm.indexOf(q);
  if (at < 0) return -1;
  // A match at a word start ("kishida" in "fumio kishida") ranks above one inside a word.
  if (/[\s'"(\-–/]/.test(norm[at - 1])) return 2;
  let from = at;
  while ((from = norm.indexOf(q, from + 1)) >= 0) if (/[\s'"(\-–/]/.test(norm[from - 1])) return 2;
  return 3;
}

/** The best matches for a query: by match rank (label before alias), then mentions, then label. */
export function searchEntities(index: SearchEntry[], query: string, limit = 10): SearchHit[] {
  const q = normaliseName(query);
  if (!q) return [];
  const scored: Array<{ entry: SearchEntry; score: number; alias: string | null }> = [];
  for (const entry of index) {
    let best = -1;
    let alias: string | null = null;
    entry.names.forEach((name, i) => {
      const rank = matchRank(name.norm, q);
      if (rank < 0) return;
      // Label matches beat alias matches of the same rank.
      const score = rank * 2 + (i === 0 ? 0 : 1);
      if (best < 0 || score < best) {
        best = score;
        alias = i === 0 ? null : name.text;
      }
    });
    if (best >= 0) scored.push({ entry, score: best, alias });
  }
  scored.sort((a, b) => a.score - b.score || b.entry.mentions - a.entry.mentions || a.entry.label.localeCompare(b.entry.label) || (a.entry.node < b.entry.node ? -1 : 1));
  return scored.slice(0, limit).map(({ entry, alias }) => ({ node: entry.node, label: entry.label, kind: entry.kind, alias }));
}
