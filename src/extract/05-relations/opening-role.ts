// affiliatedWith from a sentence that opens with a role of the body the sentence before was about:
// "The company's founder, Ana Ruiz, said …", "Their leader, Ana Ruiz, said …". The lead's own
// "Its governor, Ana Ruiz," lives in affiliated-with.ts; these are its other two spellings.

import type { Mention } from '../../types';
import { ORG_HEADS } from '../model/organizations';
import { ROLE_NOUNS } from '../model/titles';
import { isCapitalised, isPossessive, lower } from '../tokens-util';
import { add, mentionEndingAt, mentionStartingAt, ownerBeforePossessive, type SentenceContext } from './context';

// Lower-case nouns that stand for a body the story has just named: "the company's", "the party's".
const OWNER_NOUNS = new Set(['company', 'firm', 'group', 'bank', 'party', 'club', 'team', 'union', 'charity', 'agency', 'airline', 'carrier', 'organisation', 'organization', 'corporation', 'university', 'college', 'council', 'committee', 'campaign', 'network', 'broadcaster', 'newspaper', 'paper', 'church', 'league', 'association', 'foundation', 'institute', 'movement', 'alliance', 'coalition', 'militia']);

/**
 * "The firm's chief executive, Ana Ruiz," / "Their leader, Ana Ruiz,": the owner is the body the
 * previous sentence is about: its subject (named before its first verb), or else the only body it names.
 */
export function affiliationByOpeningRole(sc: SentenceContext, p: Mention): void {
  const { tokens } = sc;
  if (tokens[p.tokenStart - 1]?.text !== ',' || p.tokenStart > 8) return;
  const first = lower(tokens[0]);
  let roleStart: number;
  if (first === 'their') roleStart = 1;
  else if (first === 'the' && OWNER_NOUNS.has(lower(tokens[1])) && isPossessive(tokens[2])) roleStart = 3;
  else return;
  const roleTokens = tokens.slice(roleStart, p.tokenStart - 1);
  if (!roleTokens.length || !roleTokens.every((t) => /^[a-z][a-z-]*$/.test(t.text)) || !roleTokens.some((t) => ROLE_NOUNS.has(t.lower))) return;
  const owner = bodyThePreviousSentenceIsAbout(sc);
  if (owner) add(sc, p, 'affiliatedWith', owner, 'opening-role-apposition', 0.7, roleTokens.map((t) => t.text).join(' '));
}

/** The body the previous sentence is about: its subject (named before its first verb), or else the only body it names. */
function bodyThePreviousSentenceIsAbout(sc: SentenceContext): Mention | undefined {
  const previous = sc.doc.ctx.sentences[sc.s.index - 1];
  if (!previous) return undefined;
  const bodies = sc.doc.ctx.mentions.filter((m) => m.sentence === previous.index && m.kind === 'Organization');
  if (!bodies.length) return undefined;
  const verb = previous.tokens.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
  const subject = bodies.filter((m) => verb < 0 || m.tokenEnd <= verb).sort((a, b) => a.tokenStart - b.tokenStart).at(-1);
  const keys = new Set(bodies.map((m) => m.key));
  return subject ?? (keys.size === 1 ? bodies[0] : undefined);
}

// Offices held in a company, union or club, never in a government: "Chairman Ana Ruiz said" after a
// sentence about a board is that board's chairman, while "Chancellor Ana Ruiz" is the country's.
const BODY_OFFICES = new Set(['chairman', 'chairwoman', 'chair', 'chief executive', 'managing director', 'finance director', 'general secretary', 'general manager', 'founder']);

/**
 * "The Zenco board rejected the offer. Chairman Ana Ruiz said …" (rule opening-title-body): a sentence
 * that opens with a body's office before the name speaks of the body the sentence before is about.
 */
export function affiliationByOpeningTitle(sc: SentenceContext, p: Mention): void {
  if (p.tokenStart !== 0 || !p.role || !BODY_OFFICES.has(p.role.toLowerCase())) return;
  const owner = bodyThePreviousSentenceIsAbout(sc);
  if (owner) add(sc, p, 'affiliatedWith', owner, 'opening-title-body', 0.7, p.role);
}

/**
 * "the Conservative candidate, Ana Ruiz,", "Acme's chief executive, Ana Ruiz,": a body, a lower-case
 * role phrase and a comma before the name (rule body-role-comma-person).
 */
export function affiliationByBodyRoleComma(sc: SentenceContext, p: Mention): void {
  const { tokens } = sc;
  if (tokens[p.tokenStart - 1]?.text !== ',') return;
  let q = p.tokenStart - 2;
  let role = false;
  for (; q >= 0 && q > p.tokenStart - 6 && /^[a-z][a-z-]*$/.test(tokens[q].text); q--) if (ROLE_NOUNS.has(tokens[q].lower)) role = true;
  if (!role || q === p.tokenStart - 2) return;
  const body = isPossessive(tokens[q]) ? ownerBeforePossessive(sc, q) : mentionEndingAt(sc, q + 1);
  if (body?.kind === 'Organization') add(sc, p, 'affiliatedWith', body, 'body-role-comma-person', 0.75, tokens.slice(q + 1, p.tokenStart - 1).map((t) => t.text).join(' '));
}

// How many sentences back a body's head word alone may take up its full name.
const HEAD_WORD_WINDOW = 5;

/**
 * "The Writers' Guild of Kora … Guild president Ana Ruiz said" (rule head-word-role): a body's head
 * word alone, capitalised, before a lower-case role and the name, is the body of that head that the
 * story named last (in this sentence or the few before).
 */
export function affiliationByHeadWordRole(sc: SentenceContext, p: Mention): void {
  const { tokens } = sc;
  let q = p.tokenStart - 1;
  let role = false;
  for (; q >= 0 && q > p.tokenStart - 4 && /^[a-z][a-z-]*$/.test(tokens[q].text); q--) if (ROLE_NOUNS.has(tokens[q].lower)) role = true;
  // (Cheap test first: a capitalised head word right before the role, no name's last word.)
  if (!role || q < 0 || !ORG_HEADS.has(tokens[q].text) || (q > 0 && isCapitalised(tokens[q - 1])) || mentionEndingAt(sc, q + 1) || mentionStartingAt(sc, q)) return;
  const head = tokens[q].lower;
  const fits = (m: Mention) => m.kind === 'Organization' && m.name.toLowerCase().split(' ').includes(head);
  const { mentions } = sc.doc.ctx;
  let body: Mention | undefined;
  for (const m of mentions) {
    if (m.sentence < sc.s.index - HEAD_WORD_WINDOW || (m.sentence === sc.s.index && m.tokenStart > q) || m.sentence > sc.s.index) continue;
    if (fits(m)) body = m;
  }
  if (body) add(sc, p, 'affiliatedWith', body, 'head-word-role', 0.75, tokens.slice(q + 1, p.tokenStart).map((t) => t.text).join(' '));
}
