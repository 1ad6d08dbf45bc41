/**
 * Phrases that dispute, correct or revise a figure, each a named rule whose id
 * the group carries. A rule finds its phrase in a paragraph and says which
 * figures it bears on: `direct` phrases make a figure contested on their own
 * (a disputed figure with no competing number is a group of one); `links`
 * pairs say two figures give one quantity ("Initial estimates put it at
 * 55,000 pages. Subsequent estimates put the figure closer to 54,000").
 */
import type { FoundClaim } from '../claims';
import { sentenceAt, type ArticleDocument, type BlockInfo, type Sentence } from '../document';
import { CORRECTION_MISSTATED, DISPUTE_HINT, DISPUTE_PHRASES, FACT_CHECK_RATING, FACT_CHECK_VERDICT } from '../lexicon';
import type { DisputeCue } from '../model';

export interface FoundDispute extends DisputeCue {
  readonly direct: boolean;
  readonly rule: string;
  /** Pairs of claim indices the phrase sets against each other as one quantity. */
  readonly links: ReadonlyArray<readonly [number, number]>;
  /** A phrase with other uses ("actually", "in fact"): it counts only when a pair it links could be one quantity. */
  readonly loose: boolean;
}

interface Figure {
  readonly d: FoundClaim;
  readonly i: number;
}

interface Place {
  readonly info: BlockInfo;
  readonly sentence: Sentence;
  /** Block-local offsets of the phrase. */
  readonly at: number;
  readonly end: number;
  readonly figures: FigureIndex;
  /** The article gives a fact-check's verdict somewhere ("she earns Three Pinocchios"). */
  readonly verdict: boolean;
}

interface DisputeRule {
  readonly id: string;
  readonly pattern: RegExp;
  readonly direct: boolean;
  readonly loose?: boolean;
  /** Which figures the phrase bears on and which it links; null when it bears on none. */
  readonly targets: (place: Place) => { claims: number[]; links: Array<[number, number]> } | null;
}

/** Figures by paragraph and sentence, so each phrase looks only near itself. */
class FigureIndex {
  private readonly byBlock = new Map<number, Figure[]>();
  private readonly bySentence = new Map<object, Figure[]>();
  constructor(drafts: readonly FoundClaim[], readonly unitOf: (i: number) => string) {
    drafts.forEach((d, i) => {
      push(this.byBlock, d.block, { d, i });
      push(this.bySentence, d.sentence, { d, i });
    });
  }
  hasNear(block: number): boolean {
    return this.byBlock.has(block) || this.byBlock.has(block - 1);
  }
  inSentence(sentence: Sentence): readonly Figure[] {
    return this.bySentence.get(sentence) ?? [];
  }
  /** The figures of the nearest earlier sentence that has any (this paragraph or the one before). */
  previousSentence(block: number, sentence: number): Figure[] {
    const before = [...(this.byBlock.get(block - 1) ?? []), ...(this.byBlock.get(block) ?? [])].filter(({ d }) => d.block < block || d.sentence.index < sentence);
    const last = before[before.length - 1];
    return last ? before.filter(({ d }) => d.sentence === last.d.sentence) : [];
  }
  inBlock(block: number): readonly Figure[] {
    return this.byBlock.get(block) ?? [];
  }
}

const before = (p: Place) => p.figures.inSentence(p.sentence).filter(({ d }) => d.figure.start < p.at);
const after = (p: Place) => p.figures.inSentence(p.sentence).filter(({ d }) => d.figure.start >= p.end);
const within = (p: Place, reach: number) => p.figures.inSentence(p.sentence).filter(({ d }) => d.figure.start >= p.at && d.figure.start < p.end + reach);

/** The figure just before the phrase in its sentence, or else the last of the sentence before. */
function lastBefore(p: Place): number[] {
  const here = before(p);
  if (here.length > 0) return [here[here.length - 1]!.i];
  const previous = p.figures.previousSentence(p.info.index, p.sentence.index);
  return previous.length > 0 ? [previous[previous.length - 1]!.i] : [];
}

/**
 * Figures after the phrase answer figures before it, in order and by unit:
 * "the top 1 percent accumulated 91 percent … they showed that the top 1
 * percent captured 58 percent" pairs 1 with 1 (the same, dropped later) and 91 with 58.
 */
