// Teams (and other bodies of people) that a story names by their plural alone: "Ana Ruiz of the
// Ravens", "the Ravens' Ana Ruiz". A capitalised plural after "the" may be a family or a people as
// well; tied to a named person by "of" or by the possessive, it is the side the person plays for.
// The one sentence that shows it makes it a body for the whole story (02-names-discourse.ts).

import type { Mention, Sentence, Token } from '../types';
import { isTeamPlural } from './02-names';
import { ROLE_NOUNS } from './model/titles';
import type { Gazetteer } from './model/gazetteer';
import { isCapitalised, isPossessive, lower } from './tokens-util';

/** The end of a team's plural name of one or two capitalised words from k ("Ravens", "Red Hawks"), or -1. */
function pluralNameEnd(tokens: Token[], k: number, gaz: Gazetteer): number {
  for (let j = k; j < k + 2; j++) {
    const t = tokens[j];
    if (!isCapitalised(t) || !/^\p{Lu}\p{Ll}+$/u.test(t.text)) return -1;
    // (The whole name and its singular are no place or people the gazetteer knows: "the Bahamas", "the Americans".)
    if (isTeamPlural(t.text, gaz) && !gaz.lookup(t.text.slice(0, -1)) && !gaz.lookup(tokens.slice(k, j + 1).map((x) => x.text).join(' '))) return j + 1;
  }
  return -1;
}

/**
 * "Ana Ruiz of the Ravens", "Pitcher Ana Ruiz of the Red Hawks", "the Ravens' Ana Ruiz" (rule
 * person-team-plural): a plural name after "the", that nothing names yet, next to a person's full
 * name by "of" or by the possessive.
 */
export function teamPluralsByPerson(sentences: Sentence[], mentions: Mention[], gaz: Gazetteer): Mention[] {
  const taken = new Set(mentions.map((m) => `${m.sentence}:${m.tokenStart}`));
  // (A plural that ends a body the story names in full, "the Alden Ravens", is that body already.)
  const known = mentions.filter((m) => m.kind === 'Organization').map((m) => ` ${m.name}`);
  const out: Mention[] = [];
  const emit = (s: Sentence, start: number, end: number) => {
    const toks = s.tokens.slice(start, end);
    const name = toks.map((t) => t.text).join(' ');
    if (taken.has(`${s.index}:${start}`) || known.some((k) => k.endsWith(` ${name}`))) return;
    taken.add(`${s.index}:${start}`);
    out.push({ id: `t${s.index}.${start}`, kind: 'Organization', text: name, name, key: `org:${name.toLowerCase()}`, sentence: s.index, tokenStart: start, tokenEnd: end, start: toks[0].start, end: toks[toks.length - 1].end, role: undefined, rule: 'person-team-plural', meta: undefined });
  };
  for (const p of mentions) {
    // (A full name only: "Ruiz of the Ravens" may be a family's member.)
    if (p.kind !== 'Person' || p.tokenEnd - p.tokenStart < 2) continue;
    const s = sentences[p.sentence];
    const { tokens } = s;
    // "Ana Ruiz of the Ravens," — the name ends there (not "of the Knights of Alden", "of the Ravens Club").
    if (lower(tokens[p.tokenEnd]) === 'of' && lower(tokens[p.tokenEnd + 1]) === 'the') {
      const start = p.tokenEnd + 2;
      const end = pluralNameEnd(tokens, start, gaz);
      if (end > 0 && !isCapitalised(tokens[end]) && !isPossessive(tokens[end]) && lower(tokens[end]) !== 'of') emit(s, start, end);
    }
    // "the Ravens' Ana Ruiz".
    if (isPossessive(tokens[p.tokenStart - 1])) {
      for (const start of [p.tokenStart - 2, p.tokenStart - 3]) {
        if (start > 0 && lower(tokens[start - 1]) === 'the' && pluralNameEnd(tokens, start, gaz) === p.tokenStart - 1) emit(s, start, p.tokenStart - 1);
      }
    }
    // "Raven Manager Ana Ruiz" … "the Ravens": the singular before a role, and its plural after "the" elsewhere.
    const plural = singularBeforeRole(tokens, p);
    if (plural) {
      const at = thePluralIn(sentences, plural, gaz);
      if (at) emit(sentences[at[0]], at[1], at[1] + 1);
    }
  }
  return out;
}

/** "Raven Manager Ana Ruiz", "Raven shortstop Ana Ruiz": the plural of the lone capitalised word before the role, if one. */
function singularBeforeRole(tokens: Token[], p: Mention): string | undefined {
  // (A title the mention holds, "Manager Ana Ruiz", or a lower-case role before it, "shortstop Ana Ruiz".)
  const titled = p.rule === 'title-name' && p.meta?.nameStart !== undefined && ROLE_NOUNS.has(lower(tokens[p.tokenStart]));
  if (!titled && !ROLE_NOUNS.has(lower(tokens[p.tokenStart - 1]))) return undefined;
  const q = titled ? p.tokenStart - 1 : p.tokenStart - 2;
  const w = tokens[q]?.text ?? '';
  // (One word, the sentence's first or after a lower-case one: "New York Raven Manager" is a town's team.)
  if (!/^\p{Lu}\p{Ll}+$/u.test(w) || (q > 0 && isCapitalised(tokens[q - 1]))) return undefined;
  return `${w}s`;
}

/** Where the story first writes "the <plural>" as a name (the next word not capitalised), as [sentence, token]. */
function thePluralIn(sentences: Sentence[], plural: string, gaz: Gazetteer): [number, number] | undefined {
  for (const s of sentences) {
    const { tokens } = s;
    for (let k = 1; k < tokens.length; k++) {
      if (tokens[k].text === plural && lower(tokens[k - 1]) === 'the' && !isCapitalised(tokens[k + 1]) && pluralNameEnd(tokens, k, gaz) === k + 1) return [s.index, k];
    }
  }
  return undefined;
}
