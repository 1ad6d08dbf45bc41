/**
 * Reads figures as written in news copy and gives their values: "2,870",
 * "$4.2 billion", "12%", "12 percent", "Thirty-five", "a dozen", "half a
 * million", "two-thirds", "10 to 15", "40-mile", and vague amounts
 * ("thousands", "hundreds of"). Whether a figure is a claim (and not a date,
 * ordinal or model name) is decided by claims.ts.
 */

export interface Figure {
  /** Block-local span of the figure, currency sign and scale word included. */
  readonly start: number;
  readonly end: number;
  readonly value: number | null;
  readonly range: { readonly low: number; readonly high: number } | null;
  readonly unit: string | null;
  readonly vague: boolean;
  /** Order of magnitude of a vague amount ("thousands" → 1000). */
  readonly magnitude: number | null;
  readonly form: 'digits' | 'words';
  /** Reasons this is no claim, found while reading it. */
  readonly nonClaim: 'ordinal' | 'decade' | 'code' | 'time' | 'date' | null;
}

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const SCALES: Record<string, number> = { hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const SHORT_SCALES: Record<string, number> = { k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, bn: 1e9, b: 1e9, tn: 1e12 };
const VAGUE: Record<string, number> = { dozens: 12, scores: 20, hundreds: 1e2, thousands: 1e3, millions: 1e6, billions: 1e9, trillions: 1e12 };
const FRACTIONS: Record<string, number> = { half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5, tenth: 10, tenths: 10 };
const CURRENCIES: Record<string, string> = { $: 'USD', 'US$': 'USD', 'A$': 'AUD', 'C$': 'CAD', 'NZ$': 'NZD', 'HK$': 'HKD', 'S$': 'SGD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', '₽': 'RUB', '₴': 'UAH' };
const CURRENCY_WORDS: Record<string, string> = { dollars: 'USD', dollar: 'USD', euros: 'EUR', euro: 'EUR', pounds: 'GBP', yen: 'JPY', rubles: 'RUB', roubles: 'RUB', hryvnias: 'UAH', rupees: 'INR', yuan: 'CNY' };

/** Words that can continue a spelled number: "two hundred and fifty", "half a million", "tens of thousands". */
const NUMBER_PART = new Set([...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(SCALES), ...Object.keys(VAGUE), ...Object.keys(FRACTIONS), 'and', 'a', 'an', 'of', 'dozen', 'half']);

const NUMBER_WORD = `(?:${[...Object.keys(UNITS), ...Object.keys(TENS)].join('|')})`;
/** Where a figure may start: a currency sign, a digit, or a number word. */
const ANCHOR_SEARCH = new RegExp(String.raw`(?:US|A|C|NZ|HK|S)?[$€£¥₹₽₴](?=\s?\d)|\d|\b(?:${NUMBER_WORD}|an?\s+(?:dozen|hundred|thousand|million|billion|trillion|half|third|quarter)|dozens|scores|hundreds|thousands|millions|billions|trillions|tens\s+of\s+(?:thousands|millions)|half)\b`, 'gi');
const DIGITS = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/y;
/** What may follow the digits of a figure and change its reading; anything else ends it. */
const TAIL = /[\p{L}:\-/.%–]|\s+(?:hundred|thousand|million|billion|trillion|percent|per|percentage|points?|dollars?|euros?|pounds|yen|rubles|roubles|hryvnias|rupees|yuan|to|and)\b|\s?[-–]/iuy;

export function findFigures(text: string): Figure[] {
  const figures: Figure[] = [];
  ANCHOR_SEARCH.lastIndex = 0;
  for (let m = ANCHOR_SEARCH.exec(text); m; m = ANCHOR_SEARCH.exec(text)) {
    if (m.index > 0 && /[\p{L}\p{N}]/u.test(text[m.index - 1]!) && !/^[$€£¥₹₽₴]/.test(m[0])) {
      // Inside a word or a longer number ("G7", "COVID-19" is handled by claims.ts).
      if (/\d/.test(m[0]) && /\p{L}/u.test(text[m.index - 1]!)) {
        const end = skipDigits(text, m.index);
        figures.push(codeFigure(m.index, end));
        ANCHOR_SEARCH.lastIndex = end;
      }
      continue;
    }
    const figure = readFigure(text, m.index);
    if (!figure) continue;
    figures.push(figure);
    ANCHOR_SEARCH.lastIndex = Math.max(figure.end, m.index + 1);
  }
  return figures;
}

function skipDigits(text: string, i: number): number {
  while (i < text.length && /[\p{L}\p{N}.-]/u.test(text[i]!)) i++;
  return text[i - 1] === '.' ? i - 1 : i;
}

function codeFigure(start: number, end: number): Figure {
  return { start, end, value: null, range: null, unit: null, vague: false, magnitude: null, form: 'digits', nonClaim: 'code' };
}

/** Reads one figure starting at `start`, or undefined when the words there are no number. */
export function readFigure(text: string, start: number): Figure | undefined {
  let i = start;
  let unit: string | null = null;
  const currency = /^(?:US|A|C|NZ|HK|S)?[$€£¥₹₽₴]/.exec(text.slice(i, i + 4));
  if (currency) {
    unit = CURRENCIES[currency[0]] ?? 'USD';
    i += currency[0].length;
    if (text[i] === ' ') i++;
  }
  if (/\d/.test(text[i] ?? '')) return readDigitFigure(text, start, i, unit);
  if (currency) return undefined;
  return readWordFigure(text, start);
}

function readDigitFigure(text: string, start: number, i: number, currency: string | null): Figure | undefined {
  DIGITS.lastIndex = i;
  const digits = DIGITS.exec(text);
  if (!digits) return undefined;
  let end = i + digits[0].length;
  const raw = digits[0].replace(/,/g, '');
  let value = Number(raw);
  let unit = currency;
  const base = { start, vague: false, magnitude: null, form: 'digits' as const };
  // Most figures end at a space and an ordinary word ("2,870 Ukrainian soldiers"):
  // one sticky test says whether anything else (unit, scale, range, date) can follow.
  TAIL.lastIndex = end;
  if (!TAIL.test(text)) return { ...base, end, value, range: null, unit, nonClaim: null };
  const after = text.slice(end, end + 40);

  // Glued letters: ordinals (21st), decades (1990s), codes (3D), times (10am), short scales ($4bn).
  const glued = /^[\p{L}]+/u.exec(after);
  if (glued) {
    const word = glued[0].toLowerCase();
    if (/^(?:st|nd|rd|th)$/.test(word)) return { ...base, end: end + word.length, value, range: null, unit: null, nonClaim: 'ordinal' };
    if (word === 's' && /^\d{2,4}$/.test(raw)) return { ...base, end: end + 1, value, range: null, unit: null, nonClaim: 'decade' };
    if (/^(?:am|pm|a\.m|p\.m)$/.test(word) || /^(?:a|p)$/.test(word) && after[1] === '.') return { ...base, end: end + word.length, value, range: null, unit: null, nonClaim: 'time' };
    if (SHORT_SCALES[word] !== undefined && (currency || word !== 'm')) {
      value = scaled(raw, SHORT_SCALES[word]!);
      end += word.length;
    } else if (/^(?:km|kg|mph|kph|mm|cm|ft|lbs?|gw|mw|kw|kwh|mwh|gb|tb|mb)$/.test(word)) {
      unit = word;
      end += word.length;
    } else {
      return { ...codeFigure(start, end + word.length) };
    }
  }
  if (/^:\d\d/.test(after)) return { ...base, end: end + 3, value, range: null, unit: null, nonClaim: 'time' };
  if (/^-\d{1,2}-\d{1,2}\b/.test(after) && /^\d{4}$/.test(raw)) return { ...base, end: end + /^-\d{1,2}-\d{1,2}/.exec(after)![0].length, value, range: null, unit: null, nonClaim: 'date' };
  if (/^\/\d/.test(after)) {
    const slash = /^(?:\/\d+)+/.exec(after)![0];
    return { ...base, end: end + slash.length, value, range: null, unit: null, nonClaim: 'date' };
  }
  if (/^\.\d/.test(after)) return { ...codeFigure(start, skipDigits(text, end)) };

  let rest = text.slice(end, end + 40);
  const scale = /^\s(hundred|thousand|million|billion|trillion)\b/i.exec(rest) ?? /^-(million|billion|trillion)\b/i.exec(rest);
  if (scale && !glued) {
    value = scaled(raw, SCALES[scale[1]!.toLowerCase()]!);
    end += scale[0].length;
    rest = text.slice(end, end + 40);
  }
  const percent = /^\s?(?:%|percent\b|per\s?cent\b)/i.exec(rest);
  const points = /^\s(?:percentage\s+points?\b|points?\b)/i.exec(rest);
  if (percent) {
    unit = 'percent';
    end += percent[0].length;
  } else if (points && /percentage/i.test(points[0])) {
    unit = 'percentage points';
    end += points[0].length;
  } else {
    const money = /^\s(dollars?|euros?|pounds|yen|rubles|roubles|hryvnias|rupees|yuan)\b/i.exec(rest);
    if (money && !unit) {
      unit = CURRENCY_WORDS[money[1]!.toLowerCase()] ?? null;
      end += money[0].length;
    }
  }
  // Hyphenated units: "40-mile", "49-year-old", "12-day".
  const hyphenUnit = /^-(\p{L}+)(-old)?\b/u.exec(text.slice(end, end + 30));
  if (hyphenUnit && !percent) {
    const word = hyphenUnit[1]!.toLowerCase();
    if (!/^(?:million|billion|trillion)$/.test(word)) {
      unit ??= word.replace(/s$/, '');
      end += hyphenUnit[0].length;
    }
  }
  const range = readRangeEnd(text, end, value, unit);
  if (range) return { ...base, end: range.end, value, range: { low: value, high: range.high }, unit, nonClaim: null };
  return { ...base, end, value, range: null, unit, nonClaim: null };
}

/** "10 to 15", "10-15", "$1 million to $2 million", "1-2 million". */
function readRangeEnd(text: string, end: number, low: number, unit: string | null): { end: number; high: number } | undefined {
  const link = /^(?:\s?[-–]\s?|\s(?:to|and)\s)(?=(?:US)?[$€£]?\d)/.exec(text.slice(end, end + 8));
  if (!link) return undefined;
  const isAnd = /and/.test(link[0]);
  if (isAnd && !/\bbetween\s+\S*$/i.test(text.slice(Math.max(0, end - 40), end))) return undefined;
  const high = readFigure(text, end + link[0].length);
  if (!high || high.value === null || high.nonClaim || high.range) return undefined;
  if (high.value <= low && !(high.value < 1e3 && high.value > 0)) return undefined;
  if ((unit ?? null) !== (high.unit ?? unit ?? null) && high.unit !== null) return undefined;
  return { end: high.end, high: high.value };
}

/** Digits times a scale, without floating-point noise: "4.2" × 1e9 → 4200000000. */
function scaled(raw: string, scale: number): number {
  return Number(`${raw}e${Math.round(Math.log10(scale))}`);
}

const WORD = /[\p{L}]+(?:-[\p{L}]+)*/uy;

function readWordFigure(text: string, start: number): Figure | undefined {
  const words: Array<{ word: string; end: number }> = [];
  let i = start;
  // Read up to eight number words, allowing "and" and hyphens between them; the
  // first word that cannot be part of a number ends the reading.
  while (words.length < 8) {
    WORD.lastIndex = i;
    const m = WORD.exec(text);
    if (!m) break;
    const word = m[0].toLowerCase();
    words.push({ word, end: i + m[0].length });
    if (words.length > 1 && !NUMBER_PART.has(word) && !word.includes('-')) break;
    i = i + m[0].length;
    const gap = /^(?:\s+|\s*-\s*)/.exec(text.slice(i, i + 4));
    if (!gap) break;
    i += gap[0].length;
  }
  if (words.length === 0) return undefined;
  const base = { start, range: null, nonClaim: null, form: 'words' as const };
  const first = words[0]!.word;

  // Vague amounts: "thousands", "tens of thousands", "hundreds of thousands".
  if (first === 'tens' && words[1]?.word === 'of' && words[2] && VAGUE[words[2].word]) {
    return { ...base, end: words[2].end, value: null, unit: null, vague: true, magnitude: VAGUE[words[2].word]! * 10 };
  }
  if (VAGUE[first] !== undefined) {
    if (words[1]?.word === 'of' && words[2] && VAGUE[words[2].word] && VAGUE[words[2].word]! > VAGUE[first]!) {
      return { ...base, end: words[2].end, value: null, unit: null, vague: true, magnitude: VAGUE[first]! * VAGUE[words[2].word]! };
    }
    return { ...base, end: words[0]!.end, value: null, unit: null, vague: true, magnitude: VAGUE[first]! };
  }
  // "half a million", "half of", "a third", "two-thirds".
  if (first === 'half') {
    if ((words[1]?.word === 'a' || words[1]?.word === 'an') && words[2] && SCALES[words[2].word]) {
      return { ...base, end: words[2].end, value: SCALES[words[2].word]! / 2, unit: null, vague: false, magnitude: null };
    }
    return { ...base, end: words[0]!.end, value: 0.5, unit: 'fraction', vague: false, magnitude: null };
  }
  const hyphenFraction = /^([a-z]+)-([a-z]+)$/.exec(first);
  if (hyphenFraction && UNITS[hyphenFraction[1]!] && FRACTIONS[hyphenFraction[2]!]) {
    return { ...base, end: words[0]!.end, value: UNITS[hyphenFraction[1]!]! / FRACTIONS[hyphenFraction[2]!]!, unit: 'fraction', vague: false, magnitude: null };
  }
  if ((first === 'a' || first === 'an') && words[1]) {
    const second = words[1].word;
    if (second === 'dozen') return { ...base, end: words[1].end, value: 12, unit: null, vague: false, magnitude: null };
    if (FRACTIONS[second] && second !== 'halves') {
      // "a quarter of a million": the fraction of a scale is a number.
      const scale = words[2]?.word === 'of' && (words[3]?.word === 'a' || words[3]?.word === 'an') ? words[4] : undefined;
      if (scale && SCALES[scale.word]) return { ...base, end: scale.end, value: SCALES[scale.word]! / FRACTIONS[second]!, unit: null, vague: false, magnitude: null };
      return { ...base, end: words[1].end, value: 1 / FRACTIONS[second]!, unit: 'fraction', vague: false, magnitude: null };
    }
    if (SCALES[second]) {
      const rest = readCardinal(words.slice(1), 1);
      if (rest) return { ...base, end: rest.end, value: rest.value, unit: null, vague: false, magnitude: null };
    }
    return undefined;
  }
  if (words[1] && FRACTIONS[words[1].word] && UNITS[first] && /s$/.test(words[1].word)) {
    return { ...base, end: words[1].end, value: UNITS[first]! / FRACTIONS[words[1].word]!, unit: 'fraction', vague: false, magnitude: null };
  }
  const cardinal = readCardinal(words, 0);
  if (!cardinal) return undefined;
  let end = cardinal.end;
  let unit: string | null = null;
  const hyphenUnit = /^-(\p{L}+)(-old)?\b/u.exec(text.slice(end, end + 30));
  if (hyphenUnit && !SCALES[hyphenUnit[1]!.toLowerCase()]) {
    unit = hyphenUnit[1]!.toLowerCase().replace(/s$/, '');
    end += hyphenUnit[0].length;
  }
  const percent = /^\s(?:percent\b|per\s?cent\b)/i.exec(text.slice(end, end + 12));
  if (percent) {
    unit = 'percent';
    end += percent[0].length;
  }
  return { ...base, end, value: cardinal.value, unit, vague: false, magnitude: null };
}

/** "thirty-five", "two hundred and fifty", "three million", "a hundred". */
function readCardinal(words: ReadonlyArray<{ word: string; end: number }>, from: number): { value: number; end: number } | undefined {
  let total = 0;
  let current = 0;
  let end = -1;
  let any = false;
  for (let k = from; k < words.length; k++) {
    const w = words[k]!.word;
    const parts = w.split('-');
    if (parts.length === 2 && TENS[parts[0]!] !== undefined && UNITS[parts[1]!] !== undefined && UNITS[parts[1]!]! < 10) {
      current += TENS[parts[0]!]! + UNITS[parts[1]!]!;
    } else if (UNITS[w] !== undefined) {
      current += UNITS[w]!;
    } else if (TENS[w] !== undefined) {
      current += TENS[w]!;
    } else if (SCALES[w] !== undefined) {
      if (!any && current === 0 && k === from) current = 1;
      else if (!any && current === 0) break;
      if (w === 'hundred') current *= 100;
      else {
        total += current * SCALES[w]!;
        current = 0;
      }
    } else if (w === 'and' && any && words[k + 1] && (UNITS[words[k + 1]!.word] !== undefined || TENS[words[k + 1]!.word.split('-')[0]!] !== undefined)) {
      continue;
    } else break;
    any = true;
    end = words[k]!.end;
  }
  return any ? { value: total + current, end } : undefined;
}
