/**
 * Words and punctuation of a sentence, with block-local offsets. Abbreviations
 * and initials keep their period ("Mr.", "U.S.", "R."); a sentence's final
 * period is a token of its own.
 */
import { HONORIFICS } from './lexicon';

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

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:(?:[.’'\-&/]|\.[’']|,(?=\d{3}\b))[\p{L}\p{N}\p{M}]+)*\.?|\S/gu;
const KEEPS_PERIOD = /^(?:\p{L}\.)+$|^(?:\p{L}\.)+\p{L}\.$|^\p{Lu}\.$/u;

export function tokenize(text: string, from = 0, to = text.length, quotes?: QuoteLayout): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(from, to);
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    let word = m[0];
    const start = from + m.index;
    if (word.length > 1 && word.endsWith('.') && !keepsPeriod(word)) {
      word = word.slice(0, -1);
      tokens.push(makeToken(word, start));
      tokens.push(makeToken('.', start + word.length));
      continue;
    }
    // "He’s claiming", "It’s denouncing": a pronoun and its auxiliary are two words.
    const contraction = /^(he|she|it|they|we|i|you|who|that|there)([’'](?:s|re|ve|ll|d))$/i.exec(word);
    if (contraction) {
      tokens.push(makeToken(contraction[1]!, start));
      tokens.push(makeToken(contraction[2]!, start + contraction[1]!.length));
      continue;
    }
    const quote = quotes?.marks.get(start);
    if (quote) tokens.push({ ...makeToken(word, start), quote });
    else if (quotes && isQuoted(quotes, start)) tokens.push({ ...makeToken(word, start), quoted: true });
    else tokens.push(makeToken(word, start));
  }
  return tokens;
}

function isQuoted(quotes: QuoteLayout, offset: number): boolean {
  for (const span of quotes.spans) {
    if (offset < span.start) return false;
    if (offset < span.end) return true;
  }
  return false;
}

function keepsPeriod(word: string): boolean {
  return KEEPS_PERIOD.test(word) || HONORIFICS.has(word.toLowerCase()) || /^(?:jan|feb|aug|sept?|oct|nov|dec|jr|sr|st|inc|corp|co|ltd|no|vs|gov|sen|rep|gen|lt|col|capt|sgt|prof|rev|dr|mr|mrs|ms|ft|mt|ave|blvd|dept)\.$/i.test(word);
}

function makeToken(text: string, start: number): Token {
  const first = text.codePointAt(0) ?? 0;
  const isWord = /[\p{L}\p{N}]/u.test(String.fromCodePoint(first));
  return {
    text,
    lower: text.toLowerCase().replace(/’/g, "'"),
    start,
    end: start + text.length,
    isWord,
    capitalized: isWord && /\p{Lu}/u.test(String.fromCodePoint(first)),
  };
}
