// Extract: one document → its sentences, mentions and relations (pure). The passes run in this
// order, each adding to a shared per-document context (compromise's ordered hooks).

import type { Extraction, SourceDocument } from '../types';
import { tokenize } from './01-tokens';
import { type DocContext } from './context';
import { findNames } from './02-names-pass';
import { findPhrases } from './03-phrases';
import { findStances } from './03-stance';
import { resolveInDocument } from './04-coreference';
import { resolveCountryDescriptions } from './04-country-descriptions';
import { resolveOrgDescriptions } from './04-org-descriptions';
import { resolveRoleDescriptions } from './04-role-descriptions';
import { findRelations } from './05-relations';

export type { DocContext } from './context';

/** The passes, in order: later passes read what earlier ones found. */
export const PASSES: Array<{ id: string; run: (ctx: DocContext) => void }> = [
  { id: 'names', run: findNames },
  { id: 'phrases', run: findPhrases },
  // (Before stance: "the union opposes the plan" has the union named before as its actor.)
  { id: 'org-descriptions', run: resolveOrgDescriptions },
  { id: 'country-descriptions', run: resolveCountryDescriptions },
  { id: 'stance', run: findStances },
  { id: 'coreference', run: resolveInDocument },
  { id: 'role-descriptions', run: resolveRoleDescriptions },
  { id: 'relations', run: findRelations },
];

/** Extracts the mentions and relations of one document. */
export function extractDocument(doc: SourceDocument): Extraction {
  const ctx: DocContext = { doc: doc.id, sentences: tokenize(doc.text), mentions: [], roleRefs: [], relations: [] };
  for (const pass of PASSES) pass.run(ctx);
  return {
    doc: doc.id,
    // (Written out rather than an object rest, which cost more: the same fields in the same order.)
    sentences: ctx.sentences.map((s) => ({ index: s.index, start: s.start, end: s.end, text: s.text })),
    mentions: ctx.mentions,
    relations: ctx.relations,
  };
}
