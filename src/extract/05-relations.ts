// Pass 5: typed relations from sentence structure. Each pattern family below names the sentence shape
// it reads; a relation whose span holds a negation ("is not part of", "would not be") is dropped.
// Pronouns ("she", "the two leaders", "it") take their antecedents from earlier sentences.

import type { Mention, Predicate, RelationMatch, Sentence, Token } from '../types';
import { PREDICATE_SCHEMA } from '../types';
import { mentionsBySentence, type DocContext } from './context';
import type { ConcernTrigger } from './03-phrases';
import { adjacentCountry } from './04-coreference';
import { loadGazetteer } from './model/gazetteer';
import { AGREE_VERBS, MEET_WORDS, NEGATIONS, SPEECH_VERBS, VISIT_WORDS } from './model/lexicon';
import { ROLE_NOUNS } from './model/titles';
import { isPossessive, lower } from './tokens-util';

const ACTORS = new Set(['Person', 'Country', 'Organization']);
const SINGULAR_PRONOUNS = new Set(['he', 'she', 'him', 'her', 'his']);
const PLURAL_REFS = new Set(['they', 'their', 'both', 'pair', 'two', 'leaders', 'sides', 'countries', 'nations', 'governments']);
const FIRST_PERSON = new Set(['we', 'i', 'us', 'our']);
// Words that may stand between a member and "member of": a copula, an article, an adverb, a comma.
const COPULA_GAP = /^(is|are|was|were|be|been|being|become|becomes|became|remain|remains|remained|has|have|had|a|an|the|one|founding|full|permanent|longtime|long-standing|key|leading|not|no|longer|also|still|now|already|,|both|all|its|their)$/;
const PREPOSITIONS = new Set(['by', 'of', 'with', 'in', 'to', 'from', 'between', 'against', 'on', 'for', 'about', 'over', 'at', 'into', 'toward', 'towards', 'among', 'like', 'than', 'under', 'after', 'before', 'near', 'across', 'beyond', 'besides', 'via']);
// "the two countries", "both nations": plural references to countries rather than people.
const COUNTRY_PLURALS = new Set(['countries', 'nations', 'governments', 'sides', 'states']);

interface Sent {
  s: Sentence;
  tokens: Token[];
  ms: Mention[];
}

