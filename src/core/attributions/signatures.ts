/**
 * Speakers named by layout rather than by a verb: a transcript's `WALLACE:`
 * and the dash that signs a quotation (`” ― Krystal Correa`).
 */
import { sentenceAt, type BlockInfo } from '../document';
import { NOT_NAME_WORDS, TRANSCRIPT_NOT_SPEAKERS } from '../lexicon';
import { makeAttribution, type FoundAttribution, type Scope } from './found';

// "WALLACE: But, Governor ..." or "TRUMP: We will ...": a transcript line names its speaker.
const TRANSCRIPT_LINE = /(^|\n)[ \t]*["“]?((?:\p{Lu}[\p{Lu}.’'-]+)(?: \p{Lu}[\p{Lu}.’'-]+){0,3}):[ \t]/gu;

// `” ― Krystal Correa` or `" — Jane Doe, 34, of Ohio`: a dash after a quotation signs it.
const DASH_SIGNATURE = /[”"»]\s*([\u2015\u2014\u2013]|--|(?<=\s)-(?=\s))\s*(\p{Lu}[\p{L}.’'-]*(?:\s+(?:\p{Lu}[\p{L}.’'-]*|de|van|von|al|bin))*)/gu;

export function transcriptAttributions(info: BlockInfo): FoundAttribution[] {
  const out: FoundAttribution[] = [];
  const text = info.block.text;
  for (let m = TRANSCRIPT_LINE.exec(text); m; m = TRANSCRIPT_LINE.exec(text)) {
    const name = m[2]!;
    if (TRANSCRIPT_NOT_SPEAKERS.has(name)) continue;
    const start = m.index + m[0].indexOf(name);
    const found = signed(info, start, start + name.length, start + name.length, 1, 'right', 'cue.transcript');
    if (found) out.push(found);
  }
  return out;
}

// "Pence: Gennifer Flowers Won’t Be at Debate", "Clinton camp: Trump’s plan …": a headline or
// paragraph that opens with a name and a colon gives that person's words.
const NAME_COLON = /^[ \t]*((?:\p{Lu}[\p{L}.’'&-]*)(?:[ \t]+(?:\p{Lu}[\p{L}.’'&-]*|of|the|de|van|von|al|bin))*(?:[ \t]+(?:camp|campaign|aides?|officials?|spokesman|spokeswoman|allies))?)[ \t]*:[ \t]+(?=[“"‘'\p{Lu}\d])/u;

export function nameColonAttributions(info: BlockInfo): FoundAttribution[] {
  const m = NAME_COLON.exec(info.block.text);
  if (!m) return [];
  const name = m[1]!;
  const words = name.split(/[ \t]+/);
  if (words.length > 5 || TRANSCRIPT_NOT_SPEAKERS.has(name.toUpperCase()) || COLON_LABELS.test(name) || NOT_NAME_WORDS.has(words[0]!.toLowerCase())) return [];
  const start = m.index + m[0].indexOf(name);
  const colon = m.index + m[0].indexOf(':', m[0].indexOf(name) + name.length);
  const found = signed(info, start, start + name.length, colon, 1, 'right', 'cue.name-colon');
  return found ? [found] : [];
}

/** Labels that open a line with a colon but name no speaker: "Update:", "Photos:", "Editor's Note:". */
const COLON_LABELS = /^(?:update|updated|note|editor|editor's note|editor’s note|photos?|video|watch|read|related|see also|correction|clarification|source|sources|credit|listen|more|breaking|exclusive|analysis|opinion|live|timeline|background|disclosure|full text|transcript|q|a|poll|polls|report)$/i;

export function dashSignatureAttributions(info: BlockInfo): FoundAttribution[] {
  const out: FoundAttribution[] = [];
  const text = info.block.text;
  for (let m = DASH_SIGNATURE.exec(text); m; m = DASH_SIGNATURE.exec(text)) {
    const dashAt = m.index + m[0].indexOf(m[1]!);
    const name = m[2]!.replace(/\.$/, '');
    const start = m.index + m[0].lastIndexOf(m[2]!);
    const found = signed(info, start, start + name.length, dashAt, m[1]!.length, 'left', 'cue.dash-signature');
    if (found) out.push(found);
  }
  return out;
}

function signed(info: BlockInfo, start: number, end: number, cueAt: number, cueLength: number, scope: Scope, rule: string): FoundAttribution | undefined {
  const sentence = sentenceAt(info, cueAt) ?? sentenceAt(info, start);
  if (!sentence) return undefined;
  const cue = { start: cueAt, end: cueAt + cueLength, kind: 'punctuation' as const };
  return makeAttribution(info, sentence, { cue, speaker: { start, end }, scope, rule });
}
