/**
 * Text from an article or a file name, made safe for a terminal line: one
 * line, and no control characters (an ESC would start an escape sequence that
 * recolours, moves the cursor or retitles the window) or direction overrides
 * (which make one name read as another).
 */
export function terminalText(value: string): string {
  return value
    .replace(/\s+/g, ' ')
    // eslint-disable-next-line no-control-regex -- matching control characters is the point here
    .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '\uFFFD')
    .trim();
}
