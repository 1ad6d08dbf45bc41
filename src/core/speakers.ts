/**
 * Resolves a speaker mention to who it is: "Mr. Lavrov" → "Sergey Lavrov",
 * "she" → the nearest fitting woman named before, "the 49-year-old opposition
 * leader" → the person earlier described as an opposition leader, "the group,
 * OVD-Info" → "OVD-Info".
 */
import type { FoundAttribution } from './attributions';
import type { ArticleDocument } from './document';
import { isOrganizationNoun, readNameRun, type Entity, type EntityRegistry } from './entities';
import { BODY_KINDS, DEMONYMS, DETERMINERS, FINDING_NOUNS, GENERIC_BODY_NOUNS, PERSONAL_PRONOUNS, SPEAKER_NOUNS } from './lexicon';
import type { EntityType, Speaker } from './model';
import { tokenize, type Token } from './tokens';

/** What resolving a speaker asks of the article's entities (`incremental.ts` hands in one that records the questions). */
export type SpeakerRegistry = Pick<EntityRegistry, 'lookup' | 'antecedent'>;

export function resolveSpeaker(doc: ArticleDocument, registry: SpeakerRegistry, found: FoundAttribution, earlier: readonly Speaker[]): Speaker {
  const info = doc.blocks[found.block]!;
  const at = mentionAt(doc, found);
  const { text, start } = at;
  // "the senator who chaired the hearing" is the senator.
  const bare = withoutDeterminer(text.replace(/\s+who\s.*$/s, ''));

  if (found.appositive) {
    const name = cleanMention(info.block.text.slice(found.appositive.start, found.appositive.end));
    const entity = registry.lookup(name);
    return { ...at, name: entity?.name ?? name, mention: 'description', entity: entity?.type === 'person' ? 'person' : 'organization' };
  }

  const { tokens, only, head, lastRun } = wordsOf(info.block.text, found);
  const pronoun = only ? PERSONAL_PRONOUNS.get(only.lower) : undefined;
  if (pronoun) {
    const resolved = resolvePronoun(registry, pronoun, start, found.block, earlier);
    return { ...at, name: resolved?.name ?? text, entity: resolved?.entity ?? 'unknown', mention: 'pronoun' };
  }

  if (only && (only.lower === 'who' || only.lower === 'which')) {
    const entity = registry.antecedent(start, found.block, (e) => e.type !== 'unknown' || only.lower === 'which', 0);
    if (entity) return { ...at, name: entity.name, mention: 'pronoun', entity: entity.type };
    // "The union, which endorsed …": the noun the relative clause follows.
    const noun = /\b(?:the|a|an)\s+([a-z][\w-]*)\s*,?\s*$/i.exec(doc.source.slice(Math.max(0, start - 60), start))?.[1];
    const kind = noun && isOrganizationNoun(noun.toLowerCase()) ? 'organization' : 'unknown';
    return { ...at, name: noun ? noun.toLowerCase() : text, mention: noun ? 'description' : 'pronoun', entity: kind };
  }
  if (head && lastRun && head.capitalized) {
    // The head of "Russian opposition leader Alexei Navalny" is the last name in it.
    const entity = registry.lookup(lastRun.name, lastRun.gender);
    return { ...at, name: entity?.name ?? lastRun.name, mention: 'name', entity: entity?.type ?? lastRun.type };
  }
  if (head && !lastRun && /^(?:the|this|that)$/.test(tokens[0]?.lower ?? '') && !/s$/.test(head.lower)) {
    // "the poll", "the survey": the poll last cited by name ("A Reuters/Ipsos poll shows …").
    const finding = FINDING_NOUNS.has(head.lower) ? findLast(earlier, (s) => s.mention === 'name' && s.text.toLowerCase().endsWith(head.lower)) : undefined;
    if (finding) return { ...at, name: finding.name, mention: 'description', entity: finding.entity };
    const entity = resolveDescription(registry, head.lower, start, found.block);
    if (entity) return { ...at, name: entity.name, mention: 'description', entity: entity.type };
    return { ...at, name: bare, mention: 'description', entity: isOrganizationNoun(head.lower) ? 'organization' : 'unknown' };
  }
  const organization = head ? isOrganizationNoun(head.lower) || SOURCE_DOCUMENTS.has(head.lower) : false;
  // "the state-controlled Global Times news website", "a United Nations estimate": the body behind the outlet or document.
  if (organization && lastRun && !lastRun.possessive && !DEMONYMS.has(lastRun.name.toLowerCase())) {
    // "the Obama administration", "the Sanders campaign": a body named after a person is the body, not the person.
    const body = `${lastRun.name} ${head!.text}`;
    if (lastRun.type !== 'organization' && !SOURCE_DOCUMENTS.has(head!.lower) && bare.endsWith(body)) return { ...at, name: body, mention: 'name', entity: 'organization' };
    const entity = registry.lookup(lastRun.name);
    return { ...at, name: entity?.name ?? lastRun.name, mention: 'name', entity: 'organization' };
  }
  return { ...at, name: bare, mention: 'group', entity: organization ? 'organization' : 'group' };
}

