// Pass 3: agreements and concerns, which are noun phrases rather than names.
// Agreements: a phrase headed by agreement, arrangement, pact, deal, treaty… with its parties (from
// its modifiers, a possessive, or "between A and B" / "with B") and its subject ("security").
// Concerns: what follows a concern trigger ("expressed concern about X", "denounced X"), split into
// its conjuncts; strong concern phrases without a trigger ("Russia's invasion of Ukraine") are kept
// as candidates that later passes may refer to.

import type { Mention, Sentence, Token } from '../types';
import { mentionsBySentence, type DocContext } from './context';
import { AGREE_VERBS, AGREEMENT_FILLER, AGREEMENT_HEADS, CALENDAR, CONCERN_HEADS, CONCERN_TRIGGERS, CONTRACTING_VERBS, IMPOSE_VERBS, GENERIC_MEASURE_MODIFIERS, MEASURE_FILLERS, MEASURE_HEADS, NEGATIONS, SANCTION_HEADS, SUBJECT_SYNONYMS, WEAK_AGREEMENT_HEADS } from './model/lexicon';
import { isCapitalised, isJoiner, isPossessive, lower, spanText } from './tokens-util';
import { sentenceHas, wordClass } from './word-classes';

const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'any', 'such', 'one', 'each', 'every', 'no', 'some', 'both', 'all', 'another']);
const AFTER_PARTY = new Set(['between', 'with', 'by', 'among', 'involving']);
// Heads whose "of" names members rather than a subject: "an alliance of four nations".
const GROUPING_HEADS = new Set(['alliance', 'coalition', 'grouping', 'bloc', 'partnership', 'pact']);
// Heads strong enough to make a concern without a trigger, when the phrase names a place or country.
const STRONG_CONCERN_HEADS = new Set(['invasion', 'war', 'crackdown', 'crackdowns', 'militarisation', 'militarization', 'aggression', 'annexation', 'occupation', 'tensions', 'abuses', 'conflict', 'assertiveness', 'crisis', 'famine', 'genocide', 'insurgency', 'civil war', 'unrest', 'blockade', 'embargo']);
// Nouns that only introduce what a phrase is about: "plans for X", "attempts to X", "moves towards X".
const LIGHT_NOUNS = new Set(['plan', 'plans', 'proposal', 'proposals', 'move', 'moves', 'attempt', 'attempts', 'effort', 'efforts', 'bid', 'idea', 'prospect', 'threat', 'risk', 'issue', 'question', 'matter', 'support']);
const CLAUSE_STOP = new Set(['however', 'therefore', 'meanwhile', 'which', 'who', 'that', 'as', 'but', 'while', 'because', 'saying', 'arguing', 'since', 'when', 'where', 'if', 'so', 'although', 'though', 'whereas', 'after', 'before', 'amid', 'amidst', 'heating', 'raising', 'could', 'would', 'will', 'is', 'was', 'are', 'were', 'has', 'have', 'had']);
const TRIGGER_PREPS = new Set(['about', 'over', 'with', 'at', 'regarding', 'on', 'of', 'against', 'toward', 'towards', 'concerning']);
const ADVERBS = new Set(['strongly', 'directly', 'also', 'again', 'repeatedly', 'publicly', 'openly', 'firmly', 'sharply', 'deep', 'deeply', 'grave', 'serious', 'increasing', 'growing', 'particular', 'real', 'shared']);
const PRONOUN_OBJECTS = new Set(['it', 'this', 'that', 'them']);
// Words after which "deal with" is the verb: "to deal with", "help deal with", "must deal with".
const DEAL_VERB_BEFORE = new Set(['to', 'help', 'helps', 'helped', 'helping', 'must', 'can', 'cannot', 'could', 'will', 'would', 'should', 'shall', 'might', 'may', "'ll", 'and', 'or', 'not', 'better']);
// "a great deal of", "a good deal": quantities, not agreements.
const QUANTITY_DEAL = new Set(['great', 'good', 'fair', 'big', 'raw', 'square']);
const COMPARATIVE_DEAL = new Set(['better', 'best', 'bigger', 'worse', 'worst', 'fairer', 'sweeter', 'tougher']);
// Parts of speech a modifier of an agreement head may have ("gas export deal", "US-led coalition").
const MODIFIER_POS = new Set(['ADJ', 'NOUN', 'PROPN', 'VERB', 'NUM', 'SYM']);
const COPULAS = new Set(['is', 'was', 'be', 'been', 'are']);
const LED_WORDS = new Set(['led', 'backed', 'sponsored']);
// Participles of a go-between, who brings the parties to a deal without being one: "a Qatar-mediated deal".
const BROKER_WORDS = new Set(['brokered', 'mediated', 'facilitated']);
// Verbs whose agent runs an agreement after it: "deals to be led by X and Y", "the pact operated by X".
const LEAD_VERBS = new Set(['led', 'run', 'operated', 'managed']);
// Participles whose agent signed the agreement before them: "signed by X and Y", "agreed by X and Y".
// Participles whose agent started an agreement that others join: "a pledge launched by X and Y".
const INITIATING_PARTICIPLES = new Set(['launched', 'initiated', 'drafted']);
// Heads of a loan, whose borrower follows "for" or "to".
const LENDING_HEADS = new Set(['loan', 'bailout']);
// Heads of the purchase of a firm, whose target follows "of": "the takeover of Acme".
const PURCHASE_HEADS = new Set(['takeover', 'acquisition', 'merger', 'buyout']);
const SIGNING_PARTICIPLES = new Set(['signed', 'agreed', 'concluded', 'negotiated', 'struck', 'sealed', 'ratified', 'inked']);
const TALKS_WORDS = new Set(['talks', 'negotiations', 'discussions', 'dialogue', 'summit', 'consultations']);
const TOPIC_PREPS = new Set(['on', 'about', 'over', 'regarding']);
const COMPLEMENT_PREPS = new Set(['of', 'in', 'on', 'against', 'between', 'over']);
const PHRASE_POS = new Set(['ADJ', 'NOUN', 'PROPN']);
const QUOTE_MARK = /^["“”'‘’]$/;

const TRIGGERS = new Map<string, { predicate: 'concernedAbout' | 'opposes'; id: string }>();
for (const t of CONCERN_TRIGGERS) for (const w of t.words) TRIGGERS.set(w, { predicate: t.predicate, id: t.id });
// The words the scans below start from: a sentence with none of a scan's words is not scanned.
const AGREEMENT_HEAD = wordClass(AGREEMENT_HEADS);
const TRIGGER = wordClass(TRIGGERS.keys());
const TALKS_WORD = wordClass(TALKS_WORDS);
const CONCERN_OR_MEASURE_HEAD = wordClass([...MEASURE_HEADS, ...STRONG_CONCERN_HEADS]);

export interface ConcernTrigger {
  sentence: number;
  token: number;
  predicate: 'concernedAbout' | 'opposes';
  rule: string;
  /** Mention ids of the concerns or agreements it is about; 'pronoun' when the object is "it". */
  objects: string[];
  pronoun?: boolean;
  /** The rule has read negation and modality itself ("cannot support X" is opposition, not a negated fact). */
  ownScope?: boolean;
  /** Where the subject is looked for when not before `token`: the first verb of "held talks with X and discussed Y". */
  subjectToken?: number;
  /** The subjects themselves, when the pattern found them where no clause subject stands ("In Chile, there is concern …"). */
  subjectIds?: string[];
  /** The subject is whoever speaks the quotation the trigger stands in, also one run on from an earlier sentence. */
  bySpeaker?: boolean;
}

/** Adds agreement and concern mentions (and the concern triggers, for the relations pass). */
export function findPhrases(ctx: DocContext & { triggers?: ConcernTrigger[] }): void {
  ctx.triggers = [];
  const mentionsIn = mentionsBySentence(ctx);
  const acronyms = new Map<string, Mention>();
  for (const s of ctx.sentences) {
    const existing = mentionsIn(s.index);
    const agreements = [...findAgreements(s, existing, ctx), ...findLawNames(s, existing)];
    dropNamesInside(ctx.mentions, agreements);
    agreementAcronyms(s, existing, agreements, acronyms);
    ctx.mentions.push(...agreements);
    // (existing is in token order already, and the sort is stable: without agreements it is that order.)
    const withAgreements = agreements.length ? [...existing, ...agreements].sort((a, b) => a.tokenStart - b.tokenStart) : existing;
    findConcerns(s, withAgreements, ctx);
  }
}

// Last words of a law's name: "the Clean Air Act", "the Online Safety Bill".
const LAW_NAME_HEADS = new Set(['Act', 'Bill', 'Law']);

/**
 * "the Clean Air Act", "the CHIPS and Science Act", "Kora's Online Safety Bill": a law or bill by
 * its name, after "the" or a possessive, is a policy people support or fight, a Concern (rule
 * law-name). Names inside it ("the Dodd-Frank Act") are the law's, not mentions of their own.
 */
function findLawNames(s: Sentence, ms: Mention[]): Mention[] {
  const tokens = s.tokens;
  const out: Mention[] = [];
  for (let k = 2; k < tokens.length; k++) {
    // (The first letter first: this runs on every token.)
    const c = tokens[k].text.charCodeAt(0);
    if ((c !== 65 && c !== 66 && c !== 76) || !LAW_NAME_HEADS.has(tokens[k].text)) continue;
    let from = k;
    while (from > 0 && (/^[\p{Lu}\d]/u.test(tokens[from - 1].text) || (/^(and|of|for|&)$/.test(tokens[from - 1].text) && /^\p{Lu}/u.test(tokens[from - 2]?.text ?? '')) || (/^[-–]$/.test(tokens[from - 1].text) && tokens[from - 1].space === ''))) from--;
    while (from < k && (!/^\p{Lu}/u.test(tokens[from].text) || tokens[from].text === 'The')) from++;
    const before = tokens[from - 1];
    // (Not a body's name that ends in the word, "the Northwestern College of Law", nor "the Rule of Law".)
    if (from === k || !before || !(before.lower === 'the' || isPossessive(before)) || coveringMention(ms, k) || tokens[k - 1].text === 'of') continue;
    const name = spanText(tokens, from, k + 1);
    out.push({ id: `l${s.index}.${k}`, kind: 'Concern', text: name, name, key: '', sentence: s.index, tokenStart: from, tokenEnd: k + 1, start: tokens[from].start, end: tokens[k].end, role: undefined, rule: 'law-name', meta: { entities: [], named: 'yes' } });
  }
  return out;
}

/** "the Treaty of Rome": a place or name inside an agreement's name is no mention of its own. */
function dropNamesInside(mentions: Mention[], agreements: Mention[]): void {
  for (const a of agreements) {
    if (a.meta?.named !== 'yes') continue;
    for (let i = mentions.length - 1; i >= 0; i--) {
      const m = mentions[i];
      if (m.sentence === a.sentence && m.kind !== 'Agreement' && m.tokenStart >= a.tokenStart && m.tokenEnd <= a.tokenEnd) mentions.splice(i, 1);
    }
  }
}

export function coveringMention(ms: Mention[], k: number): Mention | undefined {
  return ms.find((m) => m.tokenStart <= k && k < m.tokenEnd);
}

/** Agreement phrases of one sentence, in token order (and extends named agreements by their head word). */
// Nouns of a body of rules that an agreement's head may qualify: "takeover rules", "contract law".
const RULE_NOUNS = new Set(['rules', 'regulations', 'law', 'laws', 'regime', 'regimes', 'panel']);

function findAgreements(s: Sentence, ms: Mention[], _ctx: DocContext): Mention[] {
  const tokens = s.tokens;
  const out: Mention[] = [];
  if (!sentenceHas(s, AGREEMENT_HEAD)) return out;
  for (let k = 0; k < tokens.length; k++) {
    const head = lower(tokens[k]);
    if (!AGREEMENT_HEADS.has(head) || tokens[k].pos === 'VERB' || coveringMention(ms, k)) continue;
    // "The Alden Church sanctions only fasting", "Acme contracts the work out": a body, then the head's
    // third-person form before a determiner or an adverb, is the body's verb, whatever the tagger says.
    if (head.endsWith('s') && /^(DET|ADV|PRON)$/.test(tokens[k + 1]?.pos ?? '') && ms.some((m) => m.tokenEnd === k && (m.kind === 'Organization' || m.kind === 'Country'))) continue;
    // "a great deal of", "a good deal": quantities, not agreements.
    if ((head === 'deal' || head === 'deals') && QUANTITY_DEAL.has(lower(tokens[k - 1]))) continue;
    // "under UK takeover rules", "the ceasefire regime": the head only qualifies a body of rules.
    if (RULE_NOUNS.has(lower(tokens[k + 1]))) continue;
    // "a better deal", "the bigger and better Republican deal": a comparative before "deal" (past one
    // capitalised word) speaks of terms someone gets, not of an agreement.
    if (head === 'deal' && (COMPARATIVE_DEAL.has(lower(tokens[k - 1])) || (isCapitalised(tokens[k - 1]) && COMPARATIVE_DEAL.has(lower(tokens[k - 2]))))) continue;
    // "to help deal with debt", "must deal with it": the verb, whatever the tagger says.
    if (head === 'deal' && lower(tokens[k + 1]) === 'with' && DEAL_VERB_BEFORE.has(lower(tokens[k - 1]))) continue;
    // "the AUKUS agreement": the head word belongs to the named agreement before it.
    const named = coveringMention(ms, k - 1);
    if (named?.kind === 'Agreement') {
      named.tokenEnd = k + 1;
      named.end = tokens[k].end;
      named.text = spanText(tokens, named.tokenStart, k + 1);
      continue;
    }
    // "in agreement", "made in partnership with": idioms, not agreements.
    if (lower(tokens[k - 1]) === 'in' && (head === 'agreement' || head === 'partnership')) continue;
    // A code is an agreement only as a "code of conduct" or "of practice" (not "the tax code").
    if (head === 'code' && !(lower(tokens[k + 1]) === 'of' && /^(conduct|practice)$/.test(lower(tokens[k + 2])))) continue;
    const m = toAgreement(s, ms, k, head);
    if (m && head === 'code') {
      m.meta = { ...m.meta, head: `code of ${lower(tokens[k + 2])}` };
      m.tokenEnd = k + 3;
      m.end = tokens[k + 2].end;
      m.text = m.name = spanText(tokens, m.tokenStart, k + 3);
    }
    if (m) out.push(m);
  }
  return out;
}

/**
 * Where an agreement's capitalised name starts, given the start a of its last run of capitalised words:
 * "the Basic Exchange and Cooperation Agreement" runs on back across "and", "of" or "for" to the
 * capitalised words before them, unless they are a name of their own (a country, a body).
 */
function nameStart(tokens: Token[], ms: Mention[], a: number): number {
  let from = a;
  while (from >= 2 && /^(and|of|for|&)$/.test(tokens[from - 1].text) && /^\p{Lu}/u.test(tokens[from - 2].text) && !coveringMention(ms, from - 2)) {
    let q = from - 2;
    while (q > 0 && /^\p{Lu}/u.test(tokens[q - 1].text) && !coveringMention(ms, q - 1)) q--;
    from = q;
  }
  return from;
}

/**
 * "the Basic Exchange and Cooperation Agreement (BECA)": the acronym in parentheses after an
 * agreement's name, and that acronym anywhere after it in the document, name the agreement, not a
 * body (02-names read it as one): such mentions become mentions of the agreement.
 */
function agreementAcronyms(s: Sentence, ms: Mention[], agreements: Mention[], acronyms: Map<string, Mention>): void {
  const tokens = s.tokens;
  for (const a of agreements) {
    if (a.rule !== 'agreement-name' || tokens[a.tokenEnd]?.text !== '(' || tokens[a.tokenEnd + 2]?.text !== ')') continue;
    const t = tokens[a.tokenEnd + 1];
    const initials = a.name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
    if (/^[A-Z]{2,8}$/.test(t.text) && initials === t.text) acronyms.set(t.text, a);
  }
  if (!acronyms.size) return;
  for (const m of ms) {
    const a = m.kind === 'Organization' && m.tokenEnd - m.tokenStart === 1 ? acronyms.get(m.text) : undefined;
    if (!a || (a.sentence === m.sentence && m.tokenStart < a.tokenEnd)) continue;
    Object.assign(m, { kind: 'Agreement', name: a.name, key: a.key, rule: 'agreement-acronym', meta: { parties: [], subject: [], head: a.meta?.head } });
  }
}

/** The agreement phrase headed by token k, or undefined when the head is a kind, a quantity or an idiom. */
function toAgreement(s: Sentence, ms: Mention[], k: number, head: string): Mention | undefined {
  const tokens = s.tokens;
  const { start: a, parties, modifiers } = scanModifiers(tokens, ms, k);
  addOwnerParties(tokens, ms, k, a, parties);
  addFollowingParties(tokens, ms, k, head, parties);
  addLeaderParties(tokens, ms, k, a, parties);
  // (A lender "approved" or "extended" a loan as a body imposes sanctions: its subject is a party.)
  if (SANCTION_HEADS.has(head) || LENDING_HEADS.has(head)) addImposerParties(tokens, ms, a, parties);
  if (!parties.length) addLaterBetween(tokens, ms, k, parties);
  const subject = toSubject(modifiers);
  // "an agreement on fishing rights", "a memorandum of understanding on health cooperation": with no
  // subject before the head, the lower-case nouns after "on" say what it is about (so that two deals
  // of one pair of parties on different things stay two).
  if (!subject.length) subject.push(...subjectAfterOn(tokens, k));
  // "the Abraham Accords", "the Good Friday Agreement": a capitalised name is an agreement by itself.
  // (Not in a Title Case Headline, where every word is capitalised, nor when the phrase names parties.)
  // (Names count for nothing: "The Acme Accord was signed in Lima by Ana Ruiz" is no headline.)
  // (Counted only for a capitalised head: the words and their mentions cost a scan of the sentence.)
  const titleCase = () => {
    const words = tokens.filter((t, q) => /^\p{L}/u.test(t.text) && !coveringMention(ms, q));
    return words.filter((t) => /^\p{Lu}/u.test(t.text)).length > 0.6 * words.length;
  };
  // ("Convention" names meetings as often as treaties: "the Legion Convention" met in Boston.)
  const properName = !parties.length && !/^conventions?$/.test(head) && /^\p{Lu}/u.test(tokens[k].text) && k > a && tokens.slice(a, k).every((t) => /^[\p{Lu}\d]/u.test(t.text) || /^[-–]$/.test(t.text)) && !titleCase();
  // "the 1923 Treaty of Lausanne", "the Convention on Biological Diversity": a capitalised head and
  // its "of"/"on" tail name the agreement (a year before it is no part of the name).
  const tail = /^\p{Lu}/u.test(tokens[k].text) && !titleCase() ? namedTail(tokens, k) : k + 1;
  if (tail > k + 1) {
    let from = k;
    while (from > a && /^\p{Lu}/u.test(tokens[from - 1].text) && !coveringMention(ms, from - 1)) from--;
    const name = spanText(tokens, from, tail);
    // (The places and names inside the name are the agreement's name, not parties: only who signed it.)
    const signatories: string[] = [];
    addFollowingParties(tokens, ms, tail - 1, head, signatories);
    return { id: `a${s.index}.${k}`, kind: 'Agreement', text: name, name, key: `agreement:${name.toLowerCase()}`, sentence: s.index, tokenStart: from, tokenEnd: tail, start: tokens[from].start, end: tokens[tail - 1].end, role: undefined, rule: 'agreement-name', meta: { parties: signatories, subject, head: canonicalHead(head), named: 'yes' } };
  }
  if (properName) {
    const from = nameStart(tokens, ms, a);
    const name = spanText(tokens, from, k + 1);
    return { id: `a${s.index}.${k}`, kind: 'Agreement', text: name, name, key: `agreement:${name.toLowerCase()}`, sentence: s.index, tokenStart: from, tokenEnd: k + 1, start: tokens[from].start, end: tokens[k].end, role: undefined, rule: 'agreement-name', meta: { parties, subject, head: canonicalHead(head) } };
  }
  // ("G7 leaders pledge support", "banks loan money": a head that is also a verb, used as one.)
  if ((head === 'pledge' || head === 'loan') && (tokens[k].pos === 'VERB' || (/s$/.test(lower(tokens[k - 1])) && tokens[k - 1]?.pos === 'NOUN' && /^(NOUN|ADJ)$/.test(tokens[k + 1]?.pos ?? '')))) return undefined;
  const plural = /s$/.test(head) && head !== 'mou';
  // ("communique" too: a communique is agreed by those who issue it only when it is joint or final.)
  if ((head === 'statement' || head === 'communique' || head === 'communiqué') && !modifiers.includes('joint') && !modifiers.includes('final')) return undefined;
  // Weak heads ("joint statement", "alliance", "partnership") make an agreement only with parties,
  // or as the object of a contracting verb ("Zenco won a contract", "signed a licence").
  // (A demonym alone makes no party of one: "a valid American driving licence", "the accepted Chinese
  // convention" are a kind of licence and a custom.)
  const named = parties.filter((id) => ms.find((m) => m.id === id)?.meta?.demonym !== 'yes');
  if (WEAK_AGREEMENT_HEADS.has(head) && !named.length && !(head !== 'statement' && contracted(tokens, a))) return undefined;
  // "the Assembly district organizing convention Wednesday night", "the state Democratic convention":
  // a lower-case convention is a treaty only with what it is on or against ("the convention on
  // torture") or a verb that signs it; else it is a party's gathering.
  if (head === 'convention' && !/^(on|against|between|for)$/.test(lower(tokens[k + 1])) && !contracted(tokens, a)) return undefined;
  // "similar agreements with other countries" speaks of a kind, not of one agreement; "similar
  // agreements with Chile and Peru" of others like the one just named, which the text does not tell apart.
  if (plural && (!parties.length || modifiers.includes('similar'))) return undefined;
  // "the agreement", "this arrangement" point back; "a deal" with nothing said of it is new, and is
  // kept only if a verb gives it parties ("the two leaders agreed … a deal").
  const determiner = lower(tokens[a - 1]);
  // (A headline drops the article: "Chile and Peru agree truce", "Peru signs deal" speak of a new one.)
  // ("the pledge, which was launched by X and Y" still points back: the clause says who began it.)
  const relative = tokens[k + 1]?.text === ',' && lower(tokens[k + 2]) === 'which';
  const anaphor = (!parties.length || (relative && determiner === 'the')) && !subject.length && !/^(a|an|another)$/.test(determiner) && !AGREE_VERBS.has(determiner);
  const start = a;
  return {
    id: `a${s.index}.${k}`,
    kind: 'Agreement',
    text: spanText(tokens, start, k + 1),
    name: spanText(tokens, start, k + 1),
    key: '',
    sentence: s.index,
    tokenStart: start,
    tokenEnd: k + 1,
    start: tokens[start].start,
    end: tokens[k].end,
    role: undefined,
    rule: anaphor ? 'agreement-anaphor' : 'agreement-np',
    meta: { parties, subject, head: canonicalHead(head), anaphor: anaphor ? 'yes' : undefined, bare: !parties.length && !subject.length && !anaphor ? 'yes' : undefined, negated: negatedAgreement(tokens, start) ? 'yes' : undefined },
  };
}

/**
 * Where the "of"/"on" tail of a capitalised agreement head ends ("Treaty of Lausanne", "Treaty on the
 * Non-Proliferation of Nuclear Weapons"), or k + 1 when there is none: capitalised words, with "the",
 * "of", "and", "for" between them.
 */
function namedTail(tokens: Token[], k: number): number {
  if (!/^(of|on)$/.test(tokens[k + 1]?.text ?? '')) return k + 1;
  let q = k + 2;
  if (tokens[q]?.text === 'the') q++;
  if (!/^\p{Lu}/u.test(tokens[q]?.text ?? '') || CALENDAR.has(tokens[q].text)) return k + 1;
  let end = q + 1;
  let r = end;
  while (r < tokens.length) {
    const t = tokens[r];
    if (/^\p{Lu}/u.test(t.text) || (/^[-–]$/.test(t.text) && t.space === '' && /^\p{Lu}/u.test(tokens[r + 1]?.text ?? ''))) {
      end = ++r;
      continue;
    }
    // (A connector only between capitalised words: "of Nuclear Weapons", "of the Child".)
    // ("the Treaty of Lima and the Treaty of Quito": "and the" starts another name.)
    let n = r + 1;
    if (tokens[n]?.text === 'the' && /^(of|for)$/.test(t.text)) n++;
    if (/^(of|and|for)$/.test(t.text) && /^\p{Lu}/u.test(tokens[n]?.text ?? '') && !AGREEMENT_HEADS.has(lower(tokens[n]))) {
      r = n;
      continue;
    }
    break;
  }
  return end;
}

/**
 * Walks back from the head over its modifiers: parties named in them ("the China–Solomon Islands
 * pact"), compounds ("food-for-oil deal") and subject words ("gas export deal"). Returns where the
 * phrase starts.
 */
function scanModifiers(tokens: Token[], ms: Mention[], k: number): { start: number; parties: string[]; modifiers: string[] } {
  let a = k;
  const parties: string[] = [];
  const modifiers: string[] = [];
  while (a > 0) {
    const p = a - 1;
    const t = tokens[p];
    const m = coveringMention(ms, p);
    if (m && (m.kind === 'Country' || m.kind === 'Organization')) {
      // "a Qatar-mediated deal": the go-between of a deal is no party to it.
      if (!(/^[-–]$/.test(tokens[m.tokenEnd]?.text ?? '') && BROKER_WORDS.has(lower(tokens[m.tokenEnd + 1])))) parties.unshift(m.id);
      a = m.tokenStart;
      continue;
    }
    if (isJoiner(tokens, p) || /^[-–—]$/.test(t.text)) {
      // "food-for-oil deal": a hyphenated compound is one modifier, whatever its parts are.
      a = p;
      if (p > 0 && /^[\p{Ll}\d]/u.test(tokens[p - 1].text) && !coveringMention(ms, p - 1)) {
        modifiers.unshift(lower(tokens[p - 1]));
        a = p - 1;
      }
      continue;
    }
    const w = lower(t);
    if (DETERMINERS.has(w) || isPossessive(t) || m) break;
    if (MODIFIER_POS.has(t.pos) && /^[\p{L}\d$£€¥]/u.test(t.text) && !COPULAS.has(w)) {
      if (t.pos === 'VERB' && !/(ing|ed)$/.test(w)) break;
      if (AGREE_VERBS.has(w) && !/(ing)$/.test(w)) break; // headline "Egypt and Israel seal trade deal"
      if (IMPOSE_VERBS.has(w)) break; // "the US imposed sanctions": the verb is no modifier
      // "$240m", "£21bn": the value of a deal is not its subject.
      if (!/^[\d$£€¥]/.test(w) && !/^\d*(m|bn|k|million|billion|trillion)$/.test(w)) modifiers.unshift(w);
      a = p;
      continue;
    }
    break;
  }
  return { start: a, parties, modifiers };
}

/**
 * "no deal between X and Y", "left without an agreement", "failed to reach a deal with Y": an
 * agreement said not to exist names no parties (CONTRACT.md: a negated statement is no fact).
 */
function negatedAgreement(tokens: Token[], a: number): boolean {
  const before = lower(tokens[a - 1]);
  if (before === 'no' || before === 'without' || (/^(a|an|any)$/.test(before) && lower(tokens[a - 2]) === 'without')) return true;
  for (let q = a - 1; q >= Math.max(0, a - 5); q--) {
    if (/^[.,;:]$/.test(tokens[q].text)) break;
    if (/^(failed|fails|fail|refused|refuses|refuse|declined)$/.test(tokens[q].lower) && lower(tokens[q + 1]) === 'to') return true;
  }
  return false;
}

/** Whether a contracting verb stands right before the phrase starting at a ("won a $3bn contract"). */
function contracted(tokens: Token[], a: number): boolean {
  let q = a - 1;
  if (/^(a|an|the|its|their|this)$/.test(lower(tokens[q]))) q--;
  // ("signed up to a pledge", "signed on to the pledge".)
  if (/^(to|onto)$/.test(lower(tokens[q])) && /^(up|on)$/.test(lower(tokens[q - 1]))) q -= 2;
  return CONTRACTING_VERBS.has(lower(tokens[q]));
}

/** "China's pact with …", "its alliance with the United States": the owner of the phrase is a party. */
function addOwnerParties(tokens: Token[], ms: Mention[], k: number, a: number, parties: string[]): void {
  // ("Acme's $69bn (£55bn) takeover": an amount in another currency in parentheses stands between.)
  if (tokens[a - 1]?.text === ')') {
    let b = a - 2;
    while (b > a - 7 && b > 0 && tokens[b].text !== '(') b--;
    while (b > 0 && (tokens[b - 1].pos === 'NUM' || tokens[b - 1].pos === 'SYM' || /^(m|bn|k|million|billion|trillion)$/.test(tokens[b - 1].lower))) b--;
    if (tokens[b]?.text !== ')' && isPossessive(tokens[b - 1])) a = b;
  }
  // "China's pact with …": the possessor is a party.
  if (isPossessive(tokens[a - 1])) {
    const m = coveringMention(ms, a - 2);
    if (m && (m.kind === 'Country' || m.kind === 'Organization' || m.kind === 'Person')) parties.unshift(m.id);
  }
  // "its alliance with the United States": "its" is the country named before it in the sentence, or,
  // in a fronted phrase ("Beyond its alliance with the US, Japan has …"), the one after the comma.
  if (/^(its|their)$/.test(lower(tokens[a - 1]))) {
    let owner = [...ms].reverse().find((m) => isParty(m) && m.tokenEnd <= a - 1);
    if (!owner) {
      const comma = tokens.findIndex((t, q) => q > k && t.text === ',');
      owner = comma > 0 ? ms.find((m) => isParty(m) && m.tokenStart > comma && m.tokenStart <= comma + 3) : undefined;
    }
    if (owner) parties.unshift(owner.id);
  }
}

function isParty(m: Mention): boolean {
  return m.kind === 'Country' || m.kind === 'Organization';
}

/** "… agreement between China and Solomon Islands", "a pact with the Solomon Islands", "signed by X and Y". */
function addFollowingParties(tokens: Token[], ms: Mention[], k: number, head: string, parties: string[]): void {
  let j = k + 1;
  // "transport deals, to be led by Gazprom and ONGC", "the coalition led by X": who leads or runs the
  // deals is a party to them, as who signs them is.
  // ("the fishing pact, signed by Chile and Peru in May, …": an apposition names its signatories.)
  // ("the Treaty of Alden, which was signed by Kora and Lusa": the relative clause names them too.)
  const relative = tokens[j]?.text === ',' && /^(which|that)$/.test(lower(tokens[j + 1])) ? (/^(was|were|is|are)$/.test(lower(tokens[j + 2])) ? 2 : /^(has|had|have)$/.test(lower(tokens[j + 2])) && lower(tokens[j + 3]) === 'been' ? 3 : 0) : 0;
  if (relative && SIGNING_PARTICIPLES.has(lower(tokens[j + relative + 1])) && lower(tokens[j + relative + 2]) === 'by') j += relative + 1;
  else if (tokens[j]?.text === ',' && lower(tokens[j + 1]) === 'to' && lower(tokens[j + 2]) === 'be' && LEAD_VERBS.has(lower(tokens[j + 3]))) j += 3;
  else if (tokens[j]?.text === ',' && (SIGNING_PARTICIPLES.has(lower(tokens[j + 1])) || LEAD_VERBS.has(lower(tokens[j + 1]))) && lower(tokens[j + 2]) === 'by') j += 1;
  // ("the pledge, which was launched by X, Y and Z": a relative clause names its initiators.)
  else if (tokens[j]?.text === ',' && lower(tokens[j + 1]) === 'which' && /^(was|were|is|are|has been|had been)$/.test(lower(tokens[j + 2])) && INITIATING_PARTICIPLES.has(lower(tokens[j + 3])) && lower(tokens[j + 4]) === 'by') j += 3;
  if ((SIGNING_PARTICIPLES.has(lower(tokens[j])) || LEAD_VERBS.has(lower(tokens[j])) || INITIATING_PARTICIPLES.has(lower(tokens[j]))) && lower(tokens[j + 1]) === 'by') j += 1;
  // "an alliance of the US, India, Australia and Japan": members of a grouping follow "of".
  const ofMembers = lower(tokens[j]) === 'of' && GROUPING_HEADS.has(head);
  // "a $3bn loan for Ruritania", "a bailout to Ruritania": the borrower follows "for" or "to"; "the
  // takeover of Acme": the firm bought follows "of".
  const borrower = (/^(for|to)$/.test(lower(tokens[j])) && LENDING_HEADS.has(head)) || (lower(tokens[j]) === 'of' && PURCHASE_HEADS.has(head));
  if (!AFTER_PARTY.has(lower(tokens[j])) && !ofMembers && !borrower) return;
  j++;
  while (j < tokens.length) {
    const w = lower(tokens[j]);
    if (w === 'the' || w === 'both') {
      j++;
      continue;
    }
    // ("crisis-hit Ruritania", "cash-strapped Ruritania": a hyphenated adjective before the party.)
    if (/^\p{Ll}/u.test(tokens[j].text) && /^[-–]$/.test(tokens[j + 1]?.text ?? '') && /^\p{Ll}/u.test(tokens[j + 2]?.text ?? '') && !tokens[j + 1].space) {
      j += 3;
      continue;
    }
    const m = partyAt(tokens, ms, j);
    if (!m) break;
    parties.push(m.id);
    j = m.tokenEnd;
    // A list goes on after "and", or after a comma only when another party follows it.
    const after = lower(tokens[j]);
    if (after === 'and' || (after === ',' && listContinues(tokens, ms, j + 1))) {
      j++;
      continue;
    }
    break;
  }
}

/** The party named at token j of a list after "between" / "with" / "by", if any. */
function partyAt(tokens: Token[], ms: Mention[], j: number): Mention | undefined {
  let m = coveringMention(ms, j);
  // "between Venezuelan energy firm PDVSA and …": the demonym qualifies the party that follows.
  if (m?.meta?.demonym === 'yes') {
    const end = m.tokenEnd;
    const named = ms.find((x) => x.tokenStart > end && x.tokenStart <= end + 3 && (x.kind === 'Organization' || x.kind === 'Person'));
    if (named) m = named;
  }
  // "… and Argentina's Enarsa": the possessed organisation is the party, not its country.
  if (m && isPossessive(tokens[m.tokenEnd])) {
    const owned = coveringMention(ms, m.tokenEnd + 1);
    if (owned && (owned.kind === 'Organization' || owned.kind === 'Person')) m = owned;
  }
  return m && (m.kind === 'Country' || m.kind === 'Organization' || m.kind === 'Person') ? m : undefined;
}

/**
 * "the United States imposed sanctions on …", "the EU has extended its embargo": the subject of the
 * imposing verb just before the measure is its party (not when negated: "did not impose").
 */
function addImposerParties(tokens: Token[], ms: Mention[], a: number, parties: string[]): void {
  // "adopted a sixth package of sanctions", "imposed a fresh round of sanctions": a measure counted in
  // packages or rounds is imposed by whoever imposes the package.
  if (lower(tokens[a - 1]) === 'of' && MEASURE_BATCHES.has(lower(tokens[a - 2]))) a -= 2;
  let v = a - 1;
  while (v >= 0 && v >= a - 3 && !IMPOSE_VERBS.has(lower(tokens[v]))) v--;
  if (v < 0 || !IMPOSE_VERBS.has(lower(tokens[v]))) return;
  let q = v - 1;
  while (q >= 0 && (tokens[q].pos === 'AUX' || tokens[q].pos === 'ADV' || tokens[q].pos === 'PART')) {
    if (NEGATIONS.has(lower(tokens[q]))) return;
    q--;
  }
  // "The EU on Friday adopted …", "Britain last week imposed …": a time phrase between subject and verb.
  if (q >= 1 && CALENDAR.has(tokens[q].text) && /^(on|last|this|next)$/.test(lower(tokens[q - 1]))) q -= 2;
  else if (q >= 1 && /^(week|month|year)$/.test(lower(tokens[q])) && /^(last|this)$/.test(lower(tokens[q - 1]))) q -= 2;
  else if (q >= 0 && /^(yesterday|today)$/.test(lower(tokens[q]))) q -= 1;
  const m = coveringMention(ms, q);
  if (m && isParty(m) && !parties.includes(m.id)) parties.push(m.id);
}

// Nouns that count measures in batches: "a package of sanctions", "a new round of sanctions".
const MEASURE_BATCHES = new Set(['package', 'packages', 'round', 'rounds', 'wave', 'raft', 'batch', 'set', 'series', 'tranche', 'slew']);

/** "the US-led coalition", "a Saudi-backed deal": the leader is a party. */
function addLeaderParties(tokens: Token[], ms: Mention[], k: number, a: number, parties: string[]): void {
  for (let q = a; q < k; q++) {
    if (LED_WORDS.has(lower(tokens[q])) && /^[-–]$/.test(tokens[q - 1]?.text ?? '')) {
      const m = coveringMention(ms, q - 2);
      if (m && (m.kind === 'Country' || m.kind === 'Organization') && !parties.includes(m.id)) parties.push(m.id);
    }
  }
}

/**
 * "the bilateral arrangement we're now entering into … between New Zealand and Japan": a
 * "between A and B" later in the clause names the parties when nothing closer does.
 */
function addLaterBetween(tokens: Token[], ms: Mention[], k: number, parties: string[]): void {
  for (let q = k + 1; q < Math.min(tokens.length, k + 16) && !/^[.;]$/.test(tokens[q].text); q++) {
    if (lower(tokens[q]) !== 'between') continue;
    const x = coveringMention(ms, q + 1);
    const y = x && lower(tokens[x.tokenEnd]) === 'and' ? coveringMention(ms, x.tokenEnd + 1) : undefined;
    if (x && y && (x.kind === 'Country' || x.kind === 'Organization') && (y.kind === 'Country' || y.kind === 'Organization')) parties.push(x.id, y.id);
    break;
  }
}

/** The subject words of an agreement from its modifiers ("gas export deal" → gas, export). */
// Nouns after "on" that say how or when, not what about: "on behalf of", "on separate occasions".
const ON_ADVERBIAL = new Set(['behalf', 'occasion', 'occasions', 'condition', 'conditions', 'time', 'average', 'paper', 'record', 'hold', 'course', 'track', 'board', 'site', 'terms', 'account', 'balance', 'principle', 'schedule', 'separate', 'several', 'two', 'three']);

/** The lower-case nouns (and adjectives before them) after "on" that follow the head at k, or none. */
function subjectAfterOn(tokens: Token[], k: number): string[] {
  let q = k + 1;
  if (lower(tokens[q]) === 'of' && lower(tokens[q + 1]) === 'understanding') q += 2;
  if (lower(tokens[q]) !== 'on' || ON_ADVERBIAL.has(lower(tokens[q + 1]))) return [];
  const from = q + 1;
  let end = from;
  while (end < tokens.length && end - from < 3 && /^(NOUN|ADJ)$/.test(tokens[end].pos) && /^[a-z][a-z-]*$/.test(tokens[end].text)) end++;
  // (The phrase ends in a noun; "on Monday", capitalised, is no subject.)
  while (end > from && tokens[end - 1].pos !== 'NOUN') end--;
  return toSubject(tokens.slice(from, end).map((t) => t.lower));
}

function toSubject(modifiers: string[]): string[] {
  const subject: string[] = [];
  for (const w of modifiers) {
    if (AGREEMENT_FILLER.has(w)) continue;
    const mapped = SUBJECT_SYNONYMS[w] ?? w;
    for (const part of mapped.split(' ')) if (part && !subject.includes(part)) subject.push(part);
  }
  return subject;
}

function listContinues(tokens: Token[], ms: Mention[], j: number): boolean {
  // After a comma: "X, Y and Z" goes on; "X, Japan has formed …" does not.
  let q = j;
  if (lower(tokens[q]) === 'the') q++;
  const m = coveringMention(ms, q);
  if (!m || !(m.kind === 'Country' || m.kind === 'Organization' || m.kind === 'Person')) return false;
  const after = lower(tokens[m.tokenEnd]);
  return after === 'and' || after === ',' || after === 'or';
}

function canonicalHead(head: string): string {
  // "sanctions" names one measure in the plural; "embargoes" is the plural of "embargo".
  if (head === 'sanctions' || head === 'embargo') return head;
  if (head === 'embargoes') return 'embargo';
  const h = head.replace(/(ies)$/, 'y').replace(/s$/, '');
  return h === 'mou' ? 'memorandum' : h;
}

/** Concern phrases and triggers of one sentence: after triggers, as topics of talks, then strong heads. */
function findConcerns(s: Sentence, ms: Mention[], ctx: DocContext & { triggers?: ConcernTrigger[] }): void {
  const tokens = s.tokens;
  // Token positions already inside a concern, so the strong-head scan does not take them twice.
  const used = new Set<number>();
  if (sentenceHas(s, TRIGGER)) {
    for (let k = 0; k < tokens.length; k++) {
      const trig = TRIGGERS.get(lower(tokens[k]));
      if (trig && !coveringMention(ms, k)) addTriggerConcerns(s, ms, ctx, k, trig, used);
    }
  }
  if (sentenceHas(s, TALKS_WORD)) for (let k = 0; k < tokens.length; k++) if (TALKS_WORDS.has(lower(tokens[k]))) addTalksTopic(s, ms, ctx, k, used);
  // Strong concern phrases with no trigger: candidates for "denounced it" and for merging; and measures
  // with a name of their own ("the sales tax bill"): candidates for a later "the bill". (One scan.)
  if (!sentenceHas(s, CONCERN_OR_MEASURE_HEAD)) return;
  for (let k = 0; k < tokens.length; k++) {
    if (used.has(k)) continue;
    if (k > 0 && MEASURE_HEADS.has(tokens[k].lower)) {
      addMeasure(s, ms, ctx, k, used);
      continue;
    }
    if (!STRONG_CONCERN_HEADS.has(lower(tokens[k])) || coveringMention(ms, k)) continue;
    k = addStrongConcern(s, ms, ctx, k);
  }
}

/** The concerns after the trigger at k ("expressed concern about X and Y"), and the trigger itself. */
function addTriggerConcerns(s: Sentence, ms: Mention[], ctx: DocContext & { triggers?: ConcernTrigger[] }, k: number, trig: { predicate: 'concernedAbout' | 'opposes'; id: string }, used: Set<number>): void {
  const tokens = s.tokens;
  let j = k + 1;
  // "concern that …" states a proposition, not a concern about a thing.
  while (j < tokens.length && (QUOTE_MARK.test(tokens[j].text) || ADVERBS.has(lower(tokens[j])))) j++;
  if (lower(tokens[j]) === 'that') {
    // "concerned that the deal favoured X": a clause whose subject is an agreement is a concern about it.
    const a = ms.find((m) => m.kind === 'Agreement' && m.tokenStart > j && m.tokenStart <= j + 2 && tokens.slice(j + 1, m.tokenStart).every((t) => /^(the|this|new)$/.test(t.lower)));
    if (a && /^(VERB|AUX)$/.test(tokens[a.tokenEnd]?.pos ?? '')) ctx.triggers!.push({ sentence: s.index, token: k, predicate: trig.predicate, rule: `${trig.id}-that`, objects: [a.id] });
    return;
  }
  // "concern about protecting peace": a gerund with its own object is an aim, not a concern.
  let g = TRIGGER_PREPS.has(lower(tokens[j])) ? j + 1 : j;
  while (g < tokens.length && QUOTE_MARK.test(tokens[g].text)) g++;
  if (/ing$/.test(lower(tokens[g])) && tokens[g].pos === 'VERB' && !CONCERN_HEADS.has(lower(tokens[g + 1]))) return;
  // "accused China of aggressive actions in …": the accused is the actor of the concern that follows "of".
  // "warned Israel against any attack …": the one warned is skipped; the concern follows the preposition.
  let accused: Mention | undefined;
  const addressee = ms.find((m) => m.tokenStart === j && (m.kind === 'Country' || m.kind === 'Organization' || m.kind === 'Person'));
  if (/^accus/.test(lower(tokens[k]))) {
    accused = addressee;
    if (!accused || lower(tokens[accused.tokenEnd]) !== 'of') return;
    j = accused.tokenEnd;
  } else if (/^(warn|caution|urg)/.test(lower(tokens[k])) && addressee && /^(against|about|over|of)$/.test(lower(tokens[addressee.tokenEnd]))) {
    j = addressee.tokenEnd;
  }
  // ("opposition to the dam", "objections to the levy": these take "to".)
  if (TRIGGER_PREPS.has(lower(tokens[j])) || (lower(tokens[j]) === 'to' && /^(opposition|objections?|resistance|hostility)$/.test(lower(tokens[k])))) j++;
  else if (!/^(condemn|denounc|oppos|criticis|criticiz|reject|object)/.test(lower(tokens[k]))) {
    // A noun trigger with no preposition ("a shared concern", "with concern") may look back.
    ctx.triggers!.push({ sentence: s.index, token: k, predicate: trig.predicate, rule: `${trig.id}-back`, objects: [] });
    return;
  }
  const end = objectEnd(tokens, j, ms);
  if (end <= j) return;
  const objects: string[] = [];
  let pronoun = false;
  for (const c of conjuncts(tokens, j, end, ms)) {
    if (c.prefix && c.entity) {
      const d = distributedConcern(s, c.prefix, c.entity, ms);
      if (d) {
        ctx.mentions.push(d);
        objects.push(d.id);
      }
      continue;
    }
    if (c.end - c.start === 1 && PRONOUN_OBJECTS.has(lower(tokens[c.start]))) {
      pronoun = true;
      continue;
    }
    addConjunctConcern(s, ms, ctx, c, objects, used);
  }
  if (accused) {
    for (const m of ctx.mentions) {
      if (m.kind !== 'Concern' || !objects.includes(m.id)) continue;
      const entities = (m.meta?.entities as string[] | undefined) ?? [];
      m.meta = { ...m.meta, entities: [accused.id, ...entities.filter((e) => e !== accused!.id)], actor: accused.id };
    }
  }
  if (objects.length || pronoun) ctx.triggers!.push({ sentence: s.index, token: k, predicate: trig.predicate, rule: trig.id, objects, pronoun });
}

/** One conjunct of a trigger's object: an agreement it names, or a new concern. */
function addConjunctConcern(s: Sentence, ms: Mention[], ctx: DocContext, c: Conjunct, objects: string[], used: Set<number>): void {
  const words = trimSpan(s.tokens, c.start, c.end);
  if (!words) return;
  const [ws, we] = words;
  const agreement = ms.find((m) => (m.kind === 'Agreement' || m.rule === 'law-name') && m.tokenStart >= ws && m.tokenEnd <= we);
  if (agreement) {
    objects.push(agreement.id);
    return;
  }
  const concern = makeConcern(s, ws, we, ms, 'concern-object');
  if (concern) {
    ctx.mentions.push(...concern);
    objects.push(...concern.map((c) => c.id));
  }
  for (let q = ws; q < we; q++) used.add(q);
}

/**
 * "talks on the future of Gibraltar", "negotiations over Kashmir's status": the topic of talks is
 * an issue the parties care about; it is a concern with what it involves, whoever holds it.
 */
function addTalksTopic(s: Sentence, ms: Mention[], ctx: DocContext, k: number, used: Set<number>): void {
  const tokens = s.tokens;
  let j = k + 1;
  if (lower(tokens[j]) === 'held') j++;
  if (!TOPIC_PREPS.has(lower(tokens[j]))) return;
  const end = objectEnd(tokens, j + 1, ms, false);
  const c = makeConcern(s, j + 1, end, ms, 'talks-topic');
  if (c) {
    for (const m of c) if (((m.meta?.entities as string[]) ?? []).length) ctx.mentions.push(m);
    for (let q = j + 1; q < end; q++) used.add(q);
  }
}

/**
 * "a water development bill", 'Gov. X's "abandoned property" act': a measure head with a common noun
 * of its own before it, kept as a candidate ("a House bill", "the new law" name no measure; "an act
 * of war" is no measure).
 */
function addMeasure(s: Sentence, ms: Mention[], ctx: DocContext, k: number, used: Set<number>): void {
  const tokens = s.tokens;
  // (wink tags some heads verbs: '… "abandoned property" act seemed certain'; a verb with an object is one.)
  const head = tokens[k].pos === 'NOUN' || (tokens[k].pos === 'VERB' && (tokens[k - 1].pos === 'NOUN' || QUOTE_MARK.test(tokens[k - 1].text)) && !/^(DET|PRON|NOUN|ADJ|PROPN|NUM)$/.test(tokens[k + 1]?.pos ?? ''));
  // ("the sales tax bill": the head is the compound's last noun.)
  if (!head || coveringMention(ms, k) || lower(tokens[k + 1]) === 'of' || (tokens[k + 1]?.pos === 'NOUN' && MEASURE_HEADS.has(tokens[k + 1].lower))) return;
  let a = k;
  let noun = false;
  while (a > 0) {
    const t = tokens[a - 1];
    // ("Peru's £2bn levy": an amount is no name.)
    if (MEASURE_FILLERS.has(t.lower) || /^(\d|bn$|m$|million$|billion$|trillion$|per$|cent$|percent$|%$)/.test(t.lower)) break;
    if (QUOTE_MARK.test(t.text) || t.pos === 'ADJ' || (t.pos === 'VERB' && /(ed|ing)$/.test(t.lower))) a--;
    else if (t.pos === 'NOUN' && !coveringMention(ms, a - 1)) {
      if (!GENERIC_MEASURE_MODIFIERS.has(t.lower)) noun = true;
      a--;
    } else break;
  }
  if (!noun) return;
  // The owner before it belongs to its name: "Gov. X's … act", "Chile's new mining law".
  let f = a;
  while (f > 0 && MEASURE_FILLERS.has(tokens[f - 1].lower)) f--;
  const owner = isPossessive(tokens[f - 1]) ? coveringMention(ms, f - 2) : undefined;
  const c = owner ? makeConcern(s, owner.tokenStart, k + 1, ms, 'measure-phrase', false)?.map((m) => ({ ...m, name: `${spanText(tokens, owner.tokenStart, f)} ${spanText(tokens, a, k + 1)}`.replace(/["“”]/g, '').replace(/\s+/g, ' ').replace(/ (['’]s)/, '$1').trim() })) : makeConcern(s, a, k + 1, ms, 'measure-phrase', false);
  if (!c) return;
  // (The owner made the measure: it is the actor, so "Chile's mining law" is not merged with every concern about Chile.)
  for (const m of c) ctx.mentions.push({ ...m, meta: { ...m.meta, candidate: 'yes', measure: tokens[k].lower, ...(owner ? { actor: owner.id } : {}) } });
  for (let q = a; q <= k; q++) used.add(q);
}

/** A strong concern phrase headed at k ("Russia's invasion of Ukraine") as a candidate; returns where the scan resumes. */
function addStrongConcern(s: Sentence, ms: Mention[], ctx: DocContext, k: number): number {
  const tokens = s.tokens;
  let a = k;
  while (a > 0 && !DETERMINERS.has(lower(tokens[a - 1])) && (PHRASE_POS.has(tokens[a - 1].pos) || isPossessive(tokens[a - 1]) || coveringMention(ms, a - 1))) a--;
  let e = k + 1;
  // The complement counts only when it names somewhere or someone: "invasion of Ukraine", not "in decades".
  const q = lower(tokens[e + 1]) === 'the' ? e + 2 : e + 1;
  if (COMPLEMENT_PREPS.has(lower(tokens[e])) && coveringMention(ms, q)) e = objectEnd(tokens, e + 1, ms, false);
  // "the Cold War", "the Korean War", "World War II", "the Suez Crisis": a conflict with a proper name
  // is one the story names, not a bare "war": no trigger need confirm it. (Not a work's title,
  // "Tolstoy's War", nor a name the head runs on into, "the War Plans Committee".)
  let named = false;
  if (e === k + 1 && a < k && /^(War|Crisis)$/.test(tokens[k].text) && /^\p{Lu}/u.test(tokens[a].text) && !tokens.slice(a, k).some(isPossessive)) {
    if (/^(I|II|III|One|Two|Three|[123])$/.test(tokens[e]?.text ?? '')) e++;
    named = !/^\p{Lu}/u.test(tokens[e]?.text ?? '');
  }
  const c = makeConcern(s, a, e, ms, 'concern-phrase');
  if (c) for (const m of c) ctx.mentions.push({ ...m, meta: { ...m.meta, candidate: named ? undefined : 'yes' } });
  return e;
}

export function objectEnd(tokens: Token[], j: number, ms: Mention[], listsAllowed = true): number {
  let e = j;
  while (e < tokens.length) {
    const t = tokens[e];
    const w = lower(t);
    if (/^[.;:!?()]$/.test(t.text)) break;
    // A named thing is one unit: "the US-led tsunami aid coalition" is not cut at "led".
    const inside = ms.filter((m) => m.tokenStart === e).sort((a, b) => b.tokenEnd - a.tokenEnd)[0];
    if (inside && inside.tokenEnd > e + 1) {
      e = inside.tokenEnd;
      continue;
    }
    // A comma ends the phrase unless a list of places goes on ("in Xinjiang, Tibet and Hong Kong").
    if (t.text === ',' && !(listsAllowed && listOfPlaces(tokens, ms, e + 1))) break;
    if (CLAUSE_STOP.has(w) && e > j) break;
    // A verb after the head begins a new clause ("the crisis in Laos appeared …"); a gerund after a
    // preposition ("the threat of losing") still belongs to the phrase.
    const participle = /ing$/.test(w) && (/^(of|for|in|by|and|,)$/.test(lower(tokens[e - 1])) || ['NOUN', 'ADJ'].includes(tokens[e + 1]?.pos ?? ''));
    if (t.pos === 'VERB' && e > j && !participle) break;
    if (t.pos === 'AUX' && e > j) break;
    e++;
  }
  return e;
}

export interface Conjunct {
  start: number;
  end: number;
  /** For "in both Xinjiang and Hong Kong": the first conjunct's words up to "in", applied to `entity`. */
  prefix?: { start: number; end: number };
  entity?: Mention;
}

function listOfPlaces(tokens: Token[], ms: Mention[], q: number): boolean {
  const m = coveringMention(ms, lower(tokens[q]) === 'the' ? q + 1 : q);
  if (!m || (m.kind !== 'Place' && m.kind !== 'Country')) return false;
  const after = lower(tokens[m.tokenEnd]);
  return after === ',' || after === 'and' || after === 'or';
}

/** Splits "X and Y" into conjuncts, but not "between X and Y" nor a name that contains "and". */
export function conjuncts(tokens: Token[], start: number, end: number, ms: Mention[]): Conjunct[] {
  const out: Conjunct[] = [];
  let cs = start;
  let between = false;
  for (let k = start; k < end; k++) {
    const w = lower(tokens[k]);
    if (w === 'between') between = true;
    if ((w === 'and' || w === ',') && !coveringMention(ms, k)) {
      if (between && w === 'and') {
        between = false;
        continue;
      }
      const next = coveringMention(ms, k + 1);
      const bare = !!next && (next.kind === 'Place' || next.kind === 'Country') && (next.tokenEnd >= end || /^(and|,)$/.test(lower(tokens[next.tokenEnd])));
      const prefixEnd = prepositionPrefix(tokens, cs, k, ms);
      out.push({ start: cs, end: k });
      if (next && bare && prefixEnd !== undefined) {
        out.push({ start: next.tokenStart, end: next.tokenEnd, prefix: { start: cs, end: prefixEnd }, entity: next });
        cs = next.tokenEnd;
        k = next.tokenEnd - 1;
        continue;
      }
      cs = k + 1;
    }
  }
  if (cs < end) out.push({ start: cs, end });
  return out;
}

function prepositionPrefix(tokens: Token[], cs: number, k: number, ms: Mention[]): number | undefined {
  // The conjunct before "and" ends in "in (both) (the) PLACE": return the index just after "in".
  let q = k - 1;
  const m = coveringMention(ms, q);
  if (!m || (m.kind !== 'Place' && m.kind !== 'Country')) return undefined;
  q = m.tokenStart - 1;
  while (q >= cs && /^(both|the)$/.test(lower(tokens[q]))) q--;
  if (q >= cs && /^(in|on|over|across)$/.test(lower(tokens[q]))) return q + 1;
  return undefined;
}

export function trimSpan(tokens: Token[], s: number, e: number, trailingWords = true): [number, number] | undefined {
  while (s < e && (DETERMINERS.has(lower(tokens[s])) || /^["“”'‘’,]$/.test(tokens[s].text) || ADVERBS.has(lower(tokens[s])))) s++;
  while (e > s && (/^(["“”'‘’,\-–—]|--)$/.test(tokens[e - 1].text) || (trailingWords && /^(to|of|for|and|or|the|in|on|at|by|with|a|an|he|she|it|they|we|each|which|who|that|this|these|those|its|their)$/.test(lower(tokens[e - 1]))))) e--;
  return e > s ? [s, e] : undefined;
}

/**
 * A concern mention over [s, e), or one per place when the phrase spans a coordinated feature name.
 * Without `requireHead` any phrase will do: the stance pass names actions ("easing the embargo").
 */
export function makeConcern(s: Sentence, a: number, e: number, ms: Mention[], rule: string, requireHead = true): Mention[] | undefined {
  const tokens = s.tokens;
  const span = trimSpan(tokens, a, e);
  if (!span) return undefined;
  [a, e] = span;
  const inside = ms.filter((m) => m.tokenStart >= a && m.tokenEnd <= e && m.kind !== 'Concern' && m.kind !== 'Agreement');
  // The head of the phrase stands before its first preposition: "Russia's invasion of Ukraine",
  // "human rights in Xinjiang"; a concern word deep inside ("lack of action") is not the head.
  let headEnd = a;
  while (headEnd < e && !/^(in|on|over|against|with|between|from|to|by|for|at|about|into|across|as)$/.test(lower(tokens[headEnd]))) headEnd++;
  // "plans for the Rock's sovereignty": a light noun passes the head on to its complement.
  if (headEnd < e && LIGHT_NOUNS.has(lower(tokens[headEnd - 1]))) {
    headEnd++;
    while (headEnd < e && !/^(in|on|over|against|with|between|from|to|by|for|at|about|into|across|as)$/.test(lower(tokens[headEnd]))) headEnd++;
  }
  if (lower(tokens[headEnd]) === 'of' || headEnd === a) headEnd = Math.min(e, headEnd + 1);
  // Heads may be hyphenated compounds the tokeniser splits: "build-up", "stand-off".
  const region = tokens.slice(a, Math.max(headEnd, a + 1));
  const hasHead = region.some((t, q) => CONCERN_HEADS.has(t.lower) || (region[q + 1]?.text === '-' && CONCERN_HEADS.has(`${t.lower}-${region[q + 2]?.lower ?? ''}`)));
  if (!hasHead && requireHead) return undefined;
  if (e - a > 14) return undefined;
  // One phrase naming two features at once ("the East and South China Sea"): one concern each.
  // (Two readings of one span, not a name inside a longer one: "Outer" in "Outer Mongolia" is no second feature.)
  const groups = new Map<string, Mention[]>();
  for (const m of inside) groups.set(`${m.tokenStart}:${m.tokenEnd}`, [...(groups.get(`${m.tokenStart}:${m.tokenEnd}`) ?? []), m]);
  const shared = [...groups.values()].find((g) => g.length > 1);
  const variants = shared ? shared.map((m) => ({ drop: shared.filter((x) => x !== m), m })) : [{ drop: [] as Mention[], m: undefined }];
  return variants.map(({ drop, m }, v) => {
    const entities = inside.filter((x) => !drop.includes(x));
    let text = spanText(tokens, a, e).replace(/^both /, '').replace(/\b(in|on|over|across) both\b/, '$1');
    if (m) text = `${spanText(tokens, a, m.tokenStart).replace(/(\s+(both|the))+\s*$/g, '').trim()} ${m.name}`.trim();
    text = text.replace(/["“”]/g, '').replace(/\s+/g, ' ').trim();
    return {
      id: `c${s.index}.${a}.${v}`,
      kind: 'Concern' as const,
      text,
      name: text,
      key: '',
      sentence: s.index,
      tokenStart: a,
      tokenEnd: e,
      start: tokens[a].start,
      end: tokens[e - 1].end,
      role: undefined,
      rule,
      meta: { entities: entities.map((x) => x.id), actor: actorOf(tokens, a, e, entities) },
    };
  });
}

/** "China's actions in both Xinjiang and Hong Kong" → a concern "China's actions in Hong Kong". */
function distributedConcern(s: Sentence, prefix: { start: number; end: number }, entity: Mention, ms: Mention[]): Mention | undefined {
  const tokens = s.tokens;
  const span = trimSpan(tokens, prefix.start, prefix.end, false);
  if (!span) return undefined;
  const [a, e] = span;
  const inside = ms.filter((m) => m.tokenStart >= a && m.tokenEnd <= e && (m.kind === 'Country' || m.kind === 'Place' || m.kind === 'Organization'));
  const text = `${spanText(tokens, a, e)} ${entity.name}`.replace(/["“”]/g, '').replace(/\s+/g, ' ').trim();
  return {
    id: `c${s.index}.${entity.tokenStart}.d`,
    kind: 'Concern',
    text,
    name: text,
    key: '',
    sentence: s.index,
    tokenStart: entity.tokenStart,
    tokenEnd: entity.tokenEnd,
    start: tokens[a].start,
    end: entity.end,
    role: undefined,
    rule: 'concern-distributed',
    meta: { entities: [...inside.map((m) => m.id), entity.id], actor: actorOf(tokens, a, e, inside) ?? inside.find((m) => isPossessive(tokens[m.tokenEnd]))?.id },
  };
}

/** The possessor or adjective before the head ("Russia's invasion", "Russian invasion"): the actor, not a target. */
function actorOf(tokens: Token[], a: number, e: number, entities: Mention[]): string | undefined {
  const first = entities.find((m) => m.tokenStart === a);
  if (!first) return undefined;
  if (isPossessive(tokens[first.tokenEnd]) || (first.meta?.demonym === 'yes' && first.tokenEnd < e)) {
    return entities.length > 1 ? first.id : undefined;
  }
  return undefined;
}
