// Pass 4: coreference within one document. Surnames and title forms take the full name they stand
// for ("Ardern", "Prof Patman" → the person named in full); a misspelt surname ("Ardenr",
// "Prof Batman") takes the one it is one edit from when role or context agree; role references
// ("Japan's PM") take the holder of that office; "the agreement" takes the agreement last named.
// Single capitalised words that match no one are dropped: capitals alone make no person.

import type { Mention, Token } from '../types';
import { hasWhitespace, lastWordOf } from '../utils/chars';
import { mentionsByTokens, roleReference, tokenKey, type DocContext } from './context';
import { editDistance } from './edit-distance';
import { SANCTION_HEADS } from './model/lexicon';
import { HOME_OFFICES, normaliseRole, OFFICE_ROLES } from './model/titles';
import { isPossessive, lower } from './tokens-util';

const nameWords = (m: Mention) => m.name.split(/\s+/);
/** A surname alone, possibly with its particles: "Ardern", "von der Leyen" (one word: no whitespace, and no array split for it). */
// (Also a capitalised particle and one word, "Du Pont", "Van Buren": the surname of "Ana Du Pont".)
const isSurnameOnly = (m: Mention) => !hasWhitespace(m.name) || /^\p{Ll}/u.test(m.name) || /^(?:Du|De|Da|Di|Del|Van|Von|Le|La)\s\S+$/.test(m.name);

/** The country a person mention is tied to by its neighbours: "Japan's PM Fumio Kishida", "Japanese counterpart Fumio Kishida", "Ardern of New Zealand". */
// Parts of speech of a word that joins or separates phrases rather than qualifying a title.
const SEPARATING_POS = new Set(['CCONJ', 'SCONJ', 'ADP', 'PUNCT', 'VERB', 'AUX', 'PRON', 'DET']);

/** Whether the word at a one-word gap between a country and a person may belong to the title. */
function isBridge(t: Token | undefined): boolean {
  return !!t && !SEPARATING_POS.has(t.pos) && /^[\p{L}.]+$/u.test(t.text);
}

export function adjacentCountry(ctx: DocContext, m: Mention, byTokenEnd: Map<number, Mention>, byTokenStart: Map<number, Mention>): Mention | undefined {
  const tokens = ctx.sentences[m.sentence].tokens;
  let p = m.tokenStart;
  if (isPossessive(tokens[p - 1])) p--;
  // One word may stand between the country and the person ("Japan PM Fumio Kishida"), but not a
  // word that ends one phrase and starts another ("Mongi Slim of Tunisia and Frederick Boland",
  // "Sukarno of Indonesia, Premier Khrushchev", "across U.S. honor Dr. Swim").
  const bridged = (k: number) => (isBridge(tokens[k]) ? byTokenEnd.get(tokenKey(m.sentence, k)) : undefined);
  let before = byTokenEnd.get(tokenKey(m.sentence, p)) ?? bridged(p - 1);
  // "Britain's Europe Director Dominick Chilcott": a place qualifying the title sits between.
  if (before && before.kind !== 'Country' && m.role && isPossessive(tokens[before.tokenStart - 1])) {
    const owner = byTokenEnd.get(tokenKey(m.sentence, before.tokenStart - 1));
    if (owner?.kind === 'Country') return owner;
  }
  if (before && before.kind === 'Country' && (p === m.tokenStart || isPossessive(tokens[p]))) return before;
  // "Japanese counterpart Fumio Kishida", "Japan PM Fumio Kishida" — a role word between.
  if (m.role && before?.kind === 'Country') return before;
  const b2 = bridged(m.tokenStart - 1);
  if (b2?.kind === 'Country' && m.role) return b2;
  if (lower(tokens[m.tokenEnd]) === 'of') {
    const after = byTokenStart.get(tokenKey(m.sentence, m.tokenEnd + 1)) ?? byTokenStart.get(tokenKey(m.sentence, m.tokenEnd + 2));
    if (after?.kind === 'Country') return after;
  }
  return undefined;
}

function toOrganization(m: Mention): void {
  m.kind = 'Organization';
  m.key = `org:${m.name.toLowerCase()}`;
  m.rule = 'possessive-org';
  m.meta = { ...m.meta, candidate: undefined };
}

