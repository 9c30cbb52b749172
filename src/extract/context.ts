// The per-document working state that extraction passes share.

import type { Mention, RelationMatch, Sentence } from '../types';

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

/** Mentions of one sentence, in token order. */
export function mentionsIn(ctx: DocContext, sentence: number): import('../types').Mention[] {
  return ctx.mentions.filter((m) => m.sentence === sentence).sort((a, b) => a.tokenStart - b.tokenStart || b.tokenEnd - a.tokenEnd);
}
