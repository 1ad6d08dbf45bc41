/**
 * The `claimlens.ignore` setting: words, phrases or /patterns/ that are never
 * figures or sources (a product name with a number in it, a recurring byline).
 * Applied to the finished analysis, so the core stays the same for every
 * consumer; pure, so it is unit-tested without VS Code.
 */
import type { Analysis, Claim } from './model';
import { pruneContested } from './contested';

/** One matcher per entry: "/…/flags" is a regular expression, anything else a whole word or phrase, in any case. */
export function compileIgnoreList(entries: readonly string[]): { matches: (text: string) => boolean; invalid: string[] } {
  const patterns: RegExp[] = [];
  const invalid: string[] = [];
  for (const raw of entries) {
    const entry = raw.trim();
    if (!entry) continue;
    const literal = /^\/(.+)\/([imsu]*)$/.exec(entry);
    try {
      patterns.push(literal ? new RegExp(literal[1]!, literal[2]!.includes('i') ? literal[2] : `${literal[2]}i`) : new RegExp(`^${escapeRegExp(entry)}$`, 'i'));
    } catch {
      invalid.push(entry);
    }
  }
  return { matches: (text) => patterns.some((p) => p.test(text.trim())), invalid };
}

/** The analysis without ignored figures and sources; contested groups left with one figure and no dispute go. */
export function withoutIgnored(analysis: Analysis, matches: (text: string) => boolean): Analysis {
  const ignoredSource = (name: string, text: string) => matches(name) || matches(text.replace(/^(?:the|a|an)\s+/i, ''));
  const attributions = analysis.attributions.filter((a) => !ignoredSource(a.speaker.name, a.speaker.text));
  const kept = new Set(attributions.map((a) => a.id));
  const unsourced = (id: string | null) => (id !== null && !kept.has(id) ? null : id);
  const claims: Claim[] = analysis.claims
    .filter((c) => !matches(c.text))
    .map((c) => (c.source && ignoredSource(c.source.name, c.source.text) ? { ...c, source: null, attributionId: null } : { ...c, attributionId: unsourced(c.attributionId) }));
  const quotes = analysis.quotes.map((q) => (q.attributionId && !kept.has(q.attributionId) ? { ...q, speaker: null, attributionId: null } : q));
  return { ...analysis, quotes, attributions, ...pruneContested(analysis, claims) };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
