/**
 * Contested groups after some figures were taken out of an analysis (the
 * `claimlens.ignore` setting, a "not a claim" verdict): a group keeps the
 * figures that are left, and goes when one figure and no dispute is all it
 * has; a figure whose group went is no longer contested.
 */
import type { Analysis, Claim, ContestedGroup } from '../model';
import { spreadOf } from './values';

export function pruneContested(analysis: Analysis, kept: readonly Claim[]): { claims: Claim[]; contested: ContestedGroup[] } {
  const byId = new Map(kept.map((c) => [c.id, c]));
  const contested: ContestedGroup[] = [];
  for (const group of analysis.contested) {
    const members = group.claimIds.map((id) => byId.get(id)).filter((c): c is Claim => c !== undefined);
    const disputes = group.disputes.map((d) => ({ ...d, claimIds: d.claimIds.filter((id) => byId.has(id)) })).filter((d) => d.claimIds.length > 0);
    if (members.length === group.claimIds.length) contested.push({ ...group, disputes });
    else if (members.length >= 2 || (members.length === 1 && disputes.length > 0)) contested.push({ ...group, claimIds: members.map((c) => c.id), spread: spreadOf(members), disputes });
  }
  const groups = new Set(contested.map((g) => g.id));
  const claims = kept.map((c) => (c.contestedId && !groups.has(c.contestedId) ? { ...c, contestedId: null } : c));
  return { claims, contested };
}