/** Mentions grouped by a key, for look-ups that must stay linear in long documents. */
function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    const g = out.get(k);
    if (g) g.push(it);
    else out.set(k, [it]);
  }
  return out;
}

// "Ana Ruiz Jr.", "Luis Vera 3": a generational suffix follows the surname, which stands alone later ("Ruiz said").
const SUFFIX = /,?\s+(jr\.?|sr\.?|ii|iii|iv|\d)$/i;
// (Only a name ending in a full stop, "I", "V" or a digit can end in a suffix: the test is skipped otherwise.)
const withoutSuffix = (name: string) => (/[.IV\d]$/.test(name) && SUFFIX.test(name) ? name.replace(SUFFIX, '') : name);
const lastWord = (m: Mention) => lastWordOf(withoutSuffix(m.name)).toLowerCase();

/** The people named in full whose names end in `surname` (lower case, one word or more). */
function surnameHolders(fullByLast: Map<string, Mention[]>, surname: string): Mention[] {
  return (fullByLast.get(surname.split(/\s+/).at(-1)!) ?? []).filter((f) => withoutSuffix(f.name).toLowerCase().endsWith(` ${surname}`));
}

/** Full names of three words or more by each of their inner words, lower case ("lula" → "Luiz Inácio Lula da Silva"). */
function byInnerWord(full: Mention[]): Map<string, Mention[]> {
  const out = new Map<string, Mention[]>();
  for (const f of full) {
    const words = nameWords(f);
    for (let i = 1; i < words.length - 1; i++) {
      if (!/^\p{Lu}/u.test(words[i])) continue;
      const w = words[i].toLowerCase();
      const list = out.get(w);
      if (list) list.push(f);
      else out.set(w, [f]);
    }
  }
  return out;
}

/** The one person named in full before m whose name holds `word` between its first and last words. */
function innerNameHolder(inner: Map<string, Mention[]>, m: Mention, word: string): Mention | undefined {
  let found: Mention | undefined;
  for (const f of inner.get(word) ?? []) {
    if (f.sentence > m.sentence || (f.sentence === m.sentence && f.tokenStart >= m.tokenStart)) continue;
    if (found && found.key !== f.key) return undefined;
    found = f;
  }
  return found;
}

