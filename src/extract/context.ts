// The per-document working state that extraction passes share.

import type { Mention, RelationMatch, Sentence, Token } from '../types';

export interface RoleRef {
  sentence: number;
  tokenStart: number;
  tokenEnd: number;
  role: string;
}

export interface DocContext {
  doc: string;
  sentences: Sentence[];
  mentions: Mention[];
  roleRefs: RoleRef[];
  relations: RelationMatch[];
}

/**
 * A (sentence, token index) pair as one number, for the maps of mentions by where they start or end:
 * a template string per look-up cost more than the look-up. One-to-one while token indices stay
 * within ±2^20 (a sentence comes from a slice of at most 200,000 characters).
 */
export function tokenKey(sentence: number, token: number): number {
  return sentence * 0x200000 + token;
}

/**
 * The actor and place mentions (agreements and concerns aside) by where they end and where they
 * start, keyed by tokenKey: the neighbours patterns look at ("Japan's PM", "Nairobi, Kenya").
 */
export function mentionsByTokens(mentions: readonly Mention[]): { byTokenEnd: Map<number, Mention>; byTokenStart: Map<number, Mention> } {
  const byTokenEnd = new Map<number, Mention>();
  const byTokenStart = new Map<number, Mention>();
  for (const m of mentions) {
    if (m.kind === 'Concern' || m.kind === 'Agreement') continue;
    byTokenEnd.set(tokenKey(m.sentence, m.tokenEnd), m);
    byTokenStart.set(tokenKey(m.sentence, m.tokenStart), m);
  }
  return { byTokenEnd, byTokenStart };
}

/** Mentions grouped by sentence, each group in token order; build once per pass, not per sentence. */
export function mentionsBySentence(ctx: DocContext): (sentence: number) => Mention[] {
  const groups = new Map<number, Mention[]>();
  for (const m of ctx.mentions) {
    let g = groups.get(m.sentence);
    if (!g) groups.set(m.sentence, (g = []));
    g.push(m);
  }
  for (const g of groups.values()) g.sort((a, b) => a.tokenStart - b.tokenStart || b.tokenEnd - a.tokenEnd);
  return (sentence) => groups.get(sentence) ?? [];
}

/**
 * A mention of a person by their office ("Japan's PM", "the minister") over tokens [start, end): it
 * takes the person's name and key, and is marked as a role reference (no alias of theirs).
 */
export function roleReference(id: string, sentence: number, tokens: Token[], start: number, end: number, person: { name: string; key: string }, role: string | undefined, rule: string): Mention {
  return {
    id,
    kind: 'Person',
    text: tokens.slice(start, end).map((t) => t.text).join(' '),
    name: person.name,
    key: person.key,
    sentence,
    tokenStart: start,
    tokenEnd: end,
    start: tokens[start].start,
    end: tokens[end - 1].end,
    role,
    rule,
    meta: { roleRef: 'yes' },
  };
}
