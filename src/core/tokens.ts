/**
 * Words and punctuation of a sentence, with block-local offsets. Abbreviations
 * and initials keep their period ("Mr.", "U.S.", "R."); a sentence's final
 * period is a token of its own.
 */
import { HONORIFICS } from './lexicon';
import { spanAt } from './search';

export interface Token {
  readonly text: string;
  /** Lower case, curly apostrophes straightened. */
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  readonly isWord: boolean;
  /** Starts with an upper-case letter. */
  readonly capitalized: boolean;
  /** Set when the token is (part of) a quotation mark that opens or closes a quote. */
  readonly quote?: 'open' | 'close';
  /** True for words inside a quotation: the quoted speaker's words, not the article's. */
  readonly quoted?: boolean;
}

/** Where the quotations of a block are, in block-local offsets. */
export interface QuoteLayout {
  /** Offsets of quotation marks, and whether each opens or closes its quote. */
  readonly marks: ReadonlyMap<number, 'open' | 'close'>;
  readonly spans: ReadonlyArray<{ readonly start: number; readonly end: number }>;
}

const KEEPS_PERIOD = /^(?:\p{L}\.)+$|^(?:\p{L}\.)+\p{L}\.$|^\p{Lu}\.$/u;
const ABBREVIATION = /^(?:jan|feb|aug|sept?|oct|nov|dec|jr|sr|st|inc|corp|co|ltd|no|vs|gov|sen|rep|gen|lt|col|capt|sgt|prof|rev|dr|mr|mrs|ms|ft|mt|ave|blvd|dept)\.$/i;
const CONTRACTION = /^(he|she|it|they|we|i|you|who|that|there)([’'](?:s|re|ve|ll|d))$/i;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const UPPER = /\p{Lu}/u;

// A hand-written scanner: tokenising every sentence is on the hot path, and a
// regex with Unicode property classes per token was the largest cost after parsing.
function isWordChar(code: number, ch: string): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return WORD_CHAR.test(ch);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Joiners inside a word: U.S., Thomas-Greenfield, they’ll, AT&T, and/or, 2,870. */
function joinerLength(text: string, i: number, to: number): number {
  const ch = text[i];
  const next = i + 1 < to ? text[i + 1]! : '';
  if (ch === '.' && (next === '’' || next === "'") && i + 2 < to && isWordChar(text.charCodeAt(i + 2), text[i + 2]!)) return 2;
  if ((ch === '.' || ch === '’' || ch === "'" || ch === '-' || ch === '&' || ch === '/') && next && isWordChar(next.charCodeAt(0), next)) return 1;
  if (ch === ',' && i + 3 < to + 0 && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i + 2)) && isDigit(text.charCodeAt(i + 3)) && !(i + 4 < to && isDigit(text.charCodeAt(i + 4)))) return 1;
  return 0;
}

export function tokenize(text: string, from = 0, to = text.length, quotes?: QuoteLayout): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    if (code === 32 || code === 10 || code === 13 || code === 9 || code === 160 || (code > 127 && /\s/.test(text[i]!))) {
      i++;
      continue;
    }
    const start = i;
    if (!isWordChar(code, text[i]!)) {
      // One punctuation token; keep a surrogate pair whole.
      i += code >= 0xd800 && code <= 0xdbff && i + 1 < to ? 2 : 1;
      push(tokens, text.slice(start, i), start, false, quotes);
      continue;
    }
    i++;
    for (;;) {
      while (i < to && isWordChar(text.charCodeAt(i), text[i]!)) i++;
      const join = i < to ? joinerLength(text, i, to) : 0;
      if (join === 0) break;
      i += join;
    }
    let word = text.slice(start, i);
    if (i < to && text[i] === '.' && keepsPeriod(word + '.')) {
      word += '.';
      i++;
    }
    // "He’s claiming", "It’s denouncing": a pronoun and its auxiliary are two words.
    const contraction = word.length <= 7 ? CONTRACTION.exec(word) : null;
    if (contraction) {
      push(tokens, contraction[1]!, start, true, quotes);
      push(tokens, contraction[2]!, start + contraction[1]!.length, true, quotes);
      continue;
    }
    push(tokens, word, start, true, quotes);
  }
  return tokens;
}

function push(tokens: Token[], text: string, start: number, isWord: boolean, quotes: QuoteLayout | undefined): void {
  const code = text.charCodeAt(0);
  const capitalized = isWord && (code < 128 ? code >= 65 && code <= 90 : UPPER.test(String.fromCodePoint(text.codePointAt(0)!)));
  const lowered = text.toLowerCase();
  const token: { -readonly [K in keyof Token]: Token[K] } = {
    text,
    lower: lowered.includes('’') ? lowered.replace(/’/g, "'") : lowered,
    start,
    end: start + text.length,
    isWord,
    capitalized,
  };
  if (quotes) {
    const quote = quotes.marks.get(start);
    if (quote) token.quote = quote;
    else if (isQuoted(quotes, start)) token.quoted = true;
  }
  tokens.push(token);
}

/** Binary search over the block's quotes (sorted, never overlapping): a block with thousands of quotes stays linear. */
function isQuoted(quotes: QuoteLayout, offset: number): boolean {
  return spanAt(quotes.spans, offset) !== undefined;
}

/** "Mr.", "U.S.", "R.", "Feb." keep their period; a sentence's last word does not. */
function keepsPeriod(word: string): boolean {
  return KEEPS_PERIOD.test(word) || HONORIFICS.has(word.toLowerCase()) || ABBREVIATION.test(word);
}
