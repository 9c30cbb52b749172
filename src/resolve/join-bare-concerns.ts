// "the UK's £3bn rebate from the European Union … wants the rebate to end": a concern named by its head
// noun alone refers back to the one concern of its article named in full with that head. Runs after the
// concerns are clustered (merge-concerns.ts), on their cluster keys.

import type { Extraction, Mention } from '../types';

// Words after which a noun phrase's head has been said: "rebate from the EU", "bid to reduce …".
const AFTER_HEAD = new Set(['from', 'of', 'in', 'on', 'to', 'towards', 'toward', 'against', 'with', 'by', 'for', 'over', 'about', 'between', 'at', 'that', 'which']);
const LEADING = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their', 'our', 'his', 'her', 'my', 'your']);

/** The head noun of a concern's name: the last word before its first preposition or relative word. */
export function concernHead(name: string): string {
  const words = name.toLowerCase().split(/\s+/);
  const cut = words.findIndex((w, i) => i > 0 && AFTER_HEAD.has(w));
  return (cut > 0 ? words.slice(0, cut) : words).at(-1)!.replace(/[^\p{L}\p{N}-]/gu, '');
}

export function joinBareConcerns(extractions: Extraction[], clusterOf: Map<string, string>, id: (doc: string, m: Mention) => string): void {
  for (const x of extractions) {
    const concerns = x.mentions.filter((m) => m.kind === 'Concern' && clusterOf.has(id(x.doc, m)));
    if (concerns.length < 2) continue;
    const bare = (m: Mention) => m.name.toLowerCase().split(/\s+/).filter((w) => !LEADING.has(w)).length === 1;
    const fullByHead = new Map<string, Set<string>>();
    for (const m of concerns) {
      if (bare(m)) continue;
      const head = concernHead(m.name);
      if (!fullByHead.has(head)) fullByHead.set(head, new Set());
      fullByHead.get(head)!.add(clusterOf.get(id(x.doc, m))!);
    }
    for (const m of concerns) {
      if (!bare(m)) continue;
      const keys = fullByHead.get(concernHead(m.name));
      if (keys?.size === 1) clusterOf.set(id(x.doc, m), [...keys][0]);
    }
  }
}