export function findRelations(ctx: DocContext & { triggers?: ConcernTrigger[] }): void {
  const out: RelationMatch[] = [];
  const byId = new Map(ctx.mentions.map((m) => [m.id, m]));
  const byTokenEnd = new Map<string, Mention>();
  const byTokenStart = new Map<string, Mention>();
  for (const m of ctx.mentions) {
    if (m.kind === 'Concern' || m.kind === 'Agreement') continue;
    byTokenEnd.set(`${m.sentence}:${m.tokenEnd}`, m);
    byTokenStart.set(`${m.sentence}:${m.tokenStart}`, m);
  }
  const add = (subject: Mention | undefined, predicate: Predicate, object: Mention | undefined, sentence: number, rule: string, confidence: number, role?: string) => {
    if (!subject || !object || subject.key === object.key && subject.kind === object.kind && subject.kind !== 'Agreement' && subject.kind !== 'Concern') return;
    if (subject.id === object.id) return;
    const schema = PREDICATE_SCHEMA[predicate];
    if (!schema.from.includes(subject.kind) || !schema.to.includes(object.kind)) return;
    out.push({ subject: subject.id, predicate, object: object.id, sentence, rule, confidence, role });
  };
  const mentionsIn = mentionsBySentence(ctx);
  const triggersIn = new Map<number, ConcernTrigger[]>();
  for (const t of ctx.triggers ?? []) {
    if (!triggersIn.has(t.sentence)) triggersIn.set(t.sentence, []);
    triggersIn.get(t.sentence)!.push(t);
  }
  const recentPersons: Mention[] = [];
  const recentCountries: Mention[] = [];
  const countryCounts = new Map<string, number>();
  let lastAgreement: Mention | undefined;
  let lastConcern: Mention | undefined;
  let lastSpeaker: Mention | undefined;

  for (const s of ctx.sentences) {
    const tokens = s.tokens;
    const ms = mentionsIn(s.index);
    const sent: Sent = { s, tokens, ms };
    const persons = ms.filter((m) => m.kind === 'Person');
    const resolvePronoun = (k: number): Mention[] => {
      const w = lower(tokens[k]);
      if (COUNTRY_PLURALS.has(w)) {
        // "the two countries": the two the article has named most so far (the last named on ties).
        const cs = [...recentCountries, ...ms.filter((m) => m.kind === 'Country' && m.tokenEnd <= k)];
        const score = new Map<string, { m: Mention; n: number; last: number }>();
        cs.forEach((c, i) => score.set(c.key, { m: c, n: countryCounts.get(c.key) ?? 0, last: i }));
        const ranked = [...score.values()].sort((a, b) => b.n - a.n || b.last - a.last);
        return ranked.length >= 2 ? ranked.slice(0, 2).map((r) => r.m) : [];
      }
      const before = [...recentPersons, ...persons.filter((p) => p.tokenEnd <= k)];
      const distinct: Mention[] = [];
      for (let i = before.length - 1; i >= 0 && distinct.length < 2; i--) if (!distinct.some((d) => d.key === before[i].key)) distinct.push(before[i]);
      if (SINGULAR_PRONOUNS.has(w)) return distinct.slice(0, 1);
      if (PLURAL_REFS.has(w) || /^leaders?['’]?$/.test(w)) return distinct.length === 2 ? distinct : [];
      if (FIRST_PERSON.has(w) && speaker) return [speaker];
      return [];
    };
    const speaker = findSpeaker(sent, resolvePronoun) ?? (isQuoteContinuation(s) ? lastSpeaker : undefined);

    // ── affiliatedWith ──────────────────────────────────────────────────────────────
    for (const p of persons) {
      // "Japan's Prime Minister Fumio Kishida", "Japanese counterpart Fumio Kishida", "Ardern of New Zealand"
      const c = adjacentCountry(ctx, p, byTokenEnd, byTokenStart);
      if (c && (p.role || p.meta?.roleRef || lower(tokens[p.tokenEnd]) === 'of')) add(p, 'affiliatedWith', c, s.index, 'country-title-person', 0.9, p.role);
      // "Robert Patman, from the University of Otago" / "said Prof Patman, from the University of Otago"
      // "David Capie, Director of Victoria University's Centre for Strategic Studies"
      let k = p.tokenEnd;
      if (tokens[k]?.text === ',') k++;
      const w = lower(tokens[k]);
      let role: string | undefined;
      let j = -1;
      if (w === 'from' || w === 'of' || w === 'at') j = k + 1;
      else if (/^\p{Lu}/u.test(tokens[k]?.text ?? '') || w === 'the' || w === 'a' || w === 'an') {
        // an apposition: ", Director of X", ", a professor at X", ", the country's foreign minister"
        let q = k;
        while (q < tokens.length && q < k + 6 && !/^(of|at|from|for|with|in)$/.test(lower(tokens[q])) && tokens[q].text !== ',' && !byTokenStart.has(`${s.index}:${q}`)) q++;
        if (/^(of|at|for|with|in)$/.test(lower(tokens[q])) && q > k) {
          role = tokens.slice(k, q).map((t) => t.text).filter((t) => !/^(a|an|the)$/i.test(t)).join(' ');
          j = q + 1;
        }
      }
      if (j >= 0) {
        if (lower(tokens[j]) === 'the') j++;
        const o = byTokenStart.get(`${s.index}:${j}`);
        if (o && (o.kind === 'Organization' || o.kind === 'Country')) {
          add(p, 'affiliatedWith', o, s.index, 'person-apposition', 0.85, role || p.role);
          // "Director of Victoria University's Centre for …": the head organisation is the affiliation too.
          if (isPossessive(tokens[o.tokenEnd])) {
            const o2 = byTokenStart.get(`${s.index}:${o.tokenEnd + 1}`);
            if (o2?.kind === 'Organization') {
              add(p, 'affiliatedWith', o2, s.index, 'person-apposition', 0.85, role || p.role);
              add(o2, 'memberOf', o, s.index, 'org-possessive', 0.7);
            }
          }
        }
      }
      // "Spain's director general for Europe, Jose Maria Pons", "the Japanese prime minister, Fumio
      // Kishida": a country's role, then the name.
      if (tokens[p.tokenStart - 1]?.text === ',') {
        for (let q = p.tokenStart - 2; q >= Math.max(0, p.tokenStart - 10); q--) {
          const demonym = byTokenEnd.get(`${s.index}:${q + 1}`);
          const byDemonym = demonym?.kind === 'Country' && demonym.meta?.demonym === 'yes';
          if (!isPossessive(tokens[q]) && !byDemonym) continue;
          const owner = byDemonym ? demonym : byTokenEnd.get(`${s.index}:${q}`);
          const roleWords = tokens.slice(q + 1, p.tokenStart - 1).map((t) => t.text);
          // No other person may stand between the role and the name ("Chile's envoy Ana Ruiz, Luis Vera").
          const personBetween = ms.some((m) => m.kind === 'Person' && m !== p && m.tokenStart > q && m.tokenEnd < p.tokenStart);
          if (owner?.kind === 'Country' && roleWords.some((w) => ROLE_NOUNS.has(w.toLowerCase())) && !personBetween) {
            add(p, 'affiliatedWith', owner, s.index, 'country-role-apposition', 0.8, roleWords.join(' ').replace(/ for .*$/, ''));
          }
          break;
        }
      }
      // "UN Secretary-General Antonio Guterres": an organisation before the title.
      const orgBeforeTitle = byTokenEnd.get(`${s.index}:${p.tokenStart}`);
      if (p.role && p.rule === 'title-name' && orgBeforeTitle?.kind === 'Organization') add(p, 'affiliatedWith', orgBeforeTitle, s.index, 'org-title-person', 0.85, p.role);
      // "Antonio Guterres, the UN secretary-general, said": an apposition with the body and a role.
      if (tokens[p.tokenEnd]?.text === ',') {
        let q = p.tokenEnd + 1;
        if (/^(the|a|an)$/.test(lower(tokens[q]))) q++;
        const body = byTokenStart.get(`${s.index}:${q}`);
        const roleTokens = body ? tokens.slice(body.tokenEnd, body.tokenEnd + 4) : [];
        const roleEnd = roleTokens.findIndex((t) => t.text === ',' || t.text === '.');
        const roleWords = roleTokens.slice(0, roleEnd < 0 ? roleTokens.length : roleEnd).map((t) => t.lower);
        // The apposition must close (comma or full stop) with nothing but role words: "Ardern, Japan PM
        // Fumio Kishida" lists a second person instead.
        const closed = roleEnd > 0 && !roleTokens.slice(0, roleEnd).some((t) => /^\p{Lu}/u.test(t.text) && !ROLE_NOUNS.has(t.lower) && t.lower !== 'pm');
        if (closed && body && (body.kind === 'Organization' || body.kind === 'Country') && roleWords.some((w) => ROLE_NOUNS.has(w) || ROLE_NOUNS.has(w.split('-')[0]))) {
          add(p, 'affiliatedWith', body, s.index, 'apposition-body-role', 0.8, roleTokens.slice(0, roleEnd < 0 ? roleTokens.length : roleEnd).filter((t) => !isPossessive(t)).map((t) => t.text).join(' ').replace(/ - /g, '-'));
        }
      }
      // "Victoria University's Centre" handled above; "AM host Ryan Bridge": organisation before a role noun.
      const beforeRole = byTokenEnd.get(`${s.index}:${p.tokenStart - 1}`);
      if (p.rule === 'role-name' && beforeRole?.kind === 'Organization') add(p, 'affiliatedWith', beforeRole, s.index, 'org-role-person', 0.75, p.role);
    }

    // ── met ─────────────────────────────────────────────────────────────────────────
    for (let k = 0; k < tokens.length; k++) {
      const w = lower(tokens[k]);
      if (!MEET_WORDS.has(w)) continue;
      if (w === 'sat' && (lower(tokens[k + 1]) !== 'down' || lower(tokens[k + 2]) !== 'with')) continue;
      if (/^(host|hosts|hosted|received|welcomed|spoke|discussed)$/.test(w) && tokens[k].pos !== 'VERB') continue; // "AM host Ryan Bridge"
      if ((w === 'talks' || w === 'meeting' || w === 'meetings' || w === 'conversation') && !/^(with|between)$/.test(lower(tokens[k + 1])) && !/^(held|hold|had|have)$/.test(lower(tokens[k - 1]))) continue;
      const left = subjectGroup(sent, k, resolvePronoun).filter((m) => m.kind === 'Person');
      const right = objectGroup(sent, k).filter((m) => m.kind === 'Person');
      // Only "met" and "held talks" make a meeting of their coordinated subjects alone ("A and B met");
      // "received", "welcomed", "hosted", "spoke" need the person met after them.
      if (!right.length && !/^(met|meet|meets|talks|summit)$/.test(w)) continue;
      const group = right.length ? [...left.slice(0, 1), ...right] : left;
      if (group.length < 2 || negatedBetween(tokens, Math.min(...group.map((g) => g.tokenStart)), k)) continue;
      for (let a = 0; a < group.length; a++) for (let b = a + 1; b < group.length; b++) add(group[a], 'met', group[b], s.index, 'meet-verb', 0.85);
      // "met … in Tokyo": each participant was there (their own country is filtered out in resolve).
      const place = placeAfter(sent, k);
      if (place) for (const g of group) add(g, 'visited', place, s.index, 'meet-in-place', 0.6);
    }

    // ── visited ─────────────────────────────────────────────────────────────────────
    for (let k = 0; k < tokens.length; k++) {
      const w = lower(tokens[k]);
      let subject: Mention[] = [];
      if (VISIT_WORDS.has(w)) {
        // "her visit to Japan", "Ardern's trip to Asia", "Brown visited Kenya"
        if (/^(her|his|their)$/.test(lower(tokens[k - 1])) || /^(her|his|their)$/.test(lower(tokens[k - 2]))) subject = resolvePronoun(/^(her|his|their)$/.test(lower(tokens[k - 1])) ? k - 1 : k - 2);
        else subject = subjectGroup(sent, k, resolvePronoun).filter((m) => m.kind === 'Person');
        if (/^(home)$/.test(lower(tokens[k + 1]))) continue;
      } else if (/^(is|was|are|were|arrives|arrived)$/.test(w) && lower(tokens[k + 1]) === 'in') {
        // "Jacinda Ardern is in Japan for three days"
        const subj = byTokenEnd.get(`${s.index}:${k}`);
        if (subj?.kind === 'Person') subject = [subj];
      } else continue;
      let place = placeAfter(sent, k);
      // "Brown has visited Kenya's biggest shantytown": the verb's direct object.
      if (!place && /^(visited|visits|visiting|visit|toured|tours|touring)$/.test(w) && tokens[k].pos === 'VERB') {
        const q = /^(the)$/.test(lower(tokens[k + 1])) ? k + 2 : k + 1;
        const m = ms.find((x) => x.tokenStart === q && (x.kind === 'Place' || x.kind === 'Country'));
        if (m) place = m;
      }
      if (!place || negatedBetween(tokens, subject[0]?.tokenStart ?? k, k)) continue;
      for (const p of subject) add(p, 'visited', place, s.index, 'visit', 0.8);
    }

    // ── partyTo ─────────────────────────────────────────────────────────────────────
    for (const a of ms.filter((m) => m.kind === 'Agreement')) {
      const target = a.meta?.antecedent ? byId.get(String(a.meta.antecedent)) ?? a : a;
      for (const pid of (a.meta?.parties as string[] | undefined) ?? []) add(byId.get(pid), 'partyTo', target, s.index, 'agreement-parties', 0.9);
      if (target !== a) lastAgreement = target;
      else if (a.meta?.anaphor !== 'yes') lastAgreement = a;
    }
    for (const a of ms.filter((m) => m.kind === 'Agreement' && !m.meta?.antecedent)) {
      // "a deal … to take part in the development of the Yadavaran and Jufeyr oilfields": places the
      // agreement is about, in the same clause and introduced by a preposition.
      for (const p of ms.filter((m) => m.kind === 'Place' && m.tokenStart >= a.tokenEnd && m.tokenStart - a.tokenEnd <= 20)) {
        const gap = tokens.slice(a.tokenEnd, p.tokenStart).map((t) => lower(t));
        if (gap.some((w) => /^[.;,:"“”]$/.test(w))) continue;
        if (!gap.some((w) => /^(in|of|at|for|over|on)$/.test(w))) continue;
        add(a, 'involves', p, s.index, 'agreement-place', 0.5);
      }
      // "India and Iran in gas export deal", "Argentina, Venezuela in oil deal": headline parties.
      if (lower(tokens[a.tokenStart - 1]) === 'in' || lower(tokens[a.tokenStart - 2]) === 'in') {
        const at = lower(tokens[a.tokenStart - 1]) === 'in' ? a.tokenStart - 1 : a.tokenStart - 2;
        const group = subjectGroup(sent, at, () => []).filter((m) => m.kind === 'Country' || m.kind === 'Organization');
        if (group.length >= 2 && group[0].tokenStart === 0) for (const g of group) add(g, 'partyTo', a.meta?.antecedent ? byId.get(String(a.meta.antecedent)) ?? a : a, s.index, 'headline-in', 0.7);
      }
    }
    for (let k = 0; k < tokens.length; k++) {
      if (!AGREE_VERBS.has(lower(tokens[k]))) continue;
      const agreement = ms.find((m) => m.kind === 'Agreement' && m.tokenStart > k && m.tokenStart - k <= 12 && !tokens.slice(k + 1, m.tokenStart).some((t) => /^[.;]$/.test(t.text)));
      const target = agreement?.meta?.antecedent ? byId.get(String(agreement.meta.antecedent)) : agreement;
      if (!target) continue;
      const subjects = subjectGroup(sent, k, resolvePronoun).filter((m) => ACTORS.has(m.kind));
      if (!subjects.length || negatedBetween(tokens, subjects[0].tokenStart, agreement!.tokenStart)) continue;
      // "Petrobras could join the deal": a possibility is not a fact.
      if (hedged(tokens, subjects.at(-1)!.tokenEnd, k)) continue;
      for (const p of subjects) add(p, 'partyTo', target, s.index, 'agree-verb', 0.8);
    }
    // "New Zealand is part of X", "X is a party to Y" (negated forms produce nothing)
    for (let k = 0; k < tokens.length; k++) {
      const w = lower(tokens[k]);
      if (!(w === 'part' || w === 'member' || w === 'members' || w === 'party' || w === 'signatory')) continue;
      if (!/^(of|to)$/.test(lower(tokens[k + 1])) && k + 1 < tokens.length) continue;
      const subj = subjectGroup(sent, k, resolvePronoun).filter((m) => m.kind === 'Country' || m.kind === 'Organization' || m.kind === 'Person');
      // The subject must *be* the member: "X is a member of", "X, a founding member of" — not
      // "X will entertain the members of her book club".
      if (subj.length && !tokens.slice(subj.at(-1)!.tokenEnd, k).every((t) => COPULA_GAP.test(t.lower))) continue;
      let obj = objectGroup(sent, k + 1).find((m) => m.kind === 'Organization' || m.kind === 'Agreement');
      // "the Five Eyes intelligence network that New Zealand is a member of": the object comes first.
      if (!obj && (k + 1 >= tokens.length || /^[.,;]$/.test(tokens[k + 2]?.text ?? '.') || lower(tokens[k + 1]) === 'of')) {
        const rel = tokens.slice(0, k).map((t) => lower(t)).lastIndexOf('that');
        const rel2 = tokens.slice(0, k).map((t) => lower(t)).lastIndexOf('which');
        const r = Math.max(rel, rel2);
        if (r > 0) obj = [...ms].reverse().find((m) => (m.kind === 'Organization' || m.kind === 'Agreement') && m.tokenEnd <= r);
        if (obj && subj.length) {
          const near = subj.filter((m) => m.tokenStart > r);
          if (!near.length || negatedBetween(tokens, r, k + 1)) continue;
          for (const x of near) add(x, obj.kind === 'Agreement' ? 'partyTo' : 'memberOf', obj, s.index, 'member-relative', 0.85);
          continue;
        }
      }
      if (!obj || !subj.length || negatedBetween(tokens, subj[0].tokenStart, obj.tokenStart)) continue;
      for (const x of subj) add(x, obj.kind === 'Agreement' ? 'partyTo' : 'memberOf', obj, s.index, 'member-of', 0.85);
    }
    // "Finland joined NATO", "Sweden has joined the alliance": joining a body makes a member.
    for (let k = 0; k < tokens.length; k++) {
      if (!/^(joined|joins|join)$/.test(tokens[k].lower) || tokens[k].pos !== 'VERB') continue;
      const q = lower(tokens[k + 1]) === 'the' ? k + 2 : k + 1;
      const org = ms.find((m) => m.tokenStart === q && m.kind === 'Organization');
      const subj = org ? subjectGroup(sent, k, resolvePronoun).filter((m) => m.kind === 'Country' || m.kind === 'Organization' || m.kind === 'Person') : [];
      if (!org || !subj.length || negatedBetween(tokens, subj[0].tokenStart - 2, k)) continue;
      if (hedged(tokens, subj.at(-1)!.tokenEnd, k) || tokens.slice(Math.max(0, k - 2), k).some((t) => /^(will|to)$/.test(t.lower))) continue;
      for (const x of subj) add(x, 'memberOf', org, s.index, 'join-verb', 0.8);
    }
    // "its chairmanship of the G8", "Turkey's membership of NATO": holding a seat in a body is membership.
    for (let k = 0; k < tokens.length; k++) {
      if (!/^(membership|chairmanship|presidency|seat|accession)$/.test(lower(tokens[k])) || !/^(of|in|on|to)$/.test(lower(tokens[k + 1]))) continue;
      const q = lower(tokens[k + 2]) === 'the' ? k + 3 : k + 2;
      const org = ms.find((m) => m.tokenStart === q && m.kind === 'Organization');
      if (!org) continue;
      let owner: Mention | undefined;
      if (isPossessive(tokens[k - 1])) owner = byTokenEnd.get(`${s.index}:${k - 1}`);
      else if (/^(its|their)$/.test(lower(tokens[k - 1]))) owner = [...ms].reverse().find((m) => (m.kind === 'Country' || m.kind === 'Organization') && m.tokenEnd <= k - 1);
      if (owner && !negatedBetween(tokens, owner.tokenStart - 2, k)) add(owner, 'memberOf', org, s.index, 'membership-noun', 0.75);
    }
    // "Iran - Opec's second-biggest oil producer", "Norway, a NATO member": an apposition that names
    // the country a member of the body.
    for (const c of ms.filter((m) => m.kind === 'Country' || m.kind === 'Organization')) {
      if (!/^[-–—,(]$/.test(tokens[c.tokenEnd]?.text ?? '')) continue;
      let q = c.tokenEnd + 1;
      if (/^(a|an|the)$/.test(lower(tokens[q]))) q++;
      const org = ms.find((m) => m.tokenStart === q && m.kind === 'Organization' && m !== c);
      if (!org) continue;
      const rest = tokens.slice(org.tokenEnd, org.tokenEnd + 8).map((t) => lower(t));
      const noun = rest.findIndex((w) => /^(member|members|producer|exporter|founder|partner|signatory|state)$/.test(w));
      if (noun >= 0 && !rest.slice(0, noun).some((w) => /^[,.;]$/.test(w))) add(c, 'memberOf', org, s.index, 'member-apposition', 0.7);
    }
    // "its Five Eyes partners", "New Zealand's Five Eyes allies": the possessor is a member.
    for (const o of ms.filter((m) => m.kind === 'Organization')) {
      if (!/^(partners|allies|members|partner|ally|member)$/.test(lower(tokens[o.tokenEnd]))) continue;
      const prev = tokens[o.tokenStart - 1];
      let owner: Mention | undefined;
      if (isPossessive(prev)) owner = byTokenEnd.get(`${s.index}:${o.tokenStart - 1}`);
      else if (/^(its|their|our)$/.test(lower(prev))) owner = subjectGroup(sent, o.tokenStart - 1, resolvePronoun).find((m) => m.kind === 'Country' || m.kind === 'Organization');
      if (owner) add(owner, 'memberOf', o, s.index, 'possessive-partners', 0.7);
    }

    // ── locatedIn ───────────────────────────────────────────────────────────────────
    for (const p of ms.filter((m) => m.kind === 'Place' || m.kind === 'Organization')) {
      // "Nairobi, Kenya", "Tokyo in Japan", "China's Xinjiang", "Japan's Foreign Ministry"
      // "Mombasa, Kenya," names where Mombasa is; "Lagos, Kenya and Peru" is a list. An organisation
      // is placed only by "in": "the bank, India and …" is a list too.
      const comma = tokens[p.tokenEnd]?.text === ',' && p.kind === 'Place';
      const after = comma || lower(tokens[p.tokenEnd]) === 'in' ? byTokenStart.get(`${s.index}:${p.tokenEnd + 1}`) : undefined;
      const listGoesOn = !!after && /^(and|or|,)$/.test(lower(tokens[after.tokenEnd])) && comma && !!byTokenStart.get(`${s.index}:${after.tokenEnd + 1}`);
      if (after && !listGoesOn && (after.kind === 'Country' || (after.kind === 'Place' && p.kind === 'Place'))) add(p, 'locatedIn', after, s.index, 'place-comma-country', 0.75);
      if (isPossessive(tokens[p.tokenStart - 1])) {
        const owner = byTokenEnd.get(`${s.index}:${p.tokenStart - 1}`);
        if (owner?.kind === 'Country') add(p, 'locatedIn', owner, s.index, 'possessive-place', 0.75);
      }
      const before = byTokenEnd.get(`${s.index}:${p.tokenStart}`);
      if (p.kind === 'Organization' && before?.kind === 'Country' && before.meta?.demonym === 'yes') add(p, 'locatedIn', before, s.index, 'demonym-org', 0.6);
      // The gazetteer knows where a city lies: a fact when the sentence names that country too.
      const code = p.meta?.country as string | undefined;
      if (code) for (const c of ms.filter((m) => m.kind === 'Country' && m.key.endsWith(':' + code3(code)))) add(p, 'locatedIn', c, s.index, 'gazetteer-located', 0.7);
    }

    // ── concernedAbout / opposes / involves ─────────────────────────────────────────
    for (const c of ms.filter((m) => m.kind === 'Concern')) {
      for (const eid of (c.meta?.entities as string[] | undefined) ?? []) add(c, 'involves', byId.get(eid), s.index, 'concern-phrase', 0.8);
    }
    // "the leaders' grave concerns with X and serious concerns about Y": a coordinated trigger shares its subject.
    let triggerSubjects: Mention[] = [];
    for (const t of triggersIn.get(s.index) ?? []) {
      let objects = t.objects.map((id) => byId.get(id)).filter((m): m is Mention => !!m).map((m) => (m.meta?.antecedent ? byId.get(String(m.meta.antecedent)) ?? m : m));
      if (t.pronoun || (!objects.length && t.rule.endsWith('-back'))) {
        // "denounced it", "watching the development with concern": the concern or agreement named last.
        const earlier = ms.filter((m) => (m.kind === 'Concern' || m.kind === 'Agreement') && m.tokenEnd <= t.token);
        const ref = earlier.at(-1) ?? (t.pronoun ? lastConcern ?? lastAgreement : undefined);
        const resolved = ref?.meta?.antecedent ? byId.get(String(ref.meta.antecedent)) : ref;
        if (resolved) objects = [...objects, resolved];
      }
      if (!objects.length) continue;
      let subjects = subjectGroup(sent, t.token, resolvePronoun).filter((m) => ACTORS.has(m.kind));
      if (!subjects.length && speaker && inQuote(tokens, t.token)) subjects = [speaker];
      if (!subjects.length) subjects = triggerSubjects;
      else triggerSubjects = subjects;
      // "saw no reason Brazil would be concerned": negation just before the subject counts too, and a
      // modal before the trigger makes it a hypothesis.
      if (!subjects.length || negatedBetween(tokens, Math.min(...subjects.map((x) => x.tokenStart)) - 3, t.token + 1)) continue;
      if (tokens.slice(Math.max(0, t.token - 3), t.token).some((x) => /^(would|could|might|may)$/.test(lower(x)))) continue;
      for (const subj of subjects) for (const o of objects) add(subj, t.predicate, o, s.index, t.rule, subj.meta?.roleRef ? 0.6 : 0.75);
      for (const o of objects) if (o.meta?.candidate) o.meta = { ...o.meta, candidate: undefined };
    }

    for (const p of persons) recentPersons.push(p);
    // Pronouns reach back a few sentences at most; older antecedents only cost time.
    if (recentPersons.length > 12) recentPersons.splice(0, recentPersons.length - 12);
    if (recentCountries.length > 12) recentCountries.splice(0, recentCountries.length - 12);
    for (const c of ms) {
      if (c.kind !== 'Country') continue;
      recentCountries.push(c);
      countryCounts.set(c.key, (countryCounts.get(c.key) ?? 0) + 1);
    }
    const concerns = ms.filter((m) => m.kind === 'Concern');
    if (concerns.length) lastConcern = concerns.at(-1);
    if (speaker) lastSpeaker = speaker;
  }
  ctx.relations.push(...out);
}

function code3(cca2: string): string {
  // Country keys use ISO alpha-3; places carry the alpha-2 code of the country they lie in.
  return loadGazetteer().countryByCode.get(cca2)?.key.split(':')[1] ?? '???';
}

// Words between a subject and its verb that make the act a possibility or a refusal, not a fact:
// "could join", "refused to sign", "has yet to ratify", "failed to reach".
const HEDGES = /^(could|might|may|would|refused|refuses|declined|declines|denied|denies|failed|fails|yet|reluctant|unwilling|hesitant|threatened|threatens|considering|considers|hopes|hoped|wants|wanted|plans|planned|seeks|sought|aims|aimed|proposed|proposes|urged|urges|called)$/;

/** Whether the words between a subject (ending at `from`) and its verb at k hedge or refuse the act. */
export function hedged(tokens: Token[], from: number, k: number): boolean {
  for (let q = Math.max(from, k - 5); q < k; q++) if (HEDGES.test(tokens[q].lower)) return true;
  return false;
}

/** Whether a negation word stands in tokens [from, to). */
export function negatedBetween(tokens: Token[], from: number, to: number): boolean {
  for (let k = Math.max(0, from); k < Math.min(tokens.length, to); k++) if (NEGATIONS.has(lower(tokens[k]))) return true;
  return false;
}

/** The actors of the clause before token k: the nearest actor and those coordinated with it ("A and B", "A, B and C"). */
function subjectGroup(sent: Sent, k: number, resolvePronoun: (k: number) => Mention[]): Mention[] {
  const { tokens, ms } = sent;
  // Pronoun subject right before the verb: "she also expressed concern", "the two leaders agreed".
  for (let q = k - 1; q >= Math.max(0, k - 8); q--) {
    const w = lower(tokens[q]);
    if (/^["“”]$/.test(tokens[q].text)) continue;
    if (/^[,.;:]$/.test(tokens[q].text)) break;
    const m = ms.find((x) => x.tokenStart <= q && q < x.tokenEnd && ACTORS.has(x.kind));
    if (m) break;
    if (SINGULAR_PRONOUNS.has(w) || w === 'they' || w === 'we' || w === 'i' || (w === 'two' && /^(the)$/.test(lower(tokens[q - 1]))) || /^leaders['’]?$/.test(w) || w === 'pair' || (COUNTRY_PLURALS.has(w) && /^(two|both|the)$/.test(lower(tokens[q - 1])))) {
      const r = resolvePronoun(q);
      if (r.length) return r;
    }
  }
  const before = ms.filter((m) => ACTORS.has(m.kind) && m.tokenEnd <= k && k - m.tokenEnd <= 12 && !inQuoteRegion(tokens, m.tokenStart, k));
  if (!before.length) return [];
  let last = before[before.length - 1];
  // "signed by China and the Solomon Islands also triggered worries": a prepositional object is no subject.
  // The word before a coordination "A, B and C" that ends with m: "by" in "signed by China and Fiji".
  const headOf = (m: Mention) => {
    const actorEndingAt = (q: number) => [...ms].reverse().find((x) => ACTORS.has(x.kind) && x.tokenEnd === q + 1);
    let q = m.tokenStart - 1;
    while (q >= 0 && /^(the|both)$/.test(lower(tokens[q]))) q--;
    if (!/^(and|or)$/.test(lower(tokens[q]))) return lower(tokens[q]);
    for (;;) {
      q--;
      while (q >= 0 && /^(the|both)$/.test(lower(tokens[q]))) q--;
      const prev = actorEndingAt(q);
      if (!prev) return lower(tokens[q]);
      q = prev.tokenStart - 1;
      while (q >= 0 && /^(the|both)$/.test(lower(tokens[q]))) q--;
      if (tokens[q]?.text !== ',') return lower(tokens[q]);
    }
  };
  if (PREPOSITIONS.has(headOf(last)) && !/^(according)$/.test(lower(tokens[last.tokenStart - 2]))) return [];
  // Skip an actor that is only the possessor or the object of a preposition of a nearer one: "Japan's PM".
  const group = [last];
  for (let i = before.length - 2; i >= 0; i--) {
    const m = before[i];
    const between = sent.tokens.slice(m.tokenEnd, last.tokenStart).map((t) => lower(t));
    // "UN Secretary-General Guterres", "Japan PM Kishida": a name right before another qualifies it.
    if (between.length === 0) {
      last = m;
      continue;
    }
    if (between.every((w) => w === 'and' || w === ',' || w === 'the' || w === "'s" || w === '’s' || w === 'both' || w === '(' || w === ')')) {
      if (between.includes("'s") || between.includes('’s')) {
        // "Japan's PM" — the possessor belongs to the next mention, not a new subject.
        last = m;
        continue;
      }
      group.unshift(m);
      last = m;
    } else break;
  }
  return group;
}

/** The actors right after token k: "met with X", "met X and Y", "talks with X". */
function objectGroup(sent: Sent, k: number): Mention[] {
  const { tokens, ms } = sent;
  let q = k + 1;
  while (q < tokens.length && /^(with|between|down|by|the|her|his|their|a|an)$/.test(lower(tokens[q]))) q++;
  const out: Mention[] = [];
  while (q < tokens.length) {
    const m = ms.find((x) => x.tokenStart === q && ACTORS.has(x.kind) || (x.tokenStart === q && (x.kind === 'Organization' || x.kind === 'Agreement')));
    if (m) {
      // Skip the country in "Japan's Prime Minister Fumio Kishida" in favour of the person.
      const next = ms.find((x) => x.tokenStart > m.tokenStart && x.tokenStart <= m.tokenEnd + 4 && x.kind === 'Person');
      if (m.kind === 'Country' && next) {
        q = next.tokenStart;
        continue;
      }
      out.push(m);
      q = m.tokenEnd;
      if (/^(and|,)$/.test(lower(tokens[q]))) {
        q++;
        continue;
      }
      break;
    }
    // "her Japanese counterpart Fumio Kishida": role words before the name.
    if (/^(japanese|counterpart|prime|minister|president|[a-z]+)$/.test(lower(tokens[q])) && q - k < 6 && !/^[.,;]$/.test(tokens[q].text)) {
      q++;
      continue;
    }
    break;
  }
  return out;
}

function placeAfter(sent: Sent, k: number): Mention | undefined {
  const { tokens, ms } = sent;
  for (let q = k + 1; q < Math.min(tokens.length, k + 10); q++) {
    if (/^[.;]$/.test(tokens[q].text)) break;
    if (!/^(in|to|at|into)$/.test(lower(tokens[q]))) continue;
    const m = ms.find((x) => x.tokenStart === q + 1 || (x.tokenStart === q + 2 && lower(tokens[q + 1]) === 'the'));
    if (m && (m.kind === 'Place' || m.kind === 'Country')) return m;
  }
  return undefined;
}

/** "…, Ardern said.", "said Prof Patman", "she said": who speaks in this sentence. */
function findSpeaker(sent: Sent, resolvePronoun: (k: number) => Mention[]): Mention | undefined {
  const { tokens, ms } = sent;
  for (let k = 0; k < tokens.length; k++) {
    if (!SPEECH_VERBS.has(lower(tokens[k]))) continue;
    const before = ms.find((m) => m.kind === 'Person' && m.tokenEnd === k);
    if (before) return before;
    const after = ms.find((m) => m.kind === 'Person' && m.tokenStart === k + 1);
    if (after) return after;
    if (SINGULAR_PRONOUNS.has(lower(tokens[k - 1]))) return resolvePronoun(k - 1)[0];
    // "According to Chief Cabinet Secretary Hirokazu Matsuno, …"
  }
  if (lower(tokens[0]) === 'according' && lower(tokens[1]) === 'to') return ms.find((m) => m.kind === 'Person' && m.tokenStart <= 8);
  return undefined;
}

function isQuoteContinuation(s: Sentence): boolean {
  return /^["“]/.test(s.text) && !/["”]\s*$/.test(s.text) === false;
}

/** Whether tokens [from, to) cross a quotation mark: a subject outside a quote does not speak inside it. */
function inQuoteRegion(tokens: Token[], from: number, to: number): boolean {
  // A quote mark right before the trigger only quotes the trigger ('the leaders' "grave concerns"').
  for (let q = from; q < to - 1; q++) if (/^["“”]$/.test(tokens[q].text)) return true;
  return false;
}

function inQuote(tokens: Token[], k: number): boolean {
  let open = false;
  for (let q = 0; q < k; q++) {
    if (/^[“]$/.test(tokens[q].text)) open = true;
    else if (/^[”]$/.test(tokens[q].text)) open = false;
    else if (tokens[q].text === '"') open = !open;
  }
  return open || /^["“]/.test(tokens[0]?.text ?? '');
}
