// The graph as GEXF 1.3 for Gephi and Gephi Lite, with graphology-gexf's writer. Pure (a string);
// the toolbar's button saves it.

import writeGexf from 'graphology-gexf/common/writer.js';

import type { ViewerGraph } from './state';

/** GEXF with every contract attribute: lists as GEXF lists, evidence as JSON text. */
export function toGexf(graph: ViewerGraph): string {
  return writeGexf(graph, {
    // GEXF 1.3: hex colours and list values Gephi 0.10 and Gephi Lite read back as lists.
    version: '1.3',
    formatNode: (_key, a) => ({
      label: a.label,
      viz: { color: a.color, size: a.size, x: a.x, y: a.y },
      attributes: { kind: a.kind, mentions: a.mentions, aliases: a.aliases ?? [], docs: a.docs ?? [] },
    }),
    // NOTE: the default formatter would write `evidence` (objects) as "[object Object]", and it treats an
    // edge attribute named `kind` as GEXF's own edge kind (TRAPS.md): spell every attribute out.
    formatEdge: (_key, a) => ({
      label: a.predicate,
      weight: a.weight,
      viz: { color: a.color, thickness: a.size },
      attributes: {
        predicate: a.predicate,
        confidence: a.confidence,
        ...(a.role ? { role: a.role } : {}),
        ...(a.rule ? { rule: a.rule } : {}),
        evidence: JSON.stringify(a.evidence ?? []),
      },
    }),
  });
}
