// Clusters concern mentions. A concern is known by what it is about: the places and countries it
// names other than its actor ("Russia's invasion of Ukraine", "the war in Ukraine" → Ukraine;
// "China's actions in the South China Sea", "tensions in the South China Sea" → the South China Sea).
// A concern naming nothing is known by its words, or, within one story, by the issue noun it names
// ("obscene poverty", "poverty in the poorest nations"). Candidates that no relation used are dropped.

import type { Extraction, Mention } from '../types';

// Heads that name no issue without a complement: "the war" (which?), "the crisis", "the situation".
// Alone they are dropped; "the war in Laos", "the debt crisis" name one. (Abstract nouns that are the
// issue themselves, "poverty", "corruption", "inflation", stand alone.)
const VAGUE_HEADS = new Set([
  'war', 'wars', 'crisis', 'crises', 'conflict', 'conflicts', 'tension', 'tensions', 'dispute', 'disputes', 'threat',
  'threats', 'situation', 'action', 'actions', 'activity', 'activities', 'change', 'changes', 'attack', 'attacks',
  'role', 'status', 'future', 'process', 'order', 'decision', 'policy', 'policies', 'plan', 'impact', 'effects',
  'consequences', 'implications', 'fallout', 'deal', 'pact', 'agreement', 'base', 'bases', 'presence', 'influence',
  'claims', 'claim', 'programme', 'program', 'behaviour', 'behavior', 'conduct', 'practices', 'problem', 'problems',
  'issue', 'issues', 'matter', 'question', 'events', 'developments', 'move', 'moves', 'measures', 'steps', 'tests',
  'drills', 'expansion', 'extension', 'escalation', 'occupation', 'invasion', 'aggression', 'fighting', 'clashes',
  'strikes', 'deaths', 'killings', 'prices', 'education', 'security', 'stability', 'coalition', 'standoff', 'stand-off',
]);

// Nouns that are an issue by themselves (VAGUE_HEADS' opposites): within one story, "obscene poverty"
// and "poverty in the poorest nations" are one concern, as "terrorism" and "extremism and terrorism" are.
const ISSUE_HEADS = new Set([
  'poverty', 'debt', 'debts', 'terrorism', 'corruption', 'inflation', 'unemployment', 'extremism', 'illiteracy',
  'hunger', 'crime', 'violence', 'pollution', 'discrimination', 'racism', 'segregation', 'famine', 'drought',
  'piracy', 'smuggling', 'trafficking', 'fraud', 'censorship', 'repression', 'persecution', 'deforestation',
  'slavery', 'malnutrition', 'homelessness', 'illegitimacy',
]);
const HEAD_END = /^(of|in|on|over|from|for|to|against|with|by|at|about|between|among|across)$/;

/** The issue noun a concern's words end on before their first preposition ("obscene poverty", "debts of …"), if any. */
function issueHead(text: string): string | undefined {
  let head: string | undefined;
  for (const w of text.split(' ')) {
    if (HEAD_END.test(w)) break;
    if (ISSUE_HEADS.has(w)) head = w.replace(/s$/, '');
  }
  return head;
}

export function clusterConcerns(extractions: Extraction[], clusterOf: Map<string, string>, id: (doc: string, m: Mention) => string): void {
  const pending: Array<{ ref: string; key: string; candidate: boolean }> = [];
  for (const x of extractions) {
    // The first key each issue noun got in this document.
    const issueKeys = new Map<string, string>();
    const byId = new Map(x.mentions.map((m) => [m.id, m]));
    for (const m of x.mentions) {
      if (m.kind !== 'Concern') continue;
      const ids = ((m.meta?.entities as string[] | undefined) ?? []).filter((e) => e !== m.meta?.actor);
      const targets = ids.map((e) => byId.get(e)).filter((e): e is Mention => !!e && (e.kind === 'Place' || e.kind === 'Country'));
      const places = targets.filter((t) => t.kind === 'Place');
      const chosen = places.length ? places : targets;
      const keys = [...new Set(chosen.map((t) => clusterOf.get(id(x.doc, t)) ?? t.key))].sort();
      const text = normaliseConcernText(m.name);
      if (!keys.length && VAGUE_HEADS.has(text)) continue;
      const issue = keys.length ? undefined : issueHead(text);
      const key = keys.length ? `concern:${keys.join('+')}` : (issue && issueKeys.get(issue)) || `concern:text:${text}`;
      if (issue && !issueKeys.has(issue)) issueKeys.set(issue, key);
      pending.push({ ref: id(x.doc, m), key, candidate: m.meta?.candidate === 'yes' });
    }
  }
  const confirmed = new Set(pending.filter((p) => !p.candidate).map((p) => p.key));
  // A candidate (a strong concern phrase no trigger pointed at) is kept when it names where it happens
  // ("Russia's invasion of Ukraine", "Argentina's energy crisis"): that is a conflict or crisis the
  // article is about. One that names nothing is kept only if some trigger confirmed its key.
  for (const p of pending) if (!p.candidate || confirmed.has(p.key) || !p.key.startsWith('concern:text:')) clusterOf.set(p.ref, p.key);
}

function normaliseConcernText(s: string): string {
  return s
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/\b(the|a|an|any|all|some|recent|growing|rising|increasing|heightened)\b/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
