// Pass 2: named mentions in one sentence — titles and people, geographic features, organisations,
// countries, demonyms and places. A left-to-right scanner tries, at each capitalised token, the
// recognisers in order of specificity; the first that matches consumes its tokens.

import type { Kind, Mention, Sentence, Token } from '../types';
import { AGREEMENT_HEADS, CALENDAR, NOT_NAMES, SPEECH_VERBS, WEEKDAYS } from './model/lexicon';
import { loadGazetteer, type Gazetteer, type GazetteerEntry } from './model/gazetteer';
import { BODY_LAST_WORDS, CHAMBERS, COMMITTEE_NOUNS, COMPANY_SUFFIXES, FELLOWSHIP_PLURALS, ORG_HEADS, PARTY_LABELS } from './model/organizations';
import { placeKey } from './model/places';
import { normaliseRole, OFFICE_WORDS, PLURAL_TITLES, PORTFOLIO_TITLES, PORTFOLIO_WORDS, ROLE_NOUNS, TITLES } from './model/titles';
import { isAllCaps, isCapitalised, isJoiner, isPossessive, lower, spanText } from './tokens-util';
import { sentenceHas, wordClass } from './word-classes';
import { bodyListAt, pluralOf } from './02-names-lists';
import { lookupTable } from '../utils/lookup-table';

// Titles indexed by their first word in lower case, longest first: the scanner tries only the titles
// that can start at a token.
// (Each with its words in lower case, computed once rather than on every comparison.)
const TITLES_BY_FIRST = new Map<string, Array<{ words: string[]; lowers: string[] }>>();
// Hyphens are tokens of their own: "Secretary-General" is matched as Secretary, -, General.
// ("Vice-President" may also come as one token, as the tokenizer leaves some hyphenated words whole:
// each hyphenated title is indexed both ways.)
const TITLE_WORDS = [...TITLES.map((t) => t.split(/\s+|(?=-)|(?<=-)/)), ...TITLES.filter((t) => t.includes('-')).map((t) => t.split(/\s+/))];
for (const words of TITLE_WORDS.sort((a, b) => b.length - a.length)) {
  const k = words[0].toLowerCase();
  if (!TITLES_BY_FIRST.has(k)) TITLES_BY_FIRST.set(k, []);
  TITLES_BY_FIRST.get(k)!.push({ words, lowers: words.map((w) => w.toLowerCase()) });
}
const TITLE_FIRST_WORD = wordClass(TITLES_BY_FIRST.keys());
// One-word titles written with a full stop, without it: "Supt" of "Supt.".
const DOTTED_TITLE_STEMS = new Set(TITLES.filter((t) => /^[^\s.]+\.$/.test(t)).map((t) => t.slice(0, -1)));
// Single words of the party labels, for the name scanner's cheap test.
const PARTY_WORDS = new Set(Object.keys(PARTY_LABELS).filter((l) => !l.includes(' ')));
const PARTICLES = new Set(['de', 'da', 'di', 'del', 'della', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'al', 'el', 'la', 'le', 'du', 'dos', 'das', 'y', 'ben']);
const ORG_CONNECTORS = new Set(['of', 'for', 'on', 'and', '&', 'de', 'du', 'des']);
// Heads of geographic names: "South China Sea", "Strait of Hormuz", "Solomon Islands" (when not a country).
const FEATURE_HEADS = new Set(['Sea', 'Seas', 'Ocean', 'Strait', 'Straits', 'Gulf', 'Bay', 'Channel', 'Peninsula', 'River', 'Lake', 'Mountains', 'Desert', 'Island', 'Islands', 'Canal', 'Basin', 'Valley', 'Coast', 'Reef', 'Archipelago', 'Delta', 'Plateau', 'Highlands', 'County', 'Parish', 'Borough', 'Township', 'Springs', 'Heights']);
// Last words of the names of buildings, streets and works: "Imam Ali International Airport", "Canary Wharf".
// (Words that are surnames too stay out: Park, Field, Bridge, Temple, Tower, Street.)
const FACILITY_HEADS = new Set(['Airport', 'Airfield', 'Station', 'Stadium', 'Avenue', 'Boulevard', 'Square', 'Harbour', 'Harbor', 'Cathedral', 'Mosque', 'Wharf', 'Pier', 'Terminal']);
// First words that make a name a place: "Fort Alden", "San Lucas", "Port Amal", "Mount Kora".
const PLACE_PREFIXES = new Set(['Fort', 'Ft.', 'Port', 'Mount', 'Mt.', 'Lake', 'San', 'Santa', 'Santo', 'Los', 'Las', 'Puerto', 'Cape']);
const FEATURE_OF = new Set(['Gulf', 'Strait', 'Bay', 'Sea', 'Isle', 'Straits', 'Cape']);
const DIRECTIONS = new Set(['North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western', 'Central', 'Upper', 'Lower']);
// Lower-case heads that make the capitalised word before them a place: "Yadavaran oilfield", "Kibera slum".
// Nouns a place's name stands in apposition to: "his country residence, Chequers,".
const APPOSITION_PLACE_NOUNS = new Set(['house', 'residence', 'home', 'estate', 'palace', 'retreat', 'hometown', 'capital', 'city', 'town', 'village', 'port', 'island', 'base', 'camp', 'region', 'province', 'district', 'county', 'suburb']);
const PLACE_NOUNS = new Set(['oilfield', 'oilfields', 'gasfield', 'field', 'fields', 'slum', 'slums', 'region', 'province', 'district', 'town', 'village', 'city', 'county', 'port', 'airport', 'valley', 'state', 'prefecture', 'township', 'suburb', 'neighbourhood', 'neighborhood', 'camp', 'base', 'island', 'peninsula', 'capital']);
// Words that cannot start an organisation's name.
const ORG_STOP = new Set(['A', 'An', 'In', 'On', 'At', 'It', 'He', 'She', 'They', 'We', 'I', 'This', 'That', 'But', 'And', 'Or', 'If', 'As', 'For', 'From', 'With', 'By', 'Of', 'To', 'After', 'Before', 'While', 'When', 'Former', 'Ex', 'Late', 'Acting', 'Interim', 'Both', 'Some', 'Many', 'Most', 'All', 'According']);
// Organisation names made only of these words ("Foreign Ministry", "Defence Department") name one
// body per country: the possessive or demonym before them is part of the name.
const GENERIC_ORG_WORDS = new Set(['Foreign', 'Defence', 'Defense', 'Home', 'Interior', 'Finance', 'Trade', 'Justice', 'Health', 'Education', 'Affairs', 'Central', 'National', 'Supreme', 'Armed', 'Coast', 'Air', 'Security', 'Intelligence', 'State', 'Federal', 'Royal', 'Public', 'Energy', 'Environment', 'Agriculture', 'Economy', 'Treasury', 'Transport', 'Labour', 'Culture', 'Information', 'Commerce', 'Industry', 'Development', 'Oil', 'Navy', 'Army', 'Ministry', 'Department', 'Office', 'Government', 'Cabinet', 'Parliament', 'Police', 'Force', 'Forces', 'Bank', 'Court', 'Service', 'Services', 'Agency', 'Council', 'Embassy', 'Senate', 'Congress', 'Assembly', 'Guard', 'Administration', 'Authority', 'Commission', 'Committee', 'Secretariat', 'and', 'of', 'for']);
// Lower-case nouns that introduce an organisation's name: "oil firm Yukos", "state broadcaster NHK".
export const ORG_NOUNS = new Set(['firm', 'consultancy', 'club', 'journal', 'lobby', 'think-tank', 'company', 'companies', 'group', 'bank', 'airline', 'carrier', 'giant', 'producer', 'operator', 'maker', 'manufacturer', 'agency', 'broadcaster', 'newspaper', 'daily', 'network', 'channel', 'insurer', 'retailer', 'supermarket', 'chain', 'party', 'union', 'militia', 'organisation', 'organization', 'charity', 'conglomerate', 'subsidiary', 'rival', 'startup', 'corporation', 'utility', 'exporter', 'importer', 'consortium', 'lender', 'watchdog', 'regulator']);

/** A lower-case noun of a body's kind, a trade's maker among them ("carmaker", "chipmaker"). */
export function isOrgNoun(w: string): boolean {
  return ORG_NOUNS.has(w) || /^[a-z]+maker$/.test(w);
}
// Capitalised head words of laws and treaties, which end no person's name: "General Data Protection Regulation".
const LAW_HEADS = new Set(['Regulation', 'Regulations', 'Directive', 'Act', 'Treaty', 'Agreement', 'Convention', 'Accord', 'Protocol', 'Charter', 'Statute', 'Ordinance', 'Amendment']);
// Plural common nouns whose possessive opens a body's name: "People's Liberation Army", "Women's Institute".
const COLLECTIVE_POSSESSORS = new Set(['people', 'peoples', 'women', 'men', 'children', 'workers', 'veterans', 'farmers', 'students', 'teachers', 'nurses', 'citizens', 'miners', 'traders', 'seamen', 'soldiers', 'consumers', 'taxpayers', 'writers', 'journalists', 'employers', 'pensioners']);
// Lower-case nouns of a body's kind after its name: "the United Steelworkers union", "the Wagner group".
// ("group" and "faction" are left out: "the Browning group", "the Boone faction" are named after a person.)
// (Not "alliance" or "coalition": "the Fatah alliance" is also an agreement's phrase, 03-phrases.ts.)
const BODY_KIND_NOUNS = new Set(['union', 'movement', 'militia', 'party', 'front']);
// "the Western alliance", "the Northern front": a direction before a body's noun is no name.
const COMPASS_ADJECTIVES = new Set(['Western', 'Eastern', 'Northern', 'Southern', 'Central']);
// Place nouns whose "of" introduces the place's name: "the district of Jajarkot".
const OF_PLACE_NOUNS = new Set(['district', 'province', 'region', 'town', 'village', 'city', 'county', 'state', 'island', 'islands', 'municipality', 'prefecture', 'governorate', 'oblast', 'canton', 'borough', 'parish', 'township', 'suburb', 'port']);
// Lower-case nouns of the press after a paper's title: "the Mirror newspaper".
const PRESS_NOUNS = new Set(['newspaper', 'paper', 'daily', 'tabloid', 'broadsheet', 'magazine', 'weekly']);
// Lower-case role words after a capitalised adjective that make it a party or body: "Conservative leader".
const PARTY_ROLES = new Set(['chief', 'boss', 'founder', 'ceo', 'chairwoman', 'director', 'owner', 'executive', 'leader', 'chairman', 'spokesman', 'spokeswoman', 'spokesperson', 'mp', 'mps', 'senator', 'senators', 'candidate', 'lawmaker', 'lawmakers', 'politician', 'politicians', 'backbencher', 'backbenchers', 'whip', 'peer', 'councillor', 'congressman', 'congresswoman']);
// Party roles of politicians only (a firm's "director" or "chief" follows "Public Relations" too).
// Honorifics that open a name, never continue one: "Billionaire Sir Ana Ruiz", "Former MP Lord Ruiz".
const HONORIFICS = new Set(['Sir', 'Dame', 'Lord', 'Lady', 'Baroness', 'Baron']);
// The heads of a body, who are nobody's staff: "Sinn Fein president", "Acme Foods chairman".
const BODY_HEAD_ROLES = new Set(['president', 'chairman', 'chairwoman', 'founder']);
const POLITICAL_ROLES = new Set(['leader', 'candidate', 'mp', 'mps', 'senator', 'lawmaker', 'politician', 'backbencher', 'whip', 'councillor', 'congressman', 'congresswoman']);
// Roles in a firm, not in a person's staff ("Acme's chief operating officer", but "Smith's spokesman").
const CORPORATE_ROLES = new Set(['officer', 'executive', 'counsel', 'chairman', 'chairwoman', 'director', 'founder', 'co-founder', 'president', 'ceo', 'owner', 'shareholder', 'shareholders', 'executives', 'directors']);

/**
 * "Acme's chief operating officer": a role phrase after the possessive whose role noun is a firm's.
 * ("Acme's UK executive director", "Acme's European chief executive": a country or region may
 * qualify the office first; a person's staff are never so divided.)
 */
function corporateRoleAt(tokens: Token[], k: number): boolean {
  const g = isCapitalised(tokens[k]) ? loadGazetteer().lookup(tokens[k].text) : undefined;
  if (g && (g.kind === 'Country' || g.kind === 'Place')) k++;
  const end = rolePhraseEnd(tokens, k, true);
  return end > 0 && tokens.slice(k, end).some((t) => CORPORATE_ROLES.has(t.lower));
}

// What a company has and a person does not: "Acme's stake", "Acme's shareholders".
const BODY_POSSESSIONS = new Set(['stake', 'stakes', 'shares', 'shareholders', 'subsidiary', 'subsidiaries', 'profits', 'profit', 'revenue', 'revenues', 'customers', 'subscribers', 'headquarters', 'takeover', 'merger', 'products', 'brand', 'factory', 'factories', 'plant', 'plants', 'employees', 'staff', 'workforce', 'board', 'bid', 'earnings', 'sales', 'stock', 'assets', 'debts', 'operations', 'network', 'licence', 'license']);
// Capitalised adjectives before a party role that name no party: "Independent Senator", "Senior Minister".
// (Also the words of tenure that open a sentence before a role: "Outgoing chief minister Ana Ruiz".)
const NOT_PARTIES = new Set([
  'Independent', 'Former', 'Senior', 'Junior', 'Deputy', 'Acting', 'Retired', 'Veteran', 'Leading', 'Top', 'Chief',
  'Outgoing', 'Incoming', 'Interim', 'Caretaker', 'Newly', 'Embattled', 'Ousted', 'Jailed', 'Exiled', 'Late',
  'Longtime', 'Retiring', 'Departing', 'Current', 'Sitting', 'Serving', 'Disgraced', 'Then', 'Ex',
]);
// Capitalised words that qualify a role at the head of a sentence ("Former minister Ana Ruiz", "Shadow
// chancellor Ana Ruiz"): never the body the person works for.
// (A sport's qualifiers of a player's role, and its portfolio: "Opening batsman Ana Ruiz", "Olympic rower Ana Ruiz", "Sports minister Ana Ruiz".)
const ROLE_QUALIFIERS = new Set([...NOT_PARTIES, 'Shadow', 'Assistant', 'Joint', 'Then-', 'Opening', 'Olympic', 'Paralympic', 'Veteran', 'Star', 'Sport', 'Sports']);
// Capitalised words that make a sequence an event, not a person: "World War Two", "Olympic Games".
const NUMBER_WORD = /^(One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen|Fourteen|Fifteen|Sixteen|Seventeen|Eighteen|Nineteen|Twenty|Thirty|Forty|Fifty|Hundred|Hundreds|Thousands|Dozens|Several|Many|Some|Most|All)$/;
const EVENT_WORDS = new Set(['War', 'Cup', 'Games', 'Olympics', 'Summit', 'Conference', 'Revolution', 'Crisis', 'Day', 'Week', 'Festival', 'Championship', 'Championships', 'Election', 'Elections', 'Referendum', 'Award', 'Awards', 'Prize', 'Act', 'Bill', 'Law', 'Plan', 'Agreement', 'Treaty', 'Accord', 'Pact', 'Deal', 'Protocol', 'Convention', 'Declaration', 'Initiative', 'Strategy', 'Programme', 'Program', 'Project', 'Doctrine', 'Street', 'Road', 'Avenue', 'Square', 'Palace', 'Airport', 'Stadium', 'Centre', 'Center']);
const PLACE_CUES = new Set(['in', 'at', 'near', 'from', 'to', 'into', 'outside', 'across', 'around', 'visited', 'visit']);
// All-capital words that are not organisations.
const NOT_ACRONYMS = new Set(['LPG', 'CNG', 'LED', 'ATM', 'SUV', 'NGO', 'AM', 'PM', 'TV', 'OK', 'IP', 'AI', 'EV', 'EVS', 'CEO', 'GDP', 'HIV', 'AIDS', 'LNG', 'USD', 'NZD', 'GMT', 'UTC', 'BST', 'AD', 'BC', 'FM', 'ID', 'PDF', 'PS', 'PR', 'UV', 'DNA', 'RNA', 'COVID', 'COVID-19', 'SARS', 'CO2', 'NB', 'VIP', 'II', 'III', 'IV', 'VI', 'MP', 'MPS', 'US', 'UK', 'I', 'WMD', 'WWI', 'WWII', 'WW2', 'USA']);

export interface NameScan {
  mentions: Mention[];
  /** Titles with no name after them ("Japan's PM will…"), for role coreference. */
  roleRefs: Array<{ tokenStart: number; tokenEnd: number; role: string }>;
}

/** One sentence being scanned: its tokens and what has been found so far. */
interface NameSink {
  sentence: Sentence;
  tokens: Token[];
  idPrefix: string;
  mentions: Mention[];
  roleRefs: NameScan['roleRefs'];
  /** Whether the sentence has an opening parenthesis (an acronym may be defined in it). */
  parentheses: boolean;
  /** Whether the sentence has an ampersand (a firm's name may join its partners by it), or "and Co." or "and Son". */
  ampersand: boolean;
  andFirm: boolean;
}

