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
