// One lookup table over every gazetteer: surface form → entry. Built once per process from the
// country, place and organisation data; recognisers look up token spans in it.

import type { Kind } from '../../types';
import { loadCountries } from './countries';
import { KNOWN_AGREEMENTS, KNOWN_ORGANIZATIONS } from './organizations';
import { hasWordBreak, needsSurfaceKey, needsTokenKey } from '../../utils/chars';
import { AMBIGUOUS_PLACES, loadPlaces, placeKey, REGION_ADJECTIVES } from './places';

export interface GazetteerEntry {
  kind: Kind;
  key: string;
  name: string;
  rule: string;
  /** For a demonym or adjective: it names the country's people or qualifies a noun. */
  demonym?: boolean;
  /** For a capital city: the key of its country (metonymy: "Beijing said"). */
  capitalOf?: string;
  /** ISO alpha-2 code of the country a place lies in. */
  country?: string;
  /** A place name that is also a common surname or word: needs a place cue. */
  ambiguous?: boolean;
}

export interface Gazetteer {
  lookup(surface: string): GazetteerEntry | undefined;
  /** Look-up of text built from tokens: only apostrophes and dashes need normalising. */
  lookupKey(text: string): GazetteerEntry | undefined;
  /** How many tokens a form starting with this token can span at most (undefined: none starts so). */
  spanFor(firstToken: string): number | undefined;
  /** The longest form in tokens, to bound span look-ups. */
  maxTokens: number;
  /** Country key by ISO alpha-2 code. */
  countryByCode: Map<string, { key: string; name: string }>;
  /** Country name and demonym by key. */
  countryInfo: Map<string, { name: string; demonym?: string }>;
}

/** Normalises a surface form for look-up: folded spaces, straight apostrophes, ASCII hyphens. */
export function surfaceKey(s: string): string {
  // (Most forms need nothing: a character scan says so, cheaper than the regular expression.)
  if (!needsSurfaceKey(s)) return s;
  return s.replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u2010-\u2015]/g, '-').replace(/\s*-\s*/g, '-').replace(/\s+/g, ' ').trim();
}

function firstWord(key: string): string {
  const m = key.match(/^[^\s'-]+/);
  return m ? m[0] : key;
}

let cache: Gazetteer | undefined;

/** The process-wide gazetteer. */
export function loadGazetteer(): Gazetteer {
  if (cache) return cache;
  const table = new Map<string, GazetteerEntry>();
  let maxTokens = 1;
  const spans = new Map<string, number>();
  const add = (form: string, entry: GazetteerEntry) => {
    const k = surfaceKey(form);
    if (!k || table.has(k)) return;
    table.set(k, entry);
    // A form's first word as the tokeniser sees it ("People's" → "People"), and its length in tokens
    // (words, hyphens and possessives each count): bounds the spans worth trying.
    // (Most forms are one plain word: that word, two tokens, without the two regular expressions.)
    const plain = !/[\s'-]/.test(k);
    const first = plain ? k : firstWord(k);
    const tokens = plain ? 2 : k.split(/(?=[\s'-])|(?<=-)/).length + 1;
    spans.set(first, Math.max(spans.get(first) ?? 0, tokens));
    maxTokens = Math.max(maxTokens, tokens);
  };
  const countries = loadCountries();
  const countryByCode = new Map<string, { key: string; name: string }>();
  const countryInfo = new Map<string, { name: string; demonym?: string }>();
  for (const c of countries) {
    if (c.cca2 && !countryByCode.has(c.cca2)) countryByCode.set(c.cca2, { key: c.key, name: c.name });
    // (A former name of a country, listed after it, does not replace its current name: model/countries.ts.)
    if (!countryInfo.has(c.key)) countryInfo.set(c.key, { name: c.name, demonym: c.demonyms.find((d) => !d.endsWith('s') || d.endsWith('ss')) });
  }
  for (const c of countries) for (const n of c.names) add(n, { kind: 'Country', key: c.key, name: c.name, rule: 'gazetteer-country' });
  for (const c of countries) {
    for (const d of c.demonyms) add(d, { kind: 'Country', key: c.key, name: c.name, rule: 'gazetteer-demonym', demonym: true });
  }
  for (const o of KNOWN_AGREEMENTS) {
    for (const n of [o.name, ...o.aliases]) {
      const entry = { kind: 'Agreement' as const, key: `agreement:${o.name.toLowerCase()}`, name: o.name, rule: 'gazetteer-agreement' };
      add(n, entry);
      // ("the Paris agreement", "the Kyoto protocol": many house styles lower-case the noun after the name.)
      const noun = / (Agreements?|Accords?|Treaty|Protocol|Pact|Convention)$/.exec(n);
      if (noun && n.indexOf(' ') === noun.index) add(n.slice(0, noun.index) + noun[0].toLowerCase(), entry);
    }
  }
  for (const o of KNOWN_ORGANIZATIONS) {
    for (const n of [o.name, ...o.aliases]) add(n, { kind: 'Organization', key: `org:${o.name.toLowerCase()}`, name: o.name, rule: 'gazetteer-org' });
  }
  // Adjectives of world regions: "South American", "European", "Middle Eastern". Without them the
  // last word would be read as a country's demonym ("American" → the United States).
  for (const [adjective, region] of REGION_ADJECTIVES) {
    add(adjective, { kind: 'Place', key: placeKey(region), name: region, rule: 'gazetteer-region-adjective', demonym: true });
  }
  const capitals = countries.flatMap((c) => c.capitals.map((name) => ({ name, country: c.cca2, key: c.key })));
  // The first capital of each name, as a linear find over ~250 capitals per place (10,000 places) gave.
  const capitalByName = new Map<string, (typeof capitals)[number]>();
  for (const c of capitals) if (!capitalByName.has(c.name)) capitalByName.set(c.name, c);
  for (const p of loadPlaces(capitals)) {
    const cap = capitalByName.get(p.name);
    add(p.name, {
      kind: 'Place',
      key: p.key,
      name: p.name,
      rule: `gazetteer-${p.type}`,
      country: p.country,
      capitalOf: cap?.key,
      ambiguous: AMBIGUOUS_PLACES.has(p.name),
    });
  }
  // "Washington" for "Washington, D.C.": a capital known by the first part of its name is, alone, that
  // capital as well (for metonymy only: the entry stays the place it names).
  for (const c of capitals) {
    const short = /^(.+?),? D\.C\.$/.exec(c.name)?.[1];
    const entry = short ? table.get(surfaceKey(short)) : undefined;
    if (entry && entry.kind === 'Place' && !entry.capitalOf) entry.capitalOf = c.key;
  }
  cache = {
    lookup: (s) => table.get(surfaceKey(s)),
    lookupKey: (s) => table.get(needsTokenKey(s) ? surfaceKey(s) : s),
    spanFor: (t) => spans.get(t) ?? (hasWordBreak(t) ? spans.get(firstWord(surfaceKey(t))) : undefined),
    maxTokens,
    countryByCode,
    countryInfo,
  };
  return cache;
}
