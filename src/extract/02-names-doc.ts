// Pass 2, second half: what the whole document says about the names one sentence proposed. A
// sentence alone cannot tell "Poor John" (an adjective, then a name) from "Rose Smith", or a symbol in
// a formula ("the null space of Af") from a surname; the rest of the document can. Each rule is a
// row: an id, the shape it recognises, and what it does to the mention (drop it, or trim words off it).

import type { Mention, Sentence, Token } from '../types';
import { tokenKey } from './context';
import { loadGazetteer } from './model/gazetteer';
import { loadPlaces, placeKey, type PlaceEntry } from './model/places';
import { ROLE_NOUNS, TITLES } from './model/titles';
import { US_STATE_ABBREVIATIONS } from './model/us-state-abbreviations';
import { DEAL_OBJECT_NOUNS, ORG_NOUNS } from './02-names';
import { isCapitalised, isPossessive, spanText } from './tokens-util';
import { SPEECH_VERBS } from './model/lexicon';

/** Parts of speech that never begin a person's name: "Afterwards Martin left", "Oh Eugenia". */
// (Not AUX: wink tags the given names "Will" and "May" so.)
const CLOSED_CLASS = new Set(['ADV', 'INTJ', 'ADP', 'CCONJ', 'SCONJ', 'PRON', 'DET', 'PART', 'NUM']);

/**
 * Capitalised plurals that name a group of people by creed, party or origin ("Roman Catholics",
 * "Young Socialists", "the Mormons' elders") rather than one person. Surnames rarely end so.
 */
const GROUP_PLURAL = /(?:ics|ists|ites|ians|eans|ants|ans)$/;
// … but these common surnames and given names do end so.
const GROUP_PLURAL_EXCEPT = /^(?:evans|hans|jans|johans|bryans|morgans|ryans|sullivans|durrans)$/;

/**
 * How often the document writes each of the asked words (in lower case) in lower case: a word it
 * writes so is a common word, not a name. Only the asked words are counted: a count of every word
 * cost more than the rules that read it.
 */
function lowerCaseCounts(sentences: Sentence[], asked: Set<string>, adjectives: Map<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  for (const s of sentences) {
    for (const { text, pos } of s.tokens) {
      if (!asked.has(text)) continue;
      out.set(text, (out.get(text) ?? 0) + 1);
      // (How often the word stands as an adjective: "poor", "big" before a name are epithets.)
      if (pos === 'ADJ') adjectives.set(text, (adjectives.get(text) ?? 0) + 1);
    }
  }
  return out;
}

/**
 * Capitalised pairs the document coordinates ("Plato and Aristotle", "Smith or Jones"), as "A|B":
 * two names so joined are two people, even where a heading runs them together ("Aristotle Plato").
 */
function coordinatedPairs(sentences: Sentence[]): Set<string> {
  const out = new Set<string>();
  for (const s of sentences) {
    const ts = s.tokens;
    for (let k = 1; k < ts.length - 1; k++) {
      if ((ts[k].lower === 'and' || ts[k].lower === 'or') && isCapitalised(ts[k - 1]) && isCapitalised(ts[k + 1])) out.add(`${ts[k - 1].text}|${ts[k + 1].text}`);
    }
  }
  return out;
}

/** "Mary 3: 7", "Acts 2:38": a name before chapter and verse is a book cited, no person or place. */
function citesVerse(tokens: Token[], end: number): boolean {
  return /^\d+$/.test(tokens[end]?.text ?? '') && tokens[end + 1]?.text === ':' && /^\d+$/.test(tokens[end + 2]?.text ?? '');
}

// Endings of abstract and group nouns, which no given name or surname of that length has
// ("Mutually Assured Destruction", "Islamic Fundamentalist"); -ance and -ence are left out: Lawrence, Clarence.
const ABSTRACT_ENDING = /(?:tion|sion|ment|ism|ness|ity|ship|hood|dom|ist|ists)$/;

/**
 * "Human Rights", "Iron Curtain" written in Title Case are no people (rule title-case-common): an
 * untitled name whose every word the story also writes in lower case, or whose last word is an
 * abstract noun, is no person.
 */
function isTitleCaseCommon(m: Mention, written: Map<string, number>): boolean {
  if (m.kind !== 'Person' || m.rule !== 'name-sequence') return false;
  const words = m.name.split(' ');
  if (words.length < 2) return false;
  const last = words[words.length - 1];
  // (Not the Nordic surnames in -quist, -qvist: "Lindqvist".)
  if (last.length >= 8 && ABSTRACT_ENDING.test(last) && !/q[uv]ist$/.test(last)) return true;
  return words.every((w) => written.has(w.toLowerCase()));
}

// English adjectives that stand before a name as an epithet ("Poor John", "Big Hans", "Dear Mary"),
// never as a given name.
const EPITHETS = new Set(['poor', 'big', 'little', 'old', 'dear', 'good', 'bad', 'fat', 'tall', 'wee', 'sweet', 'lucky', 'brave', 'pretty', 'silly', 'crazy', 'lazy', 'mad', 'tiny', 'dearest', 'darling', 'naughty', 'clever', 'wicked']);

/** Opening punctuation a sentence may start with before its first word. */
const OPENERS = /^["“‘'(\[]$/;

function startsSentence(tokens: Token[], i: number): boolean {
  for (let k = 0; k < i; k++) if (!OPENERS.test(tokens[k].text)) return false;
  return true;
}

const ARTICLES = new Set(['the', 'a', 'an']);

/**
 * Capitalised words the document uses as labels or symbols rather than names: a word followed by a
 * number ("Table 4", "Fig. 7", "Chapter 12"), and a short word (two letters at most, no full stop)
 * after an article but before no noun ("the Af are distinct", "an Rw,").
 */
function labelWords(sentences: Sentence[], asked: Set<string>): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < sentences.length; i++) {
    const ts = sentences[i].tokens;
    for (let k = 0; k < ts.length; k++) {
      const t = ts[k];
      if (!isCapitalised(t) || !asked.has(t.text) || /[.\d]/.test(t.text)) continue;
      // ("shown in Fig. 7": the splitter may end the sentence at the abbreviation.)
      const n = ts[k + 1]?.text === '.' ? ts[k + 2] ?? (k + 2 === ts.length ? sentences[i + 1]?.tokens[0] : undefined) : ts[k + 1];
      if (n && /^\d+[a-z]?$/.test(n.text)) out.add(t.text);
      else if (t.text.length <= 2 && ARTICLES.has(ts[k - 1]?.lower ?? '') && ts[k + 1]?.pos !== 'NOUN' && ts[k + 1]?.pos !== 'PROPN') out.add(t.text);
    }
  }
  return out;
}

/** Moves a mention's start to token i, refreshing its text, name and key. */
function trimStart(m: Mention, tokens: Token[], i: number, rule: string): void {
  const text = spanText(tokens, i, m.tokenEnd);
  m.tokenStart = i;
  m.start = tokens[i].start;
  m.text = text;
  m.name = text;
  m.key = `person:${text.toLowerCase()}`;
  // (The recogniser's rule stays, so later rules still know how the name was found.)
  m.meta = { ...m.meta, trimmed: rule };
  // One word left: a surname that coreference keeps only when someone in full bears it.
  if (m.tokenEnd - i === 1 && !m.role) m.meta = { ...m.meta, candidate: 'yes' };
}

/** Which recognisers found a name by its shape alone (gazetteers and titles know better). */
const SHAPE_RULES = new Set(['name-sequence', 'surname', 'speech-name', 'role-name', 'place-cue']);

const COORDINATORS = new Set(['and', 'or', ',', '&']);

/** Whether mention m stands in a list or coordination with a mention that passes the test. */
function coordinated(sentences: Sentence[], mentions: Mention[], m: Mention, test: (x: Mention) => boolean): boolean {
  const tokens = sentences[m.sentence].tokens;
  const joins = (k: number) => COORDINATORS.has(tokens[k]?.lower ?? '');
  return mentions.some((x) => x !== m && x.sentence === m.sentence && test(x) && ((x.tokenStart === m.tokenEnd + 1 && joins(m.tokenEnd)) || (x.tokenEnd === m.tokenStart - 1 && joins(x.tokenEnd))));
}

let homonyms: Map<string, PlaceEntry> | undefined;

/** Countries whose name is also a state or province of another country ("Georgia"), by that name. */
function regionHomonyms(): Map<string, PlaceEntry> {
  if (homonyms) return homonyms;
  const g = loadGazetteer();
  homonyms = new Map();
  for (const p of loadPlaces([])) {
    if (p.type !== 'state' || !p.country) continue;
    const e = g.lookup(p.name);
    if (e?.kind === 'Country' && e.rule === 'gazetteer-country' && e.key !== g.countryByCode.get(p.country)?.key) homonyms.set(p.name, p);
  }
  return homonyms;
}

