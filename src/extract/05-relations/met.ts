// met: persons who met, held talks or were received by one another ("Ardern met Kishida in Tokyo",
// "the two leaders held talks"); a place after the verb is a visit by each participant.

import type { Mention, Token } from '../../types';
import { MEET_WORDS } from '../model/lexicon';
import { lower } from '../tokens-util';
import { negatedBetween, objectGroup, placeAfter, subjectGroup } from './clause';
import { wordClass } from '../word-classes';
import { add, hasWordOf, resolvePronoun, type SentenceContext } from './context';

// (And "called", of a courtesy call: "called on President X".)
const MEET_WORD = wordClass([...MEET_WORDS, 'called']);

// Verbs that are meetings only as verbs: "AM host Ryan Bridge" is a title.
const VERB_ONLY = new Set(['host', 'hosts', 'hosted', 'received', 'welcomed', 'spoke', 'discussed']);
// Nouns that are a meeting only with a partner ("talks with") or a verb of holding ("held talks").
const MEETING_NOUNS = new Set(['talks', 'meeting', 'meetings', 'conversation']);
const NOUN_PARTNER = new Set(['with', 'between']);
const NOUN_HOLD = new Set(['held', 'hold', 'had', 'have']);
// Only these make a meeting of their coordinated subjects alone ("A and B met").
const SUBJECTS_ALONE = new Set(['met', 'meet', 'meets', 'talks', 'summit']);
// Words after an intransitive "met" that are no object: "met again", "met late on Thursday".
const AFTER_INTRANSITIVE = new Set(['again', 'twice', 'once', 'briefly', 'privately', 'separately', 'earlier', 'later', 'late', 'early', 'recently', 'regularly', 'often', 'there', 'here', 'face-to-face', 'face', 'to']);
// Heads of time phrases, which are no object either: "met yesterday", "met last week", "met Thursday".
const TIME_WORDS = new Set([
  'yesterday', 'today', 'tonight', 'tomorrow', 'morning', 'afternoon', 'evening', 'night', 'day', 'days', 'week',
  'weekend', 'month', 'year', 'time', 'times', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday',
  'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'days', 'weeks', 'weekends', 'months', 'years', 'hours', 'hour', 'minutes', 'nights',
  'decades', 'decade', 'jan.', 'feb.', 'mar.', 'apr.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.', 'jan',
  'feb', 'aug', 'sept', 'oct', 'nov', 'dec',
]);
// Parts of speech inside a noun phrase before its head.
const BEFORE_HEAD = new Set(['DET', 'ADJ', 'NUM', 'ADV']);
const HEADS = new Set(['NOUN', 'PROPN', 'PRON']);

/**
 * "They struggled to meet the demand", "if they met a low overhang": a meet verb with an object that
 * is no person met no one of its subjects. A time phrase is no object ("met last week").
 */
function hasOtherObject(tokens: Token[], k: number): boolean {
  let j = k + 1;
  while (j < tokens.length && AFTER_INTRANSITIVE.has(lower(tokens[j]))) j++;
  while (j < tokens.length && BEFORE_HEAD.has(tokens[j].pos) && !TIME_WORDS.has(lower(tokens[j]))) j++;
  const head = tokens[j];
  return !!head && HEADS.has(head.pos) && !TIME_WORDS.has(lower(head));
}

/** Meetings at each meeting word of the sentence, in token order. */
export function findMeetings(sc: SentenceContext): void {
  const { tokens } = sc;
  if (!hasWordOf(sc, MEET_WORD)) return;
  for (let k = 0; k < tokens.length; k++) {
    const w = lower(tokens[k]);
    if (MEET_WORDS.has(w) && isMeetingWord(tokens, k, w)) addMeeting(sc, k, w);
    // "Ana Ruiz called on President Luis Vera at his palace": a courtesy call is a meeting (not
    // "called on Luis Vera to resign", an appeal).
    else if (w === 'called' && lower(tokens[k + 1]) === 'on' && tokens[k].pos === 'VERB') addMeeting(sc, k, w, k + 1);
  }
}

/** Whether the meet word at k is used as one here ("sat down with", a verb, "talks with"). */
function isMeetingWord(tokens: Token[], k: number, w: string): boolean {
  if (w === 'sat' && (lower(tokens[k + 1]) !== 'down' || lower(tokens[k + 2]) !== 'with')) return false;
  if (w === 'shook' && (lower(tokens[k + 1]) !== 'hands' || lower(tokens[k + 2]) !== 'with')) return false;
  if (VERB_ONLY.has(w) && tokens[k].pos !== 'VERB') return false; // "AM host Ryan Bridge"
  if (MEETING_NOUNS.has(w) && !NOUN_PARTNER.has(lower(tokens[k + 1])) && !NOUN_HOLD.has(lower(tokens[k - 1]))) return false;
  return true;
}

// Words before a meeting word that make it one still to be held, a condition, or not held in person:
// "proposed a meeting with", "hopes to meet", "is due to meet", "if they met", "talks by phone".
const UNREALISED = new Set(['proposed', 'proposes', 'propose', 'proposal', 'planned', 'plans', 'plan', 'possible', 'potential', 'future', 'upcoming', 'hoped', 'hopes', 'hope', 'hoping', 'wants', 'wanted', 'want', 'seeks', 'sought', 'offered', 'offers', 'invited', 'invites', 'due', 'expected', 'scheduled', 'would', 'will', 'could', 'might', 'may', 'requested', 'asked', 'suggested', 'agreed', 'cancelled', 'canceled', 'postponed', 'preparation', 'preparing', 'if', 'unless', 'whether', 'should']);
// Prepositions that make the meeting word an event that took place: "after talks with", "following a meeting".
const PAST_EVENT = new Set(['after', 'following']);
const REMOTE = /^(phone|telephone|video|videoconference|teleconference|call|calls|letter|letters|message|messages|virtual|virtually|online)$/;

