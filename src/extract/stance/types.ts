// The shapes the stance pass shares between its pattern rows and its engine: what a row matches
// (StancePattern), what it finds (StanceHit) and the context the engine runs on (Ctx). A leaf
// module, so the row files and the engine can both import it without importing each other.

import type { Mention, Token } from '../../types';
import type { DocContext } from '../context';
import type { ConcernTrigger } from '../03-phrases';
import type { StancePredicate } from '../model/lexicons/stance';

export type Ctx = DocContext & { triggers?: ConcernTrigger[] };

/** What a pattern found at its trigger word: the object phrase and how to read it. */
export interface StanceHit {
  start: number;
  end: number;
  predicate: StancePredicate;
  /** Topics of talk must be concern nouns ("the dispute over X"); stances may name any action. */
  requireHead?: boolean;
  /** A list of topics separated by commas ("talked about X, the war on Y and Z"). */
  list?: boolean;
  /** The one blamed, before "for" ("criticised Peru for …"): involved in the concern as its actor. */
  actorSpan?: [number, number];
  /** Where the subject stands when not before the trigger ("met X to discuss Y": the subject of "met"). */
  subjectToken?: number;
  /** The subjects themselves, found away from the clause subject ("In Chile, there is concern …"). */
  subjectIds?: string[];
  /** Places the concern is about though its words do not name them ("In Chile, there is anxiety about migrants coming in"). */
  involved?: string[];
  /** The subject is whoever speaks: the hit counts only inside a quotation ("… and also the issue of X."). */
  bySpeaker?: boolean;
  /** The object is one concern even when coordinated ("the issue of illiteracy and poverty"). */
  whole?: boolean;
  /**
   * The phrase names a concern whoever holds it ("segregation remains the most troublesome issue",
   * "legislation against discrimination was called for"): with no actor found it is still named,
   * with no relation.
   */
  entityOnly?: boolean;
  /** Named with no relation even when an actor stands before the trigger ("a strong fight against X"). */
  actorless?: boolean;
}

export interface StancePattern {
  id: string;
  words: ReadonlySet<string>;
  match: (tokens: Token[], ms: Mention[], k: number) => StanceHit | undefined;
}
