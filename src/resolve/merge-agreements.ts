// Clusters agreement mentions into agreements. An agreement is known by its parties (countries and
// organisations, with people standing for the country they represent) and its subject; two mentions
// are one agreement when their parties agree and neither subject adds what the other lacks
// ("intelligence-sharing agreement", "information sharing arrangement" and "military information
// sharing agreement" between New Zealand and Japan are one). "The agreement" takes its antecedent's.
// People and bodies named after a country ("the U.S. Department of the Treasury") stand for it; an
// unnamed agreement with the parties of the one named agreement of its article is that one; parties
// apart, one article's deals of one subject and head are one when firms name one side and countries
// the other. Different parties keep agreements apart (a China–Pakistan MoU is no India–US pact).

import type { Extraction, Mention } from '../types';
import { loadGazetteer } from '../extract/model/gazetteer';

interface AgreementInfo {
  ref: string;
  doc: string;
  mention: Mention;
  parties: Set<string>;
  subject: Set<string>;
  named?: string;
}

interface Cluster {
  key: string;
  parties: Set<string>;
  subject: Set<string>;
  docs: Set<string>;
  heads: Set<string>;
  /** How often the article spoke of it, by article. */
  spoken: Map<string, number>;
}

/**
 * "India signed a gas deal with Iran … a similar deal to one between Iran and China … the agreements
 * with Iran": a partial mention that fits several agreements of its article means the one the article
 * spoke of most (as 04-coreference reads "the agreements with"), if one was spoken of more than any other.
 */
function mostSpokenOf(fits: Cluster[], doc: string): Cluster | undefined {
  const ranked = fits.map((c) => ({ c, n: c.spoken.get(doc) ?? 0 })).sort((a, b) => b.n - a.n);
  return ranked.length > 1 && ranked[0].n > ranked[1].n ? ranked[0].c : undefined;
}

