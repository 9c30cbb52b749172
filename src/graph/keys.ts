// Stable node and edge keys: the same entity and relation get the same key in every build
// (graphology's own edge keys are random per process: TRAPS.md).

import type { Predicate } from '../types';

/** Edge key: subject, predicate and object, so a relation is one edge however often it is stated. */
export function edgeKey(subject: string, predicate: Predicate, object: string): string {
  return `${subject}|${predicate}|${object}`;
}