/** Adds a mention over tokens [i, j) (extra fields override the defaults) and returns it. */
function emit(sink: NameSink, kind: Kind, i: number, j: number, name: string, key: string, rule: string, extra?: Partial<Mention>): Mention {
  const { tokens } = sink;
  const m: Mention = {
    id: `${sink.idPrefix}${sink.mentions.length}`,
    kind,
    text: spanText(tokens, i, j),
    name,
    key,
    sentence: sink.sentence.index,
    tokenStart: i,
    tokenEnd: j,
    start: tokens[i].start,
    end: tokens[j - 1].end,
    // (Every mention has every field, in this order: one object shape for the optimising compiler.)
    role: undefined,
    rule,
    meta: undefined,
    ...extra,
  };
  sink.mentions.push(m);
  return m;
}

/** Finds the named mentions of one sentence. */
export function extractNames(sentence: Sentence, idPrefix: string): NameScan {
  const gaz = loadGazetteer();
  const tokens = sentence.tokens;
  const sink: NameSink = { sentence, tokens, idPrefix, mentions: [], roleRefs: [], parentheses: sentence.text.includes('('), ampersand: sentence.text.includes('&'), andFirm: / and (Co\b|Company|Sons?\b)/.test(sentence.text) };
  // (A lower-case word opens a name only as a title's first word: most sentences hold none.)
  const titled = sentenceHas(sentence, TITLE_FIRST_WORD);
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (!isCapitalised(t) && !(titled && lowerTitleBeforeName(tokens, i))) {
      i++;
      continue;
    }
    // Each step returns where the scan goes on when it took the tokens at i, undefined otherwise.
    const next = scanBodyList(sink, i, gaz) ?? scanDateline(sink, i, gaz) ?? scanTitledName(sink, i, gaz) ?? (isCapitalised(t) ? scanCapitalised(sink, i, gaz) : i + 1);
    i = next ?? i + 1;
  }
  return { mentions: sink.mentions, roleRefs: sink.roleRefs };
}

/**
 * 0. "two drug companies, Glaxmore and Bexford,", "manufacturers including Zentel": each name listed
 * after a counted plural of a body's noun, or given as its example, is such a body (rule body-list),
 * the one a gazetteer knows by its own name.
 */
function scanBodyList(sink: NameSink, i: number, gaz: Gazetteer): number | undefined {
  if (!/^(,|including|as)$/.test(lower(sink.tokens[i - 1]))) return undefined;
  const items = bodyListAt(sink.tokens, i, PLURAL_BODY_NOUNS);
  if (!items) return undefined;
  const known = items.map(([s, e]) => gaz.lookup(spanText(sink.tokens, s, e)));
  // ("manufacturers such as Acme Co., Alden, and Bolt Inc., Kora": firms listed with their towns are left to the scanner.)
  if (known.some((k) => k && k.kind !== 'Organization')) return undefined;
  items.forEach(([s, e], n) => {
    const text = spanText(sink.tokens, s, e);
    const k = known[n];
    if (k) emit(sink, 'Organization', s, e, k.name, k.key, 'body-list');
    else emit(sink, 'Organization', s, e, text, `org:${text.toLowerCase()}`, 'body-list');
  });
  return items[items.length - 1][1];
}

// What follows a wire story's dateline: "NAIROBI, March 3 (Reuters) -", "BRUSSELS (AP) —".
const AFTER_DATELINE = new Set([',', '(', '-', '—', '–', ':']);

/**
 * "NAIROBI, March 3 (Reuters) -": a place in capitals opening a story's first line is where it was
 * filed, not an acronym. Only there: a word in capitals elsewhere may well be one ("NICE", "READING").
 */
function scanDateline(sink: NameSink, i: number, gaz: Gazetteer): number | undefined {
  const { tokens } = sink;
  if (i !== 0 && !tokens[i].space.includes('\n')) return undefined;
  let j = i;
  // ("SHARM EL-SHEIKH": a hyphen joins the words of one name.)
  const capsWord = (k: number) => isAllCaps(tokens[k]) && /^\p{Lu}{2,}$/u.test(tokens[k].text);
  while (j < tokens.length && j < i + 6 && (capsWord(j) || (j > i && isJoiner(tokens, j) && capsWord(j + 1)))) j++;
  if (j === i) return scanTitleCaseDateline(sink, i, gaz);
  if (!AFTER_DATELINE.has(tokens[j]?.text ?? '')) return undefined;
  const titled = spanText(tokens, i, j).replace(/\p{Lu}+/gu, (w) => w[0] + w.slice(1).toLowerCase());
  const e = gaz.lookup(titled);
  if (e && (e.kind === 'Place' || e.kind === 'Country') && !e.demonym) {
    emit(sink, e.kind, i, j, e.name, e.key, 'dateline', { meta: { country: e.country } });
    return j;
  }
  // A place the gazetteer lacks, or spells with its accents ("SAO PAULO"), in a dateline's full
  // shape: a date after the comma ("SAO PAULO, Jan 23"), or the agency in parentheses.
  // ("SHARM EL-SHEIKH, Egypt, Nov 20": the country may come before the date.)
  const dated = tokens[j].text === ',' && (CALENDAR.has(tokens[j + 1]?.text ?? '') || /^\d/.test(tokens[j + 1]?.text ?? '') || gaz.lookup(tokens[j + 1]?.text ?? '')?.kind === 'Country');
  const agency = tokens[j].text === '(' && isCapitalised(tokens[j + 1]) && tokens[j + 2]?.text === ')';
  if (e || !(dated || agency)) return undefined;
  emit(sink, 'Place', i, j, titled, placeKey(titled), 'dateline');
  return j;
}

/**
 * "Alden (special) --", "Alden (AP) --", "Alden, Jan. 7 --": the older American dateline in Title Case,
 * opening a sentence, in its full shape (a parenthesised word or a date, then a double dash), names
 * the place the story was filed from.
 */
function scanTitleCaseDateline(sink: NameSink, i: number, gaz: Gazetteer): number | undefined {
  const { tokens } = sink;
  if (i !== 0) return undefined;
  let j = i;
  while (j < tokens.length && j < i + 3 && /^\p{Lu}\p{Ll}+$/u.test(tokens[j].text)) j++;
  if (j === i) return undefined;
  const bracketed = tokens[j]?.text === '(' && /^[\p{L}.]+$/u.test(tokens[j + 1]?.text ?? '') && tokens[j + 2]?.text === ')' && /^(--|—|–)$/.test(tokens[j + 3]?.text ?? '');
  const dated = tokens[j]?.text === ',' && CALENDAR.has((tokens[j + 1]?.text ?? '').replace(/\.$/, '')) && /^\d+$/.test(tokens[j + 2]?.text ?? '') && /^(--|—|–)$/.test(tokens[j + 3]?.text ?? '');
  if (!bracketed && !dated) return undefined;
  const text = spanText(tokens, i, j);
  const e = gaz.lookup(text);
  if (e && (e.kind === 'Place' || e.kind === 'Country') && !e.demonym) emit(sink, e.kind, i, j, e.name, e.key, 'dateline', { meta: { country: e.country } });
  else if (!e) emit(sink, 'Place', i, j, text, placeKey(text), 'dateline');
  else return undefined;
  return j;
}

/** Where a titled name is nested: the body the outer title is of, and where the outer title starts. */
interface TitleFrame {
  body?: Mention;
  start?: number;
  role?: string;
}

/**
 * 1. title + name: "Prime Minister Jacinda Ardern", "Prof Patman", "prime minister Jacinda Ardern",
 * "Minister of Foreign Affairs of Ruritania Ana Ruiz" (the body the title is of), "Reps. Ana Ruiz and Luis Vera".
 */
function scanTitledName(sink: NameSink, i: number, gaz: Gazetteer, frame: TitleFrame = {}): number | undefined {
  const { tokens } = sink;
  const title = matchTitle(tokens, i);
  if (!title) return undefined;
  if (title.plural) return scanTitledList(sink, i, title);
  let at = title.end;
  let body = frame.body;
  const of = titleBody(sink, at, gaz);
  if (of) {
    body = of.body;
    at = of.end;
    // "Vice Chairman of the Military Commission General Ana Ruiz": a second title, then the name;
    // "State Councilor of Ruritania, Minister of Trade Ana Ruiz": a second title in apposition.
    const second = tokens[at]?.text === ',' ? at + 1 : at;
    if (titleThenName(tokens, second)) {
      const before = sink.mentions.length;
      const direct = second === at;
      const end = scanTitledName(sink, second, gaz, { body, start: direct ? (frame.start ?? i) : undefined, role: direct ? (frame.role ?? title.role) : undefined });
      if (sink.mentions.length > before || end !== undefined) return end;
    }
  }
  // "Defence Minister Gen Ana Ruiz": a rank after the office, then the name.
  if (!of && titleThenName(tokens, at)) return scanTitledName(sink, at, gaz, { body, start: frame.start ?? i, role: frame.role ?? title.role });
  const nameEnd = scanName(tokens, at);
  // "Imam Ali International Airport": a title word that opens a facility's name is no title.
  if (FACILITY_HEADS.has(tokens[nameEnd]?.text ?? '') || FACILITY_HEADS.has(tokens[nameEnd - 1]?.text ?? '')) return undefined;
  // "General Data Protection Regulation", "General Assembly": a body's or a law's head word makes it no one's name.
  // (Its last word: "Rep. Bill Jones" is a person.)
  if (nameEnd > at && (ORG_HEADS.has(tokens[nameEnd - 1].text) || LAW_HEADS.has(tokens[nameEnd - 1].text))) return undefined;
  // "Comptroller General", "Mr. Inspector": a title followed by office words names an office, not a
  // person. (Only words that are no surname: "Ms Bishop", "Mr Major" and "Senator King" are people.)
  if (nameEnd > at && tokens.slice(at, nameEnd).every((t) => OFFICE_WORDS.has(t.lower))) {
    sink.roleRefs.push({ tokenStart: i, tokenEnd: nameEnd, role: spanText(tokens, i, nameEnd) });
    return nameEnd;
  }
  // (When the title holds the body it is of, the mention is the name alone, so that the body's mention
  // does not sit inside it; titleStart keeps where the title began, for the country before it.)
  const start = body ? at : (frame.start ?? i);
  if (nameEnd > at) {
    const name = nameText(tokens, at, nameEnd);
    emit(sink, 'Person', at, nameEnd, name, `person:${name.toLowerCase()}`, 'title-name', {
      role: frame.role ?? title.role,
      text: spanText(tokens, start, nameEnd),
      start: tokens[start].start,
      tokenStart: start,
      meta: { nameStart: String(at), titleOf: body?.id, titleStart: body ? String(frame.start ?? i) : undefined },
    });
    if (GOVERNMENT_NOUNS.has(tokens[nameEnd]?.text ?? '')) {
      emitAdministration(sink, start, nameEnd, sink.mentions[sink.mentions.length - 1]);
      return nameEnd + 1;
    }
    return scanPartyTag(sink, nameEnd) ?? nameEnd;
  }
  sink.roleRefs.push({ tokenStart: i, tokenEnd: title.end, role: title.role });
  return at;
}

// Party letters of American usage: "Sen. Ana Ruiz (D., Texas)", "Rep. Ana Ruiz, R-Ohio,".
const PARTY_LETTERS: Record<string, string> = lookupTable({ D: 'Democratic Party', 'D.': 'Democratic Party', R: 'Republican Party', 'R.': 'Republican Party' });

/**
 * "(D., Texas)", "(R-Ohio)", ", D-Calif.," after a legislator's name: the party letter is the party
 * (rule party-tag); the scan goes on after it, so the state is read as a place.
 */
