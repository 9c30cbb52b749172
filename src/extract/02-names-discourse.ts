// One sense per discourse (Gale, Church & Yarowsky 1992) for organisations: once the document shows a
// one-word name to be a body ("oil firm Yukos", "energy giant Rosneft"), its other bare occurrences
// ("Yukos is suing…", "between Rosneft and…") are that body too. Without this only the sentence with
// the telling context names it, and the relations of every other sentence are lost.

import type { Mention, Sentence } from '../types';
import { loadGazetteer } from './model/gazetteer';

// Rules whose context says "a body" outright: "oil firm Yukos", "the Mirror newspaper", a known body.
// (Weaker guesses, "… with Mahzeer" after a role noun, would spread a mistake through a whole story.)
const TELLING_RULES = new Set(['org-noun-name', 'press-title', 'gazetteer-org', 'chamber-name', 'possessive-org']);

/** A capitalised word of three letters or more that is not all capitals (acronyms are read everywhere already). */
const WORD_NAME = /^\p{Lu}\p{Ll}[\p{L}\p{M}'’-]+$/u;

/** Adds the bare occurrences of the document's one-word organisation names, and turns person guesses of them into the body. */
export function spreadOrganisationNames(sentences: Sentence[], mentions: Mention[]): Mention[] {
  const gaz = loadGazetteer();
  const bodies = new Map<string, Mention>();
  for (const m of mentions) {
    if (m.kind !== 'Organization' || !TELLING_RULES.has(m.rule) || m.tokenEnd - m.tokenStart !== 1 || m.text !== m.name || !WORD_NAME.test(m.text)) continue;
    if (!bodies.has(m.text) && !gaz.lookup(m.text)) bodies.set(m.text, m);
  }
  if (bodies.size === 0) return mentions;
  // A word that is also a person's surname or given name in this document is left as it was ("Ford").
  for (const m of mentions) {
    if (m.kind !== 'Person' || m.tokenEnd - m.tokenStart < 2) continue;
    const tokens = sentences[m.sentence].tokens;
    for (let k = m.tokenStart; k < m.tokenEnd; k++) bodies.delete(tokens[k].text);
  }
  if (bodies.size === 0) return mentions;

  const covered = new Set<string>();
  for (const m of mentions) for (let k = m.tokenStart; k < m.tokenEnd; k++) covered.add(`${m.sentence}.${k}`);
  const asBody = (m: Mention, body: Mention) => Object.assign(m, { kind: 'Organization' as const, name: body.name, key: body.key, rule: 'org-discourse', role: undefined, meta: undefined });
  const out = mentions.map((m) => {
    const body = m.kind === 'Person' && m.tokenEnd - m.tokenStart === 1 && !m.role ? bodies.get(m.text) : undefined;
    return body ? asBody(m, body) : m;
  });
  for (const s of sentences) {
    const tokens = s.tokens;
    for (let k = 0; k < tokens.length; k++) {
      const body = bodies.get(tokens[k].text);
      if (!body || covered.has(`${s.index}.${k}`)) continue;
      // Part of a longer name ("Yukos Oil Company", "New Rosneft") is not this one.
      if (/^\p{Lu}/u.test(tokens[k + 1]?.text ?? '') || (k > 0 && /^\p{Lu}/u.test(tokens[k - 1].text) && !/^["“‘'(]$/.test(tokens[k - 1].text))) continue;
      // A sentence's first word is capitalised whatever it is: only as a proper noun.
      if ((k === 0 || /^["“‘'(]$/.test(tokens[k - 1].text)) && tokens[k].pos !== 'PROPN') continue;
      const t = tokens[k];
      out.push({ id: `o${s.index}.${k}`, kind: 'Organization', text: t.text, name: body.name, key: body.key, sentence: s.index, tokenStart: k, tokenEnd: k + 1, start: t.start, end: t.end, rule: 'org-discourse' });
    }
  }
  // (In reading order, as the scanner gives them.)
  return out.length > mentions.length ? out.sort((a, b) => a.sentence - b.sentence || a.tokenStart - b.tokenStart) : out;
}