/** The words of a speaker mention, read from its block's text alone. */
interface MentionWords {
  readonly tokens: readonly Token[];
  /** The mention's one word, when it is one. */
  readonly only: Token | undefined;
  /** The head: the last word before a complement ("Mr. Morgan of the Sierra Club"). */
  readonly head: Token | undefined;
  /** The last name in the words up to the head. */
  readonly lastRun: MentionRun | undefined;
}

/**
 * Kept per found attribution: it is immutable and always comes with the text
 * of the block it was found in, so an incremental update that keeps the
 * attribution reads its words once.
 */
const mentionWords = new WeakMap<FoundAttribution, MentionWords>();

function wordsOf(blockText: string, found: FoundAttribution): MentionWords {
  let words = mentionWords.get(found);
  if (!words) {
    const tokens = tokenize(blockText, found.speaker.start, found.speaker.end).filter((t) => t.isWord);
    // "Mr. Morgan of the Sierra Club", "the chair of the committee": the head comes before "of";
    // "Voters who backed Trump": before the relative clause.
    const complementAt = tokens.findIndex((t, i) => i > 0 && (t.lower === 'who' || (t.lower === 'of' && isComplementOf(tokens, i))));
    const headTokens = complementAt > 0 ? tokens.slice(0, complementAt) : tokens;
    const runs = nameRuns(headTokens);
    words = { tokens, only: tokens.length === 1 ? tokens[0]! : undefined, head: headTokens[headTokens.length - 1], lastRun: runs[runs.length - 1] };
    mentionWords.set(found, words);
  }
  return words;
}

/** Whether the "of" at `i` starts a complement ("Mr. Morgan of the Sierra Club") rather than a name ("Secretary of State"). */
function isComplementOf(tokens: readonly Token[], i: number): boolean {
  const run = nameRuns(tokens.slice(0, i + 2));
  return !run.some((r) => r.name.toLowerCase().split(' ').includes('of'));
}

/** Documents and outlets that stand for whoever issued them. */
const SOURCE_DOCUMENTS = new Set(['estimate', 'estimates', 'report', 'statement', 'survey', 'poll', 'study', 'data', 'figures', 'tally', 'count', 'analysis', 'website', 'site', 'outlet', 'agency', 'newspaper', 'channel', 'broadcaster', 'network', 'translations', 'media']);

interface MentionRun {
  readonly name: string;
  readonly gender: 'male' | 'female' | undefined;
  readonly type: EntityType;
  readonly possessive: boolean;
}

