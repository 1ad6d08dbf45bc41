import { describe, expect, it } from 'vitest';
import { displayText } from '../../../src/ui/displayText';

/** VS Code's own patterns: a notification link `[label](command:...)` and an icon `$(name)`. */
const NOTIFICATION_LINK = /\[([^\]]+)\]\(((?:https?:\/\/|command:|file:)[^)\s]+)\)/i;
const ICON = /\$\([a-z0-9-~]+\)/i;

describe('displayText', () => {
  it('turns a file name that spells a command link into plain text that reads the same', () => {
    const name = '[Analyse anyway](command:workbench.action.files.newUntitledFile).md';
    const shown = displayText(name);
    expect(shown).not.toMatch(NOTIFICATION_LINK);
    expect(shown.replace(/\u200B/g, '')).toBe(name);
    expect(displayText('see [docs](https://example.com "t")')).not.toMatch(NOTIFICATION_LINK);
  });

  it('keeps icons out of status bar and quick pick text', () => {
    const shown = displayText('$(alert) urgent $(sync~spin).md');
    expect(shown).not.toMatch(ICON);
    expect(shown.replace(/\u200B/g, '')).toBe('$(alert) urgent $(sync~spin).md');
  });

  it('makes one line without control or direction-override characters', () => {
    expect(displayText('a\nb\r\nc\u001b[31md\u0007')).toBe('a b c [31md');
    expect(displayText('report\u202Edm.exe')).toBe('report\uFFFDdm.exe');
    expect(displayText('  name.md \u2028')).toBe('name.md');
  });

  it('shortens a long name in the middle, never splitting an emoji', () => {
    const long = `${'😀'.repeat(100)}.md`;
    const shown = displayText(long, 21);
    expect([...shown]).toHaveLength(21);
    expect(shown.endsWith('😀😀😀😀😀😀😀.md')).toBe(true);
    expect(shown).toContain('…');
    expect(shown).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(displayText('short.md', 21)).toBe('short.md');
  });
});