export function resolveInDocument(ctx: DocContext): void {
  const { byTokenEnd, byTokenStart } = mentionsByTokens(ctx.mentions);
  const persons = ctx.mentions.filter((m) => m.kind === 'Person');
  const full = persons.filter((m) => !isSurnameOnly(m));
  const fullByLast = groupBy(full, lastWord);
  const fullByFirst = groupBy(
    full.filter((f) => nameWords(f).length === 2),
    (f) => nameWords(f)[0].toLowerCase(),
  );
  // Misspelling candidates are looked up by the start and the end of the surname (one edit leaves one of them).
  const lastNames = [...fullByLast.keys()];
  const byStart = groupBy(lastNames, (n) => n.slice(0, 2));
  const byEnd = groupBy(lastNames, (n) => n.slice(-3));
  // Person → country, and person → roles, from the whole document.
  const countryOf = new Map<string, string>();
  const rolesOf = new Map<string, Set<string>>();
  const addRole = (key: string, role: string) => {
    const set = rolesOf.get(key);
    if (set) set.add(role);
    else rolesOf.set(key, new Set([role]));
  };
  for (const m of full) {
    const c = adjacentCountry(ctx, m, byTokenEnd, byTokenStart);
    if (c && !countryOf.has(m.key)) countryOf.set(m.key, c.key);
    if (m.role) addRole(m.key, normaliseRole(m.role));
  }
  const drop = new Set<string>();
  const bodies = new Set<string>();
  let inner: Map<string, Mention[]> | undefined;
  for (const m of persons) {
    if (!isSurnameOnly(m)) continue;
    let surname = m.name.toLowerCase();
    let exact = fullByLast.has(surname.split(/\s+/).at(-1)!) ? surnameHolders(fullByLast, surname) : [];
    // "al-Assad" for "Bashar Assad": the surname without its hyphened particle (02-names.ts keeps it).
    const bare = !exact.length && /^\p{Ll}+-\p{Lu}/u.test(m.name) ? surname.slice(surname.indexOf('-') + 1) : undefined;
    if (bare && fullByLast.has(bare)) {
      surname = bare;
      exact = surnameHolders(fullByLast, bare);
    }
    let target = nearest(exact, m);
    // "President Kennedy" in a story that names only "Attorney General Robert Kennedy": another office
    // of state, so another person (resolution looks for the president across the corpus).
    if (target && m.role && holdsOtherOffice(normaliseRole(m.role), rolesOf.get(target.key))) target = undefined;
    // Chinese, Korean and Hungarian names put the family name first: "Wang" for "Wang Yi", taken
    // from the nearest person named so before this mention.
    if (!target && !exact.length) {
      const familyFirst = (fullByFirst.get(surname) ?? []).filter((f) => f.sentence < m.sentence || (f.sentence === m.sentence && f.tokenStart < m.tokenStart));
      target = familyFirst.sort((a, b) => b.sentence - a.sentence || b.tokenStart - a.tokenStart)[0];
    }
    // "Lula" for "Luiz Inácio Lula da Silva", "López" for "Andrés Manuel López Obrador": a word inside
    // a longer full name (neither its first nor its last), the one person so named before this mention.
    if (!target && !exact.length && !hasWhitespace(surname) && /^\p{Lu}/u.test(m.name)) target = innerNameHolder((inner ??= byInnerWord(full)), m, surname);
    if (!target && surname.length >= 5) {
      // A misspelling one edit away, when nothing contradicts it: same role, or the role is unknown.
      const role = m.role ? normaliseRole(m.role) : undefined;
      const lasts = new Set([...(byStart.get(surname.slice(0, 2)) ?? []), ...(byEnd.get(surname.slice(-3)) ?? [])]);
      const near: Mention[] = [];
      for (const last of lasts) {
        if (editDistance(last, surname, 1) > 1) continue;
        for (const f of fullByLast.get(last)!) {
          const roles = rolesOf.get(f.key);
          if (!role || !roles || roles.has(role)) near.push(f);
        }
      }
      const keys = new Set(near.map((f) => f.key));
      if (keys.size === 1) target = nearest(near, m);
      if (target) m.meta = { ...m.meta, typo: 'yes' };
    }
    if (target) {
      m.key = target.key;
      m.name = target.name;
      if (m.meta?.candidate) m.meta = { ...m.meta, candidate: undefined };
      // "Prof Patman" teaches us Robert Patman is a professor, which lets "Prof Batman" match him.
      if (m.role) addRole(target.key, normaliseRole(m.role));
    } else if (m.meta?.afterCountry === 'yes') {
      // "Argentina's Enarsa": no one's surname, so the country's organisation.
      toOrganization(m);
      bodies.add(m.name);
    } else if (m.meta?.candidate) drop.add(m.id);
  }
  // One sense per discourse: the other bare mentions of a word found to be a body are that body.
  for (const m of persons) if (m.kind === 'Person' && bodies.has(m.name) && !hasWhitespace(m.name) && !m.role) toOrganization(m);
  // A surname-only person that is one edit from another surname-only person of the same role
  // ("Prof Patman" and "Prof Batman" in one article, no full name) is the one named more often.
  const fullKeys = new Set(full.map((f) => f.key));
  const singles = persons.filter((m) => m.kind === 'Person' && !drop.has(m.id) && isSurnameOnly(m) && !fullKeys.has(m.key) && m.role);
  const singleCount = new Map<string, number>();
  for (const m of singles) singleCount.set(m.key, (singleCount.get(m.key) ?? 0) + 1);
  const singlesByRole = groupBy(singles, (m) => normaliseRole(m.role!));
  for (const group of singlesByRole.values()) {
    const distinct = [...new Map(group.map((m) => [m.key, m])).values()];
    if (distinct.length < 2 || distinct.length > 200) continue;
    for (const m of group) {
      const other = distinct.find((o) => o.key !== m.key && (singleCount.get(o.key) ?? 0) > (singleCount.get(m.key) ?? 0) && editDistance(o.name.toLowerCase(), m.name.toLowerCase(), 1) <= 1);
      if (other) {
        m.key = other.key;
        m.name = other.name;
        m.meta = { ...m.meta, typo: 'yes' };
      }
    }
  }
  // "in Kishida's absence" aside, a place candidate that is a person's surname is that person.
  for (const m of ctx.mentions) {
    if (m.kind !== 'Place' || m.meta?.placeCandidate !== 'yes') continue;
    const owner = fullByLast.get(m.name.toLowerCase())?.[0];
    if (owner) Object.assign(m, { kind: 'Person', key: owner.key, name: owner.name, rule: 'surname' });
  }
  // Role references: "Japan's PM" → the person whose role and country match.
  const holdersOf = new Map<string, Set<string>>(); // `${country}|${role}` → person keys
  const nameOfKey = new Map<string, string>();
  for (const f of full) {
    nameOfKey.set(f.key, f.name);
    const country = countryOf.get(f.key);
    if (!country) continue;
    for (const role of [...(rolesOf.get(f.key) ?? []), 'counterpart']) {
      const k = `${country}|${role}`;
      if (!holdersOf.has(k)) holdersOf.set(k, new Set());
      holdersOf.get(k)!.add(f.key);
    }
  }
  for (const r of ctx.roleRefs) {
    const tokens = ctx.sentences[r.sentence].tokens;
    const role = normaliseRole(r.role);
    if (!OFFICE_ROLES.has(role) && !OFFICE_ROLES.has(r.role.toLowerCase())) continue;
    let p = r.tokenStart;
    if (isPossessive(tokens[p - 1])) p--;
    const country = byTokenEnd.get(tokenKey(r.sentence, p));
    if (!country || country.kind !== 'Country') continue;
    const holders = holdersOf.get(`${country.key}|${role}`);
    if (!holders || holders.size !== 1) continue;
    const key = [...holders][0];
    ctx.mentions.push(roleReference(`r${r.sentence}.${r.tokenStart}`, r.sentence, tokens, r.tokenStart, r.tokenEnd, { name: nameOfKey.get(key)!, key }, r.role, 'role-coreference'));
  }
  // "the agreement", "this arrangement": the agreement named last (or next, in a headline).
  const agreements = ctx.mentions.filter((m) => m.kind === 'Agreement').sort((a, b) => a.sentence - b.sentence || a.tokenStart - b.tokenStart);
  const firstNamed = agreements.find((b) => b.meta?.anaphor !== 'yes');
  let lastNamed: Mention | undefined;
  const focus = new AgreementFocus(ctx.mentions);
  for (const a of agreements) {
    if (a.meta?.anaphor !== 'yes') {
      const earlier = lastNamed && definiteBefore(ctx, a) ? focus.namedWithParties(a) : undefined;
      if (earlier) a.meta = { ...a.meta, antecedent: earlier.id };
      // The agreement spoken of is now in focus: "Under the agreement" that follows means it.
      lastNamed = earlier ?? a;
      focus.add(a, earlier);
      continue;
    }
    const antecedent = lastNamed ?? firstNamed;
    if (antecedent) a.meta = { ...a.meta, antecedent: antecedent.id };
    else drop.add(a.id);
    focus.add(a, antecedent);
  }
  if (agreements.length) definiteMeasures(ctx, agreements);
  if (drop.size) ctx.mentions = ctx.mentions.filter((m) => !drop.has(m.id));
}

