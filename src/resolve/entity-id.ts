// Node keys: a readable slug of kind and label, `[a-z0-9-]` only, unique within the build.

import { createHash } from 'node:crypto';

function slug(s: string, max = 60): string {
  const folded = s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return folded.slice(0, max).replace(/-+$/, '');
}

function hash(s: string): string {
  return createHash('sha1').update(s, 'utf8').digest('hex').slice(0, 8);
}

/**
 * The node key of an entity: `person-jacinda-ardern`. Labels that fold to nothing (emoji, other
 * scripts), are cut, or collide with another entity's get a hash of the cluster key, which is stable.
 */
export function entityIdFor(kind: string, label: string, clusterKey: string, used: Map<string, string>): string {
  const base = slug(`${kind}-${label}`);
  const plain = slug(label);
  let id = base;
  if (!plain || base.length < slug(`${kind}-${label}`, 10_000).length) id = `${base}-${hash(clusterKey)}`;
  if (used.has(id) && used.get(id) !== clusterKey) id = `${base}-${hash(clusterKey)}`;
  used.set(id, clusterKey);
  return id;
}