function scanPartyTag(sink: NameSink, k: number): number | undefined {
  const { tokens } = sink;
  // ("Sen. Ana Ruiz R-Ohio said": the tag may also follow the name with no bracket or comma.)
  const bare = isPartyTagAt(tokens, k);
  if (!bare && !/^[(,]$/.test(tokens[k]?.text ?? '')) return undefined;
  const at = bare ? k : k + 1;
  const party = PARTY_LETTERS[tokens[at]?.text ?? ''];
  if (!party || !/^[,-]$/.test(tokens[at + 1]?.text ?? '') || !isCapitalised(tokens[at + 2])) return undefined;
  emit(sink, 'Organization', at, at + 1, party, `org:${party.toLowerCase()}`, 'party-tag', { meta: { party: 'yes' } });
  return at + 1;
}

/** "R-Ohio", "D-Calif.": a party letter glued by a hyphen to a capitalised state at token k. */
function isPartyTagAt(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return !!t && (t.text === 'R' || t.text === 'D') && tokens[k + 1]?.text === '-' && !tokens[k + 1].space && isCapitalised(tokens[k + 2]);
}

/** A title at k with a name after it ("Senator King said" has a title, but "King" is the name). */
function titleThenName(tokens: Token[], k: number): boolean {
  const t = matchTitle(tokens, k);
  return !!t && !t.plural && scanName(tokens, t.end) > t.end;
}

/**
 * "Minister of Foreign Affairs of Ruritania …", "Vice Chairman of the Military Commission (MC) …": the
 * country or organisation a title is of, emitted as its own mention.
 */
function titleBody(sink: NameSink, at: number, gaz: Gazetteer): { body: Mention; end: number } | undefined {
  const { tokens } = sink;
  if (lower(tokens[at]) !== 'of') return undefined;
  const k = lower(tokens[at + 1]) === 'the' ? at + 2 : at + 1;
  if (!isCapitalised(tokens[k])) return undefined;
  const before = sink.mentions.length;
  const end = scanOrganization(sink, k, gaz) ?? scanGazetteer(sink, k, gaz);
  const body = sink.mentions[before];
  if (end === undefined || !body || (body.kind !== 'Country' && body.kind !== 'Organization')) {
    sink.mentions.length = before;
    return undefined;
  }
  // (An organisation's own acronym, "(MC)", was taken with it, up to its closing parenthesis.)
  if (tokens[end]?.text === ')') return { body, end: end + 1 };
  const acronym = parenthesisedAcronym(tokens, end);
  return { body, end: acronym ? acronym.end + 1 : end };
}

/** "Reps. Ana Ruiz and Luis Vera", "Sens. Ana Ruiz, Luis Vera and Tom Low": each name takes the singular title. */
function scanTitledList(sink: NameSink, i: number, title: { end: number; role: string }): number | undefined {
  const { tokens } = sink;
  let at = title.end;
  let last = at;
  while (at < tokens.length) {
    // ("Reps. Ana Ruiz and Luis Vera, Labor Commissioner Tom Low": another title ends the list.)
    if (at > title.end && matchTitle(tokens, at)) break;
    const end = scanName(tokens, at);
    if (end <= at) break;
    // ("the Governors Conference", "Mayors Council": a body's or event's head word after the plural is no name.)
    if (end === at + 1 && (ORG_HEADS.has(tokens[at].text) || EVENT_WORDS.has(tokens[at].text))) break;
    const name = nameText(tokens, at, end);
    // The first name takes the title into its span, as a titled name does ("US Sens. Ana Ruiz and …").
    const first = at === title.end;
    emit(sink, 'Person', at, end, name, `person:${name.toLowerCase()}`, 'plural-title-name', {
      role: title.role,
      text: spanText(tokens, first ? i : at, end),
      start: tokens[first ? i : at].start,
      tokenStart: first ? i : at,
      meta: { nameStart: String(at), listStart: String(i) },
    });
    last = end;
    if (tokens[end]?.text === ',' && isCapitalised(tokens[end + 1])) at = end + 1;
    else if (tokens[end]?.text === ',' && lower(tokens[end + 1]) === 'and') at = end + 2;
    else if (lower(tokens[end]) === 'and') at = end + 1;
    else break;
  }
  if (last === title.end) return undefined;
  return last;
}

/** Steps 2 to 5 for a capitalised token with no title before it; undefined when nothing starts there. */
// The adjectives of the nations of the United Kingdom, whose own governments have first ministers.
const UK_NATIONS: Record<string, string> = lookupTable({ Welsh: 'Wales', Scottish: 'Scotland', Scots: 'Scotland', 'Northern Irish': 'Northern Ireland' });

// Words that qualify what follows and are never a name's: "Former Zenco Bank chief executive Ana Ruiz".
const LEADING_QUALIFIERS = new Set(['Former', 'Ex', 'Late', 'Then']);

function scanCapitalised(sink: NameSink, i: number, gaz: Gazetteer): number | undefined {
  if (LEADING_QUALIFIERS.has(sink.tokens[i].text) && isCapitalised(sink.tokens[i + 1])) return i + 1;
  return scanPressRolePaper(sink, i, gaz) ?? scanSocietyNoun(sink, i) ?? scanChamber(sink, i) ?? scanDefinedAcronym(sink, i, gaz) ?? scanFeature(sink, i, gaz) ?? scanOrganization(sink, i, gaz) ?? scanAmpersandFirm(sink, i, gaz) ?? scanTeam(sink, i, gaz) ?? scanGazetteer(sink, i, gaz) ?? scanOtherName(sink, i);
}

/**
 * 1a. "the Chicago Bar association", "the Racquet club", "the United States Lawn Tennis association":
 * after "the", capitalised words before a lower-case noun of a club or society name that body, the
 * places and countries inside it included (rule the-society-noun), as older papers print the head
 * in lower case. (Not before another noun: "the Alden club house".)
 */
function scanSocietyNoun(sink: NameSink, i: number): number | undefined {
  const { tokens } = sink;
  // ("The Alden Press club will …": a sentence's capitalised "The" opens the run.)
  const start = tokens[i].text === 'The' ? i + 1 : i;
  if (lower(tokens[start - 1]) !== 'the') return undefined;
  let j = start;
  while (j < start + 5 && isCapitalised(tokens[j]) && !isPossessive(tokens[j + 1])) j++;
  const head = tokens[j];
  if (!head || !SOCIETY_NOUNS.has(head.text) || isPossessive(tokens[j + 1]) || tokens[j + 1]?.pos === 'NOUN' || j === start) return undefined;
  const name = `${spanText(tokens, start, j)} ${head.text[0].toUpperCase()}${head.text.slice(1)}`;
  emit(sink, 'Organization', start, j + 1, name, `org:${name.toLowerCase()}`, 'the-society-noun');
  return j + 1;
}

// Plurals of land and of a state's parts, which name places: "the Orkney Isles", "the Kora Uplands".
const LAND_PLURALS = new Set(['Isles', 'Uplands', 'Lowlands', 'Dells', 'Counties', 'Territories', 'Regions', 'Hills', 'Mountains', 'Lakes', 'Plains', 'Keys', 'Falls', 'Narrows', 'Flats', 'Woods', 'Glades', 'Downs', 'Moors', 'Fens', 'Highlands', 'Grounds', 'Gardens', 'Arms', 'Works', 'Mills', 'Resolves', 'Conferences', 'Universities']);

// People of the press, whose "for the" or "of the" names their paper: "baseball writer for the Alden Courier".
const PRESS_ROLES = new Set(['writer', 'sportswriter', 'columnist', 'editor', 'reporter', 'correspondent', 'publisher', 'cartoonist']);

/**
 * "baseball writer for the Alden Courier", "sports editor of the Kora Post-Ledger" (rule
 * press-role-paper): the capitalised words after a press role, "for" or "of", and "the" are the
 * paper's title, a town in it included. (Not a place alone, nor a name that goes on with "of".)
 */
function scanPressRolePaper(sink: NameSink, i: number, gaz: Gazetteer): number | undefined {
  const { tokens } = sink;
  if (lower(tokens[i - 1]) !== 'the' || !/^(for|of)$/.test(lower(tokens[i - 2])) || !(PRESS_ROLES.has(lower(tokens[i - 3])) || titledPressName(tokens, i - 3))) return undefined;
  // (The words of a hyphenated title count as one: "Post-Dispatch".)
  let j = i;
  while (j < i + 6 && (isCapitalised(tokens[j]) || (j > i && isJoiner(tokens, j) && isCapitalised(tokens[j + 1])))) j++;
  if (isPossessive(tokens[j]) || lower(tokens[j]) === 'of' || isCapitalised(tokens[j])) return undefined;
  const text = spanText(tokens, i, j);
  if (gaz.lookup(text)) return undefined;
  emit(sink, 'Organization', i, j, text, `org:${text.toLowerCase()}`, 'press-role-paper');
  return j;
}

/** "Sports Writer Ana Ruiz of the …": a name of one to three words ending at k, right after a press role. */
function titledPressName(tokens: Token[], k: number): boolean {
  for (let r = k - 1; r >= k - 3 && r > 0; r--) {
    if (!isCapitalised(tokens[r + 1])) return false;
    if (PRESS_ROLES.has(lower(tokens[r]))) return true;
  }
  return false;
}

/**
 * Whether a capitalised word is a plural that names no body, place or event of its own, as a team's
 * last word does: "Rangers", "Sox" (the teams' spelling of "socks"); not "Industries", "Democrats",
 * "Isles", "Games", nor a word the gazetteer knows.
 */
export function isTeamPlural(word: string, gaz: Gazetteer): boolean {
  return (/^\p{Lu}\p{Ll}+[^siu]s$/u.test(word) || word === 'Sox') && !ORG_HEADS.has(word) && !PARTY_LABELS[word] && !FEATURE_HEADS.has(word) && !LAND_PLURALS.has(word) && !EVENT_WORDS.has(word) && !EVENT_WORDS.has(word.slice(0, -1)) && !gaz.lookup(word);
}

/**
 * 3b. a team by its town and a capitalised plural: "the Alden Rangers", "the Kora Red Hawks" (rule
 * place-team). The town is part of the name, as in "Alden Rangers coach Ana Ruiz".
 */
function scanTeam(sink: NameSink, i: number, gaz: Gazetteer): number | undefined {
  const { tokens } = sink;
  // (After "the" only, or "the" and up to two lower-case words, "the powerful Alden Rangers", "the
  // football champion Alden Rangers": never "Alden Rangers" as a person's name, "Lincoln Mills"; or
  // before a team's role noun, "Alden Red Sox outfielder Ana Ruiz", checked below.)
  const afterThe = lower(tokens[i - 1]) === 'the' || (/^\p{Ll}+$/u.test(tokens[i - 1]?.text ?? '') && (lower(tokens[i - 2]) === 'the' || (/^\p{Ll}+$/u.test(tokens[i - 2]?.text ?? '') && lower(tokens[i - 3]) === 'the')));
  if (!afterThe && !isCapitalised(tokens[i + 1])) return undefined;
  const hit = matchGazetteer(tokens, i, gaz);
  if (!hit || hit.entry.kind !== 'Place' || hit.entry.demonym) return undefined;
  let j = hit.end;
  while (j < hit.end + 2 && isCapitalised(tokens[j]) && !isAllCaps(tokens[j]) && (tokens[j].pos === 'PROPN' || tokens[j].pos === 'NOUN') && !ROLE_NOUNS.has(tokens[j].lower)) j++;
  const last = tokens[j - 1];
  // A role noun of the team's people after it, "Alden Rangers coach Ana Ruiz", "Alden Rangers
  // Outfielder Ana Ruiz", stands where "the" would.
  const roleAfter = ROLE_NOUNS.has(lower(tokens[j])) && isCapitalised(tokens[j + 1]);
  if (!afterThe && !roleAfter) return undefined;
  // The run must end in a plural that is no name of its own: not "Dallas County", "Alden Times",
  // "Kora Democrats", "the Alden Accords". ("Sox", the teams' spelling of "socks", is a plural.)
  if (j === hit.end || !isTeamPlural(last.text, gaz) || (isCapitalised(tokens[j]) && !roleAfter)) return undefined;
  const name = spanText(tokens, i, j);
  // ("the Lib Dems": a party's label whose first word a gazetteer happens to know.)
  if (PARTY_LABELS[name]) return undefined;
  emit(sink, 'Organization', i, j, name, `org:${name.toLowerCase()}`, 'place-team');
  return j;
}

/**
 * 1b. legislative chambers by their generic name: "the House", "the Senate", "the House of
 * Representatives" (rule chamber-name), and a committee of one named in lower case: "the Commons
 * foreign affairs committee" (rule chamber-committee).
 */
function scanChamber(sink: NameSink, i: number): number | undefined {
  const { tokens } = sink;
  const word = tokens[i].text;
  const prev = lower(tokens[i - 1]);
  if (!CHAMBERS[word]) return undefined;
  // "Senate Majority Leader Ana Ruiz", "House Speaker Ana Ruiz": the chamber before its officer's title.
  const officer = !!matchTitle(tokens, i + 1) && isCapitalised(tokens[matchTitle(tokens, i + 1)!.end]);
  if (prev !== 'the' && !(i === 0 && word === 'Senate') && !officer) return undefined;
  let end = i + 1;
  let name = CHAMBERS[word];
  if (word === 'House' && tokens[i + 1]?.text === 'of' && /^(Representatives|Commons|Lords|Delegates|Assembly)$/.test(tokens[i + 2]?.text ?? '')) {
    end = i + 3;
    name = spanText(tokens, i, end);
  }
  // "the Commons foreign affairs committee": lower-case words, then a committee noun.
  for (let q = end; q < end + 4 && q < tokens.length; q++) {
    if (!/^[a-z][a-z-]*$/.test(tokens[q].text)) break;
    if (COMMITTEE_NOUNS.has(tokens[q].text)) {
      const text = spanText(tokens, i, q + 1);
      emit(sink, 'Organization', i, q + 1, text, `org:${text.toLowerCase()}`, 'chamber-committee');
      return q + 1;
    }
  }
  if (isCapitalised(tokens[end]) && !officer) return undefined;
  emit(sink, 'Organization', i, end, name, `org:${name.toLowerCase()}`, 'chamber-name', { meta: { chamber: 'yes' } });
  return end;
}

/**
 * 1c. a name defined by its acronym: "Northern Rail Corridor (NRC)". Capitalised words whose initials
 * spell the acronym in parentheses after them name one body (rule acronym-defined), even when the
 * first words are countries; agreements are left to 03-phrases.
 */
function scanDefinedAcronym(sink: NameSink, i: number, gaz: Gazetteer): number | undefined {
  const { tokens } = sink;
  // ("The Competition and Markets Authority (CMA)": a capitalised article may stand before it.)
  if (!sink.parentheses || (i > 0 && isCapitalised(tokens[i - 1]) && tokens[i - 1].text !== 'The')) return undefined;
  // (A sentence's "The" before the name: read from the name, before the head-word scan takes the run.)
  if (tokens[i].text === 'The' && isCapitalised(tokens[i + 1])) return scanDefinedAcronym(sink, i + 1, gaz);
  let j = i;
  let initials = '';
  // (With the small words too: "Alliance of Small Island States (Aosis)".)
  let allInitials = '';
  while (j < tokens.length && j < i + 8) {
    const t = tokens[j];
    if (isCapitalised(t) && !isAllCaps(t)) initials += t.text[0];
    else if (!(j > i && /^(of|and|for|the|&)$/.test(t.text)) && !isJoiner(tokens, j)) break;
    if (/^\p{L}/u.test(t.text)) allInitials += t.text[0].toUpperCase();
    j++;
  }
  // ("(Aosis)", "(Ecowas)": some house styles write an acronym spoken as a word in title case.)
  const titleCase = tokens[j]?.text === '(' && /^\p{Lu}\p{Ll}{2,7}$/u.test(tokens[j + 1]?.text ?? '') && tokens[j + 2]?.text === ')' ? { start: j + 1, end: j + 2, text: tokens[j + 1].text.toUpperCase() } : undefined;
  const acronym = parenthesisedAcronym(tokens, j) ?? titleCase;
  if (!acronym || initials.length < 3 || (initials !== acronym.text.replace(/[.&-]/g, '') && !(acronym === titleCase && allInitials === acronym.text))) return undefined;
  if (tokens.slice(i, j).some((t) => EVENT_WORDS.has(t.text))) return undefined;
  const text = spanText(tokens, i, j);
  const known = gaz.lookup(text);
  if (known && known.kind !== 'Organization') return undefined;
  const name = known?.name ?? text;
  const key = known?.key ?? `org:${name.toLowerCase()}`;
  emit(sink, 'Organization', i, j, name, key, 'acronym-defined', { meta: { acronym: acronym.text } });
  emit(sink, 'Organization', acronym.start, acronym.end, name, key, 'org-acronym');
  return acronym.end;
}

/** 2. geographic features: "South China Sea", "the East and South China Seas", "Strait of Hormuz". */
function scanFeature(sink: NameSink, i: number, gaz: Gazetteer): number | undefined {
  const feature = matchFeature(sink.tokens, i, gaz.lookup);
  if (!feature) return undefined;
  for (const f of feature.names) emit(sink, 'Place', feature.start, feature.end, f, placeKey(f), 'feature-name');
  return feature.end;
}

/** 3. organisations by head word: "University of Otago", "Centre for Strategic Studies". */
function scanOrganization(sink: NameSink, i: number, gaz: Gazetteer): number | undefined {
  const { tokens } = sink;
  // "Doctors Without Borders", "Reporters Without Borders": a plural, "Without" and a capitalised noun.
  if (tokens[i + 1]?.text === 'Without' && tokens[i].text.endsWith('s') && isCapitalised(tokens[i + 2]) && !isCapitalised(tokens[i + 3])) {
    const text = spanText(tokens, i, i + 3);
    emit(sink, 'Organization', i, i + 3, text, `org:${text.toLowerCase()}`, 'without-org');
    return i + 3;
  }
  // "Friends of the Earth", "Daughters of the Alden Revolution": a capitalised plural of fellowship,
  // "of" (and "the") and capitalised words name a society (rule fellowship-of).
  // (Not a firm's "and Sons of Alden": there the place is where the firm is.)
  if (FELLOWSHIP_PLURALS.has(tokens[i].text) && tokens[i + 1]?.text === 'of' && !/^(and|&)$/.test(lower(tokens[i - 1]))) {
    const at = lower(tokens[i + 2]) === 'the' ? i + 3 : i + 2;
    let end = at;
    while (end < at + 4 && isCapitalised(tokens[end])) end++;
    if (end > at) {
      const text = spanText(tokens, i, end);
      emit(sink, 'Organization', i, end, text, `org:${text.toLowerCase()}`, 'fellowship-of');
      return end;
    }
  }
  const named = nameBeforeBodyNoun(tokens, i, gaz);
  if (named) {
    const text = spanText(tokens, i, named.end);
    emit(sink, 'Organization', i, named.end, text, `org:${text.toLowerCase()}`, named.rule);
    return named.end;
  }
  const county = countyBefore(sink, i);
  const org = matchOrganization(tokens, i, county !== undefined);
  if (!org) return undefined;
  const text = spanText(tokens, i, org.end);
  const known = gaz.lookup(text);
  const acronym = parenthesisedAcronym(tokens, org.end);
  // ("Acme Gin Service, Inc." is named as "Acme Gin Service", as later mentions call it.)
  let name = known?.kind === 'Organization' ? known.name : text.replace(/^The /, '').replace(/, (Inc|Ltd)\.?$/, '');
  const owner = genericOwner(tokens, i, org.end, gaz) ?? townBeforeState(tokens, i, org.end) ?? county;
  if (owner && !known) name = `${owner} ${name}`;
  emit(sink, 'Organization', i, org.end, name, known?.kind === 'Organization' ? known.key : `org:${name.toLowerCase()}`, 'org-head', {
    meta: acronym ? { acronym: acronym.text } : undefined,
  });
  if (!acronym) return org.end;
  emit(sink, 'Organization', acronym.start, acronym.end, name, known?.key ?? `org:${name.toLowerCase()}`, 'org-acronym');
  return acronym.end;
}

// A firm's words after "and": "Taylor and Co.", "Holman and Sons".
const AND_FIRM_WORDS = new Set(['Co.', 'Co', 'Company', 'Son', 'Sons']);

/** The end of up to max capitalised words from k (hyphenated ones whole), no title among them. */
function capitalsEnd(tokens: Token[], k: number, max: number): number {
  let j = k;
  for (let words = 0; words < max && isCapitalised(tokens[j]) && !ORG_STOP.has(tokens[j].text) && !matchTitle(tokens, j); words++) {
    j++;
    // ("C & O-B & O": a lone letter's hyphen joins two names, not the parts of one.)
    while (isJoiner(tokens, j) && isCapitalised(tokens[j + 1]) && tokens[j - 1].text.length > 1) j += 2;
  }
  return j;
}

/**
 * 1e. "Bell & Howell", "Dillon, Read & Co.", "C & O president Ana Ruiz": capitalised names joined by
 * "&" name a firm (rule firm-ampersand), as people and places are not joined. (Not a name the
 * gazetteer knows whole, "Trinidad & Tobago"; two lone letters only before a body's head or a role
 * noun, not "Q & A".)
 */
function scanAmpersandFirm(sink: NameSink, i: number, gaz: Gazetteer): number | undefined {
  const { tokens } = sink;
  if (!(sink.ampersand || sink.andFirm) || tokens[i].text === 'The') return undefined;
  let j = capitalsEnd(tokens, i, 4);
  if (j === i) return undefined;
  // ("Eppler, Guerin & Turner": one-word partners listed before the last.)
  while (tokens[j]?.text === ',' && capitalsEnd(tokens, j + 1, 1) === j + 2 && /^[,&]$/.test(tokens[j + 2]?.text ?? '')) j += 2;
  // ("Taylor and Co.", "Holman and Sons": "and" before a firm's word alone.)
  const andFirm = tokens[j]?.text === 'and' && AND_FIRM_WORDS.has(tokens[j + 1]?.text ?? '') && !isCapitalised(tokens[j + 2]) && lower(tokens[j + 2]) !== 'of';
  if (tokens[j]?.text !== '&' && !andFirm) return undefined;
  const end = andFirm ? j + 2 : capitalsEnd(tokens, j + 1, 4);
  if (end === j + 1) return undefined;
  const letter = (a: number, b: number) => b - a === 1 && /^\p{Lu}\.?$/u.test(tokens[a].text);
  // ("the B & O was …": lone letters after "the" as a verb's subject too.)
  const subject = lower(tokens[i - 1]) === 'the' && (tokens[end]?.pos === 'AUX' || tokens[end]?.pos === 'VERB');
  if (letter(i, j) && letter(j + 1, end) && !subject && !ORG_HEADS.has(tokens[end]?.text ?? '') && !ROLE_NOUNS.has(lower(tokens[end])) && !/^(railroad|railway|line)$/.test(lower(tokens[end]))) return undefined;
  const text = spanText(tokens, i, end);
  if (gaz.lookup(text) || gaz.lookup(text.replace(' & ', ' and ')) || gaz.lookup(spanText(tokens, i, j))?.kind === 'Country') return undefined;
  emit(sink, 'Organization', i, end, text, `org:${text.toLowerCase()}`, 'firm-ampersand');
  return end;
}

// Lower-case nouns of a body after its name: "the Kora union", "the Kora charity".
const NAME_BODY_NOUNS = new Set(['union', 'charity']);

/**
 * "the Kora union said" (rule name-body-noun): after "the", one to three capitalised words no
 * gazetteer knows and a lower-case body noun name that body ("Kora" alone may be a common word that
 * heads other names, "the Community union").
 */
function nameBeforeBodyNoun(tokens: Token[], i: number, gaz: Gazetteer): { end: number; rule: string } | undefined {
  if (lower(tokens[i - 1]) !== 'the') return undefined;
  let j = i;
  while (j < i + 3 && isCapitalised(tokens[j]) && !gaz.lookup(tokens[j].text)) j++;
  if (j === i || !NAME_BODY_NOUNS.has(tokens[j]?.text ?? '')) return undefined;
  return { end: j, rule: 'name-body-noun' };
}

// Last words of a street's name, spelt out or abbreviated as American papers do ("Lake Shore Dr.").
// ("Lane" and "Place" are surnames too.)
const STREET_ENDS = /^(?:St|Ave|Av|Rd|Dr|Blvd|Ct|Pkwy|Hwy|Street|Road|Drive|Boulevard|Parkway|Highway)\.?$/;

// Heads of a local area whose name may open a body's: "the Alden County Court".
const LOCAL_AREA_HEADS = new Set(['County', 'Parish', 'Borough', 'Township']);

/**
 * "the Alden County Court", "Alden County Health Department": a county named right before a body
 * (its place mention kept) is part of the body's name, so two counties' courts stay two bodies.
 */
function countyBefore(sink: NameSink, i: number): string | undefined {
  const area = sink.mentions[sink.mentions.length - 1];
  if (area?.kind !== 'Place' || area.tokenEnd !== i || !LOCAL_AREA_HEADS.has(sink.tokens[i - 1].text)) return undefined;
  return area.name;
}

/** 4. gazetteer: countries, demonyms, known bodies and pacts, regions, cities. */
function scanGazetteer(sink: NameSink, i: number, gaz: Gazetteer): number | undefined {
  const { tokens } = sink;
  const t = tokens[i];
  const hit = matchGazetteer(tokens, i, gaz);
  // "Most Gibraltarians said": a sentence-initial common word is no place, whatever a gazetteer says.
  const commonStart = i === 0 && hit?.end === 1 && hit.entry.kind === 'Place' && (t.pos !== 'PROPN' || NOT_NAMES.has(t.text));
  if (!hit || commonStart) return undefined;
  if (hit.entry.kind === 'Country' && COMPANY_SUFFIXES.has(tokens[hit.end]?.text ?? '')) {
    const firm = scanCountryFirm(sink, i, hit.end, hit.entry, gaz);
    if (firm !== undefined) return firm;
  }
  // "Washington said", "Washington and Beijing agreed": a capital that is also a surname acts as its
  // government too, unless a name runs into it; the document review (02-names-doc.ts) gives it back
  // to a person the document names so, or when the document never names the country otherwise.
  const ambiguousCapital = hit.entry.ambiguous && hit.entry.capitalOf && !isCapitalised(tokens[i - 1]) && !isCapitalised(tokens[hit.end]) && isMetonymy(tokens, hit.end);
  if (!ambiguousCapital && !acceptGazetteer(tokens, i, hit.end, hit.entry)) return undefined;
  const e = hit.entry;
  // "Welsh First Minister Ana Ruiz": the adjective of one of the UK's nations before that nation's
  // office names the nation, not the UK (its place, as "Scotland's First Minister" gives).
  const nation = e.demonym && e.kind === 'Country' ? UK_NATIONS[t.text] : undefined;
  if (nation && tokens[hit.end]?.text === 'First' && /^[Mm]inister$/.test(tokens[hit.end + 1]?.text ?? '')) {
    emit(sink, 'Place', i, hit.end, nation, placeKey(nation), 'gazetteer-state', { meta: { country: 'GB' } });
    return hit.end;
  }
  if (e.kind === 'Place' && e.capitalOf && (ambiguousCapital || isMetonymy(tokens, hit.end))) {
    const c = gaz.countryInfo.get(e.capitalOf)!;
    emit(sink, 'Country', i, hit.end, c.name, e.capitalOf, 'capital-metonymy', ambiguousCapital && e.ambiguous ? { meta: { surnameToo: 'yes' } } : undefined);
  } else {
    emit(sink, e.kind, i, hit.end, e.name, e.key, e.rule, {
      meta: { demonym: e.demonym ? 'yes' : undefined, country: e.country },
    });
    if (e.kind === 'Country') {
      bodyOfCountry(sink, i, e, gaz);
      return scanNationalBody(sink, hit.end, e, gaz) ?? hit.end;
    }
  }
  return hit.end;
}

/**
 * "Ruritania Steel", "Ruritanian Airlines", "RU Steel Corp": a country's name or adjective, then only a
 * firm's closing words, names a firm (rule country-firm), not the country. A short form of the country
 * is spelt out ("U.S. Steel" is "United States Steel", as the firm's later mentions are).
 */
function scanCountryFirm(sink: NameSink, i: number, end: number, country: GazetteerEntry, gaz: Gazetteer): number | undefined {
  const { tokens } = sink;
  let j = end;
  while (j < end + 3 && COMPANY_SUFFIXES.has(tokens[j]?.text ?? '')) j++;
  // ("Ruritania Steel Workers' Union" is a longer name; "Ruritania Group of Seven" no firm at all.)
  if (isCapitalised(tokens[j]) || lower(tokens[j]) === 'of') return undefined;
  const shortForm = end === i + 1 && /^(?:\p{Lu}\.?)+$/u.test(tokens[i].text);
  const name = shortForm ? `${gaz.countryInfo.get(country.key)?.name ?? country.name} ${spanText(tokens, end, j)}` : spanText(tokens, i, j);
  emit(sink, 'Organization', i, j, name, `org:${name.toLowerCase()}`, 'country-firm');
  return j;
}

// Lower-case nouns of a state's own chambers, ministries and top courts: "Ruritania's parliament",
// "Ruritania's foreign ministry", whose spokesmen speak for that body.
// (Not "the Ruritanian army" or "Ruritania's government": as often the state itself.)
const NATIONAL_BODIES = new Set(['parliament', 'legislature', 'senate', 'congress', 'assembly', 'cabinet', 'central bank',
  'foreign ministry', 'defence ministry', 'defense ministry', 'finance ministry', 'interior ministry', 'justice ministry',
  'health ministry', 'trade ministry', 'supreme court', 'constitutional court', 'election commission', 'electoral commission']);

/**
 * "Ruritania's parliament": a country's possessive, then the lower-case noun of one of its chambers,
 * names that chamber (rule national-body), as "Ruritanian Parliament".
 */
function scanNationalBody(sink: NameSink, k: number, country: GazetteerEntry, gaz: Gazetteer): number | undefined {
  const { tokens } = sink;
  if (!isPossessive(tokens[k])) return undefined;
  const at = k + 1;
  const two = `${lower(tokens[at])} ${lower(tokens[at + 1])}`;
  const width = NATIONAL_BODIES.has(two) ? 2 : NATIONAL_BODIES.has(lower(tokens[at])) ? 1 : 0;
  if (!width || isCapitalised(tokens[at]) || isCapitalised(tokens[at + width])) return undefined;
  // "Ruritania's central bank, the Reichsbank,": the name in apposition is the body's own.
  const own = appositionName(tokens, at + width, gaz);
  if (own) {
    const name = spanText(tokens, own.start, own.end);
    emit(sink, 'Organization', at, at + width, name, `org:${name.toLowerCase()}`, 'national-body');
    emit(sink, 'Organization', own.start, own.end, name, `org:${name.toLowerCase()}`, 'national-body');
    return own.end;
  }
  const demonym = gaz.countryInfo.get(country.key)?.demonym ?? country.name;
  const noun = tokens.slice(at, at + width).map((t) => t.text[0].toUpperCase() + t.text.slice(1)).join(' ');
  const name = `${demonym} ${noun}`;
  emit(sink, 'Organization', at, at + width, name, `org:${name.toLowerCase()}`, 'national-body');
  return at + width;
}

/** ", the Reichsbank," at k: one to three capitalised words after a comma and "the", closed by a comma or full stop, that the gazetteer does not know. */
function appositionName(tokens: Token[], k: number, gaz: Gazetteer): { start: number; end: number } | undefined {
  if (tokens[k]?.text !== ',' || lower(tokens[k + 1]) !== 'the') return undefined;
  let e = k + 2;
  while (e < k + 5 && tokens[e]?.pos === 'PROPN' && isCapitalised(tokens[e])) e++;
  if (e === k + 2 || !/^[,.]$/.test(tokens[e]?.text ?? '') || gaz.lookup(spanText(tokens, k + 2, e))) return undefined;
  return { start: k + 2, end: e };
}

/** "the central bank of Ruritania": the national body before "of" and the country, named as "Ruritanian Central Bank". */
function bodyOfCountry(sink: NameSink, i: number, country: GazetteerEntry, gaz: Gazetteer): void {
  const { tokens } = sink;
  if (lower(tokens[i - 1]) !== 'of' || isCapitalised(tokens[i - 2])) return;
  const width = NATIONAL_BODIES.has(`${lower(tokens[i - 3])} ${lower(tokens[i - 2])}`) && !isCapitalised(tokens[i - 3]) ? 2 : NATIONAL_BODIES.has(lower(tokens[i - 2])) ? 1 : 0;
  if (!width || lower(tokens[i - 2 - width]) !== 'the') return;
  const at = i - 1 - width;
  const demonym = gaz.countryInfo.get(country.key)?.demonym ?? country.name;
  const name = `${demonym} ${tokens.slice(at, i - 1).map((t) => t.text[0].toUpperCase() + t.text.slice(1)).join(' ')}`;
  emit(sink, 'Organization', at, i - 1, name, `org:${name.toLowerCase()}`, 'national-body');
}

/** 5. other capitalised names: people, acronyms, and places by their cue. */
function scanOtherName(sink: NameSink, i: number): number | undefined {
  const party = scanPartyLabel(sink, i);
  if (party !== undefined) return party;
  // "Columnist Ana Ruiz", "Rookie Ana Ruiz": a capitalised role noun before a full name is her role,
  // not her first name; the name is read after it, as after a lower-case role noun.
  const { tokens } = sink;
  if (ROLE_NOUNS.has(tokens[i].lower) && !SURNAME_ROLES.has(tokens[i].lower) && !OFFICE_WORDS.has(tokens[i].lower) && isCapitalised(tokens[i + 1]) && isCapitalised(tokens[i + 2]) && !ROLE_NOUNS.has(tokens[i + 1].lower)) return i + 1;
  const end = scanName(sink.tokens, i);
  if (end <= i) return undefined;
  const before = sink.mentions.length;
  classifyName(sink, i, end);
  // "had met al-Burhan": a lower-case particle joined by a hyphen to a lone name is part of the surname,
  // so that it meets the last word of "Abdel Fattah al-Burhan" (classified as the name after it).
  const m = sink.mentions.length > before ? sink.mentions[before] : undefined;
  if (m && m.kind === 'Person' && m.tokenStart === i && end === i + 1 && isJoiner(tokens, i - 1) && PARTICLES.has(tokens[i - 2]?.text ?? '')) {
    const text = spanText(tokens, i - 2, end);
    Object.assign(m, { text, name: text, key: `person:${text.toLowerCase()}`, tokenStart: i - 2, start: tokens[i - 2].start });
  }
  return end;
}

/**
 * "Conservative Ana Ruiz", "Republican Senator Ana Ruiz": a party label before a full name or a
 * title is the party (rule party-label), not part of the name; 05-relations makes the person its member.
 */
const PARTY_FIRST_WORDS = new Set(Object.keys(PARTY_LABELS).map((l) => l.split(' ')[0]));

function scanPartyLabel(sink: NameSink, i: number): number | undefined {
  const { tokens } = sink;
  if (!PARTY_FIRST_WORDS.has(tokens[i].text)) return undefined;
  const two = tokens[i + 1] && !tokens[i + 1].space ? undefined : PARTY_LABELS[`${tokens[i].text} ${tokens[i + 1]?.text}`];
  const width = two ? 2 : 1;
  const party = two ?? PARTY_LABELS[tokens[i].text];
  if (!party || !(isCapitalised(tokens[i + width]) || (two && PARTY_ROLES.has(lower(tokens[i + width]))))) return undefined;
  // "Liberal Democrat leader Ana Ruiz", "the Lib Dem leader, Ana Ruiz,": a party label before a party
  // role is the party.
  if (two && PARTY_ROLES.has(lower(tokens[i + width])) && (isCapitalised(tokens[i + width + 1]) || tokens[i + width + 1]?.text === ',')) {
    emit(sink, 'Organization', i, i + width, party, `org:${party.toLowerCase()}`, 'party-label', { meta: { party: 'yes' } });
    return i + width;
  }
  const nameEnd = scanName(tokens, i + width);
  const titled = titleThenName(tokens, i + width);
  const fullName = nameEnd - (i + width) >= 2 && !tokens.slice(i + width, nameEnd).some((t) => EVENT_WORDS.has(t.text) || FEATURE_HEADS.has(t.text) || ORG_HEADS.has(t.text));
  if (!titled && !fullName) return undefined;
  emit(sink, 'Organization', i, i + width, party, `org:${party.toLowerCase()}`, 'party-label', { meta: { party: 'yes' } });
  return i + width;
}

function lowerTitleBeforeName(tokens: Token[], i: number): boolean {
  // "prime minister Jacinda Ardern", "foreign minister Wang Yi": a lower-case title then a name.
  const t = matchTitle(tokens, i, true);
  return !!t && isCapitalised(tokens[t.end]);
}

// Heads of a body's name that no one's surname is: after a title's words they make the whole a body.
const HEADS_AFTER_TITLE = new Set(['League', 'Division', 'Assembly', 'Council', 'Committee', 'Party', 'Union', 'Federation', 'Association', 'Group', 'Motors', 'Corporation', 'Company']);

function matchTitle(tokens: Token[], i: number, lowerOk = false): { end: number; role: string; plural?: boolean } | undefined {
  // (Lower case allowed, this runs on every lower-case word: only a title's first word can start one,
  // and the plural and dotted forms below are for capitalised titles only.)
  if (lowerOk && !TITLES_BY_FIRST.has(tokens[i]?.lower ?? '')) return undefined;
  // ("Sens" and "." as two tokens: the full stop belongs to the title.)
  const dotted = tokens[i + 1]?.text === '.' && !tokens[i + 1].space;
  const plural = PLURAL_TITLES[tokens[i]?.text ?? ''];
  if (plural && !lowerOk) return { end: dotted ? i + 2 : i + 1, role: plural.replace(/\.$/, ''), plural: true };
  // ("Supt" and "." as two tokens, when the tokenizer knows no such abbreviation: the title "Supt.".)
  if (dotted && !lowerOk && DOTTED_TITLE_STEMS.has(tokens[i].text)) return { end: i + 2, role: tokens[i].text };
  const candidates = TITLES_BY_FIRST.get(tokens[i]?.lower ?? '');
  if (!candidates) return lowerOk ? undefined : portfolioFirst(tokens, i);
  for (const { words, lowers } of candidates) {
    if (i + words.length > tokens.length) continue;
    let ok = true;
    for (let k = 0; k < words.length; k++) {
      const tok = tokens[i + k].text;
      if (tok === words[k]) continue;
      // Past the first word (or when lower case is allowed), case does not matter for longer words.
      const caseFree = (k > 0 || lowerOk) && words[k].length > 3 && tok.toLowerCase() === lowers[k];
      if (!caseFree) {
        ok = false;
        break;
      }
    }
    // ("Premier League", "General Assembly": a title's word that begins a body's name is no title.)
    if (ok && HEADS_AFTER_TITLE.has(tokens[i + words.length]?.text ?? '')) return undefined;
    if (ok) {
      // "Prime Minister's" is a role, not a title before a name.
      const end = portfolioEnd(tokens, i + words.length, lowers[lowers.length - 1]);
      const base = words.join(' ').replace(/ - /g, '-');
      return { end, role: (end > i + words.length ? `${base} ${spanText(tokens, i + words.length, end)}` : base).replace(/\.$/, '') };
    }
  }
  return lowerOk ? undefined : portfolioFirst(tokens, i);
}

/**
 * "Climate Change and Energy Minister Ana Ruiz", "Climate Minister Ana Ruiz": portfolio words before an
 * office word are part of the title, not a name of their own.
 */
function portfolioFirst(tokens: Token[], i: number): { end: number; role: string } | undefined {
  if (!PORTFOLIO_WORDS.has(tokens[i]?.text ?? '')) return undefined;
  let j = i + 1;
  for (let guard = 0; guard < 8 && j < tokens.length; guard++) {
    const w = tokens[j].text;
    if (PORTFOLIO_WORDS.has(w)) j++;
    else if ((w === 'and' || w === '&' || w === ',') && PORTFOLIO_WORDS.has(tokens[j + 1]?.text ?? '')) j += 2;
    else break;
  }
  const office = tokens[j]?.text ?? '';
  if (!PORTFOLIO_OFFICES.has(office)) return undefined;
  return { end: j + 1, role: spanText(tokens, i, j + 1) };
}

// Office words that a portfolio may precede: "Climate Minister", "Homeland Security Secretary".
const PORTFOLIO_OFFICES = new Set(['Minister', 'Secretary', 'Commissioner', 'Spokesman', 'Spokeswoman', 'Spokesperson']);

/** "Minister of Foreign Affairs", "Commissioner of Parks and Recreation": a portfolio after an office word is part of the title. */
function portfolioEnd(tokens: Token[], end: number, head: string): number {
  // "Ambassador to Japan Ana Ruiz", "Envoy to the United Nations Ana Ruiz": the post's country or body.
  if ((head === 'ambassador' || head === 'envoy') && tokens[end]?.text === 'to') {
    const at = tokens[end + 1]?.text === 'the' ? end + 2 : end + 1;
    for (let n = 3; n >= 1; n--) {
      if (at + n >= tokens.length || !isCapitalised(tokens[at + n])) continue;
      const g = loadGazetteer().lookup(spanText(tokens, at, at + n));
      if (g && (g.kind === 'Country' || g.kind === 'Organization')) return at + n;
    }
    return end;
  }
  // ("Economic Secretary to the Treasury": a junior office "to the" department it serves.)
  const serves = lower(tokens[end]) === 'to' && lower(tokens[end + 1]) === 'the' ? 1 : 0;
  if (!PORTFOLIO_TITLES.has(head) || !/^(of|for|to)$/.test(lower(tokens[end])) || !PORTFOLIO_WORDS.has(tokens[end + 1 + serves]?.text ?? '')) return end;
  if (lower(tokens[end]) === 'to' && !serves) return end;
  let j = end + 1 + serves;
  let last = end;
  while (j < tokens.length) {
    if (PORTFOLIO_WORDS.has(tokens[j].text)) last = ++j;
    // ("Minister of International Trade, Export Promotion and Economic Development": a list of portfolios.)
    else if ((tokens[j].text === 'and' || tokens[j].text === '&' || tokens[j].text === ',') && PORTFOLIO_WORDS.has(tokens[j + 1]?.text ?? '')) j++;
    else break;
  }
  return last;
}

/** A name's words without a nickname in parentheses: "Ana (Red) Ruiz" → "Ana Ruiz". */
function nameText(tokens: Token[], i: number, j: number): string {
  const open = tokens.findIndex((t, k) => k >= i && k < j && t.text === '(');
  if (open < 0) return spanText(tokens, i, j);
  return `${spanText(tokens, i, open)} ${spanText(tokens, open + 3, j)}`;
}

// Months that are surnames too ("Ana May", "Mrs March"), and the honorifics that may stand before one.
const MONTH_SURNAMES = new Set(['May', 'March', 'June', 'August']);
const BARE_HONORIFICS = new Set(['Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Mr.', 'Mrs.', 'Ms.', 'Dr.']);

// Months' short forms that are given names too: "Commissioner Jan Vermeer", not "Jan 5" or "Jan. 2004".
const MONTH_GIVEN_NAMES = new Set(['Jan']);

/** "Home Secretary Ana May said", "Mrs May": a month after a given name or an honorific, with no day or year after it, is a surname. */
function monthSurname(tokens: Token[], i: number, j: number): boolean {
  // ("Jan Vermeer": a month's short form right before a capitalised word that is no date is a given name.)
  if (MONTH_GIVEN_NAMES.has(tokens[j].text)) return tokens[j + 1]?.pos === 'PROPN' && isCapitalised(tokens[j + 1]) && !CALENDAR.has(tokens[j + 1].text) && !/^(in|on|since|by|until|from|last|next|of|to|through|till)$/.test(tokens[j - 1]?.lower ?? '');
  if (!MONTH_SURNAMES.has(tokens[j].text) || /^\d/.test(tokens[j + 1]?.text ?? '')) return false;
  return j > i ? tokens[j - 1].pos === 'PROPN' : BARE_HONORIFICS.has(tokens[j - 1]?.text ?? '');
}

/** Capitalised name tokens from i: "Jacinda Ardern", "Jose Maria Pons", "Ludwig van Beethoven". */
// Determiners, which English puts before no person's name.
const DETERMINERS = new Set(['the', 'this', 'that', 'these', 'those', 'a', 'an']);

// Role nouns that are common surnames too ("Carole King", "Ana Judge"): they stay inside a name.
const SURNAME_ROLES = new Set(['king', 'queen', 'prince', 'princess', 'judge', 'chief', 'general', 'host', 'partner', 'agent', 'clerk', 'head', 'boss', 'dean', 'counsel', 'deputy', 'ally', 'rival', 'principal', 'rector', 'provost', 'warden', 'sheriff', 'banker', 'broker', 'owner', 'author', 'trainer', 'player', 'scholar', 'teacher', 'officer', 'colleague', 'emperor', 'sultan', 'mayor', 'governor', 'chancellor', 'official', 'premier', 'counterpart']);

function scanName(tokens: Token[], i: number): number {
  let j = i;
  // After a title a name may open with its particles: "Ms von der Leyen", "Mr de Klerk".
  while (j < tokens.length && j > 0 && PARTICLES.has(tokens[j].text) && matchTitle(tokens, j - 1) && (isCapitalised(tokens[j + 1]) || PARTICLES.has(tokens[j + 1]?.text ?? ''))) {
    j++;
    while (PARTICLES.has(tokens[j]?.text ?? '')) j++;
    if (!isCapitalised(tokens[j])) return i;
    return scanName(tokens, j) > j ? scanName(tokens, j) : i;
  }
  const gaz = loadGazetteer();
  let nickname = 0;
  while (j < tokens.length && j - i - nickname < 5) {
    const t = tokens[j];
    // "Independent Senator Ana Ruiz": an office title that a name follows starts a new name.
    // ("Former Vice-President Ana Ruiz": a hyphenated title, whose second word the joiner below would skip.)
    if (j > i && (OFFICE_WORDS.has(t.lower) || ((t.text.includes('-') || tokens[j + 1]?.text === '-') && TITLES_BY_FIRST.has(t.lower))) && titleThenName(tokens, j)) break;
    // "Billionaire Sir Ana Ruiz": an honorific inside a run starts the name (the word before describes her).
    if (j > i && HONORIFICS.has(t.text) && titleThenName(tokens, j)) break;
    // "Pirate Manager Ana Ruiz", "Sports Writer Ana Ruiz": a role noun inside a run, with a name after
    // it, starts the name (the words before say whose or what kind); not one that is also a surname.
    if (j > i && ROLE_NOUNS.has(t.lower) && !SURNAME_ROLES.has(t.lower) && titleThenName(tokens, j)) break;
    // "Sen. Ana Ruiz R-Ohio": a party tag ends the name.
    if (j > i && isPartyTagAt(tokens, j)) break;
    // "Kora Democrat Ana Ruiz": a party label before a name starts a new name (the label is the party).
    if (j > i && PARTY_WORDS.has(t.text) && isCapitalised(tokens[j + 1]) && !PARTY_WORDS.has(tokens[j + 1].text)) break;
    if (isCapitalised(t) && ((!NOT_NAMES.has(t.text) && !CALENDAR.has(t.text)) || monthSurname(tokens, i, j)) && !ORG_HEADS.has(t.text)) {
      // A country or demonym ends a name: "Fumio Kishida Japan…" never happens, "Ardern New Zealand…" might.
      if (j > i) {
        const g = gaz.lookup(t.text);
        // (A region or county may be a surname: "John Kerry", "Jack Kent"; a country ends the name.)
        if (g && g.kind === 'Country' && !isCapitalised(tokens[j + 1])) {
          // Single-word country after a name: still part of a name only if it is not a known country.
          break;
        }
      }
      if (j === i && j === 0 && t.pos !== 'PROPN' && !/^\p{Lu}\p{Ll}*\p{Lu}/u.test(t.text)) {
        // Sentence-initial common word ("Foreign affairs expert…", "Sharing information…").
        return i;
      }
      j++;
      if (isJoiner(tokens, j) && isCapitalised(tokens[j + 1])) j += 2;
      continue;
    }
    // "Ludwig van Beethoven", "Ana de la Cruz": lower-case particles inside a name.
    if (j > i && PARTICLES.has(t.text) && (isCapitalised(tokens[j + 1]) || (PARTICLES.has(tokens[j + 1]?.text ?? '') && isCapitalised(tokens[j + 2])))) {
      j++;
      continue;
    }
    // "Bashar al-Assad", "Ayman el-Masri": a particle joined by a hyphen to the next name word.
    if (j > i && PARTICLES.has(t.text) && tokens[j + 1]?.text === '-' && !tokens[j + 1].space && !tokens[j + 2]?.space && isCapitalised(tokens[j + 2])) {
      j += 2;
      continue;
    }
    if (j > i && /^\p{Lu}\.$/u.test(t.text)) {
      j++;
      continue;
    }
    // "Ana (Red) Ruiz": a nickname in parentheses inside a name.
    if (j > i && t.text === '(' && isCapitalised(tokens[j + 1]) && tokens[j + 2]?.text === ')' && isCapitalised(tokens[j + 3]) && !isAllCaps(tokens[j + 1])) {
      j += 3;
      nickname = 3;
      continue;
    }
    break;
  }
  return j;
}

function matchFeature(tokens: Token[], i: number, lookup: (s: string) => GazetteerEntry | undefined): { start: number; end: number; names: string[] } | undefined {
  // ("The Alden County jury": a sentence's article is no part of the name; the next word starts it.)
  if (tokens[i].text === 'The') return i + 1 < tokens.length && isCapitalised(tokens[i + 1]) ? matchFeature(tokens, i + 1, lookup) : undefined;
  // "Gulf of Aden", "Strait of Hormuz", "Bay of Bengal"
  if (FEATURE_OF.has(tokens[i].text) && tokens[i + 1]?.text === 'of' && isCapitalised(tokens[i + 2])) {
    let j = i + 3;
    while (isCapitalised(tokens[j])) j++;
    return { start: i, end: j, names: [spanText(tokens, i, j)] };
  }
  // "the East and South China Seas": directions coordinated before one feature name.
  let j = i;
  const dirs: string[] = [];
  while (DIRECTIONS.has(tokens[j]?.text) && tokens[j + 1]?.text === 'and' && DIRECTIONS.has(tokens[j + 2]?.text)) {
    dirs.push(tokens[j].text);
    j += 2;
  }
  let k = j;
  while (k < tokens.length && k - j < 5 && (isCapitalised(tokens[k]) || isJoiner(tokens, k) || (k > j && /^(sea|seas|ocean)$/.test(tokens[k].text)))) {
    if (isJoiner(tokens, k)) return undefined; // "China-Solomon Islands": two names, not one feature
    if (FEATURE_HEADS.has(tokens[k].text) || (k > j && /^(sea|seas|ocean)$/.test(tokens[k].text))) {
      // "Solomon Islands" and "Marshall Islands" are countries; leave them to the gazetteer.
      for (let q = j; q <= k; q++) if (lookup(spanText(tokens, q, k + 1))?.kind === 'Country') return undefined;
      if (k === j) return undefined;
      const text = spanText(tokens, j, k).concat(' ', tokens[k].text[0].toUpperCase() + tokens[k].text.slice(1));
      const singular = text.replace(/Seas$/, 'Sea');
      const names = [singular];
      for (const d of dirs) {
        const rest = singular.split(' ').slice(1).join(' ');
        names.push(`${d} ${rest}`);
      }
      return { start: i, end: k + 1, names };
    }
    k++;
  }
  return undefined;
}

// Endings of capitalised adjectives ("Oceanic", "Medical", "Agricultural"), which end no body's name.
const ADJECTIVE_ENDING = /\p{Ll}(?:ic|al|ary|ive|ous)$/u;

// Heads of a railroad's name, which names its two ends joined by "and".
const RAILROAD_HEADS = new Set(['Railroad', 'Railway', 'Railroads', 'Railways']);

const AGREEMENT_NAME_END = /^(?:Agreements?|Treaty|Treaties|Accords?|Pacts?|Protocols?)$/;

// Heads that make a name only after its first word: "Kora Watch", but "Watch Live" is a page's link.
const LATER_HEADS = new Set(['Watch']);

function matchOrganization(tokens: Token[], i: number, loneOk = false): { end: number } | undefined {
  // (Inside a sentence a capitalised "All" opens a name: "the ruling All Progressives Congress".)
  if (ORG_STOP.has(tokens[i].text) && !(i > 0 && tokens[i].text === 'All')) return undefined;
  // "Former Cabinet minister …": a sentence-initial adjective is not part of a name.
  if (i === 0 && tokens[i].pos === 'ADJ' && !ORG_HEADS.has(tokens[i].text)) return undefined;
  let j = i;
  let lastGood = -1;
  let sawHead = false;
  while (j < tokens.length) {
    const t = tokens[j];
    // "European Commission President Ursula von der Leyen": a title after the body starts a person.
    // (Not right after "of": "Court of Justice", "Ministry of Defence" end in a title's word.)
    if (j > i && sawHead && !/^(of|for)$/.test(tokens[j - 1].text) && matchTitle(tokens, j)) break;
    // "told the Alden Rotary Club Tuesday": the weekday after a body's name dates the sentence.
    if (j > i && WEEKDAYS.has(t.text)) break;
    if (isCapitalised(t)) {
      if (ORG_HEADS.has(t.text) && !(j === i && LATER_HEADS.has(t.text))) sawHead = true;
      j++;
      if (sawHead) lastGood = j;
      continue;
    }
    if (isJoiner(tokens, j) && isCapitalised(tokens[j + 1])) {
      j++;
      continue;
    }
    // "Campaign to Protect Rural England", "Committee to Protect Journalists": a head, then "to" and a verb.
    if (t.text === 'to' && ORG_HEADS.has(tokens[j - 1]?.text ?? '') && isCapitalised(tokens[j + 1]) && !loadGazetteer().lookup(tokens[j + 1].text)) {
      j++;
      continue;
    }
    // "People's Liberation Army", "Workers' Party": a plural common noun's possessive opens the name.
    // "the Prison Officers' Association", "Transport and General Workers' Union": a capitalised plural's
    // possessive before a head word inside the name.
    const pluralOwner = j > i && isPossessive(t) && /[^'’]s$/.test(tokens[j - 1].text) && isCapitalised(tokens[j - 1]) && ORG_HEADS.has(tokens[j + 1]?.text ?? '');
    if (pluralOwner || (j === i + 1 && COLLECTIVE_POSSESSORS.has(tokens[i].lower) && isPossessive(t) && isCapitalised(tokens[j + 1]))) {
      j++;
      continue;
    }
    // Connectors continue the name after a head: "University of Otago", "Ministry of Foreign Affairs and Trade".
    // ("Commission on Tuesday" is a body and a day, not one name.)
    // ("School for the Deaf": "of the" and "for the" before the capitalised word.)
    const k1 = /^(of|for)$/.test(t.text) && tokens[j + 1]?.text === 'the' && sawHead ? j + 2 : j + 1;
    // "the Food and Drug Administration", "Kora's Fish and Wildlife Service": two words of the name's
    // subject coordinated before its head, right after "the" or a possessive.
    if (t.text === 'and' && !sawHead && coordinatedSubject(tokens, i, j)) {
      j++;
      continue;
    }
    // "the Department for Environment, Food and Rural Affairs": a list after the head's "of"/"for".
    if (t.text === ',' && sawHead && listInOfTail(tokens, i, j)) {
      j++;
      continue;
    }
    // "Acme Gin Service, Inc.": a comma before a firm's closing abbreviation keeps the name going.
    if (t.text === ',' && j > i && /^(Inc|Inc\.|Ltd|Ltd\.)$/.test(tokens[j + 1]?.text ?? '')) {
      j += 2;
      lastGood = j;
      continue;
    }
    // "Acme Tool Co. of Alden": after a firm's closing word, "of" and a place say where the firm is.
    // (Not after one word: "Steel Company of Wales" is the firm's whole name.)
    if (t.text === 'of' && j - i >= 3 && COMPANY_SUFFIXES.has(tokens[j - 1]?.text ?? '') && k1 < tokens.length && matchGazetteer(tokens, k1, loadGazetteer())?.entry.kind === 'Place') break;
    if (ORG_CONNECTORS.has(t.text) && (sawHead || ORG_HEADS.has(tokens[j + 1]?.text ?? '') || ORG_HEADS.has(tokens[j + 2]?.text ?? '')) && isCapitalised(tokens[k1]) && !CALENDAR.has(tokens[k1].text)) {
      // "X and Y" joins two names only when a head word follows or the left side is an "of" tail.
      // (Or an adjective that cannot end a name stands before it: "National Oceanic and Atmospheric Administration".)
      // (Or a railroad named for its two ends: "the Alden and Kora Railroad".)
      const railroad = RAILROAD_HEADS.has(tokens[j + 2]?.text ?? '') && j - 1 === i;
      // (Or one word of a field opens the name: "Food and Drug Administration", "Competition and Markets Authority".)
      const fieldPair = (j - 1 === i || (j - 2 === i && tokens[i].text === 'The')) && ORG_HEADS.has(tokens[j + 2]?.text ?? '') && !ORG_HEADS.has(tokens[j + 1].text) && !loadGazetteer().lookup(tokens[j - 1].text) && !loadGazetteer().lookup(tokens[j + 1].text);
      if (t.text === 'and' && !sawHead && !railroad && !fieldPair && !(ORG_HEADS.has(tokens[j + 2]?.text ?? '') && ADJECTIVE_ENDING.test(tokens[j - 1]?.text ?? ''))) break;
      // "Alden State College and Kora Institute of Technology": two names, each with its own head.
      if (t.text === 'and' && j - 1 > i && ORG_HEADS.has(tokens[j - 1].text) && !ORG_HEADS.has(tokens[j + 1].text) && hasOwnHead(tokens, j + 1)) break;
      // "the Signal Corps of the Kora Army": a unit of a body whose name has its own head is two
      // bodies (not "Department of the Army", whose left side is one word).
      if (t.text === 'of' && j - i >= 2 && k1 > j + 1 && isCapitalised(tokens[k1 + 1]) && hasOwnHead(tokens, k1)) break;
      j++;
      continue;
    }
    if (t.text === 'the' && /^(of|for)$/.test(tokens[j - 1]?.text ?? '') && isCapitalised(tokens[j + 1])) {
      j++;
      continue;
    }
    break;
  }
  if (lastGood < 0) return undefined;
  // "the Basic Exchange and Cooperation Agreement": a name ending in an agreement's head word names the
  // agreement (03-phrases reads it), whatever body-like word stands inside it.
  if (AGREEMENT_NAME_END.test(tokens[j - 1].text)) return undefined;
  // "West Bank", "Gold Coast": a place whose name ends in an organisation's head word.
  const gazHit = loadGazetteer().lookup(spanText(tokens, i, lastGood)) ?? (tokens[i].text === 'The' ? loadGazetteer().lookup(spanText(tokens, i + 1, lastGood)) : undefined);
  if (gazHit && gazHit.kind !== 'Organization') return undefined;
  // A lone head word is no name ("Government", "Cabinet" are handled by the gazetteer), unless a
  // county's name before it makes one ("the Alden County Court").
  if (lastGood - i === 1 && !loneOk) return undefined;
  // "Ardern and Japan's …" never reaches here; "The Government" starts with The and is skipped above.
  if (tokens[i].text === 'The' && lastGood - i === 2) return undefined;
  return { end: lastGood };
}

/**
 * Whether "X and Y … Head" from i, with "and" at j, is one body's name: one or two capitalised words
 * after "the" or a possessive, then one to three capitalised words ending in a head word, with no
 * known name on either side ("Britain and Labour Party officials", "Alden and the Kora Institute" are
 * two names).
 */
function coordinatedSubject(tokens: Token[], i: number, j: number): boolean {
  const s = tokens[i].text === 'The' ? i + 1 : i;
  if (j - s < 1 || j - s > 2) return false;
  const before = s > i ? tokens[i] : tokens[s - 1];
  if (!before || !(before.lower === 'the' || isPossessive(before))) return false;
  let h = j + 1;
  while (h <= j + 3 && isCapitalised(tokens[h]) && !ORG_HEADS.has(tokens[h].text)) h++;
  if (h === j + 1 || h > j + 3 || !isCapitalised(tokens[h]) || !ORG_HEADS.has(tokens[h].text)) return false;
  const gaz = loadGazetteer();
  if (gaz.lookup(spanText(tokens, s, j))) return false;
  for (let q = s; q < j; q++) if (gaz.lookup(tokens[q].text) || ORG_HEADS.has(tokens[q].text)) return false;
  return !gaz.lookup(spanText(tokens, j + 1, h + 1));
}

/**
 * Whether the comma at j continues the "of"/"for" tail of a body's name as a list: ", Food and Rural
 * Affairs" — single capitalised words, none a known name, up to an "and" and the list's last item.
 */
function listInOfTail(tokens: Token[], i: number, j: number): boolean {
  let ofTail = false;
  for (let q = i + 1; q < j; q++) if (/^(of|for)$/.test(tokens[q].text) && ORG_HEADS.has(tokens[q - 1].text)) ofTail = true;
  if (!ofTail) return false;
  const gaz = loadGazetteer();
  let q = j + 1;
  while (q < j + 8 && isCapitalised(tokens[q]) && !gaz.lookup(tokens[q].text) && (tokens[q + 1]?.text === ',' || tokens[q + 1]?.text === 'and')) {
    if (tokens[q + 1].text === 'and') return isCapitalised(tokens[q + 2]) && !gaz.lookup(tokens[q + 2].text);
    q += 2;
  }
  return false;
}

/** Whether the capitalised run from k holds an organisation's head word ("Kora Institute of Technology"). */
function hasOwnHead(tokens: Token[], k: number): boolean {
  for (let q = k; q < k + 6 && isCapitalised(tokens[q]); q++) if (ORG_HEADS.has(tokens[q].text)) return true;
  return false;
}

/** "Japan's Foreign Ministry", "the Japanese Foreign Ministry" → "Japanese": the country that qualifies a generic body. */
// Words of a school's generic name, which older press writes after its town and state.
const SCHOOL_WORDS = new Set(['High', 'School', 'State', 'College', 'Junior', 'Senior', 'Elementary', 'Teachers', 'Community', 'University', 'Normal']);

/** "Alden, Texas, High School": the town of a generic school name set after its town and state. */
function townBeforeState(tokens: Token[], i: number, end: number): string | undefined {
  if (tokens[i - 1]?.text !== ',' || !tokens.slice(i, end).every((t) => SCHOOL_WORDS.has(t.text))) return undefined;
  let q = i - 2;
  while (q > 0 && q > i - 6 && (isCapitalised(tokens[q]) || tokens[q].text === '.')) q--;
  if (tokens[q]?.text !== ',' || q === i - 2) return undefined;
  let t = q - 1;
  while (t >= 0 && t > q - 4 && isCapitalised(tokens[t])) t--;
  return t < q - 1 ? spanText(tokens, t + 1, q) : undefined;
}

function genericOwner(tokens: Token[], i: number, end: number, gaz: ReturnType<typeof loadGazetteer>): string | undefined {
  const words = tokens.slice(i, end).map((t) => t.text);
  const lead = gaz.lookup(words[0]);
  if (lead?.kind === 'Country' && words.slice(1).every((w) => GENERIC_ORG_WORDS.has(w))) return undefined; // "Japanese Foreign Ministry" already says it
  if (!words.every((w) => GENERIC_ORG_WORDS.has(w))) return undefined;
  let owner: GazetteerEntry | undefined;
  if (isPossessive(tokens[i - 1])) owner = gaz.lookup(tokens[i - 2]?.text ?? '');
  else owner = gaz.lookup(tokens[i - 1]?.text ?? '');
  if (!owner || owner.kind !== 'Country') return undefined;
  return gaz.countryInfo.get(owner.key)?.demonym ?? owner.name;
}

function parenthesisedAcronym(tokens: Token[], j: number): { start: number; end: number; text: string } | undefined {
  if (tokens[j]?.text === '(' && tokens[j + 1] && isAllCaps(tokens[j + 1]) && tokens[j + 2]?.text === ')') {
    return { start: j + 1, end: j + 2, text: tokens[j + 1].text };
  }
  return undefined;
}

function matchGazetteer(tokens: Token[], i: number, gaz: ReturnType<typeof loadGazetteer>): { end: number; entry: GazetteerEntry } | undefined {
  // Only spans whose first word starts some gazetteer form are tried, and no longer than that form.
  const span = gaz.spanFor(tokens[i].text);
  if (!span) return undefined;
  let best: { end: number; entry: GazetteerEntry } | undefined;
  let text = '';
  for (let j = i + 1; j <= Math.min(tokens.length, i + span); j++) {
    const last = tokens[j - 1];
    text += (j > i + 1 && last.space && last.text !== '-' && tokens[j - 2].text !== '-' ? ' ' : '') + last.text;
    // Spans end on a word, never inside "Indo-" or before a joined hyphen.
    if (!/[\p{L}\d.]$/u.test(last.text)) continue;
    const e = gaz.lookupKey(text);
    if (e) best = { end: j, entry: e };
  }
  return best;
}

function acceptGazetteer(tokens: Token[], i: number, end: number, e: GazetteerEntry): boolean {
  // Demonyms are upper-case words; "US" as a pronoun cannot be upper case, but "US" in an all-caps headline can.
  if (e.kind === 'Place' && e.ambiguous) {
    const prev = lower(tokens[i - 1]);
    const next = tokens[end];
    const cue = PLACE_CUES.has(prev) || (next?.text === ',' && !!loadGazetteer().lookup(tokens[end + 1]?.text ?? ''));
    if (!cue) return false;
  }
  // Part of a longer name: "Victoria" in "Victoria Beckham", "Jordan" in "Michael Jordan".
  if (e.kind !== 'Country' || !e.demonym) {
    // ("In Kora Ruiz took a suite": after "in", a place, then a one-word subject and its verb, is two names.)
    const subjectAfter = lower(tokens[i - 1]) === 'in' && !e.ambiguous && /^(VERB|AUX)$/.test(tokens[end + 1]?.pos ?? '') && !isCapitalised(tokens[end + 1]);
    // ("the Alden Democratic leader": a party's label after a town is the town's party, no name's word.)
    if (isCapitalised(tokens[end]) && !subjectAfter && !loadGazetteer().lookup(tokens[end].text) && !NOT_NAMES.has(tokens[end].text) && !ORG_HEADS.has(tokens[end].text) && !matchTitle(tokens, end) && !(PARTY_LABELS[tokens[end].text] && !isCapitalised(tokens[end + 1])) && e.kind === 'Place') {
      return false;
    }
    // "John Kerry", "Theresa May": a place name right after a first name is that person's surname.
    // (Not a sentence's first word that is no proper noun: "Regarding Alden's airport", "Despite Alden".)
    const before = tokens[i - 1];
    const openingWord = i === 1 && before?.pos !== 'PROPN';
    if (e.kind === 'Place' && end === i + 1 && isCapitalised(before) && !openingWord && !NOT_NAMES.has(before.text) && !loadGazetteer().lookup(before.text) && !ORG_HEADS.has(before.text) && !matchTitle(tokens, i - 1) && !isAllCaps(before)) {
      return false;
    }
  }
  return true;
}

// Nouns for what a city has, after its possessive: the city itself is meant.
const CITY_NOUNS = new Set(['airport', 'airports', 'streets', 'street', 'mayor', 'residents', 'inhabitants', 'population', 'suburbs', 'outskirts', 'centre', 'center', 'downtown', 'metro', 'subway', 'traffic', 'skyline', 'port', 'harbour', 'harbor', 'hospitals', 'hospital', 'university', 'council', 'neighbourhoods', 'neighborhoods', 'districts', 'slums', 'hotels', 'hotel', 'stadium', 'station', 'zoo', 'museum', 'museums', 'bazaar', 'markets', 'market', 'old', 'city', 'citizens', 'people', 'police']);

function isMetonymy(tokens: Token[], end: number): boolean {
  // "Beijing said", "Moscow has warned", "Beijing's aggressive…": a capital acting as its government.
  const next = lower(tokens[end]);
  if (SPEECH_VERBS.has(next)) return true;
  // "Tokyo and Seoul agreed …": a capital coordinated with the subject of such a verb acts too.
  if (next === 'and' && isCapitalised(tokens[end + 1])) {
    let q = end + 1;
    while (q < end + 4 && isCapitalised(tokens[q])) q++;
    return isMetonymy(tokens, q);
  }
  if (/^(has|have|had|is|was|will|would|could|may|might|must|should)$/.test(next) && SPEECH_VERBS.has(lower(tokens[end + 1]))) return true;
  if (isPossessive(tokens[end]) && tokens[end + 1] && !isCapitalised(tokens[end + 1])) {
    // "Tehran's new airport", "Lima's mayor": what a city has is the city's, not its government's.
    let q = end + 1;
    // (Adjectives between: wink may tag a lower-case "new" as a proper noun.)
    while (q < end + 4 && tokens[q] && !isCapitalised(tokens[q]) && (tokens[q].pos === 'ADJ' || tokens[q].pos === 'PROPN')) q++;
    return !CITY_NOUNS.has(lower(tokens[q])) && !(isCapitalised(tokens[q]) && q > end + 1);
  }
  return /^(accused|denied|rejected|condemned|protested|demanded|insisted|responded|retaliated|threatened|vowed|opposed|opposes|criticised|criticized|welcomed|signed|agreed|urged|announced|summoned|expelled|imposed|hit|sent|warned)$/.test(next);
}

// Lower-case nouns after a name that make it an institution ("Alden High school") or a government
// ("the Ruiz administration"), and words that make a name a building ("the Capitol").
const INSTITUTION_NOUNS = new Set(['school', 'college', 'university', 'academy', 'seminary', 'hospital']);
const SOCIETY_NOUNS = new Set(['club', 'association', 'society', 'foundation', 'league', 'church', 'fraternity', 'sorority', 'guild']);
const GOVERNMENT_NOUNS = new Set(['administration', 'regime']);
const SETTLEMENT_NOUNS = new Set(['hamlet', 'town', 'village', 'suburb', 'settlement', 'township', 'borough']);
const BUILDING_WORDS = new Set(['Capitol', 'Statehouse']);

/** "the Gov. Ana Ruiz administration": an organisation named by the surname, its person in meta.person. */
function emitAdministration(sink: NameSink, i: number, end: number, person?: Mention): void {
  const { tokens } = sink;
  const name = `${tokens[end - 1].text} ${tokens[end].text}`;
  // (One key for "the Ruiz administration" and "the Ruiz regime": the same government.)
  emit(sink, 'Organization', i, end + 1, name, `org:${tokens[end - 1].text.toLowerCase()} administration`, 'person-administration', { meta: { person: person?.id } });
}

// Plural nouns for groups of people that open a news sentence: "Witnesses said", "Residents fled".
const PEOPLE_PLURALS = new Set(['witnesses', 'investigators', 'residents', 'police', 'authorities', 'experts', 'critics', 'protesters', 'protestors', 'rebels', 'troops', 'soldiers', 'villagers', 'doctors', 'medics', 'voters', 'fans', 'supporters', 'jurors', 'detectives', 'scientists', 'officers', 'survivors', 'relatives', 'neighbours', 'neighbors', 'militants', 'insurgents', 'refugees', 'students', 'teachers', 'workers', 'firefighters', 'paramedics', 'lawmakers', 'legislators', 'regulators', 'economists', 'observers', 'organisers', 'organizers', 'demonstrators', 'mourners', 'passengers', 'shoppers', 'parents']);

/** Whether one to three lower-case words (a trade, "shop workers'") lead from token k to a body's kind noun. */
function tradeThenKind(tokens: Token[], k: number): boolean {
  for (let q = k; q < k + 4 && q < tokens.length; q++) {
    if (q > k && BODY_KIND_NOUNS.has(tokens[q].text)) return true;
    // (Nouns and adjectives only: not "the Mahayana metaphysic of mystical union".)
    if (!(/^[a-z][a-z-]*$/.test(tokens[q].text) && /^(NOUN|ADJ)$/.test(tokens[q].pos)) && !(q > k && isPossessive(tokens[q]))) return false;
  }
  return false;
}

/**
 * Whether a determiner opens the name at i: "the", or a possessive ("Spain's", "its"), right before it
 * or before one or two lower-case words of stance or rank ("the opposition", "Spain's far-right").
 */
function determinedBefore(tokens: Token[], i: number): boolean {
  // (Up to five tokens back: "far - right" is three.)
  for (let q = i - 1, words = 0; q >= i - 5 && q >= 0; q--) {
    const t = tokens[q];
    if (t.lower === 'the' || t.lower === 'its' || t.lower === 'their' || isPossessive(t)) return true;
    if (t.text === '-' && q < i - 1) continue;
    if (++words > 2 || !/^[a-z]+$/.test(t.text) || !/^(NOUN|ADJ|ADV)$/.test(t.pos)) return false;
  }
  return false;
}

/** "Prosecutors said …": a sentence-initial plural of a role or group noun is no one's name. */
function peoplePluralOpening(tokens: Token[], i: number, end: number): boolean {
  if (end !== i + 1 || (i > 0 && !/^["“‘'(]$/.test(tokens[i - 1].text))) return false;
  const w = tokens[i].lower;
  return w.endsWith('s') && (PEOPLE_PLURALS.has(w) || ROLE_NOUNS.has(w.slice(0, -1)));
}

// Verbs of a match result between two sides, and the score that confirms it: "beat Alden 2-1".
const RESULT_VERBS = new Set(['beat', 'beats', 'defeated', 'defeat', 'thrashed', 'edged', 'hammered', 'routed', 'drew', 'lost', 'trailed', 'overcame', 'stunned']);
const SCORE = /^\d{1,3}-\d{1,3}$/;
const PUBLISHED = new Set(['published', 'appeared', 'appears', 'publishes']);

/** "Rovers beat Alden City 2-1", "lost to Alden 3-0", "drew with Alden 1-1": a side of a scored result. */
function matchSide(tokens: Token[], i: number, end: number): boolean {
  const next = tokens[end]?.lower ?? '';
  // ("the Blue and White beat …": not the last word of a coordinated nickname.)
  if (RESULT_VERBS.has(next) && tokens[i - 1]?.lower !== 'and') {
    // (The other side's name, and "to"/"with", stand between the verb and the score.)
    for (let k = end + 1; k < end + 8 && k < tokens.length; k++) if (SCORE.test(tokens[k].text)) return true;
    return false;
  }
  const before = /^(to|with|against)$/.test(tokens[i - 1]?.lower ?? '') ? tokens[i - 2] : tokens[i - 1];
  // (Older copy sets the score off with a comma: "beat Alden, 5-1".)
  const score = tokens[end]?.text === ',' ? tokens[end + 1] : tokens[end];
  return !!before && RESULT_VERBS.has(before.lower) && SCORE.test(score?.text ?? '');
}

// A capital after three or more lower-case letters inside a word: "YouTube", "SoftBank", "WhatsApp";
// surnames with such a capital open with a particle ("MacArthur", "VanDyke", "FitzGerald").
const CAMEL_CASE = /^\p{Lu}\p{Ll}{2,}\p{Lu}\p{Ll}+$/u;
const SURNAME_PREFIX = /^(?:Mac|Van|Von|Fitz|Del|Della|Dos|Das|Ten|Ter)\p{Lu}/u;

// Words that open a picture credit: "Photo: Acme Images" names the agency, no one in the story.
const CREDIT_WORDS = new Set(['photo', 'photograph', 'picture', 'image', 'credit', 'photos', 'pictures', 'images']);

// Nouns of a body that an apposition after a name may end in ("Gavi, the vaccine alliance,").
const APPOSITION_BODY_NOUNS = new Set([...ORG_NOUNS, 'alliance', 'association', 'federation', 'coalition', 'authority', 'foundation', 'institute', 'agency', 'body', 'movement', 'bloc', 'cartel', 'outfit', 'publisher', 'airport', 'university']);
APPOSITION_BODY_NOUNS.delete('rival');
// Their plurals, which a list of such bodies may follow: "two drug companies, Glaxmore and Bexford".
const PLURAL_BODY_NOUNS = new Set([...APPOSITION_BODY_NOUNS].map(pluralOf));
const APPOSITION_STOPS = new Set(['of', 'for', 'in', 'at', 'to', 'with', 'on', 'by', 'from', 'and', 'or', 'the', 'a', 'an', 'who', 'which', 'that', 'whose', 'as']);

/**
 * Where ", the <words> <body noun>" ends, from the article at k: up to five lower-case words or a
 * possessive before the noun, then a comma, a full stop or the sentence's end; -1 if it is not so.
 */
function bodyAppositionEnd(tokens: Token[], k: number): number {
  if (!/^(the|a|an)$/.test(lower(tokens[k]))) return -1;
  for (let q = k + 1; q < k + 7 && q < tokens.length; q++) {
    const t = tokens[q];
    if (APPOSITION_BODY_NOUNS.has(t.text)) return /^(,|\.|;)$/.test(tokens[q + 1]?.text ?? '.') ? q + 1 : -1;
    // (No preposition or article: "Joe Dey, the secretary of the golf association" is that secretary.)
    if ((!/^[a-z][a-z-]*$/.test(t.text) || APPOSITION_STOPS.has(t.text)) && !isPossessive(t)) return -1;
  }
  return -1;
}

// Lower-case nouns of a works that stands somewhere: "the plant at Kora", "a mine at Alden".
const WORKS_NOUNS = new Set(['plant', 'plants', 'works', 'factory', 'factories', 'mill', 'mills', 'mine', 'mines', 'refinery', 'smelter', 'steelworks', 'shipyard', 'reactor', 'reactors', 'facility', 'depot', 'terminal', 'base', 'site', 'sites']);

// Nouns of a deal between firms, whose "of" takes the firms: "the merger of Brightline and Nordtel".
export const DEAL_OBJECT_NOUNS = new Set(['takeover', 'acquisition', 'buyout', 'merger']);

/** Whether the name at i is what a deal's noun takes: "merger of X", or "… of X and" it. */
function dealObjectAt(tokens: Token[], i: number): boolean {
  const prev = lower(tokens[i - 1]);
  if (prev === 'of') return DEAL_OBJECT_NOUNS.has(lower(tokens[i - 2]));
  if (prev !== 'and') return false;
  let j = i - 2;
  while (j > 0 && isCapitalised(tokens[j]) && j > i - 6) j--;
  return j < i - 2 && lower(tokens[j]) === 'of' && DEAL_OBJECT_NOUNS.has(lower(tokens[j - 1]));
}

/** Whether one of tokens [from, end) is an event's word ("War", "Cup"). */
function hasEventWord(tokens: Token[], from: number, end: number): boolean {
  for (let k = Math.max(from, 0); k < end && k < tokens.length; k++) if (EVENT_WORDS.has(tokens[k].text)) return true;
  return false;
}

/** Whether the name over [i, end) is spoken to: before a quote's closing mark, or inside a quotation and no comma after it. */
function isVocative(tokens: Token[], i: number, end: number): boolean {
  if (/^[.,!?]$/.test(tokens[end]?.text ?? '') && /^["”’']$/.test(tokens[end + 1]?.text ?? '')) return true;
  if (tokens[end]?.text === ',') return false;
  // (Inside a quotation: an odd number of quotation marks before it.)
  let marks = 0;
  for (let k = 0; k < i; k++) {
    const w = tokens[k].text;
    if (w === '"' || w === '“' || w === '”') marks++;
  }
  return marks % 2 === 1;
}

// Kinds of a work whose title follows them: "the album Paper Boats", "the film Blue Hour".
const WORK_NOUNS = new Set(['album', 'single', 'song', 'track', 'film', 'movie', 'drama', 'comedy', 'thriller', 'documentary', 'novel', 'musical', 'sitcom', 'series', 'programme', 'program']);

function classifyName(sink: NameSink, i: number, end: number): void {
  const { tokens } = sink;
  const text = spanText(tokens, i, end);
  const prev = lower(tokens[i - 1]);
  const next = lower(tokens[end]);
  const words = end - i;
  if (peoplePluralOpening(tokens, i, end)) return;
  // "Gavi, the vaccine alliance,", "Zentrix, the country's financial regulator.": a name in apposition
  // with a body's noun is that body (rule name-body-apposition).
  if (tokens[end]?.text === ',' && bodyAppositionEnd(tokens, end + 1) > 0) {
    emit(sink, 'Organization', i, end, text, `org:${text.toLowerCase()}`, 'name-body-apposition');
    return;
  }
  // "YouTube", "SoftBank": one word with a capital inside is a brand, not a surname (rule camel-case-brand).
  if (words === 1 && CAMEL_CASE.test(text) && !SURNAME_PREFIX.test(text)) {
    emit(sink, 'Organization', i, end, text, `org:${text.toLowerCase()}`, 'camel-case-brand');
    return;
  }
  // "Rovers beat Alden City 2-1": the sides of a match result with a score are clubs (rule match-side).
  if (matchSide(tokens, i, end)) {
    emit(sink, 'Organization', i, end, text, `org:${text.toLowerCase()}`, 'match-side');
    return;
  }
  // "a study published in Nature": a title after "published in" is a journal's (rule journal-title).
  if (prev === 'in' && PUBLISHED.has(lower(tokens[i - 2]))) {
    emit(sink, 'Organization', i, end, text, `org:${text.toLowerCase()}`, 'journal-title');
    return;
  }
  if (i === 2 && tokens[1].text === ':' && CREDIT_WORDS.has(tokens[0].lower)) return;
  if (words === 1 && isAllCaps(tokens[i])) {
    // ("WILL", "THE": a word set in capitals for stress is no acronym.)
    const shouted = NOT_NAMES.has(tokens[i].text[0] + tokens[i].text.slice(1).toLowerCase());
    // ("BA's chief executive": a two-letter acronym before a firm's office is a body too.)
    const short = tokens[i].text.length === 2 && isPossessive(tokens[end]) && corporateRoleAt(tokens, end + 1);
    if ((tokens[i].text.replace(/[.&-]/g, '').length >= 3 || short) && !shouted && !NOT_ACRONYMS.has(tokens[i].text.toUpperCase()) && !/^(of|tonnes|barrels|litres|gallons)$/.test(prev)) {
      emit(sink, 'Organization', i, end, text, `org:${text.toLowerCase()}`, 'acronym');
    }
    return;
  }
  // "World War Two", "Olympic Games", "Downing Street": events and buildings are not people.
  // "Imam Ali International Airport", "Canary Wharf": a facility by its last word is a place (rule facility-name).
  if (words >= 2 && FACILITY_HEADS.has(tokens[end - 1].text) && !ROLE_NOUNS.has(prev)) {
    emit(sink, 'Place', i, end, text, placeKey(text), 'facility-name');
    return;
  }
  // "511 Blanche St.", "Lake Shore Dr.", "Delaware Street": a street by its last word is a place (rule street-name).
  if (words >= 2 && STREET_ENDS.test(tokens[end - 1].text)) {
    emit(sink, 'Place', i, end, text, placeKey(text), 'street-name');
    return;
  }
  // ("Bill Clinton", "Bill Shorten": the given name that is also a law's word opens a person's name.)
  const givenBill = tokens[i].text === 'Bill' && words >= 2 && lower(tokens[i - 1]) !== 'the' && !isPossessive(tokens[i - 1]);
  if (!ROLE_NOUNS.has(prev) && hasEventWord(tokens, givenBill ? i + 1 : i, end)) return;
  // "the Capitol", "Capitol Hill": a name holding a building's word is that place (rule building-name).
  let building = i;
  while (building < end && !BUILDING_WORDS.has(tokens[building].text)) building++;
  if (building < end && !isPossessive(tokens[end])) {
    // ("Capitol Hill" is named for the building and stands for it: one place with "the Capitol".)
    emit(sink, 'Place', i, end, text, placeKey(spanText(tokens, i, building + 1)), 'building-name');
    return;
  }
  // "the Ana Ruiz administration", "the Ruiz regime": a person's name before a lower-case noun of
  // government names that government (rule person-administration); 05-relations affiliates the person.
  // (Not "a Democratic administration", "the Ruritanian regime": a party or a country's government.)
  if (GOVERNMENT_NOUNS.has(tokens[end]?.text ?? '') && !PARTY_LABELS[text] && !loadGazetteer().lookup(text)) {
    emitAdministration(sink, i, end);
    return;
  }
  // "Alden High school", "Kora State college": a name before a lower-case noun of an institution
  // is that institution (rule name-institution-noun).
  if (INSTITUTION_NOUNS.has(tokens[end]?.text ?? '') && !isPossessive(tokens[end + 1]) && tokens[end + 1]?.pos !== 'NOUN') {
    const name = `${text} ${tokens[end].text[0].toUpperCase()}${tokens[end].text.slice(1)}`;
    emit(sink, 'Organization', i, end + 1, name, `org:${name.toLowerCase()}`, 'name-institution-noun');
    return;
  }
  // "radio school at Alden Field in Kora": a name between "at" and a place is a site (rule site-at-place).
  // ("their summit at Gleneagles in Scotland": one word will do when a known country or place follows.)
  const knownAfter = words === 1 && lower(tokens[end]) === 'in' && !!loadGazetteer().lookup(tokens[end + 1]?.text ?? '');
  if ((words >= 2 || knownAfter) && prev === 'at' && lower(tokens[end]) === 'in' && isCapitalised(tokens[end + 1]) && !ROLE_NOUNS.has(lower(tokens[i - 2]))) {
    emit(sink, 'Place', i, end, text, placeKey(text), 'site-at-place');
    return;
  }
  // "the enrichment plant at Kora", "closed its mill at Alden": a name after a lower-case noun of a
  // works and "at" is the place where it stands (rule works-at-place).
  if (prev === 'at' && WORKS_NOUNS.has(tokens[i - 2]?.text ?? '') && !isPossessive(tokens[end])) {
    emit(sink, 'Place', i, end, text, placeKey(text), 'works-at-place');
    return;
  }
  // "analyst at Acme Partners", "a lawyer with Dole Hart": a name after a role noun and "at"/"with" is where the person works (rule role-at-org).
  const placeAfter = tokens[end]?.text === ',' && !!loadGazetteer().lookup(tokens[end + 1]?.text ?? '');
  // ("Analysts at Goldman Sachs": a plural role too.)
  const roleWord = lower(tokens[i - 2]);
  const roleNounBefore = ROLE_NOUNS.has(roleWord) || (prev === 'at' && roleWord.endsWith('s') && ROLE_NOUNS.has(roleWord.slice(0, -1)));
  if (/^(at|with)$/.test(prev) && roleNounBefore && !isPossessive(tokens[end]) && !placeAfter) {
    emit(sink, 'Organization', i, end, text, `org:${text.toLowerCase()}`, 'role-at-org');
    return;
  }
  // "the MP for Hackney North", "MSP for Alden West": a seat's name is a place (rule constituency).
  if (prev === 'for' && /^(MP|MPs|MSP|MEP|TD)$/.test(tokens[i - 2]?.text ?? '') && !isPossessive(tokens[end])) {
    emit(sink, 'Place', i, end, text, placeKey(text), 'constituency');
    return;
  }
  // "the merger of Brightline and Nordtel", "its takeover of Zentel": a name a deal's noun takes is a
  // firm (rule deal-object-org).
  if (dealObjectAt(tokens, i)) {
    emit(sink, 'Organization', i, end, text, `org:${text.toLowerCase()}`, 'deal-object-org');
    return;
  }
  // "oil firm Yukos", "energy firm PDVSA", "the carmaker Velora": a lower-case organisation noun names what follows.
  // ("rating agency Zorby's is due", "insurer Kellam's said": an "'s" before a verb or a stop is no
  // possessive, which a noun would follow, but the end of the firm's name.)
  const nameS = isPossessive(tokens[end]) && tokens[end].text.length === 2 && /^(AUX|VERB|PUNCT)$/.test(tokens[end + 1]?.pos ?? 'PUNCT');
  if (isOrgNoun(prev) && (!isPossessive(tokens[end]) || nameS)) {
    const name = nameS ? spanText(tokens, i, end + 1) : text;
    emit(sink, 'Organization', i, nameS ? end + 1 : end, name, `org:${name.toLowerCase()}`, 'org-noun-name');
    return;
  }
  // "the Mirror newspaper", "the Kommersant daily": a name before a lower-case noun of the press is
  // that paper's title (not a country's adjective, "a French newspaper", a party's, "the Democratic
  // newspaper", nor a day, "the Sunday paper").
  if (PRESS_NOUNS.has(next) && !isPossessive(tokens[end]) && !CALENDAR.has(tokens[end - 1].text) && !loadGazetteer().lookup(text) && PARTY_LABELS[text] === undefined) {
    emit(sink, 'Organization', i, end, text, `org:${text.toLowerCase()}`, 'press-title');
    return;
  }
  // "the United Steelworkers union", "the Ennahda movement": likewise a body's
  // name before the lower-case noun of its kind (after "the", so that "Smith group" stays a person's).
  // ("the Usdaw shop workers' union": lower-case words of its trade between the name and the noun.)
  // ("Spain's far-right Vox party", "the opposition Ruritania First party": also after a possessive,
  // and after a word or two of stance or rank.)
  if ((BODY_KIND_NOUNS.has(next) || tradeThenKind(tokens, end)) && determinedBefore(tokens, i) && !isPossessive(tokens[end]) && !loadGazetteer().lookup(text) && PARTY_LABELS[text] === undefined && !CALENDAR.has(tokens[end - 1].text) && !COMPASS_ADJECTIVES.has(text)) {
    emit(sink, 'Organization', i, end, text, `org:${text.toLowerCase()}`, 'org-kind-noun');
    return;
  }
  // "the district of Jajarkot", "the town of Alden": a name after a place noun and "of" is that place.
  // (Not a plural, "the city of Palaces": a place's name that ends in -s is one the gazetteer knows.)
  if (prev === 'of' && OF_PLACE_NOUNS.has(lower(tokens[i - 2])) && !isPossessive(tokens[end]) && !loadGazetteer().lookup(text) && !/[^s]s$/.test(tokens[end - 1].text)) {
    emit(sink, 'Place', i, end, text, placeKey(text), 'place-of-noun', { meta: { head: lower(tokens[i - 2]) } });
    return;
  }
  // "Conservative leader Michael Howard", "Labour MP": a capitalised adjective before a party role.
  // "Tesla chief executive Elon Musk": a one- or two-word role between the body and the name.
  // ("the Conservative candidate, Ana Ruiz,": the name may follow the role after a comma.)
  const roleThenName = isCapitalised(tokens[end + 1]) || (ROLE_NOUNS.has(lower(tokens[end + 1])) && isCapitalised(tokens[end + 2])) || (tokens[end + 1]?.text === ',' && isCapitalised(tokens[end + 2]) && !NOT_NAMES.has(tokens[end + 2].text));
  if (words === 1 && PARTY_ROLES.has(next) && !NUMBER_WORD.test(tokens[i].text) && !NOT_PARTIES.has(tokens[i].text) && (roleThenName || tokens[i].pos !== 'PROPN')) {
    const party = PARTY_LABELS[text] ?? text;
    emit(sink, 'Organization', i, end, party, `org:${party.toLowerCase()}`, 'party-adjective', { meta: { party: 'yes' } });
    return;
  }
  // "Sinn Fein leader Ana Ruiz": a two-word name before a party role and a name is the party too.
  if (words === 2 && POLITICAL_ROLES.has(next) && isCapitalised(tokens[end + 1]) && !NOT_NAMES.has(tokens[end + 1].text) && tokens[i].pos === 'PROPN' && tokens[i + 1].pos === 'PROPN' && !NOT_PARTIES.has(tokens[i].text) && !loadGazetteer().lookup(text)) {
    emit(sink, 'Organization', i, end, text, `org:${text.toLowerCase()}`, 'party-adjective', { meta: { party: 'yes' } });
    return;
  }
  // "Sinn Fein president Ana Ruiz", "Acme Foods chairman Ana Ruiz": a two-word name before the office
  // of a body's head and a name is that body (rule org-head-name).
  if (words === 2 && BODY_HEAD_ROLES.has(next) && isCapitalised(tokens[end + 1]) && !NOT_NAMES.has(tokens[end + 1].text) && tokens[i].pos === 'PROPN' && tokens[i + 1].pos === 'PROPN' && !NOT_PARTIES.has(tokens[i].text) && !loadGazetteer().lookup(text)) {
    emit(sink, 'Organization', i, end, text, `org:${text.toLowerCase()}`, 'org-head-name');
    return;
  }
  // "Acme senior policy adviser Ana Ruiz", "Acme founder Ana Ruiz": one unknown capitalised word
  // before a lower-case role phrase and a name is the body the person works for (rule org-role-phrase).
  // "Liberal Democrat home affairs spokesman Ana Ruiz": a party label before a lower-case role phrase
  // and a name is the party, as before a one-word party role.
  if (words <= 2 && PARTY_LABELS[text] && !NOT_NAMES.has(text) && rolePhraseEnd(tokens, end) > 0) {
    emit(sink, 'Organization', i, end, PARTY_LABELS[text], `org:${PARTY_LABELS[text].toLowerCase()}`, 'party-label', { meta: { party: 'yes' } });
    return;
  }
  // (Not "Former minister Ana Ruiz", "Shadow chancellor Ana Ruiz": a capitalised word that qualifies the role.)
  if (words === 1 && !isAllCaps(tokens[i]) && !ROLE_QUALIFIERS.has(tokens[i].text) && rolePhraseEnd(tokens, end) > 0 && tokens[i].pos === 'PROPN') {
    emit(sink, 'Organization', i, end, text, `org:${text.toLowerCase()}`, 'org-role-phrase');
    return;
  }
  // "Yadavaran oilfield", "Kibera slum", "the Yadavaran and Jufeyr oilfields".
  const coordinatedHead = next === 'and' && isCapitalised(tokens[end + 1]) && PLACE_NOUNS.has(lower(tokens[end + 2]));
  // (Not a sentence-initial common word: "Small island states…".)
  // … nor a place noun that only modifies another noun: "island states", "field trip".)
  const commonWord = (i === 0 && tokens[i].pos !== 'PROPN') || (!coordinatedHead && tokens[end + 1]?.pos === 'NOUN' && !isCapitalised(tokens[end + 1]));
  // ("Democratic district leaders": a party's label before a place noun is the party's, no place.)
  const partyLabel = words === 1 && !!PARTY_LABELS[text];
  if (!partyLabel && ((PLACE_NOUNS.has(next) && !isCapitalised(tokens[end])) || coordinatedHead) && !isPossessive(tokens[end]) && !commonWord) {
    // "in Alden county": a county's noun in lower case is still part of its name, as in "Alden County".
    if (!coordinatedHead && (next === 'county' || next === 'parish')) {
      const name = `${text} ${next[0].toUpperCase()}${next.slice(1)}`;
      emit(sink, 'Place', i, end + 1, name, placeKey(name), 'place-noun', { meta: { head: next } });
      return;
    }
    emit(sink, 'Place', i, end, text, placeKey(text), 'place-noun', { meta: { head: coordinatedHead ? lower(tokens[end + 2]) : next } });
    return;
  }
  if (PLACE_NOUNS.has(lower(tokens[end + 1])) && prev === 'and' && isCapitalised(tokens[i - 2]) && end === i + 1) {
    emit(sink, 'Place', i, end, text, placeKey(text), 'place-noun', { meta: { head: lower(tokens[end + 1]) } });
    return;
  }
  // "Fennick, a Marlow County hamlet": an apposition naming a settlement makes the name a place.
  if (tokens[end]?.text === ',' && /^(a|an)$/.test(lower(tokens[end + 1])) && isCapitalised(tokens[end + 2])) {
    let q = end + 2;
    while (q < end + 5 && isCapitalised(tokens[q])) q++;
    if (SETTLEMENT_NOUNS.has(lower(tokens[q]))) {
      emit(sink, 'Place', i, end, text, placeKey(text), 'settlement-apposition');
      return;
    }
  }
  // "Kibera, where 800,000 live": a relative "where" makes the name a place.
  if (tokens[end]?.text === ',' && lower(tokens[end + 1]) === 'where') {
    emit(sink, 'Place', i, end, text, placeKey(text), 'place-where');
    return;
  }
  // "his official Kent house, Chevening,", "the capital, Honiara.": a name in apposition to a place
  // noun is that place (not when it speaks, "the house, Smith said", nor when it is spoken to at the
  // end of a quote, "It's the next house, Mike.").
  // (The cheap tests first: whether the name is spoken to is asked only after a place noun and a comma.)
  if (tokens[i - 1]?.text === ',' && APPOSITION_PLACE_NOUNS.has(lower(tokens[i - 2])) && /^[,.;]$/.test(tokens[end]?.text ?? '.') && !SPEECH_VERBS.has(next) && !isVocative(tokens, i, end)) {
    emit(sink, 'Place', i, end, text, placeKey(text), 'place-apposition');
    return;
  }
  // "the Democratic party": a party label before a lower-case "party" is the party (rule party-label).
  if (words === 1 && next === 'party' && PARTY_LABELS[text]) {
    emit(sink, 'Organization', i, end + 1, PARTY_LABELS[text], `org:${PARTY_LABELS[text].toLowerCase()}`, 'party-label-noun', { meta: { party: 'yes' } });
    return;
  }
  // "The Liberal Democrats came third", "the Tories": a plural party label after the article is the party.
  if (prev === 'the' && words <= 2 && text.endsWith('s') && PARTY_LABELS[text] && !NOT_NAMES.has(text)) {
    emit(sink, 'Organization', i, end, PARTY_LABELS[text], `org:${PARTY_LABELS[text].toLowerCase()}`, 'party-label', { meta: { party: 'yes' } });
    return;
  }
  // "Ana Ruiz, the Alden Democratic leader": a party label that ends a name after "the", before a
  // party role, is the party; the words before it name the district or chamber (rule party-label).
  const lastWord = tokens[end - 1].text;
  if (prev === 'the' && words >= 2 && PARTY_ROLES.has(next) && PARTY_LABELS[lastWord] && !NOT_NAMES.has(lastWord)) {
    emit(sink, 'Organization', end - 1, end, PARTY_LABELS[lastWord], `org:${PARTY_LABELS[lastWord].toLowerCase()}`, 'party-label', { meta: { party: 'yes' } });
    return;
  }
  // "sports editor of the Post-Dispatch", "the Neiman-Marcus buyers": two capitalised words joined
  // by a hyphen after "the", and no noun after them, name a body (rule the-hyphen-name).
  if (prev === 'the' && words === 3 && isJoiner(tokens, i + 1) && !/^(NOUN|PROPN|ADJ)$/.test(tokens[end]?.pos ?? '') && !isCapitalised(tokens[end])) {
    emit(sink, 'Organization', i, end, text, `org:${text.toLowerCase()}`, 'the-hyphen-name');
    return;
  }
  // English puts no article before a person's name: "the Rock", "the Quad" are not people.
  if (prev === 'the') return;
  // "the single Glass Heart", "the drama Winter Count": a work's title after its kind is no one's name.
  // ("film director Ana Ruiz": the word before the name is the role, so this does not apply.)
  if (WORK_NOUNS.has(prev)) return;
  // "Fort Alden", "San Lucas": a place by its first word (rule place-prefix).
  if (words >= 2 && PLACE_PREFIXES.has(tokens[i].text)) {
    emit(sink, 'Place', i, end, text, placeKey(text), 'place-prefix');
    return;
  }
  // "Labour's plans": a party label alone is the party.
  if (words === 1 && PARTY_LABELS[text] && !NOT_NAMES.has(text)) {
    emit(sink, 'Organization', i, end, PARTY_LABELS[text], `org:${PARTY_LABELS[text].toLowerCase()}`, 'party-label', { meta: { party: 'yes' } });
    return;
  }
  const roleBefore = ROLE_NOUNS.has(prev) ? prev : undefined;
  // "North Alden", "East Kora": a compass word before a place the gazetteer knows is a part of that
  // place, no person whose surname the place's later mentions would become (rule compass-place).
  if (words >= 2 && DIRECTIONS.has(tokens[i].text) && loadGazetteer().lookup(spanText(tokens, i + 1, end))?.kind === 'Place') {
    emit(sink, 'Place', i, end, text, placeKey(text), 'compass-place');
    return;
  }
  // "West African States", "American Samoa Games": a sequence holding a country or region word is no person.
  if (words >= 2 && tokens.slice(i, end).some((t) => {
    const g = loadGazetteer().lookup(t.text);
    // Demonyms and world regions only: "Jordan", "Chad" or "Georgia" may well be first names.
    return !!g && (g.demonym === true || g.rule === 'gazetteer-region' || g.rule === 'gazetteer-region-adjective');
  })) return;
  // "Kora Steel's European chief executive", "Kora Steel's plants": a name ending in a trade word
  // that holds a firm's office or a firm's possessions is that firm (rule firm-possessive; other
  // mentions of it follow in 02-names-doc.ts). A person's name may end in such a word, but a person
  // has no chief executive.
  if (words >= 2 && BODY_LAST_WORDS.has(lastWord)) {
    emit(sink, 'Organization', i, end, text, `org:${text.toLowerCase()}`, 'body-last-word');
    return;
  }
  if (words >= 2 && COMPANY_SUFFIXES.has(lastWord) && isPossessive(tokens[end]) && (BODY_POSSESSIONS.has(lower(tokens[end + 1])) || corporateRoleAt(tokens, end + 1))) {
    emit(sink, 'Organization', i, end, text, `org:${text.toLowerCase()}`, 'firm-possessive');
    return;
  }
  // "Hardwicke-Etter employs 300", "at Neiman-Marcus": two capitalised words joined by a hyphen, with
  // no given name, title or role, are a candidate that resolution keeps only as the surname of someone
  // named in full ("Ana Bang-Jensen … Bang-Jensen said"); alone they name a firm, a place or a pair.
  if (words === 3 && !roleBefore && isJoiner(tokens, i + 1)) {
    emit(sink, 'Person', i, end, text, `person:${text.toLowerCase()}`, 'name-sequence', { meta: { candidate: 'yes' } });
    return;
  }
  if (words >= 2) {
    const name = nameText(tokens, i, end);
    emit(sink, 'Person', i, end, name, `person:${name.toLowerCase()}`, roleBefore ? 'role-name' : 'name-sequence', {
      role: roleBefore,
    });
    return;
  }
  // "Ana Ruiz of Alden, …", "Rep. Ana Ruiz of Alden said": one word after a person's "of" is their
  // home town (rule hometown-of-person).
  const person = sink.mentions[sink.mentions.length - 1];
  if (prev === 'of' && person?.kind === 'Person' && person.tokenEnd === i - 1 && person.tokenEnd - person.tokenStart >= 2 && (/^[,.;]$/.test(tokens[end]?.text ?? '.') || /^(VERB|AUX)$/.test(tokens[end].pos))) {
    emit(sink, 'Place', i, end, text, placeKey(text), 'hometown-of-person');
    return;
  }
  // One capitalised word: a person when a speech verb or role noun says so; otherwise a candidate that
  // resolution keeps only if it is the surname of a person named in full elsewhere.
  // (A possessive after a determiner, "this Nation's", "the Met's", is no person's.)
  const speech = SPEECH_VERBS.has(next) || (SPEECH_VERBS.has(prev) && (tokens[end]?.text === '.' || tokens[end]?.text === ',')) || (isPossessive(tokens[end]) && !DETERMINERS.has(prev));
  // "slums in Narobi": a locative preposition before a name no one bears makes it a place candidate
  // (kept only if it is not the surname of a person in the article: 04-coreference.ts).
  if (/^(in|near|outside)$/.test(prev) && !speech && i > 1) {
    emit(sink, 'Place', i, end, text, placeKey(text), 'place-cue', { meta: { placeCandidate: 'yes' } });
    return;
  }
  // "Argentina's Enarsa", "Brazil's Petrobras": after a country's possessive, a name that is no one's
  // surname is an organisation (coreference decides; see 04-coreference.ts).
  // "Acme's chief operating officer", "Acme's stake in …": a possessive before a role phrase or a
  // company's noun marks a body just as well (rule possessive-org in 04-coreference.ts).
  // ("signed an MoU on trade": an agreement's head word, capitalised as an abbreviation, is no one's
  // surname: phrases read it.)
  if (!speech && !roleBefore && AGREEMENT_HEADS.has(text.toLowerCase())) return;
  const afterCountryPossessive = (isPossessive(tokens[i - 1]) && loadGazetteer().lookup(tokens[i - 2]?.text ?? '')?.kind === 'Country') || (isPossessive(tokens[end]) && (BODY_POSSESSIONS.has(lower(tokens[end + 1])) || corporateRoleAt(tokens, end + 1)));
  emit(sink, 'Person', i, end, text, `person:${text.toLowerCase()}`, roleBefore ? 'role-name' : speech ? 'speech-name' : 'surname', {
    role: roleBefore,
    meta: { candidate: speech || roleBefore ? undefined : 'yes', afterCountry: afterCountryPossessive ? 'yes' : undefined },
  });
}

export { normaliseRole };

/**
 * The end of a lower-case role phrase from k that a capitalised name follows ("senior policy adviser
 * Ana", "chief operating officer Ana"), at most four words ending in a role noun; 0 when there is none.
 */
export function rolePhraseEnd(tokens: Token[], k: number, closedOk = false): number {
  // ("chairman of the joint chiefs of staff committee Ana Ruiz": after the role noun an "of" phrase
  // may qualify it, up to ten words in all.)
  let role = -1;
  for (let q = k; q < k + (role >= 0 ? 10 : 4) && q < tokens.length; q++) {
    const t = tokens[q];
    if (role >= 0 && q > role + 1 && isCapitalised(t) && !NOT_NAMES.has(t.text)) return tokens[role + 1].text === 'of' ? q : 0;
    const ofPhrase = role >= 0 && /^(of|the)$/.test(t.text);
    if (!ofPhrase && (isCapitalised(t) || !/^[a-z][a-z-]*$/.test(t.text) || !/^(NOUN|ADJ|PROPN|VERB)$/.test(t.pos))) return 0;
    if (!ROLE_NOUNS.has(t.lower)) continue;
    if (role < 0) role = q;
    // (Or, when closedOk, an apposition's role that a comma or full stop closes: "Acme's chief officer,".)
    if ((isCapitalised(tokens[q + 1]) && !NOT_NAMES.has(tokens[q + 1].text)) || (closedOk && /^[,.]$/.test(tokens[q + 1]?.text ?? ''))) return q + 1;
  }
  return 0;
}