function answerPairs(p: Place, answers: readonly Figure[], reach: 'sentence' | 'previous'): { claims: number[]; links: Array<[number, number]> } | null {
  const earlier = reach === 'sentence' ? before(p) : [...before(p), ...p.figures.previousSentence(p.info.index, p.sentence.index)];
  if (answers.length === 0 || earlier.length === 0) return null;
  const links: Array<[number, number]> = [];
  const byUnit = new Map<string, Figure[]>();
  for (const f of earlier.sort((a, b) => a.i - b.i)) push(byUnit, p.figures.unitOf(f.i), f);
  const used = new Map<string, number>();
  for (const answer of answers) {
    const unit = p.figures.unitOf(answer.i);
    const candidates = byUnit.get(unit);
    if (!candidates) continue;
    const k = used.get(unit) ?? Math.max(0, candidates.length - answers.filter((a) => p.figures.unitOf(a.i) === unit).length);
    const partner = candidates[Math.min(k, candidates.length - 1)]!;
    used.set(unit, k + 1);
    links.push([partner.i, answer.i]);
  }
  return links.length > 0 ? { claims: links.flat(), links } : null;
}

const RULES: readonly DisputeRule[] = [
  ...DISPUTE_PHRASES.map(({ id, pattern, direct }) => ({ id, pattern, direct, targets: (p: Place) => nonEmpty(direct ? lastBefore(p) : before(p).length > 0 ? before(p).map((f) => f.i) : p.figures.previousSentence(p.info.index, p.sentence.index).map((f) => f.i)) })),
  {
    // "Rebel commanders say the true figure is in the thousands": the figure in the phrase answers the one before.
    id: 'dispute.true-figure',
    pattern: /\b(?:the|their|its|his|her)\s+(?:true|real|actual)\s+(?:[\p{L}-]+\s+)?(?:figure|number|toll|count|total|tally)\b/giu,
    direct: true,
    targets: (p) => {
      const answers = within(p, 60);
      if (answers.length === 0) return nonEmpty(lastBefore(p));
      return answerPairs(p, answers.slice(0, 1), 'previous') ?? { claims: answers.map((f) => f.i), links: [] };
    },
  },
  {
    // "as many as 250,000 Syrian refugees (in fact, Obama has proposed accepting 10,000 Syrians)".
    id: 'dispute.in-fact',
    pattern: /\b(?:in\s+fact|in\s+reality|actually)\b,?/gi,
    direct: true,
    loose: true,
    targets: (p) => answerPairs(p, after(p).slice(0, 1), 'previous'),
  },
  {
    // "Subsequent estimates put the figure closer to 54,000 pages", "when the numbers were updated in June, they showed …".
    id: 'revision.updated',
    pattern: /\b(?:subsequent|later|revised|updated|newer)\s+(?:estimates?|figures?|numbers?|counts?|data|tallies|calculations?)\b|\b(?:numbers?|figures?|data|estimates?|counts?)\s+(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:updated|revised|corrected)\b/gi,
    direct: false,
    targets: (p) => answerPairs(p, after(p), 'previous'),
  },
  {
    // "Other estimates put the number substantially higher", "The Sanders camp pegs his total slightly higher".
    id: 'dispute.other-estimate',
    pattern: /\b(?:puts?|pegs?|places?|estimates?)\s+(?:the|that|this|his|her|its|their)\s+(?:[\p{L}-]+\s+){0,8}?(?:(?:slightly|much|far|substantially|significantly|considerably|a\s+little|somewhat)\s+)?(?:higher|lower|larger|smaller|greater)\b(?!-)/giu,
    direct: true,
    targets: (p) => nonEmpty(lastBefore(p)),
  },
  {
    // "Bloomberg was personally worth less than the $36.5 billion estimated by Forbes".
    id: 'dispute.less-than-estimated',
    pattern: /\b(?:less|more|lower|higher|fewer|smaller|larger)\s+than\s+the\s+(?=[$€£\d])/gi,
    direct: true,
    targets: (p) => {
      const answer = within(p, 30)[0];
      if (!answer) return null;
      const rest = p.info.block.text.slice(answer.d.figure.end, answer.d.figure.end + 60);
      return /^\s*(?:[\p{L}-]+\s+){0,3}?(?:estimated|reported|claimed|cited|given|calculated|projected)\b/u.test(rest) ? { claims: [answer.i], links: [] } : null;
    },
  },
  {
    // A fact-check's verdict on a claim in its sentence ("Trump's recent evidence-free assertion that "thousands" …"),
    // or anywhere in an article that rates what it checks ("Clinton's assertion that 90 to 95 percent …" … "she earns Three Pinocchios").
    id: 'dispute.fact-check',
    pattern: /\b(?:claim|claims|assertion|contention|statement)\s+that\b/gi,
    direct: true,
    targets: (p) => {
      const rated = p.verdict || FACT_CHECK_RATING.test(p.info.block.text.slice(Math.max(0, p.sentence.start - 200), p.sentence.end + 120));
      const figure = after(p)[0];
      return rated && figure ? { claims: [figure.i], links: [] } : null;
    },
  },
  {
    // "An earlier version of this article misstated the amount of time … over a period of years, not in one year."
    id: 'correction.appended',
    pattern: /\b(?:an\s+earlier\s+version\s+of\s+this\s+(?:article|story|report)|correction:|this\s+(?:article|story)\s+has\s+been\s+(?:corrected|amended))/gi,
    direct: true,
    targets: (p) => {
      const figures = p.figures.inBlock(p.info.index);
      const negated = figures.filter(({ d }) => /\b(?:not|rather\s+than|instead\s+of)\s+(?:in\s+|at\s+|by\s+|about\s+)?(?:the\s+)?$/i.test(p.info.block.text.slice(Math.max(0, d.start - p.info.block.start - 20), d.start - p.info.block.start)));
      // Without a figure it negates, only a note that says something was misstated corrects the figure it gives first
      // ("CORRECTION: An alternate version of this article was published by mistake" corrects no figure).
      if (negated.length > 0) return nonEmpty(negated.map((f) => f.i));
      return CORRECTION_MISSTATED.test(p.info.block.text) ? nonEmpty(figures.slice(0, 1).map((f) => f.i)) : null;
    },
  },
];