function subset<T>(a: Set<T>, b: Set<T>): boolean {
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

export function clusterAgreements(extractions: Extraction[], clusterOf: Map<string, string>, id: (doc: string, m: Mention) => string, nameOf: (clusterKey: string) => string): void {
  const infos: AgreementInfo[] = [];
  // The country each person stands for, from every article: an article may name the person's
  // country only once, and another article the agreement.
  const countriesOfPerson = new Map<string, Set<string>>();
  for (const x of extractions) {
    const byId = new Map(x.mentions.map((m) => [m.id, m]));
    for (const r of x.relations) {
      if (r.predicate !== 'affiliatedWith') continue;
      const o = byId.get(r.object);
      const s = byId.get(r.subject);
      if (o?.kind !== 'Country' || !s) continue;
      const key = clusterOf.get(id(x.doc, s));
      const country = clusterOf.get(id(x.doc, o));
      if (!key || !country) continue;
      if (!countriesOfPerson.has(key)) countriesOfPerson.set(key, new Set());
      countriesOfPerson.get(key)!.add(country);
    }
  }
  // How often each agreement mention is spoken of: itself and the anaphors ("the deal") that point to it.
  const spoken = new Map<string, number>();
  const relatedTo = new Set<string>();
  const targeted = new Set<string>();
  const countryOfPerson = new Map<string, string>();
  for (const [person, countries] of countriesOfPerson) if (countries.size === 1) countryOfPerson.set(person, [...countries][0]);
  for (const x of extractions) {
    const byId = new Map(x.mentions.map((m) => [m.id, m]));
    const partiesOf = new Map<string, Set<string>>();
    for (const r of x.relations) {
      if (r.predicate !== 'partyTo') continue;
      const s = byId.get(r.subject);
      if (!s) continue;
      let key = clusterOf.get(id(x.doc, s));
      if (s.kind === 'Person') key = key ? countryOfPerson.get(key) : undefined;
      // "the U.S. Department of the Treasury announced sanctions": a body named after its country
      // acts for it, as its minister does.
      if (s.kind === 'Organization') key = countryOfBody(s.name) ?? key;
      if (!key) continue;
      if (!partiesOf.has(r.object)) partiesOf.set(r.object, new Set());
      partiesOf.get(r.object)!.add(key);
    }
    for (const m of x.mentions) {
      if (m.kind !== 'Agreement' || !m.meta?.antecedent) continue;
      const ref = `${x.doc}#${m.meta.antecedent}`;
      spoken.set(ref, (spoken.get(ref) ?? 1) + 1);
    }
    // The agreements a stance or a party is about (an anaphor's counts for its antecedent).
    for (const r of x.relations) {
      const o = byId.get(r.object);
      if (o?.kind === 'Agreement') relatedTo.add(`${x.doc}#${o.meta?.antecedent ?? o.id}`);
      // ("extends an arms embargo on Ruritania": a sanction is known by its target as well as by who imposes it.)
      if (r.rule === 'sanction-target') targeted.add(`${x.doc}#${r.subject}`);
    }
    for (const m of x.mentions) {
      if (m.kind !== 'Agreement') continue;
      if (m.meta?.antecedent) continue;
      infos.push({
        ref: id(x.doc, m),
        doc: x.doc,
        mention: m,
        parties: partiesOf.get(m.id) ?? new Set(),
        subject: new Set((m.meta?.subject as string[] | undefined) ?? []),
        named: m.rule === 'gazetteer-agreement' || m.rule === 'agreement-name' || m.rule === 'agreement-acronym' ? m.key : undefined,
      });
    }
  }
  // "Roosevelt's New Deal" (an owner makes it a phrase with a party) and "the New Deal" elsewhere: a
  // phrase of two or more capitalised words spelt as an agreement named in the corpus is that agreement.
  const namedKeys = new Set(infos.flatMap((i) => (i.named ? [i.named] : [])));
  for (const info of infos) {
    if (info.named || info.mention.rule !== 'agreement-np') continue;
    const words = info.mention.name.split(/\s+/);
    const key = `agreement:${info.mention.name.toLowerCase()}`;
    if (words.length > 1 && words.every((w) => /^[\p{Lu}\d]/u.test(w)) && namedKeys.has(key)) info.named = key;
  }
  // Clusters, most specific first so that partial mentions join a full one.
  const clusters: Cluster[] = [];
  const order = [...infos].sort((a, b) => b.parties.size - a.parties.size || b.subject.size - a.subject.size || (a.ref < b.ref ? -1 : 1));
  const assigned = new Map<string, string>();
  for (const info of order) {
    if (info.named) {
      assigned.set(info.ref, info.named);
      continue;
    }
    const fits = clusters.filter((c) => {
      // Within one article a partial mention joins a fuller one; across articles the parties must be the same.
      const sameDoc = c.docs.has(info.doc);
      // Across articles a partial party list may join a fuller one only when both name the same subject.
      const sameSubject = info.subject.size > 0 && c.subject.size > 0 && (subset(info.subject, c.subject) || subset(c.subject, info.subject));
      const partiesOk = info.parties.size
        ? sameDoc || sameSubject
          ? subset(info.parties, c.parties) || subset(c.parties, info.parties) || (sameDoc && firmsForCountries(info, c))
          : subset(info.parties, c.parties) && subset(c.parties, info.parties)
        : sameDoc;
      const subjectOk = !info.subject.size || !c.subject.size || subset(info.subject, c.subject) || subset(c.subject, info.subject);
      // Two deals in one article stay apart: a "loan-for-oil deal" that names no party does not join
      // the memorandum named before it only because neither names a subject of the other.
      const otherKind = !info.parties.size && info.subject.size > 0 && !c.subject.size && !c.heads.has(String(info.mention.meta?.head ?? ''));
      return partiesOk && subjectOk && !otherKind;
    });
    // Several candidates: one from the same document is the one meant.
    const sameDoc = fits.filter((f) => f.docs.has(info.doc));
    const chosen = fits.length === 1 ? fits[0] : sameDoc.length === 1 ? sameDoc[0] : info.parties.size ? mostSpokenOf(sameDoc, info.doc) : undefined;
    if (chosen) {
      const c = chosen;
      for (const s of info.subject) c.subject.add(s);
      // (A firm acting in a deal between countries is a party to it, not one of the countries that name it.)
      if (!firmsForCountries(info, c)) for (const p of info.parties) c.parties.add(p);
      c.docs.add(info.doc);
      c.heads.add(String(info.mention.meta?.head ?? ''));
      c.spoken.set(info.doc, (c.spoken.get(info.doc) ?? 0) + (spoken.get(info.ref) ?? 1));
      assigned.set(info.ref, c.key);
    } else if (!info.parties.size && !targeted.has(info.ref) && !(info.subject.size && (spoken.get(info.ref) ?? 1) > 1 && relatedTo.has(info.ref) && !clusters.some((c) => subset(info.subject, c.subject)))) {
      // An agreement is known by its parties: "a deal", "excellent agreement with theory" or "the
      // arrangement" that names none and joins no agreement of its article is no entity. (But "a
      // prisoner exchange deal … criticised the deal": one with a subject that the article speaks of
      // again, and that someone opposes or joins, is one, though it names no party, unless a deal of
      // that subject with parties is known.)
      continue;
    } else {
      const key = `agreement:${[...info.parties].sort().join('+')}:${[...info.subject].sort().join('-')}:${info.ref}`;
      clusters.push({ key, parties: new Set(info.parties), subject: new Set(info.subject), docs: new Set([info.doc]), heads: new Set([String(info.mention.meta?.head ?? '')]), spoken: new Map([[info.doc, spoken.get(info.ref) ?? 1]]) });
      assigned.set(info.ref, key);
    }
  }
  // "the US-India pact" and "the Basic Exchange and Cooperation Agreement" that both countries
  // signed, in one article: an unnamed agreement whose parties are those of the one named agreement
  // with exactly these parties, named in an article of its own, is that agreement.
  const namedParties = new Map<string, { parties: Set<string>; docs: Set<string> }>();
  for (const i of infos) {
    if (!i.named) continue;
    const n = namedParties.get(i.named) ?? { parties: new Set<string>(), docs: new Set<string>() };
    for (const p of i.parties) n.parties.add(p);
    n.docs.add(i.doc);
    namedParties.set(i.named, n);
  }
  // (Indexed by the sorted party list, so that a corpus of many agreements compares each cluster once.)
  const namedBySignature = new Map<string, Array<[string, { docs: Set<string> }]>>();
  for (const [key, n] of namedParties) {
    const sig = [...n.parties].sort().join('|');
    if (!namedBySignature.has(sig)) namedBySignature.set(sig, []);
    namedBySignature.get(sig)!.push([key, n]);
  }
  const absorbed = new Map<string, string>();
  for (const c of clusters) {
    const owners = namedBySignature.get([...c.parties].sort().join('|')) ?? [];
    if (owners.length === 1 && [...c.docs].some((d) => owners[0][1].docs.has(d))) absorbed.set(c.key, owners[0][0]);
  }
  for (const [ref, key] of assigned) clusterOf.set(ref, absorbed.get(key) ?? key);
  // Anaphors join their antecedent's cluster; every mention is named after its cluster.
  const names = new Map<string, string>();
  const namedNames = new Map<string, string>();
  for (const i of infos) if (i.named) namedNames.set(i.named, i.mention.name);
  for (const c of clusters) names.set(c.key, agreementName([...c.parties].map(nameOf), c.subject, infos.filter((i) => assigned.get(i.ref) === c.key).map((i) => i.mention)));
  for (const x of extractions) {
    for (const m of x.mentions) {
      if (m.kind !== 'Agreement') continue;
      if (m.meta?.antecedent) {
        const a = clusterOf.get(`${x.doc}#${m.meta.antecedent}`);
        if (a) clusterOf.set(id(x.doc, m), a);
      }
      const key = clusterOf.get(id(x.doc, m));
      if (key && names.has(key)) m.name = names.get(key)!;
      else if (key && namedNames.has(key)) m.name = namedNames.get(key)!;
    }
  }
}

// Words of a state's own organs: a body so named acts for its country ("Chinese Foreign Ministry"),
// unlike a firm or a society that bears a country's name ("U.S. Steel", "American Federation of Labor").
const STATE_ORGANS = /\b(Ministry|Department|Government|Embassy|Treasury|Army|Navy|Air Force|Cabinet|Parliament|Administration|Mission|Delegation|Armed Forces)\b/;

/** The country a state organ's name begins with ("U.S. Department of the Treasury", "Chinese Foreign Ministry"). */
function countryOfBody(name: string): string | undefined {
  const words = name.split(/\s+/);
  if (words.length < 2 || !STATE_ORGANS.test(name)) return undefined;
  const g = loadGazetteer();
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const e = g.lookup(words.slice(0, n).join(' '));
    if (e) return e.kind === 'Country' ? e.key : undefined;
  }
  return undefined;
}

