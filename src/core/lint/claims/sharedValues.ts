// One value after a list of names: "The S&P 500 and the Nasdaq rose 1.2%", "the Dow, the S&P 500 and the Nasdaq are
// all up 20%". English reads a coordinated subject with one verb and one value distributively — each name rose 1.2%
// (an index cannot share a combined move with another) — so each name makes the claim. Giving it to the last name
// alone, as a plain nearest-subject reading does, would half-read the sentence. What is guarded: the list must be
// the verb's subject (not the object of "between", "led by", "beat"), the words up to the value must be one short
// verb phrase (not a second clause: "hit records as the S&P 500 rose 1.2%"), and a list joined by "or" or "nor"
// names no owner at all. Nor does a value the list makes together ("a combined 1.5%", "4% on average", "3% between
// them"): it is no one name's move.

import { comparisonVerb } from './moveContext';
import { negativeMove, positiveMove } from './text';

/** Between two names of one list: "the Dow and the Nasdaq", "the Dow, the S&P 500 and the Nasdaq". */
export const subjectListGap = /^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?$/i;

/** The gap before a list's last name joins it to the list ("and"); a bare comma is the end of a lead-in ("Led by …, the S&P 500"). */
export const closingListGap = /\band\b/i;

/** Names offered as alternatives ("the Dow or the Nasdaq", "neither … nor …"): no one of them owns the value. */
export const alternativeGap = /^\s*,?\s*n?or\s+(?:the\s+)?$/i;

/** The list's sharing said outright, between it and the value: "are all up", "both rose", "each gained", "have all fallen". */
export const markedShare = /^\s+(?:(?:are|were|have|had|is|was)\s+)?(?:all|both|each)\b[^,;]{0,40}$/i;

/** A value the list makes together, said before it ("lost a combined 1.5%", "an average 4%")… */
export const jointBefore = /\b(?:combined|average|aggregate|together)\s+(?:(?:gain|loss|rise|drop|decline|return|move)\s+of\s+)?$/i;

/** …or after it ("4% on average", "3% between them", "1.5% combined"). */
export const jointAfter = /^\s*(?:on\s+(?:average|aggregate)|combined|together|between\s+them|in\s+(?:total|aggregate)|as\s+a\s+(?:group|whole))\b/i;

/** "posted gains of about 3.8% each": the sharing said after the value. */
export const eachAfter = /^\s*each\b/i;

/**
 * A list that is the object of a preposition, not the subject of the verb: "the difference between the Dow and the
 * Nasdaq", "led by the Dow and the Nasdaq", "gains in the Dow and the Nasdaq". ("Shares of A and B rose" is their
 * subject, so "of" after "shares" or "stocks" does not count.)
 */
const listAfterPreposition = /(?:\b(?:between|by|from|than|against|versus|vs\.?|over|behind|with|among|into|to|for|in|like|including|besides|beside)|(?<!\b(?:shares|stocks)\s+)\bof)\s+(?:the\s+)?$/i;

/** Words that start another clause or set the value against something else: the value is no longer the list's verb's. */
const notOneVerbPhrase =
  /\b(?:as|after|when|because|since|while|with|before|until|amid|despite|though|although|if|than|versus|vs|against|compared|relative|led|driven|helped|and|or|nor|but|which|who|that|whose|from|of|to|between|including)\b/i;

/** At most five words, letters only: no number, comma, dash or bracket between the list and its value. */
const shortWords = /^\s+(?:[\p{L}'’-]+\s+){1,5}$/u;

/** The list names the subject of the verb, judged by the words just before its first name. */
export function listIsSubject(before: string): boolean {
  return !listAfterPreposition.test(before);
}

/**
 * "rose", "have gained", "closed", "are down", "on Thursday fell": the words between a list's last name and a value
 * it shares without saying so — one short verb phrase, with at most one word of movement.
 */
export function plainShare(between: string): boolean {
  if (!shortWords.test(between) || notOneVerbPhrase.test(between) || comparisonVerb.test(between)) return false;
  const moves = (between.match(positiveMove)?.length ?? 0) + (between.match(negativeMove)?.length ?? 0);
  return moves <= 1;
}