function nonEmpty(claims: number[]): { claims: number[]; links: Array<[number, number]> } | null {
  return claims.length > 0 ? { claims, links: [] } : null;
}

/** A dispute phrase as a block writes it: the rule (index into the rules) and where its match starts, block-local. */
export interface PhraseMatch {
  readonly rule: number;
  readonly at: number;
  readonly text: string;
}

/**
 * What a block holds for the dispute rules, read from its text alone: its
 * phrases, and whether it gives a fact-check's verdict. `BLOCK_PHRASES`, or
 * results kept by the block's text (`incremental.ts`).
 */
export interface BlockDisputePhrases {
  readonly matches: (info: BlockInfo) => readonly PhraseMatch[];
  readonly verdict: (info: BlockInfo) => boolean;
}

export const BLOCK_PHRASES: BlockDisputePhrases = { matches: blockPhraseMatches, verdict: (info) => FACT_CHECK_VERDICT.test(info.block.text) };

function blockPhraseMatches(info: BlockInfo): PhraseMatch[] {
  const text = info.block.text;
  // One cheap test first: most paragraphs doubt nothing.
  if (!DISPUTE_HINT.test(text)) return [];
  const matches: PhraseMatch[] = [];
  RULES.forEach((rule, k) => {
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(text); m; m = rule.pattern.exec(text)) matches.push({ rule: k, at: m.index, text: m[0] });
  });
  return matches;
}

export function findDisputes(doc: ArticleDocument, drafts: readonly FoundClaim[], ids: readonly string[], unitOf: (i: number) => string, phrasesIn: BlockDisputePhrases = BLOCK_PHRASES): FoundDispute[] {
  const figures = new FigureIndex(drafts, unitOf);
  const verdict = doc.blocks.some(phrasesIn.verdict);
  const found: FoundDispute[] = [];
  for (const info of doc.blocks) {
    if (!figures.hasNear(info.index)) continue;
    for (const { rule: k, at, text: written } of phrasesIn.matches(info)) {
      const rule = RULES[k]!;
      const sentence = sentenceAt(info, at);
      if (!sentence) continue;
      const hit = rule.targets({ info, sentence, at, end: at + written.length, figures, verdict });
      if (!hit) continue;
      const start = info.block.start + at;
      const text = written.replace(/[,\s]+$/, '');
      found.push({ start, end: start + text.length, text, claimIds: [...new Set(hit.claims)].map((i) => ids[i]!), direct: rule.direct, rule: rule.id, links: hit.links, loose: rule.loose === true });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
