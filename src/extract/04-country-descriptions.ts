// Pass 4c': "the country's finance minister", "the nation's president": a possessive description of
// a country stands for the one country the story named just before, as "the company's" stands for a
// firm (04-org-descriptions.ts). Web and wire copy name the country once, then say "the country's".

import type { Mention } from '../types';
import { type DocContext } from './context';
import { isPossessive } from './tokens-util';

// How far back the country may be named.
const WINDOW = 3;
const COUNTRY_NOUNS = new Set(['country', 'nation']);

export function resolveCountryDescriptions(ctx: DocContext): void {
  let countries: Mention[] | undefined;
  const added: Mention[] = [];
  for (const s of ctx.sentences) {
    const { tokens } = s;
    for (let k = 0; k + 2 < tokens.length; k++) {
      if (tokens[k].lower !== 'the' || !COUNTRY_NOUNS.has(tokens[k + 1].lower) || !isPossessive(tokens[k + 2])) continue;
      countries ??= ctx.mentions.filter((m) => m.kind === 'Country').sort((a, b) => a.sentence - b.sentence || a.tokenStart - b.tokenStart);
      const before = countries.filter((m) => (m.sentence < s.index && m.sentence >= s.index - WINDOW) || (m.sentence === s.index && m.tokenEnd <= k));
      // The country named last, if the sentence that names it names no other: "Kenya and Uganda …
      // the country's" says neither.
      const last = before.at(-1);
      if (!last || before.some((m) => m.sentence === last.sentence && m.key !== last.key)) continue;
      const t = tokens[k + 1];
      added.push({ id: `n${s.index}.${k + 1}`, kind: 'Country', text: t.text, name: last.name, key: last.key, sentence: s.index, tokenStart: k + 1, tokenEnd: k + 2, start: t.start, end: t.end, role: undefined, rule: 'country-description', meta: { roleRef: 'yes' } });
    }
  }
  ctx.mentions.push(...added);
}
