// Shared builders for tests; never a test itself.

import { extractDocument } from '../src/extract';
import { toDocument } from '../src/ingest';
import { resolveEntities } from '../src/resolve';
import type { Extraction, Resolved } from '../src/types';

/** Extracts one in-memory article. */
export function extractText(text: string, id = 'test.txt'): Extraction {
  return extractDocument(toDocument(id, id, text));
}

/** Extracts and resolves in-memory articles. */
export function resolveTexts(texts: string[]): Resolved {
  return resolveEntities(texts.map((t, i) => extractText(t, `doc${i}.txt`)));
}

/** Relations of a resolved graph as readable "Subject -predicate-> Object" lines (typed only). */
export function triplesOf(r: Resolved): string[] {
  const label = new Map(r.entities.map((e) => [e.id, e.label]));
  return r.relations.filter((x) => x.predicate !== 'mentionedWith').map((x) => `${label.get(x.subject)} -${x.predicate}-> ${label.get(x.object)}`);
}

/** Entities as "Label [Kind]". */
export function entitiesOf(r: Resolved): string[] {
  return r.entities.map((e) => `${e.label} [${e.kind}]`);
}

/** Asserts that one text's entities and triples include every expected one and none of the forbidden. */
export function shouldExtract(text: string, expected: string[], forbidden: string[] = []): void {
  const r = resolveTexts([text]);
  const got = [...entitiesOf(r), ...triplesOf(r)];
  for (const e of expected) expect(got).toContain(e);
  for (const f of forbidden) expect(got).not.toContain(f);
}
