// One sense per discourse (Gale, Church & Yarowsky 1992) for organisations: once the document shows a
// one-word name to be a body ("oil firm Yukos", "energy giant Rosneft"), its other bare occurrences
// ("Yukos is suing…", "between Rosneft and…") are that body too. Without this only the sentence with
// the telling context names it, and the relations of every other sentence are lost.

import type { Mention, Sentence } from '../types';
import { loadGazetteer } from './model/gazetteer';
import { BODY_LAST_WORDS, CLUB_LAST_WORDS, COMPANY_SUFFIXES } from './model/organizations';
import { teamPluralsByPerson } from './02-names-teams';
import { isPossessive } from './tokens-util';

// Rules whose context says "a body" outright: "oil firm Yukos", "the Mirror newspaper", a known body.
// (Weaker guesses, "… with Mahzeer" after a role noun, would spread a mistake through a whole story.)
// ("Ana Ruiz of the Ravens": a plural tied to a person is a team, 02-names-teams.ts.)
// ("The Acme union said": a name before a body noun; "the Hikma movement" … "a senior Hikma official":
// a name before its kind's noun, rule org-kind-noun.)
const TELLING_RULES = new Set(['org-noun-name', 'press-title', 'gazetteer-org', 'chamber-name', 'possessive-org', 'person-team-plural', 'name-body-noun', 'org-kind-noun']);

