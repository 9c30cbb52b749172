// One sense per corpus for one-word names: "Kora Aid said the deal was a bad bargain" gives the reader
// of one story no cue that Kora Aid is a body, while another story shows it ("Kora Aid's executive
// director, Ana Ruiz"). A one-word person with no title whose word is an organisation's whole name in
// another document, and the surname of no one named in full anywhere, is that organisation.

import type { Extraction, Mention } from '../types';

const hasSpace = (s: string) => /\s/.test(s);

/** Turns bare one-word "persons" into the organisation another document names with the same word. */
export function bodiesAcrossDocs(extractions: Extraction[]): void {
  const bodies = new Map<string, string>();
  const surnames = new Set<string>();
  for (const x of extractions) {
    for (const m of x.mentions) {
      if (m.kind === 'Organization' && !hasSpace(m.name) && !bodies.has(m.name)) bodies.set(m.name, m.key);
      if (m.kind === 'Person' && hasSpace(m.name)) surnames.add(m.name.slice(m.name.lastIndexOf(' ') + 1));
    }
  }
  if (!bodies.size) return;
  for (const x of extractions) for (const m of x.mentions) if (isBareBody(m, bodies, surnames)) Object.assign(m, { kind: 'Organization', key: bodies.get(m.name)!, meta: undefined });
}

function isBareBody(m: Mention, bodies: Map<string, string>, surnames: Set<string>): boolean {
  return m.kind === 'Person' && !m.role && !hasSpace(m.name) && bodies.has(m.name) && !surnames.has(m.name);
}