const DEFINITE = new Set(['the', 'these', 'those', 'both']);

/**
 * "The EU adopted sanctions against Ruritania … Ruritania rejected the sanctions": a concern named by a
 * measure's head alone, after the definite article, is the measure of that head named before it in
 * the document (an agreement), not a concern of its own.
 */
function definiteMeasures(ctx: DocContext, agreements: Mention[]): void {
  for (const m of ctx.mentions) {
    if (m.kind !== 'Concern' || m.tokenEnd - m.tokenStart !== 1) continue;
    const head = lower(ctx.sentences[m.sentence].tokens[m.tokenStart]);
    if (!SANCTION_HEADS.has(head) || !definiteBefore(ctx, m)) continue;
    let named: string | undefined;
    for (const a of agreements) {
      if (a.sentence > m.sentence || (a.sentence === m.sentence && a.tokenStart >= m.tokenStart)) break;
      if (a.meta?.head === head && a.meta?.anaphor !== 'yes') named = String(a.meta?.antecedent ?? a.id);
    }
    if (!named) continue;
    m.kind = 'Agreement';
    m.key = '';
    m.rule = 'agreement-anaphor';
    m.meta = { ...m.meta, parties: [], subject: [], head, anaphor: 'yes', antecedent: named };
  }
}

/** "the agreements with Iran": a definite article before the phrase. */
function definiteBefore(ctx: DocContext, a: Mention): boolean {
  const t = ctx.sentences[a.sentence].tokens[a.tokenStart - 1];
  return !!t && DEFINITE.has(lower(t));
}

