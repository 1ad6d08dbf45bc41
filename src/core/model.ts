/**
 * The one annotation model every consumer reads: decorations, hovers, the
 * panel, the exporters and the CLI.
 *
 * Every `start`/`end` is a UTF-16 code-unit offset into the exact text given to
 * `analyze` (BOM and CRLF included), i.e. what VS Code's `document.offsetAt`
 * returns. `end` is exclusive. Lines, columns and code points are derived from
 * these offsets at the edges (adapter, exporters), never stored.
 */

export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * A piece of the article quoted as written, e.g. `{ text: "Mr. Lavrov", start: 1290, end: 1300 }`.
 * A quote's `text` is exactly `source.slice(start, end)`. Every other `text`
 * (attribution, cue, speaker, claim, dispute) is that slice with each run of
 * whitespace, line breaks included, collapsed to one space and none at either
 * end, so a mention that wraps across lines reads as one line; nothing else
 * is changed. (test/unit/invariants.test.ts holds the model to this.)
 */
export interface TextSpan extends Span {
  readonly text: string;
}

/**
 * What kind of mention names the speaker or source.
 * - `name`: "Sergey Lavrov", "Mr. Lavrov", "OVD-Info"
 * - `pronoun`: "he", "she", "they", "it"
 * - `description`: "the 49-year-old opposition leader", "the newspaper"
 * - `group`: "Ukrainian officials", "Pentagon officials", "Their families"
 */
export type MentionKind = 'name' | 'pronoun' | 'description' | 'group';

/** Whether a resolved speaker is a person or a body (organisation, country, group). */
export type EntityType = 'person' | 'organization' | 'group' | 'unknown';

/**
 * Who said it. `text` is the mention as written nearest the cue ("he",
 * "the 49-year-old opposition leader"); `name` is who that is, resolved from
 * the article ("Alexei Navalny"). When nothing resolves, `name` repeats the
 * mention without its leading article.
 */
export interface Speaker extends TextSpan {
  readonly name: string;
  readonly mention: MentionKind;
  readonly entity: EntityType;
}

/**
 * The word or phrase that marks speech or a source.
 * - `verb`: "said", "told", "acknowledged", "disputes"
 * - `according-to`: "according to"
 * - `noun`: "in a statement", "in an interview"
 * - `punctuation`: the colon of "LAVROV: ..." or the dash of `” ― Name`
 */
export type CueKind = 'verb' | 'according-to' | 'noun' | 'punctuation';

export interface Cue extends TextSpan {
  readonly kind: CueKind;
}

/**
 * - `direct`: what is attributed is a quotation (`“We are ready,” she said`)
 * - `indirect`: reported in the writer's words (`she said the port was ready`)
 * - `mixed`: both (`she said the port was “ready”`)
 */
export type AttributionKind = 'direct' | 'indirect' | 'mixed';

/** "said Mr. Lavrov", "Ukrainian officials say", "according to the group, OVD-Info". */
export interface Attribution extends TextSpan {
  readonly id: string;
  readonly cue: Cue;
  readonly speaker: Speaker;
  /**
   * What is attributed, in reading order: the reported clause, the clause an
   * "according to" governs, the quotations the attribution governs (marks
   * included). Several spans when the content sits on both sides of the cue or
   * runs on over several sentences or paragraphs.
   */
  readonly content: readonly Span[];
  readonly kind: AttributionKind;
  /** The id of the rule that found the cue: "cue.according-to", "cue.speech-verb", ... */
  readonly rule: string;
  /** The sentence holding the cue, for showing the attribution in context. */
  readonly sentence: Span;
  /** Ids of the quotes this attribution governs. */
  readonly quoteIds: readonly string[];
}

/**
 * Which quotation marks open a quote.
 * - `curly`: “…”   - `straight`: "…"   - `doubled`: ''…'' (NYT style)
 * - `single`: ‘…’ or '…' at top level   - `guillemet`: «…» or „…“
 */
export type QuoteMark = 'curly' | 'straight' | 'doubled' | 'single' | 'guillemet';

export interface Quote extends TextSpan {
  readonly id: string;
  /** `text` and the span include the quotation marks. */
  readonly mark: QuoteMark;
  /** False when the quote is still open at the end of its paragraph and does not continue in the next. */
  readonly closed: boolean;
  /** True for a quoted fragment inside the writer's own sentence: `is “impossible.”` */
  readonly partial: boolean;
  /**
   * Multi-paragraph quotations: every segment carries the id of the first
   * segment, and its position in the quotation (0, 1, ...). Null for a quote
   * that stands in one paragraph.
   */
  readonly quotation: { readonly id: string; readonly segment: number } | null;
  /** Quotes nested inside this one (‘…’ inside “…”); never reported on their own. */
  readonly nested: readonly Span[];
  readonly speaker: Speaker | null;
  readonly attributionId: string | null;
}

/**
 * The hedge in front of a figure, as written in lower case:
 * "nearly", "about", "some", "roughly", "almost", "more than", "at least",
 * "up to", "fewer than", ...
 */
export type Qualifier = string;

