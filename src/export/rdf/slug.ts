// IRI-safe slugs: `[a-z0-9-]` only, whatever the label (accents, quotes, emoji, 10 kB strings).

import { createHash } from 'node:crypto';

/** A short, stable hash of a string, for slugs that would otherwise collide or be empty. */
export function shortHash(s: string, length = 8): string {
  return createHash('sha1').update(s, 'utf8').digest('hex').slice(0, length);
}

/** Folds accents, lower-cases and keeps `[a-z0-9]` runs joined by single hyphens; at most `max` characters. */
export function slugify(s: string, max = 60): string {
  const folded = s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const cut = folded.slice(0, max).replace(/-+$/, '');
  if (!cut) return shortHash(s);
  // A cut or folded label gets a hash so that two long labels with the same start stay apart.
  return cut.length < folded.length ? `${cut}-${shortHash(s, 6)}` : cut;
}
