import { escapeMarkdownInline as escapeMarkdown } from '../export/escape';

export { escapeMarkdown };

/**
 * Builds hover Markdown in which every string from the article is inert: no
 * Markdown syntax, no HTML, no links sneak in from a quote or a figure.
 * Pure (no `vscode`), so the escaping is unit-tested on its own.
 */
export class MarkdownBuilder {
  private readonly parts: string[] = [];

  /**
   * With `commandLinks` off (editors other than VS Code, through the language
   * server) a command link is its label as text and `$(icon)` names are left
   * out: neither means anything there.
   */
  constructor(readonly commandLinks = true) {}

  /** Text from the article or any other untrusted source. */
  text(value: string): this {
    this.parts.push(inert(value));
    return this;
  }

  /** Markdown written by Claimlens itself. */
  markup(value: string): this {
    this.parts.push(this.commandLinks ? value : value.replace(/\$\([a-z-]+\) ?/g, ''));
    return this;
  }

  bold(value: string): this {
    return this.markup(`**${inert(value)}**`);
  }

  /** A link to a command of ours; the label is escaped, the arguments are JSON-encoded. */
  commandLink(label: string, command: string, args: unknown): this {
    if (!this.commandLinks) return this.text(label);
    // encodeURIComponent leaves ( and ) alone, and a ")" in a file path would end the link.
    const encoded = encodeURIComponent(JSON.stringify(args)).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
    return this.markup(`[${inert(label)}](command:${command}?${encoded})`);
  }

  /** A block quote of article text, one `>` per line. */
  quote(value: string): this {
    const lines = value.split(/\r?\n/).map((line) => `> ${inert(line)}`);
    return this.markup(`${lines.join('\n')}\n\n`);
  }

  /** A one-line block quote of article text with some pieces in bold: what an attribution attributes. */
  quoteMarked(pieces: ReadonlyArray<{ readonly text: string; readonly marked: boolean }>): this {
    const body = pieces
      .map(({ text, marked }) => {
        const flat = inert(text.replace(/\s+/g, ' '));
        // Bold must hug its words: "** text**" is not bold in CommonMark.
        const inner = flat.trim();
        return marked && inner ? flat.replace(inner, `**${inner}**`) : flat;
      })
      .join('');
    return this.markup(`> ${body.trim()}\n\n`);
  }

  line(): this {
    return this.markup('  \n');
  }

  paragraph(): this {
    return this.markup('\n\n');
  }

  rule(): this {
    return this.markup('\n\n---\n\n');
  }

  toString(): string {
    return this.parts.join('');
  }
}

/** Escaped Markdown that also keeps "$(icon)" from becoming a theme icon (hovers render icons). */
function inert(value: string): string {
  return escapeMarkdown(value).replace(/\$/g, '&#36;');
}