/**
 * One sense per discourse: a country that shares its name with a state of another country is that
 * state when the document names more of that other country (its places, or itself) than of the
 * country (its places, its people): "Georgia" among Atlanta, Texas and Washington is the US state.
 */
function reviewHomonyms(sentences: Sentence[], mentions: Mention[]): void {
  const table = regionHomonyms();
  const g = loadGazetteer();
  const codeOf = new Map<string, string>();
  for (const [code, c] of g.countryByCode) codeOf.set(c.key, code);
  const decided = new Map<string, boolean>();
  for (const m of mentions) {
    const region = m.kind === 'Country' && m.rule === 'gazetteer-country' ? table.get(m.name) : undefined;
    if (!region) continue;
    let asRegion = decided.get(m.name);
    if (asRegion === undefined) {
      const other = region.country!;
      const own = codeOf.get(m.key);
      let forRegion = 0;
      // (The name's own mentions count half for the country: a story that names its subject eight
      // times, "sanctions on Niger", is about the country, however often it names Nigeria.)
      let forCountry = 0;
      for (const x of mentions) {
        if (x.name === m.name) {
          forCountry += 0.5;
          continue;
        }
        const code = x.kind === 'Place' ? (x.meta?.country as string | undefined) : x.kind === 'Country' ? codeOf.get(x.key) : undefined;
        if (code === other) forRegion++;
        else if (code === own) forCountry++;
      }
      // "between China and Taiwan": coordinated with a country, it is a country (a peer, not a part).
      const listedWithCountry = mentions.some((x) => x.name === m.name && coordinated(sentences, mentions, x, (y) => y.kind === 'Country'));
      asRegion = forRegion >= 2 && forRegion > forCountry && !listedWithCountry;
      decided.set(m.name, asRegion);
    }
    if (!asRegion) continue;
    m.kind = 'Place';
    m.key = placeKey(region.name);
    m.rule = 'region-homonym';
    m.meta = { ...m.meta, country: region.country };
  }
}

const TITLE_WORDS = new Set(TITLES.flatMap((t) => t.toLowerCase().split(/\s+/)));
const DIRECTIONS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower', 'greater', 'new', 'old']);
// Words for a regime or an era before a country's name: "Nazi Germany", "Tsarist Russia", "Vichy France".
const REGIME_WORDS = new Set(['nazi', 'soviet', 'communist', 'fascist', 'imperial', 'tsarist', 'czarist', 'vichy', 'free', 'red', 'maoist', 'islamic', 'socialist', 'democratic', 'republican', 'royal', 'colonial', 'modern', 'ancient', 'medieval', 'postwar', 'prewar', 'wartime', 'weimar', 'ottoman', 'mughal', 'federal', 'independent', 'occupied', 'mainland', 'metropolitan', 'continental', 'peninsular', 'rural', 'urban']);

// Words of a natural feature or a fort before a country's name: "Mount Kenya", "Lake Chad", "Fort Jordan".
const FEATURE_WORDS = new Set(['mount', 'mt', 'lake', 'cape', 'fort', 'port', 'gulf', 'bay', 'isle', 'river']);