const words = (x: string | string[] | undefined) => (Array.isArray(x) ? x.join(' ') : (x ?? ''));

/**
 * "India signed a deal with Iran … The agreements with Iran were sealed": a definite agreement whose
 * parties all belong to one named earlier in the document (and that names no other subject) is that
 * one, not a new agreement. When several qualify, the one spoken of most so far, the later on a tie;
 * when an agreement named without parties yet (a verb may give them: "India has signed a deal") is
 * spoken of more, it is not clear which is meant, and none is chosen. One pass over the document's
 * agreements, each compared with the most recent candidates only.
 */
class AgreementFocus {
  private static readonly WINDOW = 50;
  private readonly byId: Map<string, Mention>;
  private readonly keysOf = new Map<string, { keys: Set<string>; signature: string }>();
  private readonly spokenOf = new Map<string, number>();
  private readonly candidates: Mention[] = [];

  constructor(mentions: Mention[]) {
    this.byId = new Map(mentions.map((m) => [m.id, m]));
  }

  /** Counts a mention for the agreement it names (its antecedent's, when it has one). */
  add(a: Mention, antecedent: Mention | undefined): void {
    const sig = this.parties(antecedent ?? a).signature;
    this.spokenOf.set(sig, (this.spokenOf.get(sig) ?? 0) + 1);
    if (!antecedent && a.meta?.anaphor !== 'yes' && this.parties(a).keys.size) this.candidates.push(a);
  }

  namedWithParties(a: Mention): Mention | undefined {
    const mine = this.parties(a).keys;
    if (!mine.size) return undefined;
    const subject = words(a.meta?.subject);
    let found: Mention | undefined;
    let best = -1;
    for (const b of this.candidates.slice(-AgreementFocus.WINDOW)) {
      const theirs = this.parties(b);
      if (theirs.keys.size <= mine.size || ![...mine].every((k) => theirs.keys.has(k))) continue;
      if (subject && words(b.meta?.subject) && words(b.meta?.subject) !== subject) continue;
      const n = this.spokenOf.get(theirs.signature) ?? 0;
      if (n >= best) [found, best] = [b, n];
    }
    // Agreements named without parties all share the empty signature.
    if (found && (this.spokenOf.get('') ?? 0) > best) return undefined;
    return found;
  }

  private parties(m: Mention): { keys: Set<string>; signature: string } {
    let p = this.keysOf.get(m.id);
    if (!p) {
      const ids = m.meta?.parties;
      const keys = new Set((Array.isArray(ids) ? ids : []).map((id) => this.byId.get(id)?.key ?? id));
      this.keysOf.set(m.id, (p = { keys, signature: [...keys].sort().join('|') }));
    }
    return p;
  }
}

/** Whether `roles` hold an office of state other than `role` (one person holds one at a time). */
function holdsOtherOffice(role: string, roles: Set<string> | undefined): boolean {
  if (!roles || !HOME_OFFICES.has(role)) return false;
  let other = false;
  for (const r of roles) {
    // ("Vice President" and "President", "Defence Minister" and "Minister" may be one title.)
    if (r === role || r.endsWith(` ${role}`) || role.endsWith(` ${r}`)) return false;
    if (HOME_OFFICES.has(r)) other = true;
  }
  return other;
}

function nearest(cands: Mention[], m: Mention): Mention | undefined {
  if (!cands.length) return undefined;
  const keys = new Set(cands.map((c) => c.key));
  if (keys.size === 1) return cands[0];
  // Two people share the surname: the one named most recently before this mention.
  const before = cands.filter((c) => c.sentence < m.sentence || (c.sentence === m.sentence && c.tokenStart < m.tokenStart));
  return before.sort((a, b) => b.sentence - a.sentence || b.tokenStart - a.tokenStart)[0];
}
