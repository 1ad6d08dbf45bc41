/**
 * Cues that name no source: the writer's impression ("Trump seemed to relish
 * it", "the plan appears to have stalled"), a view reported without its
 * holder ("The Senate is expected to vote", "Osman is believed to have
 * boarded", "Cuccinelli reportedly left"), and a question put to the subject
 * by someone unnamed ("Asked whether he would run, Ryan said …", "Clinton was
 * asked about the border"). Their speaker is null: they never give a quote or
 * a figure its source. A cue another rule found with its source wins
 * (`index.ts`).
 */
import type { BlockInfo, Sentence } from '../document';
import {
  APPEAR_COMPLEMENTS, APPEAR_CUES, APPEAR_NOT_VERB, ASKED_COMPLEMENTS, ASKED_OPENERS, BE_FORMS, CONCESSION_MODALS, MAKE_FORMS, PASSIVE_ADVERBS, SEEM_CUES,
  SOURCELESS_ADVERBS, SOURCELESS_PASSIVES,
} from '../lexicon';
import type { Token } from '../tokens';
import { makeAttribution, type FoundAttribution } from './found';

/** `cue.sourceless.seems`: "seemed to", "seems like", "appears to", "it appeared that". */
export function seemAttributions(info: BlockInfo, sentence: Sentence): FoundAttribution[] {
  const tokens = sentence.tokens();
  const out: FoundAttribution[] = [];
  tokens.forEach((t, k) => {
    if (t.quoted || !t.isWord) return;
    const isCue = SEEM_CUES.has(t.lower) || (APPEAR_CUES.has(t.lower) && reportsAppearance(tokens, k));
    if (isCue && !isConcession(tokens, k) && !MAKE_FORMS.has(tokens[k - 2]?.lower ?? '')) out.push(sourceless(info, sentence, t, t, 'sentence', 'cue.sourceless.seems'));
  });
  return out;
}

/** "As improbable as it may seem, …": a concession, not an impression reported. */
function isConcession(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  return (!next || !next.isWord) && CONCESSION_MODALS.has(tokens[k - 1]?.lower ?? '');
}

/** "appears to have stalled", "appeared likely", "it appears": not "appeared on television" or "appeared to the crowd". */
function reportsAppearance(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  if (tokens[k - 1]?.lower === 'it' && (!next || !next.isWord || next.lower === 'that')) return true;
  if (!next || !APPEAR_COMPLEMENTS.has(next.lower)) return false;
  return next.lower !== 'to' || !APPEAR_NOT_VERB.has(tokens[k + 2]?.lower ?? '');
}

/** `cue.sourceless.passive`: "is expected to", "was widely expected", "is believed to", "it is said that". */
export function passiveViewAttributions(info: BlockInfo, sentence: Sentence): FoundAttribution[] {
  const tokens = sentence.tokens();
  const out: FoundAttribution[] = [];
  for (let k = 0; k + 1 < tokens.length; k++) {
    const be = tokens[k]!;
    if (be.quoted || !BE_FORMS.has(be.lower) || be.lower.startsWith('get') || be.lower === 'got') continue;
    let p = k + 1;
    while (p < tokens.length && p <= k + 2 && PASSIVE_ADVERBS.has(tokens[p]!.lower)) p++;
    const participle = tokens[p];
    if (!participle || !SOURCELESS_PASSIVES.has(participle.lower)) continue;
    const next = tokens[p + 1]?.lower;
    // "expected by analysts" names its source (`cue.passive-by`); "said to" and "believed that" need their complement.
    if (next === 'by') continue;
    // "as might be expected", "it is to be expected": a commonplace, not a forecast.
    if ((participle.lower !== 'expected' || be.lower === 'be') && next !== 'to' && next !== 'that') continue;
    out.push(sourceless(info, sentence, be, participle, 'sentence', 'cue.sourceless.passive'));
    k = p;
  }
  return out;
}

/** `cue.sourceless.adverb`: "The FBI is reportedly preparing …". */
export function sourcelessAdverbAttributions(info: BlockInfo, sentence: Sentence): FoundAttribution[] {
  const tokens = sentence.tokens();
  return tokens.filter((t) => !t.quoted && SOURCELESS_ADVERBS.has(t.lower)).map((t) => sourceless(info, sentence, t, t, 'sentence', 'cue.sourceless.adverb'));
}

/**
 * `cue.asked`: a question put to the sentence's subject, whoever asked it:
 * "Asked whether he would run, Ryan said …", "When asked about the vote, she …",
 * "Clinton was asked about the border". The content is the question, to the
 * end of its clause.
 */
export function askedAttributions(info: BlockInfo, sentence: Sentence): FoundAttribution[] {
  const tokens = sentence.tokens();
  const out: FoundAttribution[] = [];
  tokens.forEach((t, k) => {
    if (t.quoted || t.lower !== 'asked') return;
    const before = tokens[k - 1];
    const opensClause = !before || ASKED_OPENERS.has(before.lower) || (before.text === ',' && t.capitalized);
    const passive = before !== undefined && BE_FORMS.has(before.lower);
    if (!opensClause && !passive) return;
    const next = tokens[k + 1];
    if (!next || !ASKED_COMPLEMENTS.has(next.lower)) return;
    const first = passive ? before! : t;
    const last = next.lower === 'about' ? next : t;
    out.push(sourceless(info, sentence, first, last, 'right', 'cue.asked'));
  });
  return out;
}

function sourceless(info: BlockInfo, sentence: Sentence, first: Token, last: Token, scope: 'sentence' | 'right', rule: string): FoundAttribution {
  return makeAttribution(info, sentence, { cue: { start: first.start, end: last.end, kind: 'verb' }, speaker: null, scope, rule });
}
