/** Small helpers about how a speaker is written, shared by the hover, the panel and the reports. */
import type { Speaker } from './model';

/** Whether the mention says no more than the resolved name, a leading article aside ("The Interior Ministry"). */
export function sameMention(speaker: Speaker): boolean {
  return speaker.text.replace(/^(?:the|a|an)\s+/i, '').toLowerCase() === speaker.name.toLowerCase();
}

/** "Sergey Lavrov (“Mr. Lavrov”)", but just "Interior Ministry" for "The Interior Ministry". */
export function speakerLabel(speaker: Speaker): string {
  return sameMention(speaker) ? speaker.name : `${speaker.name} (“${speaker.text}”)`;
}
