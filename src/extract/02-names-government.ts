// "the government" in a story that names a country's institutions but never the country ("MPs
// voted … Downing Street said the government would not intervene"): the lower-case noun names that
// country's government (rule home-government), so that the story's ministers have a body to act for.
// A story that names the country leaves this to 05-relations/home-country.ts.

import type { Mention, Sentence } from '../types';
import { loadGazetteer } from './model/gazetteer';
import { INSTITUTION_COUNTRY } from './model/organizations';
import { sentenceHas, wordClass } from './word-classes';

const GOVERNMENT = wordClass(['government']);

/** The country whose institutions the mentions name most (distinct names), if the story never names it. */
export function unnamedInstitutionCountry(mentions: Mention[]): string | undefined {
  const names = new Map<string, Set<string>>();
  for (const m of mentions) {
    const country = m.kind === 'Organization' || m.kind === 'Place' ? INSTITUTION_COUNTRY[m.name] : undefined;
    if (country) (names.get(country) ?? names.set(country, new Set()).get(country)!).add(m.name);
  }
  if (!names.size) return undefined;
  const [country] = [...names].sort((a, b) => b[1].size - a[1].size)[0];
  // ("BUENOS AIRES - … marched to Congress": a dateline set in another country says where the story
  // is, and a name several countries give their institutions is that country's.)
  const dateline = mentions.find((m) => m.rule === 'dateline' && typeof m.meta?.country === 'string');
  if (dateline && loadGazetteer().countryByCode.get(String(dateline.meta!.country))?.name !== country) return undefined;
  return mentions.some((m) => m.kind === 'Country' && m.name === country) ? undefined : country;
}

/** Adds a mention of the unnamed home country's government at each "the government" (not "of …"). */
export function addHomeGovernment(sentences: Sentence[], mentions: Mention[]): Mention[] {
  const country = unnamedInstitutionCountry(mentions);
  if (!country) return mentions;
  const gaz = loadGazetteer();
  const info = gaz.countryInfo.get(gaz.lookup(country)?.key ?? '');
  const name = `${info?.demonym ?? country} government`;
  const added: Mention[] = [];
  for (const s of sentences) {
    const tokens = s.tokens;
    if (!sentenceHas(s, GOVERNMENT)) continue;
    for (let k = 1; k < tokens.length; k++) {
      if (tokens[k].lower !== 'government' || tokens[k - 1].lower !== 'the' || tokens[k + 1]?.lower === 'of') continue;
      if (mentions.some((m) => m.sentence === s.index && m.tokenStart <= k && m.tokenEnd > k)) continue;
      added.push({
        id: `m${s.index}.g${k}`,
        kind: 'Organization',
        text: tokens[k].text,
        name,
        key: `org:${name.toLowerCase()}`,
        sentence: s.index,
        tokenStart: k,
        tokenEnd: k + 1,
        start: tokens[k].start,
        end: tokens[k].end,
        role: undefined,
        rule: 'home-government',
        meta: undefined,
      });
    }
  }
  if (!added.length) return mentions;
  return [...mentions, ...added].sort((a, b) => a.sentence - b.sentence || a.tokenStart - b.tokenStart);
}