/** A figure the article or one of its sources asserts: "nearly 6,000", "$4.2 billion", "12%". */
export interface Claim extends TextSpan {
  readonly id: string;
  /**
   * The number meant, scale applied: "4.2 billion" → 4200000000, "-3.2
   * percent" → -3.2; null for vague amounts ("thousands"), a tally ("5-4") and a number too
   * large to hold (beyond about 1.8e308), which is reported without a value.
   */
  readonly value: number | null;
  /** Both ends of a range ("10 to 15"); `value` is then the low end. */
  readonly range: { readonly low: number; readonly high: number } | null;
  readonly qualifier: Qualifier | null;
  /**
   * What the value is in, or null for a bare count: an ISO currency code ("USD",
   * "EUR", "GBP"), "percent", "percentage points", "points", "fraction" (of a
   * whole: "two-thirds"), "ratio" ("one in five" → 0.2), "score" (a vote's
   * tally, "a 5-4 decision", with no single value), "times" (a multiplier:
   * "twice", "tripled", "sixfold"), or a unit of measure: "mile", "km", "ton",
   * "acre", "hour", "day", "year" (decades are read as years), "bhp", "Hz", "mg", ...
   */
  readonly unit: string | null;
  /** Set when the figure is (one end of) a change: "rose 3 percent", "fell from 7.2 percent to 6.8 percent", "up 2 points". */
  readonly change: Change | null;
  /** True for "thousands", "hundreds of", "dozens": an order of magnitude, no value. */
  readonly vague: boolean;
  /** What it counts, as written around it: "Ukrainian soldiers killed", "civilians". */
  readonly counts: string | null;
  /** The attribution whose clause holds the figure, or null when the article states it itself. */
  readonly source: Speaker | null;
  readonly attributionId: string | null;
  /** Set when the figure sits inside a quotation. */
  readonly quoteId: string | null;
  /** The contested group this figure belongs to, if any. */
  readonly contestedId: string | null;
}

/**
 * A figure that says how something changed. "rose 3 percent to 120": the
 * "3 percent" has role `by`, the "120" role `to`, and both carry
 * `{ direction: 'up', by: 3, unit: 'percent', from: null, to: 120 }`.
 */
export interface Change {
  readonly direction: 'up' | 'down';
  /** Which part of the change this figure gives. */
  readonly role: 'by' | 'from' | 'to';
  /** How much it changed, as written or from both ends ("from 7.2 percent to 6.8 percent" → 0.4). */
  readonly by: number | null;
  /**
   * The unit of `by`: `percent` is a relative change ("rose 3 percent"),
   * `points` a change of a rate in percentage points ("up 2 points", and the
   * difference between two percentages); otherwise the figures' own unit.
   */
  readonly unit: string | null;
  readonly from: number | null;
  readonly to: number | null;
}

/** A phrase that casts doubt on a figure: "disputes that figure", "could not be independently verified". */
export interface DisputeCue extends TextSpan {
  /** The claims the doubt bears on. */
  readonly claimIds: readonly string[];
  /** The rule that found the phrase: "dispute.verb", "dispute.in-fact", "revision.updated", "correction.appended", ... */
  readonly rule: string;
}

/**
 * Why figures form a contested group (`contested.md`'s three kinds):
 * - `sources`: different sources (the article counting as one) give values that cannot both be true
 * - `same-voice`: one voice gives the quantity two values: a revision ("Subsequent estimates put the figure closer to 54,000"), or two values for what it counts in the same words
 * - `disputed`: the text disputes or corrects a figure, which may stand alone
 */
export type ContestedKind = 'sources' | 'same-voice' | 'disputed';

/** One quantity reported with different values by different sources, or disputed in the text. */
export interface ContestedGroup {
  readonly id: string;
  readonly kind: ContestedKind;
  /** The id of the rule that made the group: "group.sources-differ", "revision.updated", "dispute.in-fact", ... */
  readonly rule: string;
  /** A readable label of the quantity: "Russian troops killed". */
  readonly quantity: string;
  readonly claimIds: readonly string[];
  /** Lowest and highest known values and their ratio (high / low), when at least two are numeric. */
  readonly spread: { readonly low: number; readonly high: number; readonly ratio: number } | null;
  readonly disputes: readonly DisputeCue[];
  /** The normalised terms the claims share, which is why they were grouped. */
  readonly sharedTerms: readonly string[];
  /** Why the group counts as contested, in a sentence a reader can check. */
  readonly reason: string;
}

/** A rule that failed on this article: its finds are missing, the rest of the analysis stands. */
export interface RuleError {
  readonly rule: string;
  /** The error, e.g. "TypeError: Cannot read properties of undefined". */
  readonly message: string;
  /** How many times the rule failed. */
  readonly count: number;
}

export type SourceFormat = 'markdown' | 'plaintext';

/**
 * How the article writes its digits: `en` "4,500.5", `de` "4.500,5", `fr`
 * "4 500,5"; `auto` (the default) follows the detected language.
 */
export type NumberFormat = 'en' | 'de' | 'fr' | 'auto';

export interface AnalyzeOptions {
  /** `markdown` (default) parses with remark; `plaintext` treats blank-line separated blocks as paragraphs. */
  readonly format?: SourceFormat;
  readonly numberFormat?: NumberFormat;
}

/**
 * The article's language as guessed from its commonest words: an ISO 639-1
 * code ("en", "de", "fr", "es", "it", "nl", "pt") or "und" when too little
 * text says; `confidence` from 0 to 1. Claimlens reads English.
 */
export interface LanguageGuess {
  readonly language: string;
  readonly confidence: number;
}

/** Everything Claimlens knows about one article. */
export interface Analysis {
  /** Bumped when a field changes meaning; exporters carry it as `schema`. */
  readonly schema: 1;
  /** UTF-16 length of the analysed text, so a consumer can check the model still fits its document. */
  readonly length: number;
  readonly language: LanguageGuess;
  readonly quotes: readonly Quote[];
  readonly attributions: readonly Attribution[];
  readonly claims: readonly Claim[];
  readonly contested: readonly ContestedGroup[];
  /** Rules that failed on this article (normally none). */
  readonly ruleErrors: readonly RuleError[];
}
