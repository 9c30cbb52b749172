// Pass 4c: definite descriptions of a body ("the company said", "the bank's governor", "the party
// voted") stand for the one body of that kind the story named in the sentences just before. As with
// "the minister" (04-role-descriptions.ts), a story names a firm once and then says "the company":
// without this every later fact about it is lost.

import type { Mention, Token } from '../types';
import { ORG_NOUNS } from './02-names';
import { CLUB_LAST_WORDS, COMPANY_SUFFIXES } from './model/organizations';
import { type DocContext } from './context';
import { quotedAt } from './stance/phrase-helpers';
import { isCapitalised, lower, spanText } from './tokens-util';
import { sentenceHas, wordClass } from './word-classes';

// Nouns that describe a company, whatever its name's last word: "the company", "the firm".
const COMPANY_NOUNS = new Set(['company', 'firm', 'group', 'business', 'carrier', 'airline', 'maker', 'manufacturer', 'retailer', 'operator', 'producer', 'conglomerate', 'insurer', 'lender']);
// Nouns that describe a body whose name holds them: "the bank" for "Zenco Bank", "the union" for "the Dockers' Union".
const NAMED_NOUNS = new Set(['bank', 'agency', 'party', 'union', 'association', 'university', 'council', 'committee', 'commission', 'ministry', 'department', 'court', 'board', 'foundation', 'institute', 'organisation', 'organization', 'alliance', 'federation', 'fund', 'league', 'network', 'broadcaster', 'newspaper',
  // (Older American press: "the railroad's president", "director of the corps", "president of the exchange".)
  'railroad', 'railway', 'corps', 'exchange', 'jury', 'hospital', 'club', 'society', 'college', 'authority', 'bureau', 'church',
  // ("the forum's coordinator" for "the West Africa Civil Society Forum".)
  'forum', 'coalition', 'movement', 'confederation', 'centre', 'center',
  // (A record label, a film studio or a television channel: "the label" for "Velk Records".)
  'label', 'studio', 'channel', 'academy',
  // (A regulator the story introduced so: "media regulator Ofcom" … "the regulator was concerned".)
  'regulator', 'watchdog']);
// The nouns a description ends in: a sentence with none of them holds no description.
const DESCRIPTION_NOUN = wordClass([...COMPANY_NOUNS, ...NAMED_NOUNS, 'bloc']);
// Last words of the names that a kind noun describes though the name lacks it: "the label" is
// "Velk Records", "the studio" "Kora Pictures", "the club" "Alden Rovers".
const NAME_ENDS_OF_KIND: Record<string, Set<string>> = {
  label: new Set(['records', 'music']),
  studio: new Set(['pictures', 'films', 'studios', 'entertainment']),
  club: new Set([...CLUB_LAST_WORDS].map((w) => w.toLowerCase())),
};

// Rules that name a paper by its title ("the Mirror newspaper", "editor of the Alden Courier").
const PRESS_RULES = new Set(['press-title', 'press-role-paper']);
// "The bloc", "the 15-member bloc": a union of states, named by one of these words ("African Union",
// "Economic Community of West African States"), never by "bloc" itself.
const BLOC_NAME_WORDS = ['union', 'community', 'alliance', 'league', 'association', 'organisation', 'organization', 'cooperation', 'bloc'];
// Words of membership after a number, which describe a body's size: "the 27-member bloc", "the 10-nation group".
const SIZE_WORDS = new Set(['member', 'nation', 'country', 'state']);

// How far back the body may be named: a description speaks of what the story is just about.
const WINDOW = 3;

/**
 * The bodies the story shows to be companies: a name ending in a company's word, or one it introduced
 * with a noun of a company ("oil firm Yukos", "energy giant Rosneft", "budget airline Skyvale").
 */
function companiesOf(orgs: Mention[], tokensOf: (sentence: number) => Token[]): Set<string> {
  const out = new Set<string>();
  for (const m of orgs) {
    const before = m.rule === 'org-noun-name' ? lower(tokensOf(m.sentence)[m.tokenStart - 1]) : '';
    if (COMPANY_SUFFIXES.has(m.name.split(' ').at(-1) ?? '') || (before !== '' && ORG_NOUNS.has(before) && !NAMED_NOUNS.has(before))) out.add(m.key);
  }
  return out;
}

/** Whether a body mention fits "the <noun>". */
function fits(m: Mention, noun: string, companies: Set<string>, sentence: number, nounAfter: (m: Mention, side?: number) => string): boolean {
  // ("the group's Americas director" after "Human Rights Watch said": any body is a group, named just before.)
  // (Not a paper named by its title: "introduced by Ana Ruiz, sports editor of the Alden Courier. Luis
  // Vera, the only junior in the group, …" speaks of the people, and a paper is "the paper".)
  if (noun === 'group' && (companies.has(m.key) || (m.sentence === sentence - 1 && !PRESS_RULES.has(m.rule)))) return true;
  if (COMPANY_NOUNS.has(noun)) return companies.has(m.key);
  if (noun === 'party' && m.meta?.party === 'yes') return true;
  const words = m.name.toLowerCase().split(' ');
  if (noun === 'bloc') return BLOC_NAME_WORDS.some((w) => words.includes(w));
  // ("The Kora Dockers union said …" … "the union's president": the noun written after the name,
  // when the name has no such head of its own: "a National League club" is a club of the league.)
  const last = words[words.length - 1];
  // ("the broadcaster Tarrin Vision" … "the broadcaster": the noun the story introduced it with.)
  if (NAME_ENDS_OF_KIND[noun]?.has(last) || nounAfter(m, -1) === noun) return true;
  return words.includes(noun) || (nounAfter(m) === noun && !NAMED_NOUNS.has(last) && !COMPANY_NOUNS.has(last));
}


