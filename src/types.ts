// Cross-stage data model of newsgraph: documents, sentences, tokens, mentions, entities and relations.
// A leaf module: it imports nothing from the project, and every stage imports from it.

export const KINDS = ['Person', 'Country', 'Place', 'Organization', 'Agreement', 'Concern'] as const;
export type Kind = (typeof KINDS)[number];

export const PREDICATES = [
  'affiliatedWith',
  'met',
  'visited',
  'partyTo',
  'concernedAbout',
  'opposes',
  'involves',
  'memberOf',
  'locatedIn',
  'mentionedWith',
] as const;
export type Predicate = (typeof PREDICATES)[number];

/** Domain and range of each predicate (CONTRACT.md); extraction filters with it, the ontology declares it. */
export const PREDICATE_SCHEMA: Record<Predicate, { from: readonly Kind[]; to: readonly Kind[]; symmetric?: boolean }> = {
  affiliatedWith: { from: ['Person'], to: ['Country', 'Organization', 'Place'] },
  met: { from: ['Person'], to: ['Person'], symmetric: true },
  visited: { from: ['Person'], to: ['Country', 'Place'] },
  partyTo: { from: ['Country', 'Organization', 'Person'], to: ['Agreement'] },
  concernedAbout: { from: ['Person', 'Country', 'Organization'], to: ['Concern', 'Agreement'] },
  opposes: { from: ['Person', 'Country', 'Organization'], to: ['Concern', 'Agreement'] },
  involves: { from: ['Concern', 'Agreement'], to: ['Country', 'Place', 'Organization'] },
  memberOf: { from: ['Country', 'Organization', 'Person'], to: ['Organization'] },
  locatedIn: { from: ['Place', 'Organization'], to: ['Country', 'Place'] },
  mentionedWith: { from: KINDS, to: KINDS, symmetric: true },
};

/** A decoded input file. `text` keeps the file's characters at their offsets; markup is blanked with spaces. */
export interface SourceDocument {
  /** The file name as given (relative to the input folder), used in `docs` and evidence. */
  id: string;
  /** Path on disk, for messages. */
  path: string;
  text: string;
  format: 'text' | 'markdown' | 'html';
}

export interface Token {
  text: string;
  start: number;
  end: number;
  /** Universal POS tag from wink-nlp (PROPN, NOUN, VERB, …). */
  pos: string;
  /** Whitespace before the token in the source. */
  space: string;
  /** Lower-case text with typographic apostrophes straightened, computed once (patterns compare it). */
  lower: string;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  tokens: Token[];
}

/** One supporting sentence of a relation (CONTRACT.md). */
export interface Evidence {
  doc: string;
  sentence: number;
  start: number;
  end: number;
  text: string;
}

/** A surface mention of an entity in one sentence. */
export interface Mention {
  /** Document-local id, unique within one extraction. */
  id: string;
  kind: Kind;
  /** Surface form as it stands in the text (whitespace folded). */
  text: string;
  /** Canonical name proposed by the recogniser (e.g. the country's common name for a demonym). */
  name: string;
  /** Key that identifies the entity for resolution (e.g. `country:NZL`); mentions with equal keys merge. */
  key: string;
  sentence: number;
  /** First and last+1 token indices in the sentence. */
  tokenStart: number;
  tokenEnd: number;
  start: number;
  end: number;
  /** Role or title seen with a person ("Prime Minister"). */
  role?: string;
  /** Recogniser id (compromise-style reason). */
  rule: string;
  /** Extra features for resolution: a person's parts, an agreement's parties and subject… */
  meta?: Record<string, string | string[] | undefined>;
}

/** A relation between two mentions, as stated in one sentence. */
export interface RelationMatch {
  subject: string;
  predicate: Predicate;
  object: string;
  sentence: number;
  rule: string;
  confidence: number;
  role?: string;
}

/** What extraction yields for one document. */
export interface Extraction {
  doc: string;
  sentences: Array<Omit<Sentence, 'tokens'>>;
  mentions: Mention[];
  relations: RelationMatch[];
}

/** Sentences the viewer lists per entity at most; resolution keeps the occurrences of no more. */
export const LISTED_SENTENCES = 12;

/** Where an entity is named: its sentence, and the mention's offsets in the document (JavaScript indices). */
export interface Occurrence {
  doc: string;
  sentence: number;
  start: number;
  end: number;
}

/** An entity after resolution across documents. */
export interface Entity {
  id: string;
  label: string;
  kind: Kind;
  aliases: string[];
  mentions: number;
  docs: string[];
  /**
   * The mentions the viewer can list, in document order then by position: those of the first twelve
   * documents, twelve sentences each at most (the viewer lists twelve sentences per entity).
   */
  occurrences?: Occurrence[];
  /** In how many sentences of the corpus the entity is named. */
  sentenceCount?: number;
}

/** A relation between two resolved entities, with every sentence that states it. */
export interface Relation {
  subject: string;
  predicate: Predicate;
  object: string;
  evidence: Evidence[];
  confidence: number;
  role?: string;
  rule?: string;
}

export interface Resolved {
  entities: Entity[];
  relations: Relation[];
}
