// IRI-safe path segments: `[a-z0-9-]` only, whatever the name (accents, quotes, slashes, emoji,
// 10 kB strings). Used for every IRI the RDF export mints (iris.ts); never a raw label in an IRI.

import { createHash } from 'node:crypto';

import { foldToSlug } from '../../utils/fold-to-slug';

/** A well-formed slug: lower-case letters and digits in runs joined by single hyphens. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;


/** A short, stable hash of a string, for slugs that would otherwise collide or be empty. */
export function shortHash(s: string, length = 8): string {
  return createHash('sha1').update(s, 'utf8').digest('hex').slice(0, length);
}

/** Whether a string can be used as it is as an IRI segment. */
export function isSlug(s: string): boolean {
  return SLUG.test(s);
}

/** Folds accents, lower-cases and keeps `[a-z0-9]` runs joined by single hyphens; at most `max` characters. */
export function slugify(s: string, max = 60): string {
  const folded = foldToSlug(s);
  const cut = folded.slice(0, max).replace(/-+$/, '');
  if (!cut) return shortHash(s);
  // A cut label gets a hash so that two long labels with the same start stay apart.
  return cut.length < folded.length ? `${cut}-${shortHash(s, 6)}` : cut;
}

/**
 * A one-to-one segment for a name: the name itself when it already is a slug of at most `max`
 * characters (node keys from resolve/entity-id.ts are), otherwise a readable slug plus a hash of the
 * exact name, so that "A.txt", "a.txt" and "a-txt" never share an IRI and a name's IRI does not
 * depend on which other names are in the build.
 */
export function toSafeSlug(name: string, max = 80): string {
  if (name.length <= max && isSlug(name)) return name;
  const readable = slugify(name, Number.POSITIVE_INFINITY).slice(0, max - 9).replace(/-+$/, '');
  return readable && isSlug(readable) ? `${readable}-${shortHash(name)}` : shortHash(name);
}
