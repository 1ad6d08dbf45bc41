/** A contested group in words: the quantity's label, the terms its figures share, and why it counts as contested. */
import { DEMONYMS } from '../lexicon';
import type { Claim } from '../model';
import type { FoundDispute } from './disputes';
import type { Quantity } from './quantity';

/** Labels for counted classes whose words vary ("killed", "died", "dead" → "killed"). */
const HEAD_LABEL: Record<string, string> = { dead: 'killed', injured: 'injured', detained: 'detained', displaced: 'displaced', missing: 'missing' };

/** "Russian troops killed", "Trump's share", "China: billionaires", "Cruz–Trump lead", or the fullest "counts" as written. */
export function labelOf(quantities: readonly Quantity[], claims: readonly Claim[]): string {
  if (quantities.length === 0) return asWritten(claims);
  const pick = <K extends keyof Quantity>(field: K): Quantity[K] | null => quantities.map((q) => q[field]).find((v) => v !== null) ?? null;
  const whose = pick('whose');
  const head = pick('head');
  const subject = pick('subject');
  const kind = quantities[0]!.kind;
  const unitClass = quantities[0]!.unitClass;
  // What the first figure counts, as written, unless that is only its unit ("percentage points").
  const counted = [...quantities.map((q) => q.words.counted), ...claims.map((c) => c.counts)].find((c): c is string => !!c && !/^(?:percentage\s+)?(?:points?|percent)$/i.test(c)) ?? null;
  if (head && HEAD_LABEL[head]) return [whose ? demonymOf(whose) : null, subject ?? 'people', HEAD_LABEL[head]].filter(Boolean).join(' ');
  const what = kind === 'lead' ? 'lead' : kind === 'change' ? `change in ${counted ?? (unitClass === 'share' ? 'share' : 'value')}` : (counted ?? (unitClass === 'share' ? 'share' : unitClass === 'count' ? null : head));
  const place = pick('place');
  const where = place && place !== whose ? `in ${titleCase(place)}` : null;
  if (kind === 'lead' && whose) return ['lead between', whose.split('+').map(titleCase).join(' and '), where].filter(Boolean).join(' ');
  const owner = whose ? titleCase(whose) : null;
  const label = [owner && what ? `${owner}’s ${what}` : (owner ?? what), where].filter(Boolean).join(' ');
  if (label) return label;
  return asWritten(claims);
}

/** Too little to name the quantity: the figure as the article puts it ("57 people"). */
function asWritten(claims: readonly Claim[]): string {
  const fullest = [...claims].sort((a, b) => (b.counts ?? '').length - (a.counts ?? '').length)[0]!;
  return `${fullest.text} ${fullest.counts ?? ''}`.trim();
}

function titleCase(text: string): string {
  return text.replace(/(^|\s)(\p{Ll})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
}

function demonymOf(country: string): string {
  for (const [adjective, place] of DEMONYMS) if (place === country && !adjective.includes('.') && adjective !== place) return adjective.charAt(0).toUpperCase() + adjective.slice(1);
  return titleCase(country);
}

/** The normalised terms every figure of the group shares: why they were grouped. */
export function sharedTerms(quantities: readonly Quantity[]): string[] {
  const terms: string[] = [];
  for (const field of ['whose', 'place', 'subject', 'head', 'period'] as const) {
    const values = new Set(quantities.map((q) => q[field]));
    if (values.size === 1 && !values.has(null)) terms.push([...values][0]!);
  }
  return terms;
}

export function reasonFor(claims: readonly Claim[], conflict: boolean, cues: readonly FoundDispute[]): string {
  const parts: string[] = [];
  if (conflict) {
    const bySource = new Map<string, string[]>();
    for (const c of claims) {
      const who = c.source?.name ?? 'the article';
      const list = bySource.get(who);
      if (list) list.push(c.text);
      else bySource.set(who, [c.text]);
    }
    // Enough for a reader to judge; a live blog can repeat a figure hundreds of times.
    const shown = [...bySource].slice(0, 6).map(([who, figures]) => `${who}: ${figures.slice(0, 3).join(', ')}${figures.length > 3 ? ` and ${figures.length - 3} more` : ''}`);
    if (bySource.size > 6) shown.push(`${bySource.size - 6} more sources`);
    parts.push(shown.join('; '));
  }
  for (const cue of cues.slice(0, 3)) parts.push(`${cue.links.length > 0 && !cue.direct ? 'revised' : 'disputed'}: “${cue.text}”`);
  if (cues.length > 3) parts.push(`${cues.length - 3} more disputes`);
  return parts.join('. ');
}