/** A capitalised word of three letters or more that is not all capitals (acronyms are read everywhere already). */
const WORD_NAME = /^\p{Lu}\p{Ll}[\p{L}\p{M}'’-]+$/u;

// Last words of a company's name that the story drops after naming it in full: "Acme Industries" … "Acme".
// (Also a few trade words after which the first word alone is the firm: "Acme Capital" … "Acme".)
const CORPORATE_SUFFIXES = new Set([...COMPANY_SUFFIXES, 'Partners', 'Capital', 'Energy', 'Resources']);

// Places read from a cue alone ("in Borealis", "Borealis, where …"): a company's short name wins over them.
const CUED_PLACES = new Set(['locative-name', 'place-where', 'place-cue']);

// An acronym the gazetteer knows for one body, and words left out of a name's initials.
const ACRONYM = /^[A-Z]{2,6}$/;
const NOT_INITIALS = new Set(['of', 'and', 'the', 'for', 'on', 'in', '&']);

/**
 * "The International Cricket Council … ICC chief executive Ana Ruiz": an acronym that spells the
 * initials of a body the story names in full is that body, not the one the gazetteer gives it to
 * (the International Criminal Court). Changes the mentions in place.
 */
function bindAcronymsToStoryBodies(mentions: Mention[]): void {
  const acronyms = mentions.filter((m) => m.kind === 'Organization' && m.rule === 'gazetteer-org' && ACRONYM.test(m.text));
  if (!acronyms.length) return;
  const byInitials = new Map<string, Mention>();
  for (const m of mentions) {
    if (m.kind !== 'Organization' || m.rule === 'gazetteer-org' || !m.name.includes(' ')) continue;
    const initials = m.name.split(' ').filter((w) => !NOT_INITIALS.has(w.toLowerCase())).map((w) => w[0]).join('').toUpperCase();
    if (initials.length >= 2 && !byInitials.has(initials)) byInitials.set(initials, m);
  }
  for (const a of acronyms) {
    const body = byInitials.get(a.text);
    if (body && body.key !== a.key) Object.assign(a, { name: body.name, key: body.key, rule: 'org-acronym' });
  }
}

/** Adds the bare occurrences of the document's one-word organisation names, and turns person guesses of them into the body. */
export function spreadOrganisationNames(sentences: Sentence[], mentions: Mention[]): Mention[] {
  bindAcronymsToStoryBodies(mentions);
  const gaz = loadGazetteer();
  const teams = teamPluralsByPerson(sentences, mentions, gaz);
  if (teams.length) mentions = [...mentions, ...teams].sort((a, b) => a.sentence - b.sentence || a.tokenStart - b.tokenStart);
  const bodies = new Map<string, Mention>();
  for (const m of mentions) {
    // ("the Alliance of Small Island States (Aosis)" … "the chair of Aosis": an acronym written in
    // title case is read everywhere as the all-capitals ones are.)
    if (m.rule === 'org-acronym' && WORD_NAME.test(m.text) && !gaz.lookup(m.text) && !bodies.has(m.text)) bodies.set(m.text, m);
    if (m.kind !== 'Organization' || !TELLING_RULES.has(m.rule)) continue;
    // ("rating agency Zorby's" … "Zorby's said": a name that ends in its own "'s" goes by the word before it.)
    const word = m.tokenEnd - m.tokenStart === 2 && /['’]s$/.test(m.name) ? sentences[m.sentence].tokens[m.tokenStart].text : m.text;
    if ((m.tokenEnd - m.tokenStart !== 1 && word === m.text) || (word === m.text && m.text !== m.name) || !WORD_NAME.test(word)) continue;
    if (!bodies.has(word) && !gaz.lookup(word)) bodies.set(word, m);
  }
  // "the Alden Rangers" … "the Rangers": a team named by its town and plural goes by the plural
  // (not a plural two teams share: "the Alden Red Sox" and "the Kora White Sox" leave "Sox" alone).
  const shared = new Set<string>();
  for (const m of mentions) {
    if (m.rule !== 'place-team') continue;
    const last = sentences[m.sentence].tokens[m.tokenEnd - 1].text;
    const other = bodies.get(last);
    if (other && other.key !== m.key) shared.add(last);
    else if (WORD_NAME.test(last) && !gaz.lookup(last)) bodies.set(last, m);
  }
  for (const w of shared) bodies.delete(w);
  // "Acme Industries" names "Acme" too: the first word of a company's two-word name.
  for (const m of mentions) {
    if (m.kind !== 'Organization' || m.tokenEnd - m.tokenStart !== 2) continue;
    const [first, last] = sentences[m.sentence].tokens.slice(m.tokenStart, m.tokenEnd);
    if (CORPORATE_SUFFIXES.has(last.text) && WORD_NAME.test(first.text) && !gaz.lookup(first.text)) bodies.set(first.text, m);
    // "Alden Rovers beat Alden City 2-1" … "Rovers": a club named by its town and one word goes by that word.
    else if (m.rule === 'match-side' && WORD_NAME.test(last.text) && !gaz.lookup(last.text)) bodies.set(last.text, m);
    // "Ashdown Rovers" … "Rovers" or "Ashdown", "Kora Pictures" … "Kora", "Alden Town have sacked …" …
    // "Alden": a club's or an entertainment firm's two-word name goes by its first word, a club's by its last too.
    else if (m.rule === 'body-last-word' || m.rule === 'org-by-context' || BODY_LAST_WORDS.has(last.text)) {
      if (WORD_NAME.test(first.text) && !gaz.lookup(first.text) && !bodies.has(first.text)) bodies.set(first.text, m);
      if (CLUB_LAST_WORDS.has(last.text) && !bodies.has(last.text)) bodies.set(last.text, m);
    }
  }
  mentions = spreadLongNames(sentences, mentions);
  if (bodies.size === 0) return mentions;
  // A word that is also a person's surname or given name in this document is left as it was ("Ford").
  for (const m of mentions) {
    if (m.kind !== 'Person' || m.tokenEnd - m.tokenStart < 2) continue;
    const tokens = sentences[m.sentence].tokens;
    for (let k = m.tokenStart; k < m.tokenEnd; k++) bodies.delete(tokens[k].text);
  }
  if (bodies.size === 0) return mentions;

  // Tokens inside a mention, by sentence, made only for the sentences where a body's word stands.
  let covered: Map<number, Set<number>> | undefined;
  const isCovered = (sentence: number, k: number) => {
    if (!covered) {
      covered = new Map();
      for (const m of mentions) {
        let set = covered.get(m.sentence);
        if (!set) covered.set(m.sentence, (set = new Set()));
        for (let q = m.tokenStart; q < m.tokenEnd; q++) set.add(q);
      }
    }
    return covered.get(sentence)?.has(k) ?? false;
  };
  const asBody = (m: Mention, body: Mention) => Object.assign(m, { kind: 'Organization' as const, name: body.name, key: body.key, rule: 'org-discourse', role: undefined, meta: undefined });
  const out = mentions.map((m) => {
    if (m.tokenEnd - m.tokenStart !== 1) return m;
    const body = bodies.get(m.text);
    if (!body || body === m) return m;
    const guess = (m.kind === 'Person' && !m.role) || (m.kind === 'Place' && CUED_PLACES.has(m.rule));
    // (A one-word body that is a company's short name takes the company's full name.)
    return guess || (m.kind === 'Organization' && m.key !== body.key) ? asBody(m, body) : m;
  });
  for (const s of sentences) {
    const tokens = s.tokens;
    for (let k = 0; k < tokens.length; k++) {
      const body = bodies.get(tokens[k].text);
      if (!body || isCovered(s.index, k)) continue;
      // Part of a longer name ("Yukos Oil Company", "New Rosneft") is not this one.
      if (/^\p{Lu}/u.test(tokens[k + 1]?.text ?? '') || (k > 0 && /^\p{Lu}/u.test(tokens[k - 1].text) && !/^["“‘'(]$/.test(tokens[k - 1].text))) continue;
      // A sentence's first word is capitalised whatever it is: only as a proper noun, or before a
      // possessive, which no verb takes ("Unite's national officer", though "unite" is a verb).
      if ((k === 0 || /^["“‘'(]$/.test(tokens[k - 1].text)) && tokens[k].pos !== 'PROPN' && !isPossessive(tokens[k + 1])) continue;
      const t = tokens[k];
      out.push({ id: `o${s.index}.${k}`, kind: 'Organization', text: t.text, name: body.name, key: body.key, sentence: s.index, tokenStart: k, tokenEnd: k + 1, start: t.start, end: t.end, role: undefined, rule: 'org-discourse', meta: undefined });
    }
  }
  // (In reading order, as the scanner gives them.)
  return out.length > mentions.length ? out.sort((a, b) => a.sentence - b.sentence || a.tokenStart - b.tokenStart) : out;
}

/**
 * "Ofcom fined the broadcaster Channel Vista … Channel Vista's director said …": a name of two words
 * or more that a telling context showed to be a body is that body wherever else the story writes it
 * (a person's reading of the same words gives way; a name inside a longer one is left alone).
 */
function spreadLongNames(sentences: Sentence[], mentions: Mention[]): Mention[] {
  const byFirst = new Map<string, Mention[]>();
  for (const m of mentions) {
    if (m.kind !== 'Organization' || !TELLING_RULES.has(m.rule) || m.tokenEnd - m.tokenStart < 2 || m.text !== m.name) continue;
    const first = sentences[m.sentence].tokens[m.tokenStart].text;
    const list = byFirst.get(first) ?? [];
    if (!list.some((x) => x.name === m.name)) byFirst.set(first, [...list, m]);
  }
  if (byFirst.size === 0) return mentions;
  const out = [...mentions];
  let added = false;
  for (const s of sentences) {
    const { tokens } = s;
    for (let k = 0; k < tokens.length; k++) {
      const bodies = byFirst.get(tokens[k].text);
      if (!bodies) continue;
      for (const body of bodies) {
        const words = body.name.split(' ');
        const end = k + words.length;
        if (!words.every((w, q) => tokens[k + q]?.text === w) || /^\p{Lu}/u.test(tokens[end]?.text ?? '') || (k > 0 && /^\p{Lu}/u.test(tokens[k - 1].text) && k - 1 > 0)) continue;
        const over = out.filter((m) => m.sentence === s.index && m.tokenStart < end && m.tokenEnd > k);
        if (over.some((m) => m.kind !== 'Person')) continue;
        for (const m of over) out.splice(out.indexOf(m), 1);
        const t = tokens[k];
        out.push({ id: `o${s.index}.${k}`, kind: 'Organization', text: body.name, name: body.name, key: body.key, sentence: s.index, tokenStart: k, tokenEnd: end, start: t.start, end: tokens[end - 1].end, role: undefined, rule: 'org-discourse', meta: undefined });
        added = true;
      }
    }
  }
  return added ? out.sort((a, b) => a.sentence - b.sentence || a.tokenStart - b.tokenStart) : mentions;
}

// Title Case headlines ("Governor Signs Road Bill Over Protests") capitalise every word, so their
// capitals say nothing of names: a name read from capitals alone in such a line stands only if the
// story's own sentences name it too. (Names from the gazetteer, acronyms and datelines stand.)
const SOLID_RULES = /^(gazetteer-|acronym|dateline|capital-metonymy|party-label|org-acronym)/;

// Words a sentence writes in lower case and a Title Case headline capitalises: "Over", "To", "And".
const FUNCTION_WORDS = new Set(['of', 'to', 'in', 'on', 'at', 'for', 'with', 'over', 'after', 'as', 'and', 'or', 'but', 'the', 'a', 'an', 'from', 'by', 'into', 'amid', 'against', 'is', 'are', 'was', 'be']);

/**
 * A headline in Title Case: no full stop at its end, most words capitalised, and among them a word
 * that only a headline capitalises (a function word or a verb past the first word). A line listing
 * names ("A. B. Cox, J. R. Heron") has neither.
 */
function isTitleCase(s: Sentence): boolean {
  const last = s.tokens.at(-1)?.text ?? '';
  if (/^[.!?]$/.test(last)) return false;
  let words = 0;
  let caps = 0;
  let telling = false;
  s.tokens.forEach((t, k) => {
    if (!/^\p{L}/u.test(t.text)) return;
    words++;
    if (!/^\p{Lu}/u.test(t.text)) return;
    caps++;
    if (k > 0 && (FUNCTION_WORDS.has(t.lower) || t.pos === 'VERB')) telling = true;
  });
  return telling && words >= 4 && caps >= 0.8 * words;
}

/** Drops the names that only a Title Case line gives by its capitals (a headline's "Signs Road Bill"). */
export function dropHeadlineGuesses(sentences: Sentence[], mentions: Mention[]): Mention[] {
  const headline = new Set(sentences.filter(isTitleCase).map((s) => s.index));
  // (A story written all in Title Case has no other lines to confirm anything by.)
  if (headline.size === 0 || headline.size * 2 > sentences.length) return mentions;
  const lastWord = (m: Mention) => m.name.split(' ').at(-1)!.toLowerCase();
  const confirmed = new Set<string>();
  for (const m of mentions) {
    if (headline.has(m.sentence)) continue;
    confirmed.add(m.key);
    confirmed.add(lastWord(m));
  }
  return mentions.filter((m) => !headline.has(m.sentence) || m.kind === 'Country' || SOLID_RULES.test(m.rule) || confirmed.has(m.key) || confirmed.has(lastWord(m)));
}