/** A capitalised word that can be a given name before a surname: no place, title, direction or common word. */
function givenNameBefore(tokens: Token[], i: number, common: Set<string>): boolean {
  const t = tokens[i - 1];
  if (!t || t.pos !== 'PROPN' || !isCapitalised(t) || /[^\p{L}'-]/u.test(t.text) || t.text.length < 2) return false;
  if (TITLE_WORDS.has(t.lower) || ROLE_NOUNS.has(t.lower) || DIRECTIONS.has(t.lower) || REGIME_WORDS.has(t.lower) || FEATURE_WORDS.has(t.lower) || common.has(t.lower)) return false;
  return !loadGazetteer().lookup(t.text);
}

/**
 * A country's name after a given name is a surname ("Michael Jordan", "Thomas Mann"): the two words
 * are a person. Where the document then says nothing else of that country (no demonym, no place in it),
 * the name alone is that person's surname too ("Jordan said…").
 */
function reviewCountrySurnames(sentences: Sentence[], mentions: Mention[], common: Set<string>): Mention[] {
  const surnames = new Set<string>();
  for (const m of mentions) {
    if (m.kind !== 'Country' || m.rule !== 'gazetteer-country' || m.tokenEnd - m.tokenStart !== 1) continue;
    const tokens = sentences[m.sentence].tokens;
    if (!givenNameBefore(tokens, m.tokenStart, common)) continue;
    const i = m.tokenStart - 1;
    const text = spanText(tokens, i, m.tokenEnd);
    Object.assign(m, { kind: 'Person', tokenStart: i, start: tokens[i].start, text, name: text, key: `person:${text.toLowerCase()}`, rule: 'country-surname', meta: undefined });
    surnames.add(tokens[m.tokenEnd - 1].text);
  }
  if (!surnames.size) return mentions;
  const g = loadGazetteer();
  const codeOf = new Map<string, string>();
  for (const [code, c] of g.countryByCode) codeOf.set(c.key, code);
  for (const surname of surnames) {
    const key = g.lookup(surname)?.key;
    const elsewhere = mentions.some((x) => (x.kind === 'Country' && x.key === key && x.text !== surname) || (x.kind === 'Place' && key && x.meta?.country === codeOf.get(key)));
    if (elsewhere) continue;
    for (const x of mentions) {
      if (x.kind === 'Country' && x.text === surname) Object.assign(x, { kind: 'Person', name: surname, key: `person:${surname.toLowerCase()}`, rule: 'country-surname', meta: undefined });
    }
  }
  return mentions;
}

/**
 * All-capital words the document shows to be terms, not bodies: spelt out in lower case before them
 * ("thyroid-stimulating hormone (TSH)"), joined by a hyphen to a lower-case word ("DEAE-cellulose",
 * "TSH-treated"), or measured ("76 per cent BOD", "a BOD of 20").
 */
function termAcronyms(sentences: Sentence[], asked: Set<string>): Set<string> {
  const out = new Set<string>();
  if (!asked.size) return out;
  // Occurrences of each acronym, and of those the ones that classify a kind of thing ("all GSM operators").
  const seen = new Map<string, number>();
  const classifying = new Map<string, number>();
  for (const s of sentences) {
    const ts = s.tokens;
    for (let k = 0; k < ts.length; k++) {
      const t = ts[k];
      if (!asked.has(t.text) || !/^[A-Z]{2,6}$/.test(t.text)) continue;
      seen.set(t.text, (seen.get(t.text) ?? 0) + 1);
      if (classifies(ts, k)) classifying.set(t.text, (classifying.get(t.text) ?? 0) + 1);
      // (A hyphen glued to both words: "MTN - the firm" is a dash.)
      const glued = (h: number) => ts[h]?.text === '-' && !ts[h].space && !ts[h + 1]?.space;
      const hyphenLower = (glued(k + 1) && /^\p{Ll}/u.test(ts[k + 2]?.text ?? '')) || (glued(k - 1) && /^\p{Ll}/u.test(ts[k - 2]?.text ?? ''));
      const measured = /^(cent|percent|%)$/.test(ts[k - 1]?.lower ?? '') || /^\d/.test(ts[k - 1]?.text ?? '');
      let spelt = false;
      if (ts[k - 1]?.text === '(' && ts[k + 1]?.text === ')') {
        // The words before the parenthesis whose initials spell it, all in lower case.
        const letters = t.text.toLowerCase();
        const words = ts.slice(Math.max(0, k - 1 - letters.length * 2), k - 1).filter((w) => /^\p{L}/u.test(w.text));
        const initials = words.map((w) => w.text[0].toLowerCase()).join('');
        const at = initials.lastIndexOf(letters[0]);
        spelt = at >= 0 && initials.endsWith(letters.slice(-1)) && words.slice(at).every((w) => /^\p{Ll}/u.test(w.text)) && words.length - at >= Math.min(2, letters.length);
      }
      if (hyphenLower || measured || spelt) out.add(t.text);
    }
  }
  for (const [a, n] of classifying) if (n === seen.get(a)) out.add(a);
  return out;
}

const QUANTIFIERS = new Set(['all', 'most', 'many', 'some', 'other', 'several', 'few', 'both', 'any']);
// Plural nouns for people, whom a body's acronym before them names as its own ("all ANC members").
const PEOPLE_PLURALS = /^(members|officials|staff|workers|employees|executives|leaders|spokesmen|correspondents|reporters|troops|forces|fighters|soldiers|supporters|lawmakers|legislators|shareholders|investors|delegates|representatives|diplomats|ministers|negotiators|inspectors|agents|militants|activists|students|teachers|voters|candidates|chiefs|bosses|sources|analysts|researchers|scientists|engineers)$/;

/**
 * "like almost all GSM operators worldwide": an acronym between a quantifier and a lower-case plural
 * noun that is no word for people classifies a kind of thing (a standard, a technology); it names no
 * body there.
 */
function classifies(ts: Token[], k: number): boolean {
  const n = ts[k + 1];
  return !!n && n.pos === 'NOUN' && /^\p{Ll}+s$/u.test(n.text) && !PEOPLE_PLURALS.test(n.text) && QUANTIFIERS.has(ts[k - 1]?.lower ?? '');
}

// Prepositions of place before a name: "in Canary Wharf", "outside Tower Hamlets".
const LOCATIVES = new Set(['in', 'near', 'outside', 'across', 'around', 'inside', 'throughout']);

const PLACE_CUES = new Set(['in', 'at', 'near', 'from', 'to', 'into', 'outside', 'via', 'toward', 'towards']);

/**
 * A one-word city of the gazetteer that the document uses as a common word ("man", "reading"), as a
 * given name ("Mary said", "Mary Lane") or as the surname of someone it names in full ("Jack Straw",
 * then "Straw said") is that word or that person, unless a place cue stands before
 * it ("in Mary", "from Reading") or a region or country after it ("Man, Ivory Coast").
 */
function isHomonymCity(tokens: Token[], m: Mention, common: Set<string>, givenNames: Set<string>, surnames: Set<string>): boolean {
  if (m.tokenEnd - m.tokenStart !== 1) return false;
  const w = tokens[m.tokenStart];
  // ("Vale hosted …" after "Tom Vale": a one-word state or region that is the surname of someone the
  // story names in full is that person, as a city is.)
  if (m.rule !== 'gazetteer-city' && !((m.rule === 'gazetteer-state' || m.rule === 'gazetteer-region') && surnames.has(w.text))) return false;
  if (!common.has(w.lower) && !givenNames.has(w.text) && !surnames.has(w.text)) return false;
  if (PLACE_CUES.has(tokens[m.tokenStart - 1]?.lower ?? '')) return false;
  const after = tokens[m.tokenEnd]?.text === ',' ? tokens[m.tokenEnd + 1] : undefined;
  return !(after && loadGazetteer().lookup(after.text));
}

/**
 * One-word cities of the gazetteer that the document never places (no place cue before any of its
 * mentions, no region after) in a country it never names (no other place or name of that country),
 * capitals aside, and uses as a person: "the Virgin Mary", "his wife, Mary, said" are no town in
 * Turkmenistan.
 */
// Nouns of kinship and company before a given name: "his sister Mary", "his wife, Mary, said".
const KIN_NOUNS = new Set(['wife', 'husband', 'sister', 'brother', 'daughter', 'son', 'mother', 'father', 'aunt', 'uncle', 'cousin', 'niece', 'nephew', 'widow', 'widower', 'grandson', 'granddaughter', 'friend', 'fiancee', 'fiance', 'bride', 'girl', 'boy']);

// Verbs that only a person does: "Mary wrote", "Mary felt".
const PERSON_VERBS = new Set(['wrote', 'felt', 'thought', 'knew', 'loved', 'wanted', 'believed', 'hoped', 'smiled', 'laughed', 'cried', 'wept', 'married', 'sang', 'prayed', 'remembered', 'realized', 'wondered']);

/** Whether the document puts the word after a kin noun somewhere ("his sister Myra", "her husband, Tom,"). */
function afterKinNoun(sentences: Sentence[], word: string): boolean {
  for (const s of sentences) {
    const ts = s.tokens;
    for (let k = 1; k < ts.length; k++) {
      if (ts[k].text !== word) continue;
      if (KIN_NOUNS.has(ts[k - 1].lower) || (ts[k - 1].text === ',' && KIN_NOUNS.has(ts[k - 2]?.lower ?? ''))) return true;
    }
  }
  return false;
}

let CODE_OF: Map<string, string> | undefined;

/** A country's ISO code by its key, the table built once. */
function codeOfCountry(key: string): string | undefined {
  if (!CODE_OF) {
    CODE_OF = new Map();
    for (const [code, c] of loadGazetteer().countryByCode) CODE_OF.set(c.key, code);
  }
  return CODE_OF.get(key);
}

function unplacedCities(sentences: Sentence[], mentions: Mention[]): Set<string> {
  const g = loadGazetteer();
  const named = new Map<string, number>();
  const placed = new Map<string, number>();
  const cities: Mention[] = [];
  for (const m of mentions) {
    const code = m.kind === 'Place' ? (m.meta?.country as string | undefined) : m.kind === 'Country' ? codeOfCountry(m.key) : undefined;
    if (code) named.set(code, (named.get(code) ?? 0) + (m.kind === 'Country' ? 2 : 1));
    if (m.kind !== 'Place' || m.rule !== 'gazetteer-city' || m.tokenEnd - m.tokenStart !== 1) continue;
    cities.push(m);
    const tokens = sentences[m.sentence].tokens;
    const after = tokens[m.tokenEnd]?.text === ',' ? tokens[m.tokenEnd + 1] : undefined;
    if (PLACE_CUES.has(tokens[m.tokenStart - 1]?.lower ?? '') || (after && g.lookup(after.text))) placed.set(m.name, (placed.get(m.name) ?? 0) + 1);
  }
  if (!cities.length) return new Set();
  // … and that some mention uses as a person would be: a speaker ("Mary said"), a kin noun's name
  // ("his sister Mary", "his wife, Mary,") or a name after a title ("the Virgin Mary").
  // … or the subject of a verb of a mind or a body, "Mary wrote", "Mary could", "did Mary": counted,
  // as a town may be a subject too ("Kora was shelled"); the person must outweigh the place cues.
  const personal = new Map<string, number>();
  for (const m of cities) {
    const tokens = sentences[m.sentence].tokens;
    const next = tokens[m.tokenEnd];
    const prev = tokens[m.tokenStart - 1];
    const kin = KIN_NOUNS.has(prev?.lower ?? '') || (prev?.text === ',' && KIN_NOUNS.has(tokens[m.tokenStart - 2]?.lower ?? ''));
    // (Never after an article: "the Delta have held", "the Alden was".)
    const subject = !/^(the|a|an)$/.test(prev?.lower ?? '') && ((next && (PERSON_VERBS.has(next.lower) || (next.pos === 'AUX' && prev?.text !== ','))) || (prev?.pos === 'AUX' && /^(did|does|do|could|would|should|might|must|can|will|shall)$/.test(prev.lower)));
    if ((next && SPEECH_VERBS.has(next.lower)) || kin || subject || (prev && isCapitalised(prev) && !loadGazetteer().lookup(prev.text) && tokens[m.tokenStart - 2]?.lower === 'the')) personal.set(m.name, (personal.get(m.name) ?? 0) + 1);
  }
  const out = new Set<string>();
  const own = new Map<string, number>();
  for (const m of cities) own.set(m.name, (own.get(m.name) ?? 0) + 1);
  for (const m of cities) {
    const code = m.meta?.country as string | undefined;
    if (!code || (personal.get(m.name) ?? 0) <= (placed.get(m.name) ?? 0) || g.lookup(m.name)?.capitalOf) continue;
    // (The city's own mentions count once each: another place or the country must be named too.)
    if ((named.get(code) ?? 0) - own.get(m.name)! <= 0) out.add(m.name);
  }
  return out;
}

/**
 * "Baton Rouge, La.", "Tulsa, OK": a US state's abbreviation after a place and a comma is that state
 * (an acronym or a lone capitalised word read there gives way to it).
 */
// The last words of a street's name, after which a city's quadrant ("NE") may follow.
const STREET_ENDS = new Set(['Avenue', 'Ave.', 'Ave', 'Av.', 'Av', 'Street', 'St.', 'St', 'Road', 'Rd.', 'Drive', 'Dr.', 'Boulevard', 'Blvd.', 'Way', 'Place', 'Pl.', 'Circle', 'Cir.', 'Lane', 'Ct.']);

function addStateAbbreviations(sentences: Sentence[], mentions: Mention[]): Mention[] {
  const starts = new Map<number, Mention>();
  const covered = new Set<number>();
  for (const m of mentions) {
    starts.set(tokenKey(m.sentence, m.tokenStart), m);
    for (let k = m.tokenStart; k < m.tokenEnd; k++) covered.add(tokenKey(m.sentence, k));
  }
  const replaced = new Set<Mention>();
  const added: Mention[] = [];
  const place = (sentence: number, tokens: Token[], k: number, end: number, name: string, rule: string): Mention => ({
    id: `a${sentence}.${k}`,
    kind: 'Place',
    text: spanText(tokens, k, end),
    name,
    key: placeKey(name),
    sentence,
    tokenStart: k,
    tokenEnd: end,
    start: tokens[k].start,
    end: tokens[end - 1].end,
    role: undefined,
    rule,
    meta: { country: 'US' },
  });
  for (const m of mentions) {
    // "Sen. Ana Ruiz (D., Tex.)": the state after a party's letter, the senator's state.
    if (m.rule === 'party-tag') {
      const tokens = sentences[m.sentence].tokens;
      const state = /^[,-]$/.test(tokens[m.tokenEnd]?.text ?? '') ? stateAbbreviationAt(tokens, m.tokenEnd + 1) : undefined;
      const there = starts.get(tokenKey(m.sentence, m.tokenEnd + 1));
      if (!state || (there && (there.kind === 'Place' || there.tokenEnd > state.end))) continue;
      if (there) replaced.add(there);
      added.push(place(m.sentence, tokens, m.tokenEnd + 1, state.end, state.name, 'party-tag-state'));
      continue;
    }
    // (After a street, "NE" or "SW" is the city's quadrant, no state: "963 Alden Ave., NE".)
    if (m.kind !== 'Place' || m.rule === 'street-name') continue;
    const tokens = sentences[m.sentence].tokens;
    // (Whatever rule read the street: "Waddell Street, NE", "Piedmont Avenue, NE".)
    if (STREET_ENDS.has(tokens[m.tokenEnd - 1].text)) continue;
    const k = m.tokenEnd + 1;
    const state = tokens[m.tokenEnd]?.text === ',' ? stateAbbreviationAt(tokens, k) : undefined;
    if (!state) continue;
    const there = starts.get(tokenKey(m.sentence, k));
    // (A word read there as an acronym or a lone surname gives way; a longer name does not.)
    // (Or a place read by another rule under its abbreviation: "Kans." in apposition.)
    if (there && (there.tokenEnd > state.end || !(there.kind === 'Organization' || there.meta?.candidate === 'yes' || there.kind === 'Person' || (there.kind === 'Place' && there.name !== state.name)))) continue;
    if (there) replaced.add(there);
    added.push(place(m.sentence, tokens, k, state.end, state.name, 'us-state-abbreviation'));
  }
  // "Opelka, Ala.", "Rayville, Texas,": a town no gazetteer lists, named before its state and a comma
  // or the sentence's end, is a place (rule town-before-state), and so is the abbreviated state.
  for (const s of sentences) {
    const tokens = s.tokens;
    for (let k = 1; k + 2 < tokens.length; k++) {
      if (tokens[k].text !== ',' || !isCapitalised(tokens[k - 1]) || tokens[k - 1].pos !== 'PROPN') continue;
      // (A lone word read as a surname candidate gives way.)
      const lone = starts.get(tokenKey(s.index, k - 1));
      if (covered.has(tokenKey(s.index, k - 1)) && !(lone && lone.tokenEnd === k && lone.kind === 'Person' && lone.meta?.candidate === 'yes')) continue;
      const abbreviation = stateAbbreviationAt(tokens, k + 1);
      const named = abbreviation ? undefined : starts.get(tokenKey(s.index, k + 1));
      const stateEnd = abbreviation?.end ?? (named?.kind === 'Place' && isStatePlace(named) ? named.tokenEnd : -1);
      // (The state closes the phrase: punctuation or a lower-case word after it, or a new sentence
      // that the tokeniser left joined after "Ala..".)
      if (stateEnd < 0 || (isCapitalised(tokens[stateEnd]) && tokens[stateEnd].pos === 'PROPN')) continue;
      // (A state by its full name must close with punctuation: "Bradley, Kentucky and Notre Dame" is a list.)
      if (!abbreviation && !/^[,.;:)]/.test(tokens[stateEnd]?.text ?? '.')) continue;
      // (One or two capitalised words: "Vero Beach, Fla.", not a person's "Ana Ruiz, Texas".)
      let t0 = k - 1;
      if (t0 > 0 && isCapitalised(tokens[t0 - 1]) && tokens[t0 - 1].pos === 'PROPN' && !covered.has(tokenKey(s.index, t0 - 1)) && !/\.$/.test(tokens[t0 - 1].text)) t0--;
      if (TITLES.includes(tokens[t0 - 1]?.text ?? '') || /\.$/.test(tokens[k - 1].text)) continue;
      const name = spanText(tokens, t0, k);
      if (lone && lone.tokenStart === t0) replaced.add(lone);
      added.push(place(s.index, tokens, t0, k, name, 'town-before-state'));
      if (!abbreviation) continue;
      const there = starts.get(tokenKey(s.index, k + 1));
      if (there) {
        if (there.tokenEnd > abbreviation.end) continue;
        replaced.add(there);
      }
      added.push(place(s.index, tokens, k + 1, abbreviation.end, abbreviation.name, 'us-state-abbreviation'));
    }
  }
  if (!added.length) return mentions;
  return [...mentions.filter((m) => !replaced.has(m)), ...added].sort((a, b) => a.sentence - b.sentence || a.tokenStart - b.tokenStart);
}

/** Whether a place mention is a US state by its full name ("Texas"). */
function isStatePlace(m: Mention): boolean {
  return m.rule === 'gazetteer-state' && m.meta?.country === 'US';
}

/**
 * The US state abbreviated at token k, however the tokeniser cut it: "Ala.", "Ala" and "..", "N." and
 * "J.", "S.C."; with the token after it.
 */
function stateAbbreviationAt(tokens: Token[], k: number): { name: string; end: number } | undefined {
  const t = tokens[k];
  if (!t || !/^\p{Lu}/u.test(t.text)) return undefined;
  const whole = US_STATE_ABBREVIATIONS[t.text];
  // (Postal codes stand only as written: "TX"; the stylebook's forms end in a full stop.)
  if (whole && /\.$/.test(t.text)) return { name: whole, end: k + 1 };
  const next = tokens[k + 1]?.text ?? '';
  if (/^\.+$/.test(next) && US_STATE_ABBREVIATIONS[`${t.text}.`]) return { name: US_STATE_ABBREVIATIONS[`${t.text}.`], end: k + 2 };
  if (/^\p{Lu}\.$/u.test(t.text) && /^\p{Lu}\.$/u.test(next) && US_STATE_ABBREVIATIONS[t.text + next]) return { name: US_STATE_ABBREVIATIONS[t.text + next], end: k + 2 };
  return whole ? { name: whole, end: k + 1 } : undefined;
}

// Last words of a street's name: "Pennsylvania Avenue", "Delaware Street".
const STREET_WORDS = new Set(['Avenue', 'Street', 'Boulevard', 'Road', 'Drive', 'Lane']);

/**
 * One sense per discourse: a document that names a street after a state or city ("Pennsylvania
 * Avenue") and then writes the bare name after a house number ("1600 Pennsylvania"), or writes the
 * street's name at least as often as the bare one and never puts the bare name after another place
 * ("Pittsburgh, Pennsylvania"), means the street by the bare name.
 */
function reviewStreetNames(sentences: Sentence[], mentions: Mention[]): void {
  const streets = new Map<string, { m: Mention; n: number }>();
  for (const m of mentions) {
    if (m.kind !== 'Place' || m.tokenEnd - m.tokenStart < 2 || !STREET_WORDS.has(sentences[m.sentence].tokens[m.tokenEnd - 1].text)) continue;
    const bare = m.name.slice(0, m.name.lastIndexOf(' '));
    const s = streets.get(bare);
    if (s) s.n++;
    else streets.set(bare, { m, n: 1 });
  }
  if (!streets.size) return;
  const bareOf = (m: Mention) => ((m.kind === 'Place' || m.kind === 'Country') && /^gazetteer-/.test(m.rule) ? streets.get(m.text) : undefined);
  const bares = mentions.filter((m) => bareOf(m));
  for (const m of bares) {
    const street = bareOf(m)!;
    const tokens = sentences[m.sentence].tokens;
    const numbered = /^\d+$/.test(tokens[m.tokenStart - 1]?.text ?? '');
    const sameName = bares.filter((b) => b.text === m.text);
    const afterPlace = sameName.some((b) => {
      const ts = sentences[b.sentence].tokens;
      return ts[b.tokenStart - 1]?.text === ',' && mentions.some((p) => p.sentence === b.sentence && p.tokenEnd === b.tokenStart - 1 && p.kind === 'Place');
    });
    if (!numbered && (afterPlace || street.n < sameName.length)) continue;
    Object.assign(m, { kind: 'Place', name: street.m.name, key: street.m.key, rule: 'street-short-name', meta: undefined });
  }
}

// Words of a school's or college's name that say what kind it is, not which: "State College".
const GENERIC_SCHOOL_WORDS = new Set(['High', 'School', 'State', 'College', 'Junior', 'Senior', 'Elementary', 'University', 'Community', 'Technical', 'Teachers', 'Normal']);

/**
 * "at Raymondville, Texas, High School", "at Fort Hays, Kan., State College": a body named only by
 * generic words, after its town and state set off by commas, is named by the town ("Raymondville
 * High School"). The mention keeps its own words as its text.
 */
function nameGenericBodies(sentences: Sentence[], mentions: Mention[]): void {
  for (const m of mentions) {
    if (m.kind !== 'Organization' || m.rule !== 'org-head' || !m.name.split(' ').every((w) => GENERIC_SCHOOL_WORDS.has(w))) continue;
    const tokens = sentences[m.sentence].tokens;
    if (tokens[m.tokenStart - 1]?.text !== ',') continue;
    const state = mentions.find((p) => p.sentence === m.sentence && p.tokenEnd === m.tokenStart - 1 && p.kind === 'Place');
    if (!state || tokens[state.tokenStart - 1]?.text !== ',') continue;
    let q = state.tokenStart - 1;
    while (q > 0 && isCapitalised(tokens[q - 1])) q--;
    if (q === state.tokenStart - 1) continue;
    const town = spanText(tokens, q, state.tokenStart - 1);
    const name = `${town} ${m.name}`;
    Object.assign(m, { name, key: `org:${name.toLowerCase()}`, rule: 'town-generic-body' });
  }
}

/**
 * "degrees in physics, math or English": a language name listed with lower-case subjects is the
 * language, not its country.
 */
function isListedLanguage(tokens: Token[], m: Mention): boolean {
  if (m.kind !== 'Country' || m.meta?.demonym !== 'yes' || m.tokenEnd - m.tokenStart !== 1) return false;
  const next = tokens[m.tokenEnd];
  if (next && (next.pos === 'NOUN' || next.pos === 'PROPN')) return false; // "English teachers", "English Channel"
  const lowerNoun = (t: Token | undefined) => !!t && t.pos === 'NOUN' && /^\p{Ll}/u.test(t.text);
  const before = COORDINATORS.has(tokens[m.tokenStart - 1]?.lower ?? '') && lowerNoun(tokens[m.tokenStart - 2]);
  const after = !!next && COORDINATORS.has(next.lower) && lowerNoun(tokens[m.tokenEnd + 1]);
  return before || after;
}

// Lower-case nouns after a title that make it a programme or a publication, when a broadcaster's or
// publisher's possessive stands before it: "the BBC's Talking Point programme".
const PROGRAMME_NOUNS = new Set(['programme', 'program', 'show', 'series', 'documentary', 'column', 'bulletin', 'podcast', 'magazine']);
// Nouns of owning part of a business: "a stake in Zentel".
// Verbs of owning or buying whose object is a firm when it is a capitalised name ("which owns Zentel";
// not "bought"/"acquired", which also stand before a painting: "the newly acquired Claude Lorrain").
const OWNERSHIP_VERBS = new Set(['owns', 'buys', 'acquires']);
const STAKE_NOUNS = new Set(['stake', 'stakes', 'shares', 'holding', 'holdings', 'shareholding', 'investment', 'investments']);
const PERSONAL_PRONOUNS = new Set(['we', 'us', 'you']);
// Lower-case nouns of an institution after its name, as older US papers write them: "Fortier High school".
const INSTITUTION_NOUNS = new Set(['school', 'college', 'university', 'academy', 'seminary', 'hospital', 'church']);
const PLACE_BEFORE = new Set(['at', 'near', 'from', 'to']);
// British copy gives a club, a band or a firm a plural verb ("Alden Town have sacked their manager");
// a person's name as the subject that opens a clause never takes one. (Only there: a name inside a
// phrase may end a list or a preposition's object, "such men as Ana Ruiz were consulted".)
const COLLECTIVE_VERBS = new Set(['have', 'are', 'were']);
const CLAUSE_OPENERS = new Set(['but', 'yet', 'now', 'while', 'although', 'though', 'because', 'since', 'when', 'after']);
// Plurals of the head words of armed and political groups, which no surname is: "Red Brigades".
const GROUP_HEAD_PLURALS = new Set(['Brigades', 'Guards', 'Fronts', 'Armies', 'Forces', 'Movements', 'Leagues', 'Parties', 'Unions', 'Councils', 'Committees', 'Units', 'Commands', 'Battalions', 'Regiments', 'Militias', 'Cells']);

/** Whether two capitalised proper nouns end at token k ("James Cotten", "Aikin Jr."). */
function fullNameEndsAt(tokens: Token[], k: number): boolean {
  const proper = (t: Token | undefined) => !!t && t.pos === 'PROPN' && isCapitalised(t);
  return proper(tokens[k]) && proper(tokens[k - 1]);
}

/**
 * What a shape-found name is by the words around it rather than by its own: a title between a
 * broadcaster's possessive and a programme noun ("the BBC's Talking Point programme") and a name
 * ending in the plural of a group's head ("Red Brigades") are bodies; a word after a stake noun ("a
 * stake in Zentel") or set off by a body noun ("Zentel, the new network") is a firm, not a place; a
 * place name right after "we" or "us" ("we Brits") is a people. A name before a lower-case
 * institution noun ("Fortier High school") is that institution; one after a place preposition and
 * before "in <Place>" or "where" ("at Scott Field in Belleville") is a place, and so is a word after a
 * full name and "of" ("James Cotten of Weatherford insisted"). Returns the kind, or null to drop the
 * mention, or undefined to leave it.
 */
// Nouns of buying a firm, whose object or possessor is one: "the takeover of Acme", "Acme's $3bn bid".
const DEAL_NOUNS = new Set([...DEAL_OBJECT_NOUNS, 'purchase', 'bid']);
// Verbs of what a firm does, after ", which": "Acme, which makes the rival console".
const FIRM_VERBS = new Set(['makes', 'made', 'owns', 'owned', 'sells', 'sold', 'produces', 'produced', 'operates', 'operated', 'runs', 'employs', 'manufactures', 'builds', 'develops', 'publishes', 'supplies']);

/**
 * Words around a name that only a firm has: "Acme, which makes …", "the takeover of Acme", "Acme's
 * $3bn takeover", "shares in Acme". (Not "Acme said it …": "Carl says it is the greatest poem".)
 */
function firmCue(tokens: Token[], m: Mention): boolean {
  const next = tokens[m.tokenEnd];
  if (!next) return false;
  if (next.text === ',' && tokens[m.tokenEnd + 1]?.lower === 'which' && FIRM_VERBS.has(tokens[m.tokenEnd + 2]?.lower ?? '')) return true;
  if (tokens[m.tokenStart - 1]?.lower === 'of' && DEAL_NOUNS.has(tokens[m.tokenStart - 2]?.lower ?? '')) return true;
  if ((tokens[m.tokenStart - 1]?.lower === 'in' || tokens[m.tokenStart - 1]?.lower === 'of') && STAKE_NOUNS.has(tokens[m.tokenStart - 2]?.lower ?? '')) return true;
  if (isPossessive(next)) {
    // ("Acme's $69bn (£55bn) takeover": an amount, in any currency and in parentheses, may stand between.)
    for (let q = m.tokenEnd + 1; q < m.tokenEnd + 12 && tokens[q]; q++) {
      const t = tokens[q];
      if (DEAL_NOUNS.has(t.lower) || STAKE_NOUNS.has(t.lower)) return true;
      if (!(t.pos === 'NUM' || t.pos === 'SYM' || /^[$£€¥(),.\d]/.test(t.text) || /^\d*(m|bn|k|million|billion)$/.test(t.lower))) break;
    }
  }
  return false;
}

// Nouns of a body whose name may follow in apposition: "the main opposition party, Kora Sena,".
const BODY_APPOSITION_NOUNS = new Set(['party', 'company', 'firm', 'group', 'movement', 'alliance', 'coalition', 'organisation', 'organization', 'agency', 'militia', 'union', 'bank', 'lender', 'insurer', 'regulator', 'watchdog', 'airline', 'broadcaster', 'newspaper']);

/** "The main opposition party, Kora Sena Balaya, led by …": a name in apposition to a body's noun names that body. */
function namedBody(tokens: Token[], m: Mention): boolean {
  if (!(tokens[m.tokenStart - 1]?.text === ',' && BODY_APPOSITION_NOUNS.has(tokens[m.tokenStart - 2]?.lower ?? '') && tokens[m.tokenEnd]?.text === ',' && m.tokenEnd - m.tokenStart >= 2)) return false;
  // "The governor of the central bank, Tom Reed,": a body's noun that completes a role names the
  // role's holder in apposition, not the body.
  let q = m.tokenStart - 3;
  while (q >= 0 && /^[\p{Ll}-]+$/u.test(tokens[q].text) && !/^(the|a|an|of)$/.test(tokens[q].lower)) q--;
  if (/^(the|a|an)$/.test(tokens[q]?.lower ?? '')) q--;
  return !(tokens[q]?.lower === 'of' && ROLE_NOUNS.has(tokens[q - 1]?.lower ?? ''));
}

// Nouns of a kind of place that an apposition may give a name: "Kora-Lin, a mountainous region".
const PLACE_KIND_NOUNS = new Set(['region', 'city', 'town', 'village', 'province', 'district', 'area', 'island', 'enclave', 'territory', 'state', 'port', 'county', 'peninsula', 'valley', 'capital', 'suburb', 'neighbourhood', 'neighborhood', 'oblast', 'governorate']);

/** "Kora-Lin, a mountainous region that …": a name in apposition with a kind of place is a place. */
function placeApposition(tokens: Token[], m: Mention): boolean {
  if (tokens[m.tokenEnd]?.text !== ',' || !/^(a|an|the)$/.test(tokens[m.tokenEnd + 1]?.lower ?? '')) return false;
  for (let q = m.tokenEnd + 2; q < m.tokenEnd + 6 && tokens[q]; q++) {
    // (The noun heads the apposition: "the present city CD head" is a person's office, no place.)
    if (PLACE_KIND_NOUNS.has(tokens[q].lower)) return !tokens[q + 1] || !/^(NOUN|PROPN)$/.test(tokens[q + 1].pos) || /^(of|in|on|near|that|which|where)$/.test(tokens[q + 1].lower);
    if (tokens[q].pos !== 'ADJ' && !/^[\p{Ll}-]+$/u.test(tokens[q].text)) return false;
    // ("Ana Ruiz, a member of the state commission": a preposition ends the apposition's head.)
    if (tokens[q].pos === 'ADP') return false;
  }
  return false;
}

// Offices held in a body, whose "of"/"at" (a spokesperson's "for") takes the body: "the chief
// executive of Tarno Mining", "a spokeswoman for Velan Air". (Not the nouns that relate two people:
// "a colleague of", "an adviser to".)
const OFFICE_NOUNS = new Set(['executive', 'chairman', 'chairwoman', 'chairperson', 'director', 'president', 'founder', 'co-founder', 'owner', 'boss', 'treasurer', 'publisher', 'economist', 'analyst', 'shareholder', 'shareholders', 'employee', 'employees', 'spokesman', 'spokeswoman', 'spokesperson']);
const SPOKES_NOUNS = new Set(['spokesman', 'spokeswoman', 'spokesperson']);

/**
 * "Kora Vance, the chief executive of Tarno Mining,": a name without a person's cue that an office
 * takes is the body the office is held in. (The caller asks the document whether its last word is a
 * surname said alone: "a spokesman for Tom Reed … Reed said" is a person's.)
 */
function officeOfName(tokens: Token[], m: Mention): boolean {
  if (m.kind !== 'Person' || m.rule !== 'name-sequence' || m.tokenEnd - m.tokenStart < 2 || isPossessive(tokens[m.tokenEnd])) return false;
  const prep = tokens[m.tokenStart - 1]?.lower ?? '';
  const office = tokens[m.tokenStart - 2]?.lower ?? '';
  if (!OFFICE_NOUNS.has(office)) return false;
  return prep === 'of' || prep === 'at' || (prep === 'for' && SPOKES_NOUNS.has(office));
}

function kindByContext(tokens: Token[], m: Mention): 'Organization' | 'Place' | null | undefined {
  const before = tokens[m.tokenStart - 1]?.lower ?? '';
  const next = tokens[m.tokenEnd];
  if (m.kind === 'Person' && m.rule === 'name-sequence') {
    // "attended Fortier High school": a lower-case institution noun after the name ("a Roman Catholic
    // church" is a kind of church).
    if (next && INSTITUTION_NOUNS.has(next.text) && before !== 'a' && before !== 'an') return 'Organization';
    // "radio school at Scott Field in Belleville", "a walk from Capitol Hill where the avenue ends": a
    // place preposition before the name and "in <Name>" or "where" after it.
    if (PLACE_BEFORE.has(before) && next && ((next.text === 'in' && isCapitalised(tokens[m.tokenEnd + 1])) || next.text === 'where')) return 'Place';
    // (After a broadcaster's possessive: "the Maurice Stans column" is a person's.)
    if (next && PROGRAMME_NOUNS.has(next.text) && isPossessive(tokens[m.tokenStart - 1])) return 'Organization';
    if (GROUP_HEAD_PLURALS.has(tokens[m.tokenEnd - 1].text)) return 'Organization';
    // "Alden Town have sacked …", "Kora United were fined …" (a family's plural, "the Ruizes have", is no one name).
    // ("Meanwhile, Alden Town have …": one opening word and a comma may come first.)
    const opensClause = m.tokenStart === 0 || CLAUSE_OPENERS.has(before) || (before === ',' && m.tokenStart === 2);
    if (next && COLLECTIVE_VERBS.has(next.lower) && opensClause && !/s$/.test(tokens[m.tokenEnd - 1].text)) return 'Organization';
    // "Dale Foods, which supplies the airline": a name that "which" takes up is no person's.
    // "Rival Kora Telecom, which owns Zentel": what a body owns or bought is a body too.
    // (Not after "of" or "by", where "which" may take up the phrase's head: "the party of Ana Ruiz, which".)
    if ((next?.text === ',' && tokens[m.tokenEnd + 1]?.lower === 'which' && before !== 'of' && before !== 'by') || OWNERSHIP_VERBS.has(before)) return 'Organization';
    // "Janet Vale of North Plains", "Roy Lund, of Hood River, and …": a name after a person's full
    // name and "of" is their town (as one word is below).
    if (before === 'of' && !isPossessive(next) && fullNameEndsAt(tokens, tokens[m.tokenStart - 2]?.text === ',' ? m.tokenStart - 3 : m.tokenStart - 2)) return 'Place';
  }
  if (m.kind === 'Person' && (m.rule === 'name-sequence' || m.rule === 'speech-name') && (firmCue(tokens, m) || namedBody(tokens, m))) return 'Organization';
  if (m.kind === 'Person' && m.rule === 'name-sequence' && placeApposition(tokens, m)) return 'Place';
  // "31.5 billion U.S. dollars": a currency names no country.
  if (m.kind === 'Country' && m.meta?.demonym !== 'yes' && /^(dollars?|cents)$/.test(next?.lower ?? '') && /^[\d.,]+$|^(million|billion|trillion|bn|m)$/.test(tokens[m.tokenStart - 1]?.lower ?? '')) return null;
  if (m.kind === 'Place' && m.rule === 'place-cue') {
    if (STAKE_NOUNS.has(tokens[m.tokenStart - 2]?.lower ?? '')) return 'Organization';
    if (next?.text === ',') {
      let q = m.tokenEnd + 1;
      if (/^(the|a|an)$/.test(tokens[q]?.lower ?? '')) {
        q++;
        while (q < m.tokenEnd + 5 && tokens[q] && tokens[q].pos === 'ADJ') q++;
        if (ORG_NOUNS.has(tokens[q]?.lower ?? '')) return 'Organization';
      }
    }
  }
  // "Rep. James Cotten of Weatherford insisted": a word after a person's full name and "of" is their
  // town, whatever verb follows it (not "the House of Morgan", nor "Morris of Morgan's regiment").
  if (m.kind === 'Person' && m.tokenEnd - m.tokenStart === 1 && m.rule === 'speech-name' && before === 'of' && !isPossessive(next) && fullNameEndsAt(tokens, m.tokenStart - 2)) return 'Place';
  if (m.kind === 'Place' && /^gazetteer-/.test(m.rule) && PERSONAL_PRONOUNS.has(before) && tokens[m.tokenStart - 1].pos === 'PRON') return null;
  return undefined;
}

/**
 * Drops or trims the people and places that the document shows are not names. Runs after every
 * sentence has been scanned, before coreference reads the mentions.
 */
export function reviewNames(sentences: Sentence[], mentions: Mention[]): Mention[] {
  reviewHomonyms(sentences, mentions);
  reviewStreetNames(sentences, mentions);
  // The words the rules below ask about: a name's words and the word before it (lower case, for
  // common words), and the acronyms read as organisations.
  const askedLower = new Set<string>();
  const askedNames = new Set<string>();
  const askedAcronyms = new Set<string>();
  for (const m of mentions) {
    const tokens = sentences[m.sentence].tokens;
    if (m.tokenStart > 0) askedLower.add(tokens[m.tokenStart - 1].lower);
    askedLower.add(tokens[m.tokenStart].lower);
    if (m.kind === 'Organization' && m.rule === 'acronym') askedAcronyms.add(m.text);
    if (SHAPE_RULES.has(m.rule)) for (let k = m.tokenStart; k < m.tokenEnd; k++) askedNames.add(tokens[k].text);
  }
  for (const m of mentions) if (m.rule === 'name-sequence') for (const w of m.name.split(' ')) askedLower.add(w.toLowerCase());
  // (And the plural of a sentence's first word before a name: "Cowbird Myra!" after "the cowbirds".)
  for (const m of mentions) if (m.rule === 'name-sequence' && m.tokenStart === 0) askedLower.add(`${sentences[m.sentence].tokens[0].lower}s`);
  const adjectives = new Map<string, number>();
  const written = lowerCaseCounts(sentences, askedLower, adjectives);
  let pairs: Set<string> | undefined;
  // Common words: written in lower case at least twice (a given name that is also a word, "Mark",
  // "Faith", may well turn up once in lower case).
  const common = new Set([...written].filter(([, n]) => n >= 2).map(([w]) => w));
  reviewCountrySurnames(sentences, mentions, common);
  const labels = labelWords(sentences, askedNames);
  const terms = termAcronyms(sentences, askedAcronyms);
  // Words the document shows to be given names: one that speaks alone ("Mary said"), or the first
  // word of a name after a title ("Mrs. Mary Lane").
  const givenNames = new Set<string>();
  for (const m of mentions) {
    if (m.kind !== 'Person') continue;
    if (m.rule === 'speech-name' && m.tokenEnd - m.tokenStart === 1) givenNames.add(m.text);
    const start = Number(m.meta?.nameStart);
    if (m.rule === 'title-name' && start + 1 < m.tokenEnd) givenNames.add(sentences[m.sentence].tokens[start].text);
    // … or of a two-word name whose second word is no place ("Mary Black", not "Dallas County").
    const tokens = sentences[m.sentence].tokens;
    if (m.rule === 'name-sequence' && m.tokenEnd - m.tokenStart === 2 && !loadGazetteer().lookup(tokens[m.tokenStart + 1].text) && !/^(County|City|Parish|Township|Heights|Park|Springs|Beach|Falls|Hills?)$/.test(tokens[m.tokenStart + 1].text)) givenNames.add(tokens[m.tokenStart].text);
  }
  // Surnames of the people the document names in full ("Straw" of "Jack Straw").
  const surnames = new Set<string>();
  for (const m of mentions) if (m.kind === 'Person' && m.tokenEnd - m.tokenStart > 1) surnames.add(sentences[m.sentence].tokens[m.tokenEnd - 1].text);
  // Words the document uses alone for a person: "Smith said", "Smith's".
  const speakers = new Set(mentions.filter((m) => m.kind === 'Person' && m.tokenEnd - m.tokenStart === 1).map((m) => m.text));
  const unplaced = unplacedCities(sentences, mentions);
  const namedCountries = new Set(mentions.filter((m) => m.kind === 'Country' && !m.meta?.surnameToo).map((m) => m.key));
  const personWords = new Set<string>();
  for (const m of mentions) if (m.kind === 'Person' && m.tokenEnd - m.tokenStart > 1) for (let k = m.tokenStart; k < m.tokenEnd; k++) personWords.add(sentences[m.sentence].tokens[k].text);
  const out: Mention[] = [];
  for (const m of mentions) {
    const tokens = sentences[m.sentence].tokens;
    // "Washington said" stands for the government only in a story that names that country otherwise
    // and no one by that name ("George Washington", "Stanley Ruiz"): else it is read as a name again.
    if (m.meta?.surnameToo && (personWords.has(m.text) || !namedCountries.has(m.key))) {
      const speech = SPEECH_VERBS.has(tokens[m.tokenEnd]?.lower ?? '') || isPossessive(tokens[m.tokenEnd]);
      out.push(Object.assign(m, { kind: 'Person' as const, name: m.text, key: `person:${m.text.toLowerCase()}`, rule: speech ? 'speech-name' : 'surname', meta: { candidate: speech ? undefined : 'yes' } }));
      continue;
    }
    if (m.kind === 'Place' && (isHomonymCity(tokens, m, common, givenNames, surnames) || (m.rule === 'gazetteer-city' && unplaced.has(m.name)))) {
      // "Straw said" after "Jack Straw": the surname of the person, which coreference joins to them.
      if (surnames.has(m.text)) out.push(Object.assign(m, { kind: 'Person' as const, name: m.text, key: `person:${m.text.toLowerCase()}`, rule: 'surname', meta: { candidate: 'yes' } }));
      continue;
    }
    // "Missionary explains …", "Detente urged …" (an inline heading run into its paragraph): a sentence's
    // first word, alone, that the document writes in lower case and no one named in full bears, is a
    // common noun, no person.
    if (m.kind === 'Person' && m.tokenStart === 0 && m.tokenEnd === 1 && !m.role && common.has(tokens[0].lower) && !surnames.has(m.text)) continue;
    // "Cowbird Myra!": a sentence's first word that the document writes in lower case (or its plural)
    // before a given name (one the document puts after a kin noun, "his sister Myra") is an epithet.
    if (m.rule === 'name-sequence' && m.tokenStart === 0 && m.tokenEnd === 2 && (written.get(tokens[0].lower) ?? 0) + (written.get(`${tokens[0].lower}s`) ?? 0) >= 2 && afterKinNoun(sentences, tokens[1].text)) {
      out.push(Object.assign(m, { tokenStart: 1, start: tokens[1].start, text: tokens[1].text, name: tokens[1].text, key: `person:${tokens[1].lower}`, rule: 'speech-name' }));
      continue;
    }
    if (m.kind === 'Organization' && m.rule === 'acronym' && terms.has(m.text)) continue;
    if (isListedLanguage(tokens, m)) continue;
    let byContext = kindByContext(tokens, m);
    if (byContext === undefined && officeOfName(tokens, m) && !speakers.has(tokens[m.tokenEnd - 1].text)) byContext = 'Organization';
    if (byContext === null) continue;
    if (byContext === 'Organization') {
      out.push(Object.assign(m, { kind: 'Organization' as const, key: `org:${m.name.toLowerCase()}`, rule: 'org-by-context', meta: undefined }));
      continue;
    }
    // ("in Cook county" keeps its county noun in 02-names.ts.)
    if (byContext === 'Place') {
      out.push(Object.assign(m, { kind: 'Place' as const, key: placeKey(m.name), rule: 'place-by-context', meta: undefined }));
      continue;
    }
    // "Like Green, the historian …": a one-word party label that is a common word here, or the
    // surname of someone named in full, is the party only where another mention names the party.
    // (A plural label, "Democrats", is no one's surname: "Southern Democrats" is no person either.)
    const surname = surnames.has(m.text) && !m.text.endsWith('s');
    if (m.rule === 'party-label' && m.tokenEnd - m.tokenStart === 1 && (common.has(m.text.toLowerCase()) || surname) && !mentions.some((x) => x !== m && x.key === m.key && x.rule !== 'party-label')) {
      if (surname) out.push(Object.assign(m, { kind: 'Person' as const, name: m.text, key: `person:${m.text.toLowerCase()}`, rule: 'surname', meta: { candidate: 'yes' } }));
      continue;
    }
    // "1 St. Mark 3: 7": a book of scripture cited by chapter and verse.
    if ((m.kind === 'Person' || m.kind === 'Place') && citesVerse(tokens, m.tokenEnd)) continue;
    if (!SHAPE_RULES.has(m.rule) || (m.kind !== 'Person' && m.kind !== 'Place')) {
      out.push(m);
      continue;
    }
    const words = tokens.slice(m.tokenStart, m.tokenEnd).map((t) => t.text);
    // "in Table 4", "Fraction Af": labels and symbols are no one's name.
    if (words.some((w) => labels.has(w))) continue;
    // "Af Af", "Q. Near Q": a name repeats no word; symbols in a formula do.
    if (new Set(words.filter((w) => w !== '.')).size < words.filter((w) => w !== '.').length) continue;
    if (m.kind === 'Person') {
      // "… Plato and Aristotle⏎Plato and Aristotle agree": a name does not run across a line break
      // (a heading, a list, a signature); what follows the break is the name.
      for (let k = m.tokenEnd - 1; k > m.tokenStart; k--) {
        if (tokens[k].space.includes('\n')) {
          trimStart(m, tokens, k, 'line-break');
          break;
        }
      }
      // "Roman Catholics", "the Young Socialists": a group, not one person.
      const last = words[words.length - 1].toLowerCase();
      // ("Frans Timmermans said": a Dutch surname in -mans, with no "the" before it, is one person.)
      if (words.length > 1 && GROUP_PLURAL.test(last) && !GROUP_PLURAL_EXCEPT.test(last) && !(last.endsWith('mans') && tokens[m.tokenStart - 1]?.lower !== 'the')) continue;
      // "an Iron Curtain has descended": English puts no indefinite article before a person's name.
      if (m.rule === 'name-sequence' && /^(a|an)$/.test(tokens[m.tokenStart - 1]?.lower ?? '')) continue;
      // "Afterwards Martin left", "Oh Eugenia": a function word before the name is no part of it.
      let i = m.tokenStart;
      while (i < m.tokenEnd - 1 && CLOSED_CLASS.has(tokens[i].pos)) i++;
      if (i > m.tokenStart) trimStart(m, tokens, i, 'lead-function-word');
      // "Plato and Aristotle⏎Aristotle Plato agree" (a heading run into its paragraph): two words the
      // document coordinates elsewhere are two people; the mention keeps the second.
      // (Only for two words the story also uses alone for people, and the pairs are read once.)
      if (m.tokenEnd - m.tokenStart === 2 && speakers.has(words[0]) && speakers.has(words[1]) && ((pairs ??= coordinatedPairs(sentences)).has(`${words[0]}|${words[1]}`) || pairs.has(`${words[1]}|${words[0]}`))) {
        out.push({ ...m, id: `${m.id}.a`, tokenEnd: m.tokenStart + 1, end: tokens[m.tokenStart].end, text: words[0], name: words[0], key: `person:${words[0].toLowerCase()}`, meta: { ...m.meta, trimmed: 'coordinated-pair', candidate: 'yes' } });
        trimStart(m, tokens, m.tokenStart + 1, 'coordinated-pair');
      }
      // "while Poor John struggled", "Big Hans": a word the document uses as an adjective, in lower
      // case, before a name is an epithet, no part of it.
      // (English epithets are known words; others the document shows by writing them as adjectives.
      // The rest of the name must stand as a name: alone elsewhere, or in two words or more.)
      const first = tokens[m.tokenStart].lower;
      const byDocument = (adjectives.get(first) ?? 0) >= 1 && common.has(first) && 2 * (adjectives.get(first) ?? 0) >= (written.get(first) ?? 0);
      const rest = m.tokenEnd - m.tokenStart > 2 || speakers.has(tokens[m.tokenStart + 1]?.text ?? '');
      if (m.tokenEnd - m.tokenStart > 1 && !m.role && (byDocument || (EPITHETS.has(first) && rest)) && isCapitalised(tokens[m.tokenStart + 1])) {
        trimStart(m, tokens, m.tokenStart + 1, 'epithet');
      }
      // "Poor John was…", "Carrier X was added": a sentence's first word is capitalised whatever it
      // is; one the document also writes in lower case is a common word before the name.
      if (m.tokenEnd - m.tokenStart > 1 && startsSentence(tokens, m.tokenStart) && common.has(tokens[m.tokenStart].lower) && isCapitalised(tokens[m.tokenStart + 1])) {
        trimStart(m, tokens, m.tokenStart + 1, 'sentence-initial-word');
      }
      // "Jails 'failing' to cut reoffending" (a headline) … "in jails": one such word alone is no one,
      // unless it is the surname of someone the story names in full.
      if (m.tokenEnd - m.tokenStart === 1 && !m.role && startsSentence(tokens, m.tokenStart) && common.has(tokens[m.tokenStart].lower) && !surnames.has(m.text)) continue;
      // "explosions in Canary Wharf": a name no one bears, after a locative preposition, is a place.
      if (m.rule === 'name-sequence' && LOCATIVES.has(tokens[m.tokenStart - 1]?.lower ?? '') && !isPossessive(tokens[m.tokenEnd]) && !speakers.has(words[words.length - 1])) {
        Object.assign(m, { kind: 'Place', key: placeKey(m.text), rule: 'locative-name', meta: { ...m.meta, candidate: undefined } });
      }
    }
    out.push(m);
  }
  // One sense per discourse: a place candidate the words around it showed to be a firm is that firm
  // wherever the document names it so ("a stake in Quorvo" … "investors in Quorvo").
  // So is a name the words around it showed to be a place ("at Capitol Hill where …", "leave Capitol Hill").
  // ("Sinn Fein president Ana Ruiz" … "Sinn Fein was committed": a two-word body before its head's office too.)
  const firms = new Map(out.filter((m) => m.rule === 'org-by-context' || m.rule === 'org-head-name' || m.rule === 'name-body-apposition' || m.rule === 'body-list' || m.rule === 'deal-object-org' || m.rule === 'firm-possessive').map((m) => [m.name, m.key]));
  // (So is a name read as a person's: "Acme said on Monday …" after "Acme said it would appeal".)
  // ("Kora Telecom, which owns Zentel" … "Kora Telecom said": a name found by its shape alone too;
  // "Quorvo, the new network," … "investors in Quorvo": a name a body's noun set off.)
  if (firms.size) for (const m of out) if ((m.rule === 'place-cue' || (m.kind === 'Person' && (m.rule === 'name-sequence' || m.rule === 'speech-name'))) && firms.has(m.name)) Object.assign(m, { kind: 'Organization', key: firms.get(m.name), rule: 'org-by-context', meta: undefined });
  const places = new Map(out.filter((m) => m.rule === 'place-by-context' || m.rule === 'site-at-place').map((m) => [m.name, m.key]));
  if (places.size) for (const m of out) if (m.rule === 'name-sequence' && places.has(m.name)) Object.assign(m, { kind: 'Place', key: places.get(m.name), rule: 'place-by-context', meta: undefined });
  const reviewed = addStateAbbreviations(sentences, out.filter((m) => !isTitleCaseCommon(m, written)));
  // (After the states' abbreviations: "Fort Hays, Kan., State College".)
  nameGenericBodies(sentences, reviewed);
  qualifyStateChambers(sentences, reviewed);
  return reviewed;
}

// Words that show a story is about a state's legislature, not the national Congress.
const LEGISLATURE_WORDS = new Set(['legislature', 'legislatures']);
// How far (in sentences) a chamber looks for that context and for its state.
const CHAMBER_WINDOW = 12;

/**
 * "the House", "the Senate", "the Legislature" of a story about a US state's legislature are that
 * state's (rule state-chamber): "Texas Senate", not one "Senate" for every state of a corpus. A
 * chamber takes the state named last before it, when the story speaks of a legislature near it and
 * not of Congress; the lookups by chamber keep the generic name in meta.chamberOf.
 */
/** Whether a sentence opens with a dateline: "Alden, Kora --", "Alden, Kora (AP) --". */
function isDateline(tokens: Token[]): boolean {
  for (let k = 1; k < Math.min(tokens.length, 9); k++) if (/^(--|—|–)$/.test(tokens[k].text)) return isCapitalised(tokens[0]);
  return false;
}

/** The story around sentence i: from the dateline at or before it to the next one. */
function storyAround(starts: number[], i: number, n: number): [number, number] {
  let from = 0;
  let to = n;
  for (const st of starts) {
    if (st <= i) from = st;
    else {
      to = st;
      break;
    }
  }
  return [from, to];
}

function qualifyStateChambers(sentences: Sentence[], mentions: Mention[]): void {
  const chambers = mentions.filter((m) => m.meta?.chamber === 'yes');
  if (!chambers.length) return;
  const states = mentions.filter((m) => m.kind === 'Place' && (m.rule === 'gazetteer-state' || m.rule === 'us-state-abbreviation') && m.meta?.country === 'US');
  if (!states.length) return;
  const legislative: number[] = [];
  sentences.forEach((s, i) => {
    if (s.tokens.some((t) => LEGISLATURE_WORDS.has(t.lower))) legislative.push(i);
  });
  // (Congress named beside a legislature, "vacancies in the Legislature and Congress", is no sign of a national story.)
  const withLegislature = new Set(chambers.filter((m) => m.name === 'Legislature').map((m) => m.sentence));
  const congress = mentions.filter((m) => m.kind === 'Organization' && /^(Congress|U\.S\. Senate|United States Senate)$/.test(m.name) && !withLegislature.has(m.sentence)).map((m) => m.sentence);
  const near = (xs: number[], i: number, w: number) => xs.some((x) => Math.abs(x - i) <= w);
  // (A legislature is always a state's here; "House" and "Senate" only near one, in a story that
  // names no Congress. One decision per chamber name and document: its mentions stay one node.)
  const qualified = new Set(chambers.filter((m) => m.name === 'Legislature' || (!congress.length && near(legislative, m.sentence, CHAMBER_WINDOW))).map((m) => m.name));
  const starts = sentences.map((x, i) => (isDateline(x.tokens) ? i : -1)).filter((i) => i >= 0);
  for (const m of chambers) {
    if (!qualified.has(m.name)) continue;
    // The state the story names most (a story runs from one dateline, "Alden, Kora --", to the
    // next; the first named wins a tie), else the state named last before the chamber.
    const [from, to] = storyAround(starts, m.sentence, sentences.length);
    const inStory = states.filter((x) => x.sentence >= from && x.sentence < to);
    const count = new Map<string, number>();
    for (const x of inStory) count.set(x.name, (count.get(x.name) ?? 0) + 1);
    const before = states.filter((x) => x.sentence < m.sentence || (x.sentence === m.sentence && x.tokenEnd <= m.tokenStart));
    const state = inStory.length ? [...inStory].sort((a, b) => count.get(b.name)! - count.get(a.name)!)[0] : before.at(-1) ?? states[0];
    const generic = m.name === 'House' ? 'House of Representatives' : m.name;
    const name = `${state.name} ${generic}`;
    m.meta = { ...m.meta, chamberOf: m.name };
    m.name = name;
    m.key = `org:${name.toLowerCase()}`;
  }
}