/**
 * "Turkcell's mobile deal" in an article about "the Turkey-Iran mobile deal": one article's deal of
 * the same subject and head, one side naming only firms, the other only countries, is one deal (the
 * firms act in it for their countries).
 */
function firmsForCountries(info: AgreementInfo, c: { parties: Set<string>; subject: Set<string>; heads: Set<string> }): boolean {
  const countries = (ps: Set<string>) => [...ps].every((p) => p.startsWith('country:'));
  const firms = (ps: Set<string>) => [...ps].every((p) => p.startsWith('org:'));
  const sameSubject = info.subject.size > 0 && info.subject.size === c.subject.size && subset(info.subject, c.subject);
  return sameSubject && c.heads.has(String(info.mention.meta?.head ?? '')) && ((firms(info.parties) && countries(c.parties)) || (countries(info.parties) && firms(c.parties)));
}

function agreementName(parties: string[], subject: Set<string>, mentions: Mention[]): string {
  const heads = new Map<string, number>();
  for (const m of mentions) {
    const h = String(m.meta?.head ?? 'agreement');
    heads.set(h, (heads.get(h) ?? 0) + 1);
  }
  const head = [...heads.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? 'agreement';
  const partyNames = [...parties].sort();
  // (A deal that names no party is called as its article calls it: "prisoner exchange deal".)
  if (!partyNames.length && mentions.length) return mentions[0].text.replace(/^(a|an|the)\s+/i, '');
  // "Franklin Roosevelt's New Deal", "the Marshall Plan": a name of its own, capitalised and naming no
  // country or place, is the agreement's name, not its parties and head.
  const own = mentions.find((m) => /^(\p{Lu}[\p{Ll}.']*\s)+\p{Lu}\p{Ll}+$/u.test(m.text) && !m.text.split(' ').some((w) => loadGazetteer().lookup(w)));
  if (own) return own.text;
  const subj = orderSubject([...subject]);
  const words = [partyNames.join('–'), subj, head].filter(Boolean).join(' ');
  return words || mentions[0]?.text || 'agreement';
}

function orderSubject(words: string[]): string {
  // "information sharing" reads better than "sharing information"; otherwise keep a stable order.
  const rank = (w: string) => (w === 'sharing' || w === 'exchange' ? 2 : w === 'cooperation' ? 3 : 1);
  return [...words].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1)).join(' ');
}

// Nouns that name the way an agreement or measure is run: "the sanctions policy", "the embargo regime".
const POLICY_NOUNS = new Set(['policy', 'policies', 'regime', 'regimes', 'programme', 'program', 'measures', 'package']);

/**
 * "further sanctions policy towards Moscow" after "the United States introduced new sanctions": a
 * concern that names an agreement's head word before a policy noun is that agreement, where its
 * article has one agreement with that head. Runs after the concerns are clustered.
 */
export function absorbAgreementConcerns(extractions: Extraction[], clusterOf: Map<string, string>, id: (doc: string, m: Mention) => string): void {
  for (const x of extractions) {
    const byHead = new Map<string, Set<string>>();
    const nameOf = new Map<string, string>();
    for (const m of x.mentions) {
      const key = m.kind === 'Agreement' ? clusterOf.get(id(x.doc, m)) : undefined;
      if (!key) continue;
      nameOf.set(key, m.name);
      const head = String(m.meta?.head ?? '');
      if (!byHead.has(head)) byHead.set(head, new Set());
      byHead.get(head)!.add(key);
    }
    if (!byHead.size) continue;
    for (const m of x.mentions) {
      if (m.kind !== 'Concern' || !clusterOf.has(id(x.doc, m))) continue;
      const words = m.name.toLowerCase().split(/\s+/);
      const at = words.findIndex((w, i) => i + 1 < words.length && byHead.has(w) && POLICY_NOUNS.has(words[i + 1]));
      const keys = at >= 0 ? byHead.get(words[at])! : undefined;
      if (keys?.size !== 1) continue;
      const key = [...keys][0];
      // (Named as the agreement is; the concern's words stay an alias, in the mention's text.)
      Object.assign(m, { kind: 'Agreement', name: nameOf.get(key) ?? m.name });
      clusterOf.set(id(x.doc, m), key);
    }
  }
}
