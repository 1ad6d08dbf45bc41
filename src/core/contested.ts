import type { FoundClaim } from './claims';
import type { ArticleDocument } from './document';
import type { Attribution, Claim, ContestedGroup } from './model';

export function findContested(_doc: ArticleDocument, _drafts: readonly FoundClaim[], _claims: readonly Claim[], _attributions: readonly Attribution[]): ContestedGroup[] {
  return [];
}
