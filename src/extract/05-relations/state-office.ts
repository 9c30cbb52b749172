// Offices of a government below a country's: a state's governor, a region's first minister, a city's
// mayor. "Texas Gov. Ana Ruiz", "Gov. Ana Ruiz of Texas", "Ana Ruiz, governor of Texas,", "Scotland's
// First Minister Ana Ruiz", "Mayor Luis Vera of Alden" are affiliated with that place (Person → Place,
// the contract's affiliatedWith for such governments); and "Gov. Ana Ruiz" alone in a story about one
// state is that state's governor (as home-country.ts does for ministers, but over the last sentences:
// a page of 1961 press holds several states' stories).

import type { Mention } from '../../types';
import { loadGazetteer } from '../model/gazetteer';
import { normaliseRole } from '../model/titles';
import { isPossessive, lower } from '../tokens-util';
import { add, mentionEndingAt, mentionStartingAt, type DocRelations, type SentenceContext } from './context';

// Offices of a state, province or region ("Premier" only beside one: a country has a premier too).
const REGION_OFFICES = new Set(['governor', 'lt. gov', 'lt. governor', 'lieutenant governor', 'first minister', 'chief minister', 'premier']);
// Seats in a legislature, which a state or a town elects: "Sen. Ana Ruiz of Texas", "Rep. Ana Ruiz of
// Dallas" (never from the story's state alone: a Congress story names senators of many).
const LEGISLATOR_OFFICES = new Set(['senator', 'representative', 'congressman', 'congresswoman', 'assemblyman', 'assemblywoman', 'state sen', 'state senator', 'state rep', 'state representative', 'delegate', 'mp', 'msp', 'mep']);
// Offices of a town or city.
const CITY_OFFICES = new Set(['mayor', 'lord mayor', 'deputy mayor', 'mayor-elect', 'city manager', 'alderman', 'councilman', 'councilwoman']);
// Offices whose holder the story's one state names when no place qualifies them.
const HOME_STATE_OFFICES = new Set(['governor', 'lt. gov', 'lt. governor', 'lieutenant governor']);

const REGION_RULES = new Set(['gazetteer-state', 'us-state-abbreviation', 'party-tag-state']);

type OfficeKind = 'region' | 'city' | 'seat';

function officeKind(r: string): OfficeKind | undefined {
  return REGION_OFFICES.has(r) ? 'region' : CITY_OFFICES.has(r) ? 'city' : LEGISLATOR_OFFICES.has(r) ? 'seat' : undefined;
}

function fits(place: Mention | undefined, kind: OfficeKind): place is Mention {
  return place?.kind === 'Place' && (kind === 'seat' || (kind === 'city' ? !REGION_RULES.has(place.rule) : REGION_RULES.has(place.rule)));
}

/** The place an office's holder is of, said beside the title or the name; undefined if none is. */
function placeOfOffice(sc: SentenceContext, p: Mention, kind: OfficeKind): Mention | undefined {
  const { tokens } = sc;
  // "Texas Gov. Ana Ruiz", "Scotland's First Minister Ana Ruiz": the place right before the title.
  const start = p.tokenStart;
  const before = isPossessive(tokens[start - 1]) ? mentionEndingAt(sc, start - 1) : mentionEndingAt(sc, start);
  if (fits(before, kind)) return before;
  // "Gov. Ana Ruiz of Texas", "Mayor Luis Vera of Alden".
  if (lower(tokens[p.tokenEnd]) === 'of') {
    const after = mentionStartingAt(sc, p.tokenEnd + 1);
    if (fits(after, kind)) return after;
  }
  return undefined;
}

/** A titled person of a state's or city's office, and the place it is of (rule place-office). */
export function affiliationByPlaceOffice(sc: SentenceContext, p: Mention): void {
  if (!p.role) return;
  const role = normaliseRole(p.role);
  const kind = officeKind(role);
  if (!kind) return;
  const place = placeOfOffice(sc, p, kind);
  if (place) add(sc, p, 'affiliatedWith', place, 'place-office', 0.8, p.role);
  // (A titled name, or "the governor" standing for one; not a plural title's list.)
  else if (HOME_STATE_OFFICES.has(role) && (p.rule === 'title-name' || p.meta?.roleRef === 'yes')) {
    const home = homeStateAt(sc.doc, sc.s.index);
    if (home && !otherStateBody(sc, home)) add(sc, p, 'affiliatedWith', home, 'home-state-office', 0.7, p.role);
  }
}

/**
 * Whether the sentence names a body of another state ("Governor Ana Ruiz offered New York National
 * Guard planes" in a Vermont story): then the bare title may be that state's.
 */
function otherStateBody(sc: SentenceContext, home: Mention): boolean {
  const g = loadGazetteer();
  return sc.ms.some((m) => {
    if (m.kind !== 'Organization') return false;
    const words = m.name.split(' ');
    const state = g.lookup(words.slice(0, 2).join(' ')) ?? g.lookup(words[0]);
    return state?.rule === 'gazetteer-state' && state.country === 'US' && state.key !== home.key;
  });
}

/** ", governor of Texas,", ", the mayor of Alden,": an apposition's office of a place (rule place-office). */
export function isPlaceOfficeApposition(role: string, place: Mention): boolean {
  const kind = officeKind(normaliseRole(role.replace(/^(the|a|an)\s+/i, '')));
  return !!kind && fits(place, kind);
}

// How far back a state named in the story still frames a bare title: a newspaper's page of short
// stories ("Baton Rouge, La. -- …", then "Jackson, Miss. -- …") names a new state with each one.
const WINDOW = 10;

const STATES = new WeakMap<DocRelations, Mention[]>();

/**
 * The state a bare "Gov. Ana Ruiz" in sentence `at` is of: the one state the sentence names, else the
 * US state named most in the ten sentences before, a dateline counting thrice, with at least two and
 * more than any other; undefined when no state leads.
 */
function homeStateAt(doc: DocRelations, at: number): Mention | undefined {
  let states = STATES.get(doc);
  if (!states) {
    states = doc.ctx.mentions.filter((m) => m.kind === 'Place' && REGION_RULES.has(m.rule) && m.meta?.country === 'US');
    STATES.set(doc, states);
  }
  // (A state the sentence itself names, alone, is the one: "Baton Rouge, La. -- Gov. Ana Ruiz …".)
  const own = states.filter((m) => m.sentence === at);
  if (own.length && own.every((m) => m.key === own[0].key)) return own[0];
  const counts = new Map<string, { m: Mention; n: number }>();
  for (const m of states) {
    if (m.sentence > at || m.sentence < at - WINDOW) continue;
    const c = counts.get(m.key) ?? { m, n: 0 };
    c.n += m.tokenStart <= 4 && doc.ctx.sentences[m.sentence].tokens[m.tokenEnd]?.text === '--' ? 3 : 1;
    counts.set(m.key, c);
  }
  const ranked = [...counts.values()].sort((a, b) => b.n - a.n);
  return ranked[0] && ranked[0].n >= 2 && (!ranked[1] || ranked[0].n > ranked[1].n) ? ranked[0].m : undefined;
}
