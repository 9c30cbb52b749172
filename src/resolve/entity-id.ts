// Node keys: a readable slug of kind and label, `[a-z0-9-]` only, unique within the build.
// The key is the graph's node key and, unchanged, the last segment of the entity's IRI in the RDF
// export (export/rdf/iris.ts), so it must be stable from build to build and valid in an IRI.

import { createHash } from 'node:crypto';

import { foldToSlug } from '../utils/fold-to-slug';

/** Longest slug kept from a label; longer ones are cut and get a hash so they stay apart. */
const MAX_SLUG = 60;

/** Folds accents and case and keeps `[a-z0-9]` runs joined by single hyphens, cut at `max` characters. */
function slug(s: string, max = MAX_SLUG): string {
  return foldToSlug(s).slice(0, max).replace(/-+$/, '');
}

function hash(s: string): string {
  return createHash('sha1').update(s, 'utf8').digest('hex').slice(0, 8);
}

/**
 * The node key of an entity: `person-jacinda-ardern`. Labels that fold to nothing (emoji, other
 * scripts) or are cut get a hash of the cluster key. When two entities would share a key, the one
 * asked for first keeps it and the next gets the hash of its cluster key: resolve/ asks in sorted
 * cluster-key order, so the outcome is the same in every build of the same input.
 */
export function entityIdFor(kind: string, label: string, clusterKey: string, used: Map<string, string>): string {
  // (slug() of the same string twice, uncut and cut: folded once.)
  const folded = foldToSlug(`${kind}-${label}`);
  const full = folded.replace(/-+$/, '');
  const base = folded.slice(0, MAX_SLUG).replace(/-+$/, '') || 'entity';
  let id = base;
  if (!slug(label) || base.length < full.length) id = `${base}-${hash(clusterKey)}`;
  // A hashed key can still meet a plain one (a label that ends in eight hex digits) or another
  // hash: salt the hash until the key is free. Never loops in practice; bounded by the map size.
  for (let salt = 1; used.has(id) && used.get(id) !== clusterKey; salt++) {
    id = `${base}-${hash(salt === 1 ? clusterKey : `${clusterKey}#${salt}`)}`;
  }
  used.set(id, clusterKey);
  return id;
}