/** The one body among those that fit named in the sentence right before, if it names only one of them. */
function nearestAlone(fitting: Mention[], sentence: number): Mention | undefined {
  const last = fitting.filter((m) => m.sentence === sentence - 1);
  return last.length === 1 ? last[0] : undefined;
}

export function resolveOrgDescriptions(ctx: DocContext): void {
  const orgs = ctx.mentions.filter((m) => m.kind === 'Organization').sort((a, b) => a.sentence - b.sentence || a.tokenStart - b.tokenStart);
  if (!orgs.length) return;
  // (Where mentions start, made only when a description is met: most stories have none.)
  let taken: Set<string> | undefined;
  const tokensOf = (i: number) => ctx.sentences[i].tokens;
  const companies = companiesOf(orgs, tokensOf);
  // (The word after the name; or, with side -1, the noun the story introduced the body with anywhere:
  // "media regulator Ofcom".)
  const introduced = new Map<string, string>();
  for (const m of orgs) if (m.rule === 'org-noun-name' && !introduced.has(m.key)) introduced.set(m.key, tokensOf(m.sentence)[m.tokenStart - 1]?.lower ?? '');
  const nounAfter = (m: Mention, side = 1) => (side > 0 ? tokensOf(m.sentence)[m.tokenEnd]?.text ?? '' : introduced.get(m.key) ?? '');
  const added: Mention[] = [];
  // Nouns the story used as "the <noun>" before naming any body that fits: "set up the fund … the
  // International Monetary Fund … welcomed the fund" speaks of its own fund, not the body named later.
  let unbound: Set<string> | undefined;
  for (const s of ctx.sentences) {
    const { tokens } = s;
    if (!sentenceHas(s, DESCRIPTION_NOUN)) continue;
    for (let k = 0; k + 1 < tokens.length; k++) {
      if (tokens[k].lower !== 'the') continue;
      // ("the 15-member bloc": its size between the article and the noun.)
      // ("the central bank's governor", "the ruling party": a lower-case adjective before the noun.)
      // ("the trade bloc": a noun too before "bloc", which fits only a union of states.)
      const adjective = (tokens[k + 1].pos === 'ADJ' || tokens[k + 2]?.lower === 'bloc') && /^[a-z]+$/.test(tokens[k + 1].text) && tokens[k + 2] ? 1 : 0;
      // ("the Espoo-based company": where it is based; the description then starts at its noun,
      // after the place's own mention.)
      const based = isCapitalised(tokens[k + 1]) && tokens[k + 2]?.text === '-' && tokens[k + 3]?.lower === 'based' && !!tokens[k + 4];
      const at = based ? k + 4 : tokens[k + 1].pos === 'NUM' && tokens[k + 2]?.text === '-' && SIZE_WORDS.has(tokens[k + 3]?.lower ?? '') && tokens[k + 4] ? k + 4 : k + 1 + adjective;
      const noun = tokens[at].lower;
      if ((!COMPANY_NOUNS.has(noun) && !NAMED_NOUNS.has(noun) && noun !== 'bloc') || isCapitalised(tokens[at])) continue;
      // "the company Zenco", "the bank of Peru", "the party faithful": another frame.
      const next = tokens[at + 1];
      if (next && (isCapitalised(next) || next.lower === 'of' || next.pos === 'NOUN')) continue;
      taken ??= new Set(ctx.mentions.map((m) => `${m.sentence}:${m.tokenStart}`));
      if ((!based && taken.has(`${s.index}:${k + 1}`)) || taken.has(`${s.index}:${at}`)) continue;
      const before = orgs.filter((m) => (m.sentence < s.index && m.sentence >= s.index - WINDOW) || (m.sentence === s.index && m.tokenEnd <= k));
      const keys = new Map<string, Mention>();
      for (const m of before) if (fits(m, noun, companies, s.index, nounAfter)) keys.set(m.key, m);
      // (Of two that fit, the one the sentence just before names alone: "Zenco fell. The firm said …".)
      // (Not a description inside a quote, '"our deal with the union," he said': the speaker knows
      // which body; the story may name it next.)
      if (!keys.size && !orgs.some((m) => fits(m, noun, companies, s.index, nounAfter) && (m.sentence < s.index || (m.sentence === s.index && m.tokenStart < k))) && !quotedAt(tokens, k, false)) (unbound ??= new Set()).add(noun);
      if (unbound?.has(noun)) continue;
      // (Of two that fit, first the one the sentence itself names before it, alone: "Delta Foods said the
      // company's chairman …" after "Kora Motors, the carmaker, …".)
      const own = [...keys.values()].filter((m) => m.sentence === s.index);
      const body = keys.size === 1 ? [...keys.values()][0] : own.length === 1 ? own[0] : nearestAlone([...keys.values()], s.index);
      if (!body) continue;
      // (The size is part of the description: "chairman of the 15-member bloc" reads the body after "the".)
      const from = based ? at : k + 1;
      const first = tokens[from];
      const t = tokens[at];
      added.push({ id: `b${s.index}.${from}`, kind: 'Organization', text: spanText(tokens, from, at + 1), name: body.name, key: body.key, sentence: s.index, tokenStart: from, tokenEnd: at + 1, start: first.start, end: t.end, role: undefined, rule: 'org-description', meta: { roleRef: 'yes' } });
    }
  }
  ctx.mentions.push(...added);
}
