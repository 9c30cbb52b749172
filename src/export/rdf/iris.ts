// The IRIs the RDF export mints under the build's base (CONTRACT.md "RDF vocabulary"): entities,
// documents, evidence sentences and relation statements. Each is a function of the thing's own stable
// key only, so the same entity, document or fact gets the same IRI in every build.

import type { Evidence } from '../../types';
import { shortHash, toSafeSlug } from './slug';

/** `<base>entity/<node key>`: node keys are already slugs (resolve/entity-id.ts), anything else is made one. */
export function entityIri(base: string, key: string): string {
  return `${base}entity/${toSafeSlug(key)}`;
}

/** The IRI segment of a document: its file name made a slug, one-to-one (slug.ts toSafeSlug). */
export function documentSlug(doc: string): string {
  return toSafeSlug(doc);
}

/** `<base>document/<slug of the file name>`; also the name of the document's graph in graph.nq. */
export function documentIri(base: string, doc: string, slug = documentSlug(doc)): string {
  return `${base}document/${slug}`;
}

/**
 * `<base>evidence/<document slug>-s<sentence index>`: one resource per sentence, shared by every fact
 * it supports. Unambiguous: the sentence index is the last `-s<digits>`.
 */
export function evidenceIri(base: string, ev: Pick<Evidence, 'doc' | 'sentence'>, slug = documentSlug(ev.doc)): string {
  return `${base}evidence/${slug}-s${ev.sentence}`;
}

/** `<base>statement/<hash of the edge key>`: the rdf:Statement node that carries a relation's attributes. */
export function statementIri(base: string, edgeKey: string): string {
  return `${base}statement/${shortHash(edgeKey, 16)}`;
}
