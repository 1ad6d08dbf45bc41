import { analyze, type Analysis } from '../../src/core';

/** Analyses Markdown and returns the model with a helper to read spans back. */
export function run(markdown: string, format: 'markdown' | 'plaintext' = 'markdown'): Analysis & { slice(span: { start: number; end: number }): string } {
  const analysis = analyze(markdown, { format });
  return { ...analysis, slice: (span) => markdown.slice(span.start, span.end) };
}

export function speakersOf(markdown: string): Array<[string, string | undefined]> {
  const r = run(markdown);
  return r.quotes.map((q) => [q.text, q.speaker?.name]);
}