/**
 * Whether the meeting at k did not take place as a meeting: a proposed, hoped-for or future one in
 * the words before it (from the first participant), or one held by phone or video in its clause.
 */
function unrealised(tokens: Token[], group: Mention[], k: number): boolean {
  const from = Math.max(0, Math.min(k - 6, ...group.filter((g) => g.tokenEnd <= k).map((g) => g.tokenEnd)));
  // ("agreed to the fund after talks between A and B": words before "after" are another event's.)
  // ("visited Beijing in May and met …": the month is no modal.)
  for (let q = k - 1; q >= from && !PAST_EVENT.has(tokens[q].lower); q--) if (UNREALISED.has(tokens[q].lower) && tokens[q].text !== 'May') return true;
  const end = Math.min(tokens.length, k + 25);
  for (let q = Math.max(0, k - 3); q < end; q++) {
    if (q > k && /^[.;]$/.test(tokens[q].text)) break;
    if (REMOTE.test(tokens[q].lower) && tokens[q].pos !== 'VERB') return true;
  }
  return false;
}

/** The person before ", whom" a few words before the meeting word at k, if any. */
function relativeObject(sc: SentenceContext, k: number): Mention | undefined {
  const { tokens } = sc;
  for (let q = k - 1; q >= Math.max(1, k - 6); q--) {
    if (lower(tokens[q]) !== 'whom') continue;
    if (tokens[q - 1].text !== ',') return undefined;
    return sc.persons.find((m) => m.tokenEnd === q - 1);
  }
  return undefined;
}

/** The person before the sentence's first verb, when that verb comes before k (null if none: no guess). */
function sharedSubject(sc: SentenceContext, k: number): Mention | null | undefined {
  const firstVerb = sc.tokens.findIndex((t) => t.pos === 'VERB');
  if (firstVerb < 0 || firstVerb >= k - 1) return undefined;
  return sc.ms.find((m) => m.kind === 'Person' && m.tokenEnd <= firstVerb) ?? null;
}

function addMeeting(sc: SentenceContext, k: number, w: string, objectFrom = k): void {
  let left = subjectGroup(sc, k, resolvePronoun).filter((m) => m.kind === 'Person');
  const right = objectGroup(sc, objectFrom).filter((m) => m.kind === 'Person');
  if (objectFrom > k && (!right.length || /^(to|for)$/.test(lower(sc.tokens[right.at(-1)!.tokenEnd])))) return;
  // "Ana Ruiz, whom Luis Vera met in May, …": the person "whom" takes up is the one met.
  const whom = right.length ? undefined : relativeObject(sc, k);
  if (whom) right.push(whom);
  // "Blinken has arrived in Israel for talks with Netanyahu", "Mr Blinken, on his ninth visit …, also
  // met Herzog": when the clause subject is far or behind a phrase, the last person named before the
  // meeting word (with someone named after it) is the one who met.
  // ("Ana Ruiz called on Luis Vera and met Omar Haddad": a second verb shares the clause's subject,
  // the person before its first verb, not the first verb's object.)
  const shared = !left.length && right.length && lower(sc.tokens[k - 1]) === 'and' ? sharedSubject(sc, k) : undefined;
  if (shared !== undefined) left = shared ? [shared] : [];
  else if (!left.length && right.length) {
    const before = sc.ms.filter((m) => m.kind === 'Person' && m.tokenEnd <= k && k - m.tokenEnd <= 20 && !right.includes(m));
    const last = before.at(-1);
    if (last && !sc.tokens.slice(last.tokenEnd, k).some((t) => t.text === ';' || /^(said|says|told)$/.test(t.lower))) left = [last];
  }
  // Only "met" and "held talks" make a meeting of their coordinated subjects alone ("A and B met");
  // "received", "welcomed", "hosted", "spoke" need the person met after them.
  if (!right.length && (!SUBJECTS_ALONE.has(w) || (w !== 'talks' && w !== 'summit' && hasOtherObject(sc.tokens, k)))) return;
  // ("A and B, both …, met C": each subject met each person after the verb.)
  const subjects = right.length ? left.filter((m) => !right.includes(m)) : [];
  const group = right.length ? [...subjects, ...right] : left;
  if (group.length < 2 || negatedBetween(sc.tokens, Math.min(...group.map((g) => g.tokenStart)), k)) return;
  if (unrealised(sc.tokens, group, k)) return;
  // "X met Y and Z": X met each of them, not Y met Z; "a meeting between X, Y and Z" and "X and Y
  // met" (no one after the verb) make a meeting of all.
  const among = !right.length || !left.length || lower(sc.tokens[k + 1]) === 'between';
  const firstObject = among ? group.length : Math.max(1, subjects.length);
  for (let a = 0; a < group.length; a++) for (let b = a + 1; b < group.length; b++) if (among || (a < firstObject && b >= firstObject)) add(sc, group[a], 'met', group[b], among ? 'meet-among' : 'meet-verb', 0.85);
  // "met … in Tokyo": each participant was there (their own country is filtered out in resolve).
  const place = placeAfter(sc, k);
  if (place) for (const g of group) add(sc, g, 'visited', place, 'meet-in-place', 0.6);
}
