/** Escaping for the text exporters: every article string passes through one of these. */

export function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * Inline Markdown: no syntax, no HTML, no table breaks, no autolinks, one line.
 * Used by the Markdown report and by the VS Code hovers.
 */
export function escapeMarkdownInline(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]()#+\-.!|~:]/g, (ch) => `\\${ch}`)
    .replace(/\s*(?:\r\n|\r|\n)\s*/g, ' ');
}

/**
 * A code span that shows `value` as written, on one line: fenced with more
 * backticks than any run inside it, so nothing in it (HTML, links, a line
 * break that would end the span) is read as Markdown.
 */
export function markdownCodeSpan(value: string): string {
  // eslint-disable-next-line no-control-regex -- line breaks and control characters end or garble the span
  const line = value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ');
  const longestRun = (line.match(/`+/g) ?? []).reduce((longest, run) => Math.max(longest, run.length), 0);
  const fence = '`'.repeat(longestRun + 1);
  // A space on each side keeps a backtick at either end from joining the fence.
  const pad = line.startsWith('`') || line.endsWith('`') || /^ .* $/.test(line) ? ' ' : '';
  return `${fence}${pad}${line}${pad}${fence}`;
}
