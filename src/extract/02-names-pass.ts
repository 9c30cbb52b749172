// Pass 2 over the document: named mentions in every sentence (see 02-names.ts for the scanner).

import type { DocContext } from './context';
import { extractNames } from './02-names';

export function findNames(ctx: DocContext): void {
  for (const s of ctx.sentences) {
    const { mentions, roleRefs } = extractNames(s, `m${s.index}.`);
    ctx.mentions.push(...mentions);
    for (const r of roleRefs) ctx.roleRefs.push({ sentence: s.index, ...r });
  }
}