function nameRuns(tokens: readonly Token[]): MentionRun[] {
  const runs: MentionRun[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]!.capitalized || DETERMINERS.has(tokens[i]!.lower)) continue;
    const run = readNameRun(tokens, i, false);
    if (!run) continue;
    runs.push({ name: run.name, gender: run.gender, type: run.type, possessive: /[’']s$/.test(tokens[run.to - 1]!.text) });
    i = run.to - 1;
  }
  return runs;
}

function resolvePronoun(registry: SpeakerRegistry, kind: 'male' | 'female' | 'plural' | 'neuter' | 'first', position: number, block: number, earlier: readonly Speaker[]): { name: string; entity: EntityType } | undefined {
  if (kind === 'male' || kind === 'female') {
    const fits = (e: Entity): boolean => e.type === 'person' && (e.gender === undefined || e.gender === kind);
    const entity = registry.antecedent(position, block, fits);
    if (entity) {
      entity.gender ??= kind;
      return { name: entity.name, entity: 'person' };
    }
    const speaker = findLast(earlier, (s) => s.entity === 'person' && s.mention !== 'pronoun');
    return speaker ? { name: speaker.name, entity: 'person' } : undefined;
  }
  if (kind === 'plural') {
    const speaker = findLast(earlier, (s) => s.start < position && (s.entity === 'group' || s.entity === 'organization'));
    return speaker ? { name: speaker.name, entity: speaker.entity } : undefined;
  }
  if (kind === 'neuter') {
    const entity = registry.antecedent(position, block, (e) => e.type === 'organization' || e.type === 'unknown', 2);
    return entity ? { name: entity.name, entity: entity.type === 'unknown' ? 'organization' : entity.type } : undefined;
  }
  return undefined;
}

/** Role words that name one person: "the 51-year-old former engineer", "the senator". */
const PERSON_NOUNS = /^(?:official|spokesman|spokeswoman|spokesperson|leader|president|minister|chairman|chairwoman|chair|director|executive|candidate|nominee|senator|lawmaker|legislator|governor|mayor|ambassador|envoy|secretary|general|judge|regulator|scientist|researcher|doctor|nurse|teacher|student|mother|father|son|daughter|wife|husband|brother|sister|friend|neighbou?r|man|woman|owner|founder|author|writer|editor|host|anchor|reporter|journalist|correspondent|representative|member|staffer|employee|worker|protester|soldier|colonel|veteran|victim|survivor|refugee|historian|professor|strategist|pollster|operative|insider|ally|rival|opponent|partner|surrogate|commentator|pundit|moderator|coach|player|citizen|resident|engineer|economist|analyst|expert|lawyer|attorney|prosecutor|investigator|aide|adviser|advisor|officer|commander|activist|witness|critic|supporter|voter|diplomat|manager|boss|head|chief|inspector|monitor|advocate)$/;

/** "the opposition leader": the person earlier described with that word; "the newspaper": the body. */
function resolveDescription(registry: SpeakerRegistry, head: string, position: number, block: number): Entity | undefined {
  if (isOrganizationNoun(head)) {
    return registry.antecedent(position, block, (e) => e.type === 'organization' && (e.descriptors.has(head) || e.name.toLowerCase().includes(head)), 6)
      // The body just named, unless its name says it is another kind of body ("the council" is not "Harbor Bank");
      // "the report", "the paper" is a document, which only the body's own name can claim.
      ?? (FINDING_NOUNS.has(head) ? undefined : registry.antecedent(position, block, (e) => e.type === 'organization' && !namesOtherKindOfBody(e.name, head), 1));
  }
  if (!SPEAKER_NOUNS.has(head) && !/(?:er|or|ist|ian|ant|ent)$/.test(head)) return undefined;
  // Prefer the person earlier described with the same word; else, for a word that names a
  // person ("the official", "the leader"), the person just named (this or the last paragraph).
  return registry.antecedent(position, block, (e) => e.type === 'person' && e.descriptors.has(head), 8)
    ?? (PERSON_NOUNS.test(head) ? registry.antecedent(position, block, (e) => e.type === 'person', 1) : undefined);
}

/**
 * Whether a body's name says it is another kind than the description: "the
 * council" is not "Harbor Bank" or "Kell Street"; "the school" may be
 * "Harvard University". Words for any body and for findings ("the poll",
 * "the report") fit every body.
 */
function namesOtherKindOfBody(name: string, head: string): boolean {
  if (GENERIC_BODY_NOUNS.has(head) || FINDING_NOUNS.has(head)) return false;
  const words = name.toLowerCase().split(/\s+/);
  if (words.includes(head)) return false;
  const kind = BODY_KINDS.find((k) => k.has(head));
  if (kind) return !words.some((w) => kind.has(w));
  return words.some((w) => BODY_KINDS.some((k) => k.has(w)));
}

/** The last speaker that fits, looking back at most a few hundred speakers (a long live blog stays linear). */
function findLast(earlier: readonly Speaker[], fits: (s: Speaker) => boolean): Speaker | undefined {
  for (let i = earlier.length - 1; i >= 0 && i >= earlier.length - 400; i--) if (fits(earlier[i]!)) return earlier[i];
  return undefined;
}

/** The mention as written, unresolved: what a speaker is when resolving it failed. */
export function unresolvedSpeaker(doc: ArticleDocument, found: FoundAttribution): Speaker {
  const at = mentionAt(doc, found);
  return { ...at, name: withoutDeterminer(at.text), mention: 'group', entity: 'unknown' };
}

/**
 * The speaker mention as written in the source. A mention never runs across
 * markup the prose reader masked (a link's target, an HTML tag): it stops
 * where the first one begins, so its span and its text always agree.
 */
function mentionAt(doc: ArticleDocument, found: FoundAttribution): { text: string; start: number; end: number } {
  const info = doc.blocks[found.block]!;
  const base = info.block.start;
  let end = found.speaker.end;
  for (let i = found.speaker.start; i < end; i++) {
    if (info.block.text[i] !== doc.source[base + i]) {
      end = i;
      break;
    }
  }
  while (end > found.speaker.start && /\s/.test(doc.source[base + end - 1]!)) end--;
  // A mention that begins with markup keeps its whole span: rare, and its text is then the source's.
  if (end === found.speaker.start) end = found.speaker.end;
  return { text: cleanMention(doc.source.slice(base + found.speaker.start, base + end)), start: base + found.speaker.start, end: base + end };
}

function cleanMention(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function withoutDeterminer(text: string): string {
  return text.replace(/^(?:the|a|an|that|this)\s+/i, '');
}
