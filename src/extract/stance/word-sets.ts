// Word sets and patterns the stance rows and the engine read: copulas, negators, pronouns, quotation
// marks, time words. The stance vocabularies proper live in model/lexicons/stance.ts; these are the
// small closed-class sets of the clause shapes, kept apart so the row files need not import the engine.

import { PHRASAL_STANCES } from '../model/lexicons/stance';

export const ACTOR_KINDS = new Set(['Person', 'Country', 'Organization']);
// The copula or modal of a fronted clause ("X is a backward policy, Y said"; "X would hurt Z, Y warned").
export const FRONTED_VERBS = new Set(['is', 'was', 'are', 'were', 'would', 'could', 'will', 'might', 'may']);
// Verbs of speech with the one told after them: "told reporters the levy was unfair".
export const TELLING_VERBS = new Set(['told', 'tells', 'tell', 'assured', 'assures', 'reminded', 'informed', 'warned']);
// The phrasal rows by their verb forms, so a common verb ("took") costs one look-up.
export const PHRASAL_BY_VERB = new Map<string, typeof PHRASAL_STANCES>();
for (const row of PHRASAL_STANCES) for (const v of row.verbs) PHRASAL_BY_VERB.set(v, [...(PHRASAL_BY_VERB.get(v) ?? []), row]);
export const OBJECT_PREPS = new Set(['to', 'against', 'about', 'over', 'at', 'of', 'on']);
export const COPULA_CHAIN = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', 'remains', 'remained', 'remain', 'would', 'could', 'can', 'will', 'may', 'might', 'should', 'must', 'seems', 'seemed', "'s"]);
export const NEGATORS = new Set(['not', "n't", 'never', 'no', 'longer']);
export const PRONOUNS = new Set(['it', 'this', 'that', 'them', 'these', 'those', 'him', 'her', 'us', 'me', 'you', 'itself', 'one']);
export const LIGHT_HEADS = new Set(['bid', 'bids', 'attempt', 'attempts', 'plan', 'plans', 'move', 'moves', 'proposal', 'proposals', 'effort', 'efforts', 'decision', 'push', 'pressure', 'call', 'calls', 'threat', 'threats', 'idea', 'scheme']);
// "too high", "too close": judgements of a measure or a tie ("too young" is said of people).
export const EXCESS_ADJECTIVES = new Set(['high', 'low', 'large', 'big', 'great', 'much', 'many', 'expensive', 'costly', 'close', 'risky', 'slow', 'generous', 'strict', 'lax', 'weak', 'steep', 'heavy', 'little', 'few', 'long']);
// What one threatens to do, not what one threatens: "threatened reprisal against X", "threatens legal action".
export const THREATENED_ACTS = /^(reprisals?|retaliation|action|sanctions|strikes?|veto|war|force|legal|walkouts?|boycotts?|resignation|measures|lawsuits?|suits?|violence|punishment|consequences|countermeasures)$/;
// Adjectives of poor quality that judge the noun after them: "a bad bargain", "a poor deal".
export const POOR_QUALITY = new Set(['bad', 'poor', 'terrible', 'awful', 'lousy', 'rotten', 'dreadful']);
// Words that say a problem is near or rife: "the pandemic is imminent", "torture was widespread".
export const PROBLEM_STATES = new Set(['imminent', 'widespread', 'rife', 'rampant', 'endemic', 'looming', 'spiralling', 'spiraling']);
export const IDIOM_HEADS = new Set(['temptation', 'urge', 'chance', 'opportunity', 'right', 'ability', 'need', 'way', 'idea', 'notion', 'view', 'suggestion', 'impression']);
export const POSSESSIVES = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);
export const DETERMINER_LIKE = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'my', 'your']);
export const SPLIT_PUNCT = /^[.;:!?()]$/;
export const QUOTES = /^["“”'‘’]$/;
// Struggles whose object is an issue whoever wages them: "legislation against racial discrimination".
// (Not "war" or "battle": "the war against the cardinals" names an enemy.)
export const ISSUE_STRUGGLES = new Set(['campaign', 'campaigns', 'fight', 'struggle', 'crusade', 'drive', 'crackdown', 'legislation', 'law', 'laws', 'measures']);
// Words a clause may open after: "…, and X remains the main problem", "with X still the main issue".
export const CLAUSE_OPENERS = /^(,|;|:|--|—|"|“|and|but|with|that|because|as|since|if|when|while|although|though|whereas)$/;
export const TIME_WORDS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|weekend|month|year|night|morning|afternoon|evening)$/;
// Heads of a time or meeting phrase: cut from the end of an object ("at a meeting on Tuesday", "in 2004").
export const TIME_HEADS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|day|days|week|weekend|month|year|morning|afternoon|evening|night|meeting|summit|conference|talks|session|\d{4})$/;
