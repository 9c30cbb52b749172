// Relations that follow from others, each with the evidence of the relation it follows from:
// a person who is party to an agreement in an official role makes their country a party to it.

import type { Entity, Relation } from '../types';

export function inferRelations(entities: Entity[], relations: Relation[]): Relation[] {
  const kind = new Map(entities.map((e) => [e.id, e.kind]));
  const countriesOf = new Map<string, string[]>();
  for (const r of relations) {
    if (r.predicate === 'affiliatedWith' && kind.get(r.object) === 'Country') countriesOf.set(r.subject, [...(countriesOf.get(r.subject) ?? []), r.object]);
  }
  const out: Relation[] = [];
  for (const r of relations) {
    if (r.predicate !== 'partyTo' || kind.get(r.subject) !== 'Person') continue;
    const countries = countriesOf.get(r.subject) ?? [];
    // A person tied to several countries stands for none of them with certainty.
    if (countries.length !== 1) continue;
    out.push({ subject: countries[0], predicate: 'partyTo', object: r.object, evidence: r.evidence, confidence: Math.min(0.7, r.confidence), rule: 'party-by-representative' });
  }
  return out;
}
