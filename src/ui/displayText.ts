/**
 * Untrusted strings (file names, article text, error messages that may quote
 * either) made inert before VS Code renders them. Notifications turn
 * `[label](command:...)` into a link that runs the command; status bar text and
 * quick pick labels, details and progress messages turn `$(name)` into an icon.
 * A zero-width space between `]` and `(` (or `$` and `(`) breaks both patterns
 * and looks the same. Line breaks, control and bidirectional-override
 * characters (which can make `evil.md‮txt` read as another name) are replaced.
 * Pure: no `vscode` import, so it is unit-tested directly.
 */

const ZERO_WIDTH_SPACE = '\u200B';
const LONGEST = 160;

/** One line of plain text, safe inside any notification, status bar item, quick pick or progress message. */
export function displayText(value: string, maxLength = LONGEST): string {
  const inert = value
    // eslint-disable-next-line no-control-regex -- matching control characters is the point here
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '\uFFFD')
    .replace(/\](?=\s*\()/g, `]${ZERO_WIDTH_SPACE}`)
    .replace(/\$(?=\()/g, `$${ZERO_WIDTH_SPACE}`)
    .trim();
  return shorten(inert, maxLength);
}

/** Keeps both ends of a long name (the folder and the extension say most), cut between code points. */
function shorten(value: string, maxLength: number): string {
  const points = [...value];
  if (points.length <= maxLength) return value;
  const head = Math.ceil((maxLength - 1) / 2);
  const tail = maxLength - 1 - head;
  return `${points.slice(0, head).join('')}…${points.slice(points.length - tail).join('')}`;
}
