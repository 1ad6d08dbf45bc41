/** What the CLI says on stderr about an analysed article, the same for files and --jsonl lines. */
import { languageNotice, ruleErrorNotice, type Analysis } from '../core';
import { terminalText } from './terminalText';

/** The one-line notices an analysis may deserve on stderr: not English, a rule that failed. `label` names the article. */
export function analysisNotices(label: string, analysis: Analysis): string[] {
  const messages: string[] = [];
  const notice = languageNotice(analysis.language);
  if (notice) messages.push(`claimlens: ${label}: ${notice}\n`);
  const failedRules = ruleErrorNotice(analysis.ruleErrors);
  if (failedRules) messages.push(`claimlens: ${label}: ${terminalText(failedRules)}\n`);
  return messages;
}

/** A stack trace keeps its lines; nothing else from the input reaches the terminal raw. */
export function terminalLines(text: string): string {
  return text.split('\n').map(terminalText).join('\n  ');
}
