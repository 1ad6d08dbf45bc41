/**
 * What the attribution rules find, before speakers are resolved and content
 * is measured. Positions are block-local (add the block's start for source
 * offsets).
 */
import type { BlockInfo, Sentence } from '../document';
import type { CueKind, Span } from '../model';
import type { Token } from '../tokens';

/** Which part of the sentence the attribution vouches for: after the phrase, before it, or all of it. */
export type Scope = 'right' | 'left' | 'sentence';

export interface FoundAttribution {
  readonly block: number;
  readonly sentence: Sentence;
  readonly cue: Span & { readonly kind: CueKind };
  /** Tokens of the speaker mention, block-local span. */
  readonly speaker: Span;
  /** A proper name set beside a generic mention: "according to the group, OVD-Info". */
  readonly appositive: Span | undefined;
  /** The whole phrase: speaker and cue (and a verb's object: "told reporters"). */
  readonly phrase: Span;
  readonly scope: Scope;
  /** A weak cue or a participle ("added", "saying"): yields to a plain "said" nearby. */
  readonly weak: boolean;
  /** The id of the rule that found it: "cue.according-to", "cue.speech-verb", ... */
  readonly rule: string;
}

/** A run of tokens: token indices [from, to) and its block-local span. */
export interface Phrase extends Span {
  readonly from: number;
  readonly to: number;
}

export function span(tokens: readonly Token[], from: number, to: number): Phrase {
  return { from, to, start: tokens[from]!.start, end: tokens[to - 1]!.end };
}

export interface AttributionDraft {
  readonly cue: Span & { readonly kind: CueKind };
  readonly speaker: Span;
  readonly scope: Scope;
  readonly rule: string;
  readonly appositive?: Span | undefined;
  readonly weak?: boolean;
  /** The phrase when it is not speaker plus cue: a participle far from its clause's subject is the cue alone. */
  readonly phrase?: Span;
}

export function makeAttribution(info: BlockInfo, sentence: Sentence, draft: AttributionDraft): FoundAttribution {
  const { cue, speaker } = draft;
  return {
    block: info.index,
    sentence,
    cue,
    speaker: { start: speaker.start, end: speaker.end },
    appositive: draft.appositive,
    phrase: draft.phrase ?? { start: Math.min(cue.start, speaker.start), end: Math.max(cue.end, speaker.end) },
    scope: draft.scope,
    weak: draft.weak ?? false,
    rule: draft.rule,
  };
}
