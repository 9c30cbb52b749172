// Pass 2 over the document: named mentions in every sentence (see 02-names.ts for the scanner), then
// what the whole document says about them (02-names-doc.ts), capitalised common words read as people
// among them; a body's one-word name then stands for it wherever it recurs (02-names-discourse.ts).

import type { DocContext } from './context';
import { extractNames } from './02-names';
import { reviewNames } from './02-names-doc';
import { dropHeadlineGuesses, spreadOrganisationNames } from './02-names-discourse';
import { addHomeGovernment } from './02-names-government';

export function findNames(ctx: DocContext): void {
  const found = [];
  for (const s of ctx.sentences) {
    const { mentions, roleRefs } = extractNames(s, `m${s.index}.`);
    found.push(...mentions);
    for (const r of roleRefs) ctx.roleRefs.push({ sentence: s.index, ...r });
  }
  ctx.mentions.push(...addHomeGovernment(ctx.sentences, dropHeadlineGuesses(ctx.sentences, spreadOrganisationNames(ctx.sentences, reviewNames(ctx.sentences, found)))));
}
