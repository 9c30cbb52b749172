// The wink-nlp instance extraction tokenises with, made a pure function of the document it reads.
//
// NOTE: wink's cache adds every unknown word to the model's lexeme table, and its tokeniser consults
// that table: once it has read "King's," it keeps "king's" whole in every later document. Extraction
// would then depend on what the process read before, and no extraction could be cached, sharded
// across machines or run in any order. So the words a document added are taken out of the table's
// hash before the next document (forgetUnknownWords): each document is tokenised as it would be in a
// fresh process. The table's list and wink's packed features of those words stay (they are indexed by
// position, in step), so the next sighting of a word is added again, at a new position: memory grows
// by ~40 bytes per unknown word per document, a few MB per worker's shard.

import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export type Nlp = ReturnType<typeof winkNLP>;

interface LexemeTable {
  hash: Record<string, number>;
  list: string[];
}

export interface PureNlp {
  nlp: Nlp;
  /** Forgets the unknown words read since the last call: call it before each document. */
  forgetUnknownWords: () => void;
}

/** A wink instance (sentence boundaries and part-of-speech only) and the means to forget what it learnt. */
export function createNlp(): PureNlp {
  let lexeme: LexemeTable | undefined;
  // winkNLP reads the model through model.core(); the wrapper keeps a handle on the table it returns.
  const core = (model as unknown as { core: () => { features: { lexeme: LexemeTable } } }).core;
  const wrapped = Object.assign(Object.create(null), model, {
    core: () => {
      const m = core();
      lexeme = m.features.lexeme;
      return m;
    },
  }) as typeof model;
  // Only sentence boundaries and part-of-speech tags are used: wink's own entity, sentiment and
  // negation passes are skipped, which saves a third of its time.
  const nlp = winkNLP(wrapped, ['sbd', 'pos']);
  if (!lexeme) throw new Error('extract: wink-nlp did not load its model through core(); check the wink-nlp version');
  const table = lexeme;
  let known = table.list.length;
  return {
    nlp,
    forgetUnknownWords() {
      for (let i = known; i < table.list.length; i++) delete table.hash[table.list[i]];
      known = table.list.length;
    },
  };
}
