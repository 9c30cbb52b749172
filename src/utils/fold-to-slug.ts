// The one folding of names into `[a-z0-9-]` shared by node keys (resolve/entity-id.ts) and IRI
// segments (export/rdf/slug.ts): both must fold a name the same way.

// Letters that Unicode decomposition (NFKD) does not reduce to ASCII, so that "Łódź" gives "lodz"
// and "Straße" "strasse" rather than losing the letter.
const TRANSLITERATIONS: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h' };

/** Folds accents and case and keeps `[a-z0-9]` runs joined by single hyphens (not cut). */
export function foldToSlug(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþıħ]/g, (c) => TRANSLITERATIONS[c])
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
